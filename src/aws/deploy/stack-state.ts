import type { Stack, StackStatus } from '@aws-sdk/client-cloudformation';

/** The deploy options that let the engine recover from a stack state on its own. */
export type RecoveryOption = 'recreate-failed-stack' | 'wait-for-in-progress' | 'continue-update-rollback';

export interface StackStateOptions {
  /** Delete a stack whose first create failed (ROLLBACK_COMPLETE) and create it again. */
  readonly recreateFailedStack: boolean;
  /** Wait for an operation already running on the stack instead of stopping. */
  readonly waitForInProgress: boolean;
  /** Continue a failed update rollback (UPDATE_ROLLBACK_FAILED) before deploying. */
  readonly continueUpdateRollback: boolean;
}

/**
 * What the deploy does about the stack it found. After `wait`, `delete-then-create`
 * and `continue-rollback`, the engine describes the stack again and plans anew.
 */
export type StackStatePlan =
  | {
      /** Create through a CREATE change set: there is no stack, or one that was never executed. */
      readonly kind: 'create';
      readonly status: StackStatus | undefined;
      readonly reason: string;
    }
  | {
      /** Update through an UPDATE change set. */
      readonly kind: 'update';
      readonly status: StackStatus;
      readonly reason: string;
    }
  | {
      /** Another operation is running: wait for it, never start a second one. */
      readonly kind: 'wait';
      readonly status: StackStatus;
      readonly reason: string;
    }
  | {
      /** Nothing can be deployed until someone acts. */
      readonly kind: 'stop';
      /** Undefined only when DescribeStacks returned a stack without one. */
      readonly status: StackStatus | undefined;
      readonly reason: string;
      /** What the user runs or sets, exactly: a command, or an option such as `recreate-failed-stack: true`. */
      readonly nextStep: string;
      /** The deploy option that makes the engine take this step itself, when there is one. */
      readonly option?: RecoveryOption;
    }
  | {
      /** The first create failed and was rolled back; the user asked to start over. */
      readonly kind: 'delete-then-create';
      readonly status: StackStatus;
      readonly reason: string;
    }
  | {
      /** An update rollback failed; the user asked to continue it. */
      readonly kind: 'continue-rollback';
      readonly status: StackStatus;
      readonly reason: string;
    };

/** Decides what a deploy does with the stack DescribeStacks returned (`undefined`: none). */
export function planForStackState(stack: Stack | undefined, options: StackStateOptions): StackStatePlan {
  if (stack === undefined)
    return { kind: 'create', status: undefined, reason: 'the stack does not exist yet' };
  const name = stack.StackName ?? stack.StackId ?? 'the stack';
  const cli = (command: string) => awsCommand(command, stack);
  const status = stack.StackStatus;
  if (status === undefined) {
    return {
      kind: 'stop',
      status,
      reason: `${name} has no status; it does not deploy over a stack it cannot read`,
      nextStep: cli('describe-stacks'),
    };
  }
  const inProgress = (what: string): StackStatePlan =>
    options.waitForInProgress
      ? { kind: 'wait', status, reason: `${name} is ${status}: ${what}; waiting for it to finish` }
      : {
          kind: 'stop',
          status,
          reason: `${name} is ${status}: ${what}, and a second operation must not start; run the deploy again once it has finished`,
          nextStep: cli('describe-stack-events'),
          option: 'wait-for-in-progress',
        };

  switch (status) {
    case 'REVIEW_IN_PROGRESS':
      return {
        kind: 'create',
        status,
        reason: `${name} is REVIEW_IN_PROGRESS: a change set created it but was never executed, so it is created through a new CREATE change set`,
      };
    case 'DELETE_COMPLETE':
      return { kind: 'create', status, reason: `${name} was deleted` };

    case 'CREATE_COMPLETE':
    case 'UPDATE_COMPLETE':
    case 'IMPORT_COMPLETE':
      return { kind: 'update', status, reason: `${name} is ${status}` };
    case 'UPDATE_ROLLBACK_COMPLETE':
      return {
        kind: 'update',
        status,
        reason: `${name} is UPDATE_ROLLBACK_COMPLETE: its last update failed and was rolled back, and it can be updated again`,
      };
    case 'IMPORT_ROLLBACK_COMPLETE':
      return {
        kind: 'update',
        status,
        reason: `${name} is IMPORT_ROLLBACK_COMPLETE: its last import failed and was rolled back, and it can be updated again`,
      };

    case 'CREATE_IN_PROGRESS':
      return inProgress('it is being created');
    case 'UPDATE_IN_PROGRESS':
      return inProgress('it is being updated');
    case 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS':
      return inProgress('an update succeeded and the resources it replaced are being deleted');
    case 'UPDATE_ROLLBACK_IN_PROGRESS':
      return inProgress('a failed update is being rolled back');
    case 'UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS':
      return inProgress('a failed update was rolled back and the resources it created are being deleted');
    case 'ROLLBACK_IN_PROGRESS':
      return inProgress('its first create failed and is being rolled back');
    case 'DELETE_IN_PROGRESS':
      return inProgress('it is being deleted');
    case 'IMPORT_IN_PROGRESS':
      return inProgress('resources are being imported into it');
    case 'IMPORT_ROLLBACK_IN_PROGRESS':
      return inProgress('a failed import is being rolled back');

    case 'ROLLBACK_COMPLETE':
      return options.recreateFailedStack
        ? {
            kind: 'delete-then-create',
            status,
            reason: `${name} is ROLLBACK_COMPLETE: its first create failed and it cannot be updated; it is deleted and created again`,
          }
        : {
            kind: 'stop',
            status,
            reason: `${name} is ROLLBACK_COMPLETE: its first create failed and was rolled back, and CloudFormation cannot update such a stack; it must be deleted and created again`,
            nextStep: 'recreate-failed-stack: true',
            option: 'recreate-failed-stack',
          };
    case 'UPDATE_ROLLBACK_FAILED':
      return options.continueUpdateRollback
        ? {
            kind: 'continue-rollback',
            status,
            reason: `${name} is UPDATE_ROLLBACK_FAILED: the rollback of a failed update is continued`,
          }
        : {
            kind: 'stop',
            status,
            reason: `${name} is UPDATE_ROLLBACK_FAILED: a failed update could not be rolled back; fix the resource named in the failed events, then continue the rollback`,
            nextStep: cli('continue-update-rollback'),
            option: 'continue-update-rollback',
          };
    case 'CREATE_FAILED':
    case 'UPDATE_FAILED':
      return {
        kind: 'stop',
        status,
        reason: `${name} is ${status}: the operation failed with rollback disabled, so the resources it changed are as it left them; roll the stack back, then deploy again`,
        nextStep: cli('rollback-stack'),
      };
    case 'ROLLBACK_FAILED':
      return {
        kind: 'stop',
        status,
        reason: `${name} is ROLLBACK_FAILED: its first create failed and some resources could not be deleted; delete the stack (after fixing or retaining those resources), then deploy again`,
        nextStep: cli('delete-stack'),
      };
    case 'DELETE_FAILED':
      return {
        kind: 'stop',
        status,
        reason: `${name} is DELETE_FAILED: someone started deleting it and some resources could not be deleted; a deploy does not finish or undo a deletion`,
        nextStep: cli('describe-stack-events'),
      };
    case 'IMPORT_ROLLBACK_FAILED':
      return {
        kind: 'stop',
        status,
        reason: `${name} is IMPORT_ROLLBACK_FAILED: a failed import could not be rolled back; fix the resources named in the failed events before deploying again`,
        nextStep: cli('describe-stack-events'),
      };
    default:
      return unknownStatus(status, name, cli('describe-stacks'));
  }
}

/** A status newer than this code: stop rather than guess (the SDK types it as one of the known ones). */
function unknownStatus(status: never, name: string, nextStep: string): StackStatePlan {
  const shown: string = status;
  return {
    kind: 'stop',
    status,
    reason: `${name} is ${shown}, a status this version of dify-aws-kit does not know; it does not deploy over it`,
    nextStep,
  };
}

const SHELL_SAFE = /^[-A-Za-z0-9_.:/=+@]+$/;

/** `aws cloudformation <command> --stack-name … --region …`, the region read from the stack id. */
function awsCommand(command: string, stack: Stack): string {
  const name = stack.StackName ?? stack.StackId ?? '';
  const region = regionOfStackId(stack.StackId);
  const parts = ['aws', 'cloudformation', command, '--stack-name', shellQuote(name)];
  if (region !== undefined) parts.push('--region', region);
  return parts.join(' ');
}

/** arn:aws:cloudformation:eu-west-1:123456789012:stack/dify-prod/… → eu-west-1 */
export function regionOfStackId(stackId: string | undefined): string | undefined {
  const region = stackId?.split(':')[3];
  return region !== undefined && /^[a-z]{2}(-[a-z]+)+-\d+$/.test(region) ? region : undefined;
}

function shellQuote(value: string): string {
  return SHELL_SAFE.test(value) ? value : `'${value.replaceAll("'", "'\\''")}'`;
}
