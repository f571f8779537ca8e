import { createHash } from 'node:crypto';
import {
  type Change,
  CloudFormationClient,
  ContinueUpdateRollbackCommand,
  CreateChangeSetCommand,
  CreateStackCommand,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  DescribeEventsCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  SetStackPolicyCommand,
  type StackStatus,
  UpdateStackCommand,
  UpdateTerminationProtectionCommand,
} from '@aws-sdk/client-cloudformation';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeployError } from '../deploy/deploy-error.js';
import {
  type CloudFormationScript,
  cfError,
  commandNames,
  databaseReplaced,
  EARLY_VALIDATION_REASON,
  earlyValidationEvents,
  FakeCloudFormation,
  fakeClock,
  REGION,
  STACK,
  START,
  serviceModified,
} from '../deploy/deploy-test-fixtures.js';
import type { Clock } from '../deploy/waiting.js';
import { type PreviewChangeSetOptions, previewChangeSet } from './preview-change-set.js';

const cfMock = mockClient(CloudFormationClient);
const s3Mock = mockClient(S3Client);
const cloudFormation = new CloudFormationClient({ region: REGION, maxAttempts: 1 });
const s3 = new S3Client({ region: REGION, maxAttempts: 1 });

const TEMPLATE = [
  'Resources:',
  '  DatabaseCluster:',
  '    Type: AWS::RDS::DBCluster',
  '  StorageBucket:',
  '    Type: AWS::S3::Bucket',
  '  ApiService:',
  '    Type: AWS::ECS::Service',
  '',
].join('\n');
const CHANGE_SET = 'dify-pr-7-0123456789ab';
const CHANGE_SET_ARN = `arn:aws:cloudformation:${REGION}:123456789012:changeSet/${CHANGE_SET}/1`;
const TAGS = [{ Key: 'dify:environment', Value: 'prod' }];
const MANUAL_DELETE = `aws cloudformation delete-change-set --stack-name ${STACK} --change-set-name ${CHANGE_SET} --region ${REGION}`;

/** Commands that change a stack: no preview may send one. */
const STACK_CHANGING_COMMANDS = [
  ExecuteChangeSetCommand,
  CreateStackCommand,
  UpdateStackCommand,
  DeleteStackCommand,
  ContinueUpdateRollbackCommand,
  SetStackPolicyCommand,
  UpdateTerminationProtectionCommand,
].map((command) => command.name);

let lines: string[] = [];

beforeEach(() => {
  cfMock.reset();
  s3Mock.reset();
  lines = [];
});

afterEach(() => {
  expect(commandNames(cfMock).filter((name) => STACK_CHANGING_COMMANDS.includes(name))).toEqual([]);
  expect(
    cfMock.commandCalls(CreateChangeSetCommand).map((call) => call.args[0].input.ChangeSetType),
  ).not.toContain('CREATE');
  for (const line of lines) expect(line).not.toMatch(/[\r\n]/);
});

function setup(
  script: CloudFormationScript,
  overrides: Partial<PreviewChangeSetOptions> = {},
  clock: Clock & { readonly sleeps: number[] } = fakeClock(),
) {
  const fake = new FakeCloudFormation(clock, script);
  fake.install(cfMock);
  const options: PreviewChangeSetOptions = {
    stackName: STACK,
    templateBody: TEMPLATE,
    changeSetName: CHANGE_SET,
    tags: TAGS,
    clients: { cloudFormation, s3 },
    clock,
    random: () => 0,
    log: (line) => lines.push(line),
    timeoutMs: 5 * 60_000,
    ...overrides,
  };
  return { clock, fake, options };
}

function added(logicalId: string): Change {
  return {
    Type: 'Resource',
    ResourceChange: { Action: 'Add', LogicalResourceId: logicalId, ResourceType: 'AWS::SQS::Queue' },
  };
}

const updatable: CloudFormationScript = {
  initial: 'UPDATE_COMPLETE',
  changeSets: [{ status: 'CREATE_COMPLETE', changes: [...serviceModified, ...databaseReplaced] }],
};

function deletedChangeSets(): unknown[] {
  return cfMock.commandCalls(DeleteChangeSetCommand).map((call) => call.args[0].input);
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('previewChangeSet', () => {
  it('says a missing stack would be created, counting the resources, and makes no change set', async () => {
    const { options } = setup({});
    const outcome = await previewChangeSet(options);
    expect(outcome).toEqual({ kind: 'new-stack', resourceCount: 3, cleanedUp: true });
    expect(commandNames(cfMock)).toEqual(['DescribeStacksCommand']);
  });

  it.each([
    ['an empty Stacks list', { Stacks: [] }],
    ['no Stacks field', {}],
  ])('never reports a new stack when DescribeStacks answers %s without an error', async (_, answer) => {
    const { options } = setup(updatable);
    cfMock.on(DescribeStacksCommand).resolves(answer);
    const error = await rejection(previewChangeSet(options));
    expect(error).toBeInstanceOf(DeployError);
    expect((error as DeployError).message).toContain(
      'cloudformation:DescribeStacks gave an answer the deploy cannot act on',
    );
    expect(commandNames(cfMock)).toEqual(['DescribeStacksCommand']);
  });

  it('takes a REVIEW_IN_PROGRESS stack that was never deployed for a new one, and leaves it alone', async () => {
    const { options } = setup({ initial: 'REVIEW_IN_PROGRESS' });
    const outcome = await previewChangeSet(options);
    expect(outcome).toEqual({ kind: 'new-stack', resourceCount: 3, cleanedUp: true });
    expect(commandNames(cfMock)).toEqual(['DescribeStacksCommand']);
  });

  it('shows the changes of an update, flags the replaced database, and deletes the change set', async () => {
    const { options } = setup(updatable);
    const outcome = await previewChangeSet(options);

    expect(outcome.kind).toBe('changes');
    if (outcome.kind !== 'changes') return;
    expect(outcome.cleanedUp).toBe(true);
    expect(outcome.changeSetName).toBe(CHANGE_SET);
    expect(outcome.rows.map((row) => `${row.action} ${row.logicalId}`)).toEqual([
      'modify ApiService',
      'replace DatabaseCluster',
    ]);
    expect(outcome.guard.verdict).toBe('refuse');
    if (outcome.guard.verdict !== 'refuse') return;
    expect(outcome.guard.refused).toHaveLength(1);
    expect(outcome.guard.refused[0]).toMatchObject({
      logicalId: 'DatabaseCluster',
      type: 'AWS::RDS::DBCluster',
      action: 'replace',
      causes: ['DBSubnetGroupName'],
    });
    expect(cfMock.commandCalls(CreateChangeSetCommand).map((call) => call.args[0].input)).toEqual([
      {
        StackName: STACK,
        ChangeSetName: CHANGE_SET,
        ChangeSetType: 'UPDATE',
        TemplateBody: TEMPLATE,
        Capabilities: ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM'],
        Tags: TAGS,
        IncludeNestedStacks: false,
        Description: `dify-aws-kit updates ${STACK}`,
      },
    ]);
    expect(
      cfMock
        .commandCalls(DescribeChangeSetCommand)
        .filter((call) => call.args[0].input.IncludePropertyValues === true),
    ).toHaveLength(1);
    expect(deletedChangeSets()).toEqual([{ ChangeSetName: CHANGE_SET_ARN }]);
    expect(commandNames(cfMock).at(-1)).toBe('DeleteChangeSetCommand');
    expect(lines).toContain(
      `change set ${CHANGE_SET}: 0 to add, 1 to modify, 1 to replace, 0 to remove; stateful resources replaced or removed: DatabaseCluster`,
    );
  });

  it('passes the CloudFormation role when one is given', async () => {
    const role = 'arn:aws:iam::123456789012:role/dify-cloudformation';
    const { options } = setup(updatable, { cloudFormationRoleArn: role });
    await previewChangeSet(options);
    expect(cfMock.commandCalls(CreateChangeSetCommand)[0]?.args[0].input.RoleARN).toBe(role);
  });

  it('reads every page of the change set', async () => {
    const changes = ['QueueA', 'QueueB', 'QueueC', 'QueueD', 'QueueE'].map(added);
    const { options } = setup({
      initial: 'UPDATE_COMPLETE',
      changeSets: [{ status: 'CREATE_COMPLETE', changes }],
    });
    const outcome = await previewChangeSet(options);
    expect(outcome.kind === 'changes' && outcome.rows.map((row) => row.logicalId)).toEqual([
      'QueueA',
      'QueueB',
      'QueueC',
      'QueueD',
      'QueueE',
    ]);
    expect(outcome.kind === 'changes' && outcome.guard.verdict).toBe('pass');
    const reads = cfMock
      .commandCalls(DescribeChangeSetCommand)
      .map((call) => call.args[0].input)
      .filter((input) => input.IncludePropertyValues === true);
    expect(reads.map((input) => input.NextToken)).toEqual([undefined, '2', '4']);
  });

  it('says there are no changes when CloudFormation finds none, and deletes the change set', async () => {
    const { options } = setup({
      initial: 'UPDATE_COMPLETE',
      changeSets: [
        {
          status: 'FAILED',
          statusReason:
            "The submitted information didn't contain changes. Submit different information to create a change set.",
        },
      ],
    });
    const outcome = await previewChangeSet(options);
    expect(outcome).toEqual({ kind: 'no-changes', changeSetName: CHANGE_SET, cleanedUp: true });
    expect(deletedChangeSets()).toEqual([{ ChangeSetName: CHANGE_SET_ARN }]);
  });

  it("gives CloudFormation's reason for a change set it could not create, and deletes it", async () => {
    const { options } = setup({
      initial: 'UPDATE_COMPLETE',
      changeSets: [
        {
          status: 'FAILED',
          statusReason: 'Template format error: Unresolved resource dependencies\n[DatabaseSubnetGroup]',
        },
      ],
    });
    const outcome = await previewChangeSet(options);
    expect(outcome).toEqual({
      kind: 'unavailable',
      reason: `CloudFormation could not create change set ${CHANGE_SET} (FAILED): Template format error: Unresolved resource dependencies [DatabaseSubnetGroup]`,
      cleanedUp: true,
    });
    expect(deletedChangeSets()).toEqual([{ ChangeSetName: CHANGE_SET_ARN }]);
  });

  it('names the resources and properties early validation refused, from DescribeEvents', async () => {
    const { options } = setup({
      initial: 'UPDATE_COMPLETE',
      changeSets: [
        { status: 'FAILED', statusReason: EARLY_VALIDATION_REASON, failedEvents: earlyValidationEvents },
      ],
    });
    const outcome = await previewChangeSet(options);
    expect(outcome.kind).toBe('unavailable');
    const reason = outcome.kind === 'unavailable' ? outcome.reason : '';
    expect(reason).toContain(
      "Failed: DatabaseCluster (AWS::RDS::DBCluster) at /Resources/DatabaseCluster/Properties/EngineVersion: #/EngineVersion: 99.9 is not a valid value for 'aurora-postgresql'",
    );
    expect(reason).toContain(
      "StorageBucket (AWS::S3::Bucket): Resource of type 'AWS::S3::Bucket' with identifier",
    );
    expect(cfMock.commandCalls(DescribeEventsCommand)[0]?.args[0].input).toEqual({
      ChangeSetName: CHANGE_SET_ARN,
      Filters: { FailedEvents: true },
    });
    expect(deletedChangeSets()).toEqual([{ ChangeSetName: CHANGE_SET_ARN }]);
  });

  it('throws the AccessDenied of DescribeChangeSet, naming the permission, after deleting the change set', async () => {
    const { options } = setup(updatable);
    cfMock
      .on(DescribeChangeSetCommand)
      .rejects(
        cfError(
          'AccessDenied',
          403,
          'User: arn:aws:sts::123456789012:assumed-role/dify-drift/run is not authorized to perform: cloudformation:DescribeChangeSet',
        ),
      );
    const error = await rejection(previewChangeSet(options));
    expect(error).toBeInstanceOf(DeployError);
    expect((error as DeployError).message).toContain('cloudformation:DescribeChangeSet failed: AccessDenied');
    expect((error as DeployError).hint).toContain('grant cloudformation:DescribeChangeSet');
    expect(cfMock.commandCalls(DescribeChangeSetCommand)).toHaveLength(1);
    expect(deletedChangeSets()).toEqual([{ ChangeSetName: CHANGE_SET_ARN }]);
  });

  it('retries throttling, the cleanup included, then goes on', async () => {
    const { options, fake, clock } = setup(updatable);
    cfMock
      .on(DescribeStacksCommand)
      .rejectsOnce(cfError('ThrottlingException', 400, 'Rate exceeded'))
      .rejectsOnce(cfError('Throttling', 400, 'Rate exceeded'))
      .callsFake((input: { StackName: string }) => ({ Stacks: [fake.describe(input.StackName)] }));
    cfMock
      .on(DeleteChangeSetCommand)
      .rejectsOnce(cfError('Throttling', 400, 'Rate exceeded'))
      .resolves({});
    const outcome = await previewChangeSet(options);
    expect(outcome).toMatchObject({ kind: 'changes', cleanedUp: true });
    expect(cfMock.commandCalls(DescribeStacksCommand)).toHaveLength(3);
    expect(cfMock.commandCalls(DeleteChangeSetCommand)).toHaveLength(2);
    expect(clock.sleeps.slice(0, 2)).toEqual([100, 200]);
    expect(clock.sleeps.at(-1)).toBe(100);
  });

  it('gives up waiting at the timeout, says so, and deletes the change set', async () => {
    const { options } = setup(
      { initial: 'UPDATE_COMPLETE', changeSets: [{ status: 'CREATE_COMPLETE', readyAfterMs: 600_000 }] },
      { timeoutMs: 60_000 },
    );
    const outcome = await previewChangeSet(options);
    expect(outcome).toEqual({
      kind: 'unavailable',
      reason: `timed out after 60 s: CloudFormation was still computing change set ${CHANGE_SET} (CREATE_IN_PROGRESS); run the preview again, or give it more time`,
      cleanedUp: true,
    });
    expect(deletedChangeSets()).toEqual([{ ChangeSetName: CHANGE_SET_ARN }]);
  });

  it('waits for a change set CloudFormation will not delete while computing it, then deletes it', async () => {
    const { options, clock } = setup(
      { initial: 'UPDATE_COMPLETE', changeSets: [{ status: 'CREATE_COMPLETE', readyAfterMs: 90_000 }] },
      { timeoutMs: 60_000 },
    );
    cfMock
      .on(DeleteChangeSetCommand)
      .rejectsOnce(
        cfError(
          'InvalidChangeSetStatusException',
          400,
          'Cannot delete ChangeSet in status CREATE_IN_PROGRESS',
        ),
      )
      .resolves({});
    const outcome = await previewChangeSet(options);
    expect(outcome).toMatchObject({ kind: 'unavailable', cleanedUp: true });
    expect(deletedChangeSets()).toHaveLength(2);
    expect(clock.now() - START).toBeGreaterThanOrEqual(90_000);
    expect(lines).toContain(
      `change set ${CHANGE_SET} is still being computed; waiting up to 60 s to delete it`,
    );
  });

  describe('cancellation', () => {
    it('stops waiting when the signal aborts, deletes the change set and says cancelled', async () => {
      const controller = new AbortController();
      const base = fakeClock();
      // The run is cancelled 4 s in, while the change set (ready at 30 s) is computed.
      const clock = {
        ...base,
        sleep: async (ms: number) => {
          await base.sleep(ms);
          if (base.now() - START >= 4_000) controller.abort(new Error('the run was cancelled'));
        },
      };
      const { options } = setup(
        { initial: 'UPDATE_COMPLETE', changeSets: [{ status: 'CREATE_COMPLETE', readyAfterMs: 30_000 }] },
        { signal: controller.signal },
        clock,
      );
      const outcome = await previewChangeSet(options);
      expect(outcome).toEqual({ kind: 'cancelled', cleanedUp: true });
      expect(cfMock.commandCalls(DescribeChangeSetCommand)).toHaveLength(3);
      expect(deletedChangeSets()).toEqual([{ ChangeSetName: CHANGE_SET_ARN }]);
      expect(commandNames(cfMock).at(-1)).toBe('DeleteChangeSetCommand');
    });

    it('ends a pause that would not end on its own', async () => {
      const controller = new AbortController();
      let sleepStarted: () => void = () => {};
      const sleeping = new Promise<void>((resolve) => {
        sleepStarted = resolve;
      });
      const stuck = {
        now: () => START,
        sleep: () => {
          sleepStarted();
          return new Promise<void>(() => {});
        },
        sleeps: [],
      };
      const { options } = setup(
        { initial: 'UPDATE_COMPLETE', changeSets: [{ status: 'CREATE_COMPLETE' }] },
        { signal: controller.signal },
        stuck,
      );
      const previewing = previewChangeSet(options);
      await sleeping;
      controller.abort();
      await expect(previewing).resolves.toEqual({ kind: 'cancelled', cleanedUp: true });
      expect(cfMock.commandCalls(DescribeChangeSetCommand)).toHaveLength(1);
      expect(deletedChangeSets()).toEqual([{ ChangeSetName: CHANGE_SET_ARN }]);
    });

    it('makes no call when cancelled before it starts', async () => {
      const controller = new AbortController();
      controller.abort();
      const { options } = setup(updatable, { signal: controller.signal });
      expect(await previewChangeSet(options)).toEqual({ kind: 'cancelled', cleanedUp: true });
      expect(cfMock.calls()).toHaveLength(0);
    });
  });

  describe('a change set that cannot be deleted', () => {
    const refused = () =>
      cfError(
        'AccessDenied',
        403,
        'User: arn:aws:sts::123456789012:assumed-role/dify-drift/run is not authorized to perform: cloudformation:DeleteChangeSet',
      );

    it('still gives the preview, says it was not cleaned up, and logs the command that deletes it', async () => {
      const { options } = setup(updatable);
      cfMock.on(DeleteChangeSetCommand).rejects(refused());
      const outcome = await previewChangeSet(options);
      expect(outcome).toMatchObject({ kind: 'changes', cleanedUp: false });
      const warnings = lines.filter((line) => line.startsWith('warning:'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(`change set ${CHANGE_SET} could not be deleted`);
      expect(warnings[0]).toContain('cloudformation:DeleteChangeSet failed: AccessDenied');
      expect(warnings[0]).toContain(`delete it with: ${MANUAL_DELETE}`);
    });

    it('does not hide the error that stopped the preview', async () => {
      const { options } = setup(updatable);
      cfMock.on(DescribeChangeSetCommand).rejects(cfError('ValidationError', 400, 'Stack is in a bad state'));
      cfMock.on(DeleteChangeSetCommand).rejects(refused());
      const error = await rejection(previewChangeSet(options));
      expect((error as DeployError).message).toBe(
        'cloudformation:DescribeChangeSet failed: ValidationError: Stack is in a bad state',
      );
      expect(lines.filter((line) => line.includes(MANUAL_DELETE))).toHaveLength(1);
    });
  });

  describe('a CreateChangeSet that fails', () => {
    it('without an answer may have created the change set: it is deleted by name, and not finding it is fine', async () => {
      const { options } = setup(updatable);
      cfMock.on(CreateChangeSetCommand).rejects(cfError('ServiceUnavailable', 503, 'Service Unavailable'));
      cfMock
        .on(DeleteChangeSetCommand)
        .rejects(cfError('ChangeSetNotFoundException', 404, `ChangeSet [${CHANGE_SET}] does not exist`));
      const error = await rejection(previewChangeSet(options));
      expect((error as DeployError).message).toContain(
        'cloudformation:CreateChangeSet failed: ServiceUnavailable',
      );
      expect(cfMock.commandCalls(CreateChangeSetCommand)).toHaveLength(5);
      expect(deletedChangeSets()).toEqual([{ ChangeSetName: CHANGE_SET, StackName: STACK }]);
      expect(lines.filter((line) => line.startsWith('warning:'))).toEqual([]);
    });

    it('with AccessDenied created nothing: nothing is deleted', async () => {
      const { options } = setup(updatable);
      cfMock.on(CreateChangeSetCommand).rejects(cfError('AccessDenied', 403, 'not authorized'));
      const error = await rejection(previewChangeSet(options));
      expect((error as DeployError).message).toContain('cloudformation:CreateChangeSet failed: AccessDenied');
      expect(cfMock.commandCalls(DeleteChangeSetCommand)).toHaveLength(0);
    });
  });

  describe('a stack that takes no change set', () => {
    it.each<[StackStatus, string]>([
      [
        'ROLLBACK_COMPLETE',
        'A deploy would stop too, unless run with recreate-failed-stack: true, which deletes the stack and creates it again.',
      ],
      [
        'UPDATE_IN_PROGRESS',
        `unless run with wait-for-in-progress: true, which waits for the running operation to finish first. Next step: aws cloudformation describe-stack-events --stack-name ${STACK} --region ${REGION}.`,
      ],
      [
        'UPDATE_ROLLBACK_FAILED',
        `Next step: aws cloudformation continue-update-rollback --stack-name ${STACK} --region ${REGION}.`,
      ],
      ['DELETE_FAILED', 'A deploy would stop too. Next step: aws cloudformation describe-stack-events'],
    ])('%s is explained and left alone', async (status, advice) => {
      const { options } = setup({ initial: status });
      const outcome = await previewChangeSet(options);
      expect(outcome).toMatchObject({ kind: 'unavailable', cleanedUp: true });
      const reason = outcome.kind === 'unavailable' ? outcome.reason : '';
      expect(reason).toMatch(new RegExp(`^no change set can be previewed: ${STACK} is ${status}: `));
      expect(reason).toContain(advice);
      expect(commandNames(cfMock)).toEqual(['DescribeStacksCommand']);
    });
  });

  describe('a template over 51,200 bytes', () => {
    const big = `${TEMPLATE}Metadata:\n  Padding: "${'x'.repeat(52_000)}"\n`;
    const key = `previews/${STACK}/${createHash('sha256').update(big).digest('hex')}.yaml`;

    it('is unavailable without an artifact bucket, before any AWS call', async () => {
      const { options } = setup(updatable, { templateBody: big });
      const outcome = await previewChangeSet(options);
      expect(outcome).toMatchObject({ kind: 'unavailable', cleanedUp: true });
      expect(outcome.kind === 'unavailable' && outcome.reason).toContain(
        'ArtifactBucketName output of the bootstrap stack',
      );
      expect(cfMock.calls()).toHaveLength(0);
      expect(s3Mock.calls()).toHaveLength(0);
    });

    it('is uploaded under previews/ and passed by URL', async () => {
      const { options } = setup(updatable, { templateBody: big, artifactBucket: 'dify-artifacts-123' });
      s3Mock.on(PutObjectCommand).resolves({});
      const outcome = await previewChangeSet(options);
      expect(outcome).toMatchObject({ kind: 'changes', cleanedUp: true });
      expect(s3Mock.commandCalls(PutObjectCommand).map((call) => call.args[0].input)).toEqual([
        {
          Bucket: 'dify-artifacts-123',
          Key: key,
          Body: big,
          ContentType: 'application/x-yaml',
          ServerSideEncryption: 'AES256',
        },
      ]);
      const input = cfMock.commandCalls(CreateChangeSetCommand)[0]?.args[0].input;
      expect(input?.TemplateURL).toBe(`https://dify-artifacts-123.s3.${REGION}.amazonaws.com/${key}`);
      expect(input?.TemplateBody).toBeUndefined();
    });
  });
});
