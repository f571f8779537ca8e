import { type Stack, StackStatus } from '@aws-sdk/client-cloudformation';
import { describe, expect, it } from 'vitest';
import { planForStackState, regionOfStackId, type StackStateOptions } from './stack-state.js';

const STACK_ID =
  'arn:aws:cloudformation:eu-west-1:123456789012:stack/dify-prod/6a1f2b30-0000-11ef-9a2b-0a1b2c3d4e5f';

function stack(status: StackStatus, overrides: Partial<Stack> = {}): Stack {
  return {
    StackId: STACK_ID,
    StackName: 'dify-prod',
    CreationTime: new Date('2026-05-01T10:00:00Z'),
    StackStatus: status,
    ...overrides,
  };
}

const NOTHING_ALLOWED: StackStateOptions = {
  recreateFailedStack: false,
  waitForInProgress: false,
  continueUpdateRollback: false,
};
const EVERYTHING_ALLOWED: StackStateOptions = {
  recreateFailedStack: true,
  waitForInProgress: true,
  continueUpdateRollback: true,
};

describe('planForStackState', () => {
  it('plans every status the SDK knows, explicitly, with or without the recovery options', () => {
    const statuses = Object.values(StackStatus);
    expect(statuses).toHaveLength(23);
    for (const status of statuses) {
      for (const options of [NOTHING_ALLOWED, EVERYTHING_ALLOWED]) {
        const plan = planForStackState(stack(status), options);
        expect(plan.status, status).toBe(status);
        expect(plan.reason, status).toMatch(/^dify-prod (is|was) /);
        expect(plan.reason, status).not.toContain('does not know');
      }
    }
  });

  it('changes its plan with the options only where an option unlocks a step', () => {
    const changed = Object.values(StackStatus).filter(
      (status) =>
        planForStackState(stack(status), NOTHING_ALLOWED).kind !==
        planForStackState(stack(status), EVERYTHING_ALLOWED).kind,
    );
    expect(changed).toEqual([
      'CREATE_IN_PROGRESS',
      'DELETE_IN_PROGRESS',
      'IMPORT_IN_PROGRESS',
      'IMPORT_ROLLBACK_IN_PROGRESS',
      'ROLLBACK_COMPLETE',
      'ROLLBACK_IN_PROGRESS',
      'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS',
      'UPDATE_IN_PROGRESS',
      'UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS',
      'UPDATE_ROLLBACK_FAILED',
      'UPDATE_ROLLBACK_IN_PROGRESS',
    ]);
  });

  it('creates a stack that does not exist', () => {
    expect(planForStackState(undefined, NOTHING_ALLOWED)).toEqual({
      kind: 'create',
      status: undefined,
      reason: 'the stack does not exist yet',
    });
  });

  it('stops at a stack without a status rather than creating it again', () => {
    expect(
      planForStackState(stack('CREATE_COMPLETE', { StackStatus: undefined }), EVERYTHING_ALLOWED),
    ).toEqual({
      kind: 'stop',
      status: undefined,
      reason: 'dify-prod has no status; it does not deploy over a stack it cannot read',
      nextStep: 'aws cloudformation describe-stacks --stack-name dify-prod --region eu-west-1',
    });
  });

  it('creates a stack left in review by an unexecuted change set through a CREATE change set', () => {
    expect(planForStackState(stack('REVIEW_IN_PROGRESS'), NOTHING_ALLOWED)).toEqual({
      kind: 'create',
      status: 'REVIEW_IN_PROGRESS',
      reason:
        'dify-prod is REVIEW_IN_PROGRESS: a change set created it but was never executed, so it is created through a new CREATE change set',
    });
  });

  it('creates again a stack returned as deleted', () => {
    expect(planForStackState(stack('DELETE_COMPLETE'), NOTHING_ALLOWED)).toEqual({
      kind: 'create',
      status: 'DELETE_COMPLETE',
      reason: 'dify-prod was deleted',
    });
  });

  it('updates a stable stack, including one whose last update or import was rolled back', () => {
    const updated = Object.values(StackStatus).filter(
      (status) => planForStackState(stack(status), NOTHING_ALLOWED).kind === 'update',
    );
    expect(updated).toEqual([
      'CREATE_COMPLETE',
      'IMPORT_COMPLETE',
      'IMPORT_ROLLBACK_COMPLETE',
      'UPDATE_COMPLETE',
      'UPDATE_ROLLBACK_COMPLETE',
    ]);
    expect(planForStackState(stack('UPDATE_ROLLBACK_COMPLETE'), NOTHING_ALLOWED)).toEqual({
      kind: 'update',
      status: 'UPDATE_ROLLBACK_COMPLETE',
      reason:
        'dify-prod is UPDATE_ROLLBACK_COMPLETE: its last update failed and was rolled back, and it can be updated again',
    });
  });

  it('waits for every running operation when waiting is allowed, the cleanup phases included', () => {
    const waited = Object.values(StackStatus).filter(
      (status) => planForStackState(stack(status), EVERYTHING_ALLOWED).kind === 'wait',
    );
    expect(waited).toEqual([
      'CREATE_IN_PROGRESS',
      'DELETE_IN_PROGRESS',
      'IMPORT_IN_PROGRESS',
      'IMPORT_ROLLBACK_IN_PROGRESS',
      'ROLLBACK_IN_PROGRESS',
      'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS',
      'UPDATE_IN_PROGRESS',
      'UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS',
      'UPDATE_ROLLBACK_IN_PROGRESS',
    ]);
    expect(planForStackState(stack('UPDATE_COMPLETE_CLEANUP_IN_PROGRESS'), EVERYTHING_ALLOWED)).toEqual({
      kind: 'wait',
      status: 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS',
      reason:
        'dify-prod is UPDATE_COMPLETE_CLEANUP_IN_PROGRESS: an update succeeded and the resources it replaced are being deleted; waiting for it to finish',
    });
  });

  it('never starts a second operation on a busy stack when waiting is not allowed', () => {
    expect(planForStackState(stack('UPDATE_IN_PROGRESS'), NOTHING_ALLOWED)).toEqual({
      kind: 'stop',
      status: 'UPDATE_IN_PROGRESS',
      reason:
        'dify-prod is UPDATE_IN_PROGRESS: it is being updated, and a second operation must not start; run the deploy again once it has finished',
      nextStep: 'aws cloudformation describe-stack-events --stack-name dify-prod --region eu-west-1',
      option: 'wait-for-in-progress',
    });
  });

  it('stops at a failed first create and names the option that deletes and recreates it', () => {
    expect(planForStackState(stack('ROLLBACK_COMPLETE'), NOTHING_ALLOWED)).toEqual({
      kind: 'stop',
      status: 'ROLLBACK_COMPLETE',
      reason:
        'dify-prod is ROLLBACK_COMPLETE: its first create failed and was rolled back, and CloudFormation cannot update such a stack; it must be deleted and created again',
      nextStep: 'recreate-failed-stack: true',
      option: 'recreate-failed-stack',
    });
  });

  it('deletes and recreates a failed first create only when asked', () => {
    expect(
      planForStackState(stack('ROLLBACK_COMPLETE'), { ...NOTHING_ALLOWED, recreateFailedStack: true }),
    ).toEqual({
      kind: 'delete-then-create',
      status: 'ROLLBACK_COMPLETE',
      reason:
        'dify-prod is ROLLBACK_COMPLETE: its first create failed and it cannot be updated; it is deleted and created again',
    });
  });

  it('stops at a failed update rollback with the exact continue-update-rollback command', () => {
    expect(planForStackState(stack('UPDATE_ROLLBACK_FAILED'), NOTHING_ALLOWED)).toEqual({
      kind: 'stop',
      status: 'UPDATE_ROLLBACK_FAILED',
      reason:
        'dify-prod is UPDATE_ROLLBACK_FAILED: a failed update could not be rolled back; fix the resource named in the failed events, then continue the rollback',
      nextStep: 'aws cloudformation continue-update-rollback --stack-name dify-prod --region eu-west-1',
      option: 'continue-update-rollback',
    });
  });

  it('continues a failed update rollback only when asked', () => {
    expect(
      planForStackState(stack('UPDATE_ROLLBACK_FAILED'), {
        ...NOTHING_ALLOWED,
        continueUpdateRollback: true,
      }),
    ).toEqual({
      kind: 'continue-rollback',
      status: 'UPDATE_ROLLBACK_FAILED',
      reason: 'dify-prod is UPDATE_ROLLBACK_FAILED: the rollback of a failed update is continued',
    });
  });

  it('stops at the failed states no option recovers from, each with its command', () => {
    const steps = Object.fromEntries(
      (
        [
          'CREATE_FAILED',
          'UPDATE_FAILED',
          'ROLLBACK_FAILED',
          'DELETE_FAILED',
          'IMPORT_ROLLBACK_FAILED',
        ] as const
      ).map((status) => {
        const plan = planForStackState(stack(status), EVERYTHING_ALLOWED);
        return [status, plan.kind === 'stop' ? [plan.nextStep, plan.option] : plan.kind];
      }),
    );
    expect(steps).toEqual({
      CREATE_FAILED: [
        'aws cloudformation rollback-stack --stack-name dify-prod --region eu-west-1',
        undefined,
      ],
      UPDATE_FAILED: [
        'aws cloudformation rollback-stack --stack-name dify-prod --region eu-west-1',
        undefined,
      ],
      ROLLBACK_FAILED: [
        'aws cloudformation delete-stack --stack-name dify-prod --region eu-west-1',
        undefined,
      ],
      DELETE_FAILED: [
        'aws cloudformation describe-stack-events --stack-name dify-prod --region eu-west-1',
        undefined,
      ],
      IMPORT_ROLLBACK_FAILED: [
        'aws cloudformation describe-stack-events --stack-name dify-prod --region eu-west-1',
        undefined,
      ],
    });
  });

  it('stops, rather than guesses, at a status newer than the SDK it was built with', () => {
    const future = stack('CREATE_COMPLETE', { StackStatus: 'HIBERNATE_COMPLETE' as StackStatus });
    expect(planForStackState(future, EVERYTHING_ALLOWED)).toEqual({
      kind: 'stop',
      status: 'HIBERNATE_COMPLETE',
      reason:
        'dify-prod is HIBERNATE_COMPLETE, a status this version of dify-aws-kit does not know; it does not deploy over it',
      nextStep: 'aws cloudformation describe-stacks --stack-name dify-prod --region eu-west-1',
    });
  });

  it('quotes a stack name the shell would split and leaves the region out when the id has none', () => {
    const odd = stack('UPDATE_ROLLBACK_FAILED', { StackName: "it's mine", StackId: undefined });
    const plan = planForStackState(odd, NOTHING_ALLOWED);
    expect(plan.kind === 'stop' && plan.nextStep).toBe(
      "aws cloudformation continue-update-rollback --stack-name 'it'\\''s mine'",
    );
  });
});

describe('regionOfStackId', () => {
  it('reads the region of a stack id, in any partition', () => {
    expect(regionOfStackId(STACK_ID)).toBe('eu-west-1');
    expect(regionOfStackId('arn:aws-cn:cloudformation:cn-northwest-1:123456789012:stack/a/b')).toBe(
      'cn-northwest-1',
    );
    expect(regionOfStackId('arn:aws-us-gov:cloudformation:us-gov-west-1:123456789012:stack/a/b')).toBe(
      'us-gov-west-1',
    );
    expect(regionOfStackId('dify-prod')).toBeUndefined();
    expect(regionOfStackId(undefined)).toBeUndefined();
  });
});
