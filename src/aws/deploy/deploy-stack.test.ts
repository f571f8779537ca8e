import { createHash } from 'node:crypto';
import {
  type Change,
  CloudFormationClient,
  ContinueUpdateRollbackCommand,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  DescribeEventsCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  type DescribeStacksCommandOutput,
  ExecuteChangeSetCommand,
  SetStackPolicyCommand,
  UpdateTerminationProtectionCommand,
} from '@aws-sdk/client-cloudformation';
import { HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { DeployError } from './deploy-error.js';
import { type DeployStackOptions, deployStack, executionToken } from './deploy-stack.js';
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
  resourceEvent,
  STACK,
  START,
  serviceModified,
  stackIdOf,
} from './deploy-test-fixtures.js';
import { protectiveStackPolicy, stackPolicyAllowing } from './stack-policy.js';

const cfMock = mockClient(CloudFormationClient);
const s3Mock = mockClient(S3Client);
const cloudFormation = new CloudFormationClient({ region: REGION, maxAttempts: 1 });
const s3 = new S3Client({ region: REGION, maxAttempts: 1 });

beforeEach(() => {
  cfMock.reset();
  s3Mock.reset();
});

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
const POLICY = protectiveStackPolicy(['DatabaseCluster', 'StorageBucket']);
const CHANGE_SET = 'dify-prod-run-42';
const TAGS = [{ Key: 'dify:environment', Value: 'prod' }];

function setup(script: CloudFormationScript, overrides: Partial<DeployStackOptions> = {}) {
  const clock = fakeClock();
  const fake = new FakeCloudFormation(clock, script);
  fake.install(cfMock);
  const lines: string[] = [];
  const options: DeployStackOptions = {
    stackName: STACK,
    region: REGION,
    templateBody: TEMPLATE,
    tags: TAGS,
    changeSetName: CHANGE_SET,
    execute: true,
    allowReplacement: [],
    recreateFailedStack: false,
    waitForInProgress: false,
    continueUpdateRollback: false,
    terminationProtection: true,
    stackPolicy: POLICY,
    clients: { cloudFormation, s3 },
    clock,
    random: () => 0,
    log: (line) => lines.push(line),
    timeoutMs: 30 * 60_000,
    ...overrides,
  };
  return { clock, fake, lines, options };
}

const added: Change[] = [
  {
    Type: 'Resource',
    ResourceChange: {
      Action: 'Add',
      LogicalResourceId: 'DatabaseCluster',
      ResourceType: 'AWS::RDS::DBCluster',
    },
  },
  {
    Type: 'Resource',
    ResourceChange: { Action: 'Add', LogicalResourceId: 'StorageBucket', ResourceType: 'AWS::S3::Bucket' },
  },
  {
    Type: 'Resource',
    ResourceChange: { Action: 'Add', LogicalResourceId: 'ApiService', ResourceType: 'AWS::ECS::Service' },
  },
];

const createSteps = [
  { afterMs: 1_000, status: 'CREATE_IN_PROGRESS' as const, statusReason: 'User Initiated' },
  { afterMs: 5_000, events: [resourceEvent('DatabaseCluster', 'CREATE_IN_PROGRESS')] },
  { afterMs: 9_000, events: [resourceEvent('StorageBucket', 'CREATE_IN_PROGRESS')] },
  {
    afterMs: 60_000,
    events: [
      resourceEvent('StorageBucket', 'CREATE_COMPLETE'),
      resourceEvent('DatabaseCluster', 'CREATE_COMPLETE'),
    ],
  },
  { afterMs: 61_000, status: 'CREATE_COMPLETE' as const },
];
const updateSteps = [
  { afterMs: 1_000, status: 'UPDATE_IN_PROGRESS' as const, statusReason: 'User Initiated' },
  { afterMs: 4_000, events: [resourceEvent('ApiService', 'UPDATE_IN_PROGRESS')] },
  { afterMs: 30_000, events: [resourceEvent('ApiService', 'UPDATE_COMPLETE')] },
  { afterMs: 31_000, status: 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS' as const },
  { afterMs: 33_000, status: 'UPDATE_COMPLETE' as const },
];

/** The log lines that are stack events. */
function eventLines(lines: readonly string[]): string[] {
  return lines.filter((line) => /^\d{4}-\d\d-\d\dT/.test(line));
}

describe('deployStack', () => {
  it('creates a stack from nothing through a CREATE change set, then protects it', async () => {
    const { options, lines } = setup({
      changeSets: [{ status: 'CREATE_COMPLETE', changes: added }],
      onExecute: createSteps,
      outputs: { DifyUrl: 'https://dify.example.com' },
    });
    const outcome = await deployStack(options);

    expect(outcome).toMatchObject({
      status: 'deployed',
      changed: true,
      stackId: stackIdOf(1),
      stackStatus: 'CREATE_COMPLETE',
      outputs: { DifyUrl: 'https://dify.example.com' },
      rootCause: [],
      guard: { verdict: 'pass' },
    });
    expect(outcome.rows.map((row) => `${row.action} ${row.logicalId}`)).toEqual([
      'add DatabaseCluster',
      'add StorageBucket',
      'add ApiService',
    ]);
    expect(outcome.durations.changeSetMs).toBeGreaterThan(0);
    expect(outcome.durations.executeMs).toBeGreaterThanOrEqual(61_000);
    expect(cfMock.commandCalls(CreateChangeSetCommand).map((call) => call.args[0].input)).toEqual([
      {
        StackName: STACK,
        ChangeSetName: CHANGE_SET,
        ChangeSetType: 'CREATE',
        TemplateBody: TEMPLATE,
        Capabilities: ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM'],
        Tags: TAGS,
        IncludeNestedStacks: false,
        Description: `dify-aws-kit creates ${STACK}`,
      },
    ]);
    expect(cfMock.commandCalls(ExecuteChangeSetCommand).map((call) => call.args[0].input)).toEqual([
      {
        ChangeSetName: `arn:aws:cloudformation:${REGION}:123456789012:changeSet/${CHANGE_SET}/1`,
        StackName: stackIdOf(1),
        ClientRequestToken: executionToken(
          CHANGE_SET,
          `arn:aws:cloudformation:${REGION}:123456789012:changeSet/${CHANGE_SET}/1`,
        ),
      },
    ]);
    expect(cfMock.commandCalls(SetStackPolicyCommand).map((call) => call.args[0].input)).toEqual([
      { StackName: stackIdOf(1), StackPolicyBody: POLICY },
    ]);
    expect(cfMock.commandCalls(UpdateTerminationProtectionCommand).map((call) => call.args[0].input)).toEqual(
      [{ StackName: stackIdOf(1), EnableTerminationProtection: true }],
    );
    const sent = commandNames(cfMock);
    expect(sent.indexOf('SetStackPolicyCommand')).toBeGreaterThan(sent.indexOf('ExecuteChangeSetCommand'));
    expect(sent).not.toContain('DeleteChangeSetCommand');
    expect(sent).not.toContain('DeleteStackCommand');
    expect(lines).toContain('the stack does not exist yet');
  });

  it('logs each event of the operation once, oldest first, and none from before it', async () => {
    const { options, lines } = setup({
      changeSets: [{ status: 'CREATE_COMPLETE', changes: added }],
      onExecute: createSteps,
      pageSize: 2,
    });
    await deployStack(options);
    expect(eventLines(lines).map((line) => line.split(' ').slice(1, 3).join(' '))).toEqual([
      `${STACK} CREATE_IN_PROGRESS`,
      'DatabaseCluster CREATE_IN_PROGRESS',
      'StorageBucket CREATE_IN_PROGRESS',
      'StorageBucket CREATE_COMPLETE',
      'DatabaseCluster CREATE_COMPLETE',
      `${STACK} CREATE_COMPLETE`,
    ]);
    expect(lines.some((line) => line.includes('REVIEW_IN_PROGRESS User Initiated'))).toBe(false);
  });

  it('creates a REVIEW_IN_PROGRESS stack through a CREATE change set', async () => {
    const { options } = setup({
      initial: 'REVIEW_IN_PROGRESS',
      changeSets: [{ status: 'CREATE_COMPLETE', changes: added }],
      onExecute: createSteps,
    });
    const outcome = await deployStack(options);
    expect(outcome.status).toBe('deployed');
    expect(cfMock.commandCalls(CreateChangeSetCommand)[0]?.args[0].input.ChangeSetType).toBe('CREATE');
  });

  it('updates a stack through an UPDATE change set, with the stack policy set before executing', async () => {
    const { options } = setup({
      initial: 'UPDATE_COMPLETE',
      changeSets: [{ status: 'CREATE_COMPLETE', changes: serviceModified }],
      onExecute: updateSteps,
    });
    const outcome = await deployStack(options);
    expect(outcome).toMatchObject({ status: 'deployed', changed: true, stackStatus: 'UPDATE_COMPLETE' });
    expect(cfMock.commandCalls(CreateChangeSetCommand)[0]?.args[0].input.ChangeSetType).toBe('UPDATE');
    const sent = commandNames(cfMock);
    expect(sent.filter((name) => name === 'SetStackPolicyCommand')).toHaveLength(1);
    expect(sent.indexOf('SetStackPolicyCommand')).toBeLessThan(sent.indexOf('ExecuteChangeSetCommand'));
  });

  it("does not take the stack's previous UPDATE_COMPLETE, read just after executing, for the end", async () => {
    const { options, lines } = setup({
      initial: 'UPDATE_COMPLETE',
      changeSets: [{ status: 'CREATE_COMPLETE', changes: serviceModified }],
      onExecute: [
        { afterMs: 5_000, status: 'UPDATE_IN_PROGRESS', statusReason: 'User Initiated' },
        { afterMs: 20_000, status: 'UPDATE_ROLLBACK_COMPLETE' },
      ],
    });
    const outcome = await deployStack(options);
    expect(outcome).toMatchObject({ status: 'failed', stackStatus: 'UPDATE_ROLLBACK_COMPLETE' });
    expect(outcome.message).toContain('no failed event explains it');
    expect(eventLines(lines)).toHaveLength(2);
  });

  describe('a first create that failed (ROLLBACK_COMPLETE)', () => {
    const script: CloudFormationScript = {
      initial: 'ROLLBACK_COMPLETE',
      onDelete: [
        { afterMs: 1_000, status: 'DELETE_IN_PROGRESS' },
        { afterMs: 40_000, status: 'gone' },
      ],
      changeSets: [{ status: 'CREATE_COMPLETE', changes: added }],
      onExecute: createSteps,
    };

    it('is refused with the option that deletes and creates it again', async () => {
      const { options } = setup(script);
      const outcome = await deployStack(options);
      expect(outcome.status).toBe('refused');
      expect(outcome.message).toContain('Next step: recreate-failed-stack: true');
      expect(commandNames(cfMock)).toEqual(['DescribeStacksCommand']);
    });

    it('is deleted and created again with recreate-failed-stack', async () => {
      const { options } = setup(script, { recreateFailedStack: true });
      const outcome = await deployStack(options);
      expect(outcome).toMatchObject({
        status: 'deployed',
        stackId: stackIdOf(2),
        stackStatus: 'CREATE_COMPLETE',
      });
      expect(cfMock.commandCalls(DeleteStackCommand).map((call) => call.args[0].input)).toEqual([
        { StackName: stackIdOf(1) },
      ]);
      expect(cfMock.commandCalls(CreateChangeSetCommand)[0]?.args[0].input.ChangeSetType).toBe('CREATE');
      const sent = commandNames(cfMock);
      expect(sent.indexOf('DeleteStackCommand')).toBeLessThan(sent.indexOf('CreateChangeSetCommand'));
    });

    it('is never deleted by a preview, even with recreate-failed-stack', async () => {
      const { options } = setup(script, { recreateFailedStack: true, execute: false });
      const outcome = await deployStack(options);
      expect(outcome.status).toBe('refused');
      expect(outcome.message).toContain('A preview (execute: false) never deletes a stack');
      expect(commandNames(cfMock)).toEqual(['DescribeStacksCommand']);
    });
  });

  describe('a stack with an operation in progress', () => {
    const script: CloudFormationScript = {
      initial: 'UPDATE_IN_PROGRESS',
      meanwhile: [{ afterMs: 45_000, status: 'UPDATE_COMPLETE' }],
      changeSets: [{ status: 'CREATE_COMPLETE', changes: serviceModified }],
      onExecute: updateSteps,
    };

    it('is waited for, then updated, never starting a second operation meanwhile', async () => {
      const { options, clock } = setup(script, { waitForInProgress: true });
      const outcome = await deployStack(options);
      expect(outcome.status).toBe('deployed');
      const create = cfMock.commandCalls(CreateChangeSetCommand)[0];
      expect(create?.args[0].input.ChangeSetType).toBe('UPDATE');
      // every DescribeStacks before the change set saw the operation run; the change set came after it ended
      expect(clock.sleeps.slice(0, 3)).toEqual([2_000, 4_000, 7_500]);
    });

    it('stops with the command to look at it when not waiting', async () => {
      const { options } = setup(script);
      const outcome = await deployStack(options);
      expect(outcome.status).toBe('refused');
      expect(outcome.message).toContain(
        `aws cloudformation describe-stack-events --stack-name ${STACK} --region ${REGION}`,
      );
      expect(outcome.message).toContain('wait-for-in-progress: true');
      expect(commandNames(cfMock)).toEqual(['DescribeStacksCommand']);
    });
  });

  describe('a failed update rollback (UPDATE_ROLLBACK_FAILED)', () => {
    const script: CloudFormationScript = {
      initial: 'UPDATE_ROLLBACK_FAILED',
      onContinueRollback: [
        { afterMs: 1_000, status: 'UPDATE_ROLLBACK_IN_PROGRESS' },
        { afterMs: 20_000, status: 'UPDATE_ROLLBACK_COMPLETE' },
      ],
      changeSets: [{ status: 'CREATE_COMPLETE', changes: serviceModified }],
      onExecute: updateSteps,
    };

    it('is refused with the exact continue-update-rollback command', async () => {
      const { options } = setup(script);
      const outcome = await deployStack(options);
      expect(outcome.status).toBe('refused');
      expect(outcome.message).toContain(
        `Next step: aws cloudformation continue-update-rollback --stack-name ${STACK} --region ${REGION}`,
      );
      expect(commandNames(cfMock)).toEqual(['DescribeStacksCommand']);
    });

    it('is continued, then updated, when asked', async () => {
      const { options } = setup(script, { continueUpdateRollback: true });
      const outcome = await deployStack(options);
      expect(outcome.status).toBe('deployed');
      expect(cfMock.commandCalls(ContinueUpdateRollbackCommand).map((call) => call.args[0].input)).toEqual([
        { StackName: STACK },
      ]);
      const sent = commandNames(cfMock);
      expect(sent.indexOf('ContinueUpdateRollbackCommand')).toBeLessThan(
        sent.indexOf('CreateChangeSetCommand'),
      );
    });
  });

  it.each([
    "The submitted information didn't contain changes. Submit different information to create a change set.",
    'No updates are to be performed.',
  ])('succeeds unchanged on an empty change set (%s) and deletes it', async (reason) => {
    const { options } = setup({
      initial: 'UPDATE_COMPLETE',
      changeSets: [{ status: 'FAILED', statusReason: reason }],
    });
    const outcome = await deployStack(options);
    expect(outcome).toMatchObject({ status: 'unchanged', changed: false, stackStatus: 'UPDATE_COMPLETE' });
    expect(cfMock.commandCalls(DeleteChangeSetCommand).map((call) => call.args[0].input)).toEqual([
      { ChangeSetName: `arn:aws:cloudformation:${REGION}:123456789012:changeSet/${CHANGE_SET}/1` },
    ]);
    expect(cfMock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
  });

  it('fails on a change set CloudFormation could not create, and deletes it', async () => {
    const { options } = setup({
      initial: 'UPDATE_COMPLETE',
      changeSets: [
        { status: 'FAILED', statusReason: 'Template format error: Unresolved resource dependencies' },
      ],
    });
    const outcome = await deployStack(options);
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toContain('Template format error');
    expect(cfMock.commandCalls(DeleteChangeSetCommand)).toHaveLength(1);
    expect(cfMock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
  });

  describe('a change set refused by early validation', () => {
    const refused: CloudFormationScript = {
      initial: 'UPDATE_COMPLETE',
      changeSets: [
        { status: 'FAILED', statusReason: EARLY_VALIDATION_REASON, failedEvents: earlyValidationEvents },
      ],
    };

    it('names each resource, property and reason DescribeEvents gives, read before the change set is deleted', async () => {
      const { options } = setup(refused);
      const outcome = await deployStack(options);
      expect(outcome.status).toBe('failed');
      expect(outcome.message).toBe(
        `CloudFormation could not create change set ${CHANGE_SET} (FAILED): ${EARLY_VALIDATION_REASON}` +
          " Failed: DatabaseCluster (AWS::RDS::DBCluster) at /Resources/DatabaseCluster/Properties/EngineVersion: #/EngineVersion: 99.9 is not a valid value for 'aurora-postgresql' [AWS::EarlyValidation::PropertyValidation]" +
          "; StorageBucket (AWS::S3::Bucket): Resource of type 'AWS::S3::Bucket' with identifier 'dify-prod-files' already exists. [AWS::EarlyValidation::ResourceExistenceCheck].",
      );
      const changeSetArn = cfMock.commandCalls(DeleteChangeSetCommand)[0]?.args[0].input.ChangeSetName;
      expect(cfMock.commandCalls(DescribeEventsCommand).map((call) => call.args[0].input)).toEqual([
        { ChangeSetName: changeSetArn, Filters: { FailedEvents: true } },
      ]);
      const names = commandNames(cfMock);
      expect(names.indexOf('DescribeEventsCommand')).toBeLessThan(names.indexOf('DeleteChangeSetCommand'));
      expect(cfMock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
    });

    it("keeps CloudFormation's reason and says how to see the checks when DescribeEvents is denied", async () => {
      const { options } = setup(refused);
      cfMock
        .on(DescribeEventsCommand)
        .rejects(cfError('AccessDenied', 403, 'not authorized to perform DescribeEvents'));
      const outcome = await deployStack(options);
      expect(outcome.status).toBe('failed');
      expect(outcome.message).toContain(EARLY_VALIDATION_REASON);
      expect(outcome.message).toContain(
        'The failed checks could not be read (the role may not call cloudformation:DescribeEvents',
      );
      expect(outcome.message).toContain(
        'aws cloudformation describe-events --change-set-name arn:aws:cloudformation:',
      );
      expect(cfMock.commandCalls(DescribeEventsCommand)).toHaveLength(1);
      expect(cfMock.commandCalls(DeleteChangeSetCommand)).toHaveLength(1);
    });

    it('does not ask DescribeEvents about a change set that only had no changes', async () => {
      const { options } = setup({
        initial: 'UPDATE_COMPLETE',
        changeSets: [{ status: 'FAILED', statusReason: "The submitted information didn't contain changes." }],
      });
      expect((await deployStack(options)).status).toBe('unchanged');
      expect(cfMock.commandCalls(DescribeEventsCommand)).toHaveLength(0);
    });
  });

  describe('the stateful guard', () => {
    const script: CloudFormationScript = {
      initial: 'UPDATE_COMPLETE',
      changeSets: [{ status: 'CREATE_COMPLETE', changes: [...serviceModified, ...databaseReplaced] }],
      onExecute: updateSteps,
    };

    it('refuses a change set that replaces the database, naming the property, and deletes it', async () => {
      const { options } = setup(script);
      const outcome = await deployStack(options);
      expect(outcome.status).toBe('refused');
      expect(outcome.guard?.verdict).toBe('refuse');
      expect(outcome.message).toContain(
        'replaces DatabaseCluster (AWS::RDS::DBCluster) because DBSubnetGroupName',
      );
      expect(outcome.message).toContain('add DatabaseCluster to allow-replacement');
      expect(cfMock.commandCalls(DeleteChangeSetCommand)).toHaveLength(1);
      expect(cfMock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
      expect(cfMock.commandCalls(SetStackPolicyCommand)).toHaveLength(0);
    });

    it('lets allow-replacement through, with a temporary stack policy set before executing and restored after', async () => {
      const { options } = setup(script, { allowReplacement: ['DatabaseCluster'] });
      const outcome = await deployStack(options);
      expect(outcome.status).toBe('deployed');
      expect(outcome.guard).toMatchObject({ verdict: 'pass', allowed: [{ logicalId: 'DatabaseCluster' }] });
      const temporary = stackPolicyAllowing(POLICY, ['DatabaseCluster']);
      expect(temporary).not.toContain('DatabaseCluster');
      expect(
        cfMock.commandCalls(SetStackPolicyCommand).map((call) => call.args[0].input.StackPolicyBody),
      ).toEqual([temporary, POLICY]);
      expect(commandNames(cfMock).filter((name) => /SetStackPolicy|ExecuteChangeSet/.test(name))).toEqual([
        'SetStackPolicyCommand',
        'ExecuteChangeSetCommand',
        'SetStackPolicyCommand',
      ]);
    });

    it('restores the protective policy after an allowed replacement fails', async () => {
      const { options } = setup(
        {
          ...script,
          onExecute: [
            { afterMs: 1_000, status: 'UPDATE_IN_PROGRESS' },
            {
              afterMs: 5_000,
              events: [resourceEvent('DatabaseCluster', 'UPDATE_FAILED', 'Subnet group is in use')],
            },
            { afterMs: 6_000, status: 'UPDATE_ROLLBACK_IN_PROGRESS' },
            { afterMs: 30_000, status: 'UPDATE_ROLLBACK_COMPLETE' },
          ],
        },
        { allowReplacement: ['DatabaseCluster'] },
      );
      const outcome = await deployStack(options);
      expect(outcome.status).toBe('failed');
      expect(
        cfMock.commandCalls(SetStackPolicyCommand).map((call) => call.args[0].input.StackPolicyBody),
      ).toEqual([stackPolicyAllowing(POLICY, ['DatabaseCluster']), POLICY]);
    });
  });

  describe('the temporary stack policy of allow-replacement, on every way out', () => {
    const script: CloudFormationScript = {
      initial: 'UPDATE_COMPLETE',
      changeSets: [{ status: 'CREATE_COMPLETE', changes: [...serviceModified, ...databaseReplaced] }],
      onExecute: updateSteps,
    };
    const TEMPORARY = stackPolicyAllowing(POLICY, ['DatabaseCluster']);
    const allowDatabase = { allowReplacement: ['DatabaseCluster'] };
    const policiesSet = () =>
      cfMock.commandCalls(SetStackPolicyCommand).map((call) => call.args[0].input.StackPolicyBody);
    /** Every temporary policy set is followed by the protective one, which is the last word. */
    const expectProtectedAtTheEnd = () => {
      const bodies = policiesSet();
      expect(bodies[0]).toBe(TEMPORARY);
      expect(bodies.at(-1)).toBe(POLICY);
    };
    /** SetStackPolicy refusing `body` for good (every attempt), and taking any other. */
    const refusePolicy = (
      body: string,
      error = cfError('InternalFailure', 500, 'We encountered an internal error'),
    ) =>
      cfMock.on(SetStackPolicyCommand).callsFake((input: { StackPolicyBody: string }) => {
        if (input.StackPolicyBody === body) throw error;
        return {};
      });
    const failureOf = async (options: DeployStackOptions) => {
      const error = await deployStack(options).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DeployError);
      return error as DeployError;
    };

    it('is set back when setting it failed, and nothing is executed', async () => {
      const { options } = setup(script, allowDatabase);
      refusePolicy(TEMPORARY);
      const error = await failureOf(options);
      expect(error.message).toMatch(
        /^cloudformation:SetStackPolicy failed: InternalFailure.*\. The protective stack policy was set again\.$/,
      );
      expect(cfMock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
      expectProtectedAtTheEnd();
    });

    it('is set back when ExecuteChangeSet fails', async () => {
      const { options } = setup(script, allowDatabase);
      cfMock
        .on(ExecuteChangeSetCommand)
        .rejects(cfError('InvalidChangeSetStatus', 400, 'ChangeSet is in an invalid state'));
      const error = await failureOf(options);
      expect(error.message).toContain('cloudformation:ExecuteChangeSet failed: InvalidChangeSetStatus');
      expect(error.message).toContain('The protective stack policy was set again.');
      expect(policiesSet()).toEqual([TEMPORARY, POLICY]);
    });

    it('is set back when the stack cannot be read any more while it changes', async () => {
      const { options, fake } = setup(script, allowDatabase);
      cfMock.on(DescribeStacksCommand).callsFake((input: { StackName: string }) => {
        if (cfMock.commandCalls(ExecuteChangeSetCommand).length > 0)
          throw cfError('AccessDenied', 403, 'not authorized to perform cloudformation:DescribeStacks');
        return { Stacks: [fake.describe(input.StackName)] };
      });
      const error = await failureOf(options);
      expect(error.message).toContain('cloudformation:DescribeStacks failed: AccessDenied');
      expect(error.message).toContain('The protective stack policy was set again.');
      expect(policiesSet()).toEqual([TEMPORARY, POLICY]);
    });

    it('is set back when the update fails and rolls back', async () => {
      const { options } = setup(
        {
          ...script,
          onExecute: [
            { afterMs: 1_000, status: 'UPDATE_IN_PROGRESS' },
            {
              afterMs: 5_000,
              events: [resourceEvent('DatabaseCluster', 'UPDATE_FAILED', 'Subnet group is in use')],
            },
            { afterMs: 6_000, status: 'UPDATE_ROLLBACK_IN_PROGRESS' },
            { afterMs: 30_000, status: 'UPDATE_ROLLBACK_COMPLETE' },
          ],
        },
        allowDatabase,
      );
      const outcome = await deployStack(options);
      expect(outcome.status).toBe('failed');
      expect(outcome.message).toMatch(
        /Subnet group is in use\. The protective stack policy was set again\.$/,
      );
      expect(policiesSet()).toEqual([TEMPORARY, POLICY]);
    });

    it('is set back when the deploy stops watching at its timeout', async () => {
      const { options } = setup(
        { ...script, onExecute: [{ afterMs: 1_000, status: 'UPDATE_IN_PROGRESS' }] },
        { ...allowDatabase, timeoutMs: 5 * 60_000 },
      );
      const outcome = await deployStack(options);
      expect(outcome.status).toBe('timed-out');
      expect(outcome.message).toContain('CloudFormation carries on');
      expect(outcome.message).toMatch(/The protective stack policy was set again\.$/);
      expect(policiesSet()).toEqual([TEMPORARY, POLICY]);
    });

    it('is set back when the run is cancelled while the change set executes, even with throttling', async () => {
      const controller = new AbortController();
      const { options, clock } = setup(script, allowDatabase);
      const cancellingClock = {
        now: () => clock.now(),
        sleep: async (ms: number) => {
          // GitHub cancels the run (SIGINT) during the first wait after ExecuteChangeSet.
          if (cfMock.commandCalls(ExecuteChangeSetCommand).length > 0) controller.abort(new Error('SIGINT'));
          await clock.sleep(ms);
        },
      };
      let restoreAttempts = 0;
      cfMock.on(SetStackPolicyCommand).callsFake((input: { StackPolicyBody: string }) => {
        if (input.StackPolicyBody === POLICY && ++restoreAttempts === 1)
          throw cfError('Throttling', 400, 'Rate exceeded');
        return {};
      });
      const error = await failureOf({ ...options, clock: cancellingClock, signal: controller.signal });
      expect(error.action).toBe('cancelled');
      expect(error.message).toBe(
        `the run was cancelled while change set ${CHANGE_SET} was executing: CloudFormation carries on with it. The protective stack policy was set again.`,
      );
      expect(error.hint).toContain('wait-for-in-progress: true');
      expect(policiesSet()).toEqual([TEMPORARY, POLICY, POLICY]);
    });

    it('says so when it cannot be set back, naming what stays replaceable', async () => {
      const { options } = setup(
        {
          ...script,
          onExecute: [
            { afterMs: 1_000, status: 'UPDATE_IN_PROGRESS' },
            { afterMs: 6_000, status: 'UPDATE_ROLLBACK_IN_PROGRESS' },
            { afterMs: 30_000, status: 'UPDATE_ROLLBACK_COMPLETE' },
          ],
        },
        allowDatabase,
      );
      refusePolicy(
        POLICY,
        cfError('AccessDenied', 403, 'not authorized to perform cloudformation:SetStackPolicy'),
      );
      const outcome = await deployStack(options);
      expect(outcome.status).toBe('failed');
      expect(outcome.message).toContain(
        'The protective stack policy could not be set again (cloudformation:SetStackPolicy failed: AccessDenied',
      );
      expect(outcome.message).toContain('an update may replace DatabaseCluster; run the deploy again');
    });

    it('after a successful update, a protection that fails fails the deploy but keeps its outcome', async () => {
      const { options } = setup(
        { ...script, outputs: { DifyUrl: 'https://dify.example.com' } },
        allowDatabase,
      );
      refusePolicy(
        POLICY,
        cfError('AccessDenied', 403, 'not authorized to perform cloudformation:SetStackPolicy'),
      );
      const outcome = await deployStack(options);
      expect(outcome).toMatchObject({
        status: 'failed',
        changed: true,
        stackStatus: 'UPDATE_COMPLETE',
        outputs: { DifyUrl: 'https://dify.example.com' },
      });
      expect(outcome.message).toMatch(
        new RegExp(
          `^${STACK} is UPDATE_COMPLETE: change set ${CHANGE_SET} was executed, but protecting it failed: cloudformation:SetStackPolicy failed: AccessDenied`,
        ),
      );
      expect(outcome.message).toContain('The protective stack policy could not be set again');
    });
  });

  describe('stack events that cannot be read', () => {
    const script: CloudFormationScript = {
      initial: 'UPDATE_COMPLETE',
      changeSets: [{ status: 'CREATE_COMPLETE', changes: [...serviceModified, ...databaseReplaced] }],
      onExecute: updateSteps,
    };

    it.each([
      ['from the start', () => true],
      ['once the change set runs', () => cfMock.commandCalls(ExecuteChangeSetCommand).length > 0],
    ])(
      'never turn an update that reached UPDATE_COMPLETE into a failure: unreadable %s',
      async (_, failing) => {
        const { options, lines, fake } = setup(script, { allowReplacement: ['DatabaseCluster'] });
        cfMock.on(DescribeStackEventsCommand).callsFake(() => {
          if (failing()) throw cfError('Throttling', 400, 'Rate exceeded');
          fake.advance();
          return { StackEvents: [...fake.events].reverse() };
        });
        const outcome = await deployStack(options);
        expect(outcome).toMatchObject({ status: 'deployed', changed: true, stackStatus: 'UPDATE_COMPLETE' });
        const warnings = lines.filter((line) =>
          line.startsWith('warning: the stack events could not be read'),
        );
        expect(warnings).toEqual([
          "warning: the stack events could not be read (cloudformation:DescribeStackEvents failed: Throttling: Rate exceeded); the deploy goes on watching the stack's status, which decides the outcome",
        ]);
        expect(
          cfMock.commandCalls(SetStackPolicyCommand).map((call) => call.args[0].input.StackPolicyBody),
        ).toEqual([stackPolicyAllowing(POLICY, ['DatabaseCluster']), POLICY]);
      },
    );

    it('say so in a failure they cannot explain', async () => {
      const { options } = setup({
        ...script,
        changeSets: [{ status: 'CREATE_COMPLETE', changes: serviceModified }],
        onExecute: [
          { afterMs: 1_000, status: 'UPDATE_IN_PROGRESS' },
          { afterMs: 6_000, status: 'UPDATE_ROLLBACK_IN_PROGRESS' },
          { afterMs: 30_000, status: 'UPDATE_ROLLBACK_COMPLETE' },
        ],
      });
      cfMock.on(DescribeStackEventsCommand).rejects(cfError('AccessDenied', 403, 'not authorized'));
      const outcome = await deployStack(options);
      expect(outcome.status).toBe('failed');
      expect(outcome.message).toBe(
        `${STACK} ended in UPDATE_ROLLBACK_COMPLETE: its events could not be read (cloudformation:DescribeStackEvents failed: AccessDenied: not authorized); see them with aws cloudformation describe-stack-events --stack-name ${STACK} --region ${REGION}.`,
      );
    });
  });

  it('finds the root cause of a failure among 50 cascade events', async () => {
    const cancelled = Array.from({ length: 50 }, (_, index) =>
      resourceEvent(`Resource${index}`, 'UPDATE_FAILED', 'Resource update cancelled'),
    );
    const { options, lines } = setup({
      initial: 'UPDATE_COMPLETE',
      changeSets: [{ status: 'CREATE_COMPLETE', changes: serviceModified }],
      pageSize: 7,
      onExecute: [
        { afterMs: 1_000, status: 'UPDATE_IN_PROGRESS', statusReason: 'User Initiated' },
        { afterMs: 3_000, events: [resourceEvent('ApiService', 'UPDATE_IN_PROGRESS')] },
        {
          afterMs: 20_000,
          events: [
            resourceEvent(
              'ApiService',
              'UPDATE_FAILED',
              'Resource handler returned message: "Invalid image"',
            ),
            ...cancelled,
          ],
        },
        {
          afterMs: 21_000,
          status: 'UPDATE_ROLLBACK_IN_PROGRESS',
          statusReason: 'The following resource(s) failed to update: [ApiService, Resource0]',
        },
        { afterMs: 50_000, status: 'UPDATE_ROLLBACK_COMPLETE' },
      ],
    });
    const outcome = await deployStack(options);
    expect(outcome.status).toBe('failed');
    expect(outcome.changed).toBe(true);
    expect(outcome.stackStatus).toBe('UPDATE_ROLLBACK_COMPLETE');
    expect(outcome.rootCause.map((event) => event.LogicalResourceId)).toEqual(['ApiService']);
    expect(outcome.message).toContain(
      'ApiService UPDATE_FAILED Resource handler returned message: "Invalid image"',
    );
    expect(eventLines(lines)).toHaveLength(1 + 1 + 51 + 1 + 1);
  });

  it('retries throttling on DescribeStacks, then goes on', async () => {
    const { options, clock, fake } = setup({
      initial: 'UPDATE_COMPLETE',
      changeSets: [{ status: 'FAILED', statusReason: 'No updates are to be performed.' }],
    });
    cfMock
      .on(DescribeStacksCommand)
      .rejectsOnce(cfError('ThrottlingException', 400, 'Rate exceeded'))
      .rejectsOnce(cfError('Throttling', 400, 'Rate exceeded'))
      .callsFake((input: { StackName: string }) => ({ Stacks: [fake.describe(input.StackName)] }));
    const outcome = await deployStack(options);
    expect(outcome.status).toBe('unchanged');
    expect(cfMock.commandCalls(DescribeStacksCommand)).toHaveLength(3);
    expect(clock.sleeps.slice(0, 2)).toEqual([100, 200]);
  });

  it('stops on AccessDenied from DescribeStacks without retrying, never taking it for "no stack"', async () => {
    const { options } = setup({ changeSets: [{ status: 'CREATE_COMPLETE', changes: added }] });
    cfMock
      .on(DescribeStacksCommand)
      .rejects(
        cfError('AccessDenied', 403, 'User: arn:aws:sts::123456789012:assumed-role/x is not authorized'),
      );
    const error = await deployStack(options).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DeployError);
    expect((error as DeployError).message).toContain('cloudformation:DescribeStacks failed: AccessDenied');
    expect((error as DeployError).hint).toContain('DeployRoleArn');
    expect(commandNames(cfMock)).toEqual(['DescribeStacksCommand']);
  });

  describe('answers without an error that the deploy cannot act on', () => {
    async function failure(options: DeployStackOptions): Promise<DeployError> {
      const error = await deployStack(options).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DeployError);
      return error as DeployError;
    }

    it.each([
      ['an empty Stacks list', { Stacks: [] }, 'an empty Stacks list'],
      ['no Stacks field', {}, 'no Stacks field'],
      [
        'another stack',
        { Stacks: [{ StackName: 'dify-dev', StackStatus: 'UPDATE_COMPLETE', CreationTime: new Date(0) }] },
        'with another stack (dify-dev)',
      ],
    ] satisfies [string, Omit<DescribeStacksCommandOutput, '$metadata'>, string][])(
      'stops on DescribeStacks answering %s, never creating a stack',
      async (_, answer, said) => {
        const { options } = setup({ changeSets: [{ status: 'CREATE_COMPLETE', changes: added }] });
        cfMock.on(DescribeStacksCommand).resolves(answer);
        const error = await failure(options);
        expect(error.message).toContain(
          'cloudformation:DescribeStacks gave an answer the deploy cannot act on',
        );
        expect(error.message).toContain(said);
        expect(error.hint).toContain('rather than guess');
        expect(commandNames(cfMock)).toEqual(['DescribeStacksCommand']);
      },
    );

    it('stops on a change set described without a status, rather than waiting for the time to run out', async () => {
      const { options, clock } = setup({
        initial: 'UPDATE_COMPLETE',
        changeSets: [{ status: 'CREATE_COMPLETE' }],
      });
      cfMock.on(DescribeChangeSetCommand).resolves({ ChangeSetName: CHANGE_SET });
      const error = await failure(options);
      expect(error.message).toContain('DescribeChangeSet answered for');
      expect(error.message).toContain('without a status');
      expect(cfMock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
      expect(clock.now() - START).toBeLessThan(60_000);
    });

    it('stops on change-set pages whose NextToken goes round, executing nothing', async () => {
      const { options } = setup({ initial: 'UPDATE_COMPLETE', changeSets: [{ status: 'CREATE_COMPLETE' }] });
      cfMock.on(DescribeChangeSetCommand).resolves({
        Status: 'CREATE_COMPLETE',
        ExecutionStatus: 'AVAILABLE',
        Changes: serviceModified,
        NextToken: 'page-2',
      });
      const error = await failure(options);
      expect(error.message).toContain('answered a NextToken it had already given');
      expect(cfMock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
      expect(cfMock.commandCalls(SetStackPolicyCommand)).toHaveLength(0);
    });
  });

  describe('a template over 51,200 bytes', () => {
    const big = `${TEMPLATE}Metadata:\n  Padding: "${'x'.repeat(52_000)}"\n`;
    const key = `templates/${STACK}/${createHash('sha256').update(big).digest('hex')}.yaml`;

    it('is uploaded to the artifact bucket and passed by URL', async () => {
      const { options } = setup(
        { changeSets: [{ status: 'CREATE_COMPLETE', changes: added }], onExecute: createSteps },
        { templateBody: big, artifactBucket: 'dify-artifacts-123' },
      );
      s3Mock.on(HeadObjectCommand).rejects(
        new S3ServiceException({
          name: 'NotFound',
          $fault: 'client',
          $metadata: { httpStatusCode: 404 },
          message: '',
        }),
      );
      s3Mock.on(PutObjectCommand).resolves({});
      const outcome = await deployStack(options);
      expect(outcome.status).toBe('deployed');
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

    it('is refused without an artifact bucket, naming the bootstrap output, before any AWS call', async () => {
      const { options } = setup(
        { initial: 'ROLLBACK_COMPLETE' },
        { templateBody: big, recreateFailedStack: true },
      );
      const outcome = await deployStack(options);
      expect(outcome.status).toBe('refused');
      expect(outcome.message).toContain('ArtifactBucketName output of the bootstrap stack');
      expect(cfMock.calls()).toHaveLength(0);
      expect(s3Mock.calls()).toHaveLength(0);
    });
  });

  it('times out saying the stack is still changing, and a re-run waits and converges', async () => {
    const { options: base, clock } = setup({});
    const fake = new FakeCloudFormation(clock, {
      initial: 'UPDATE_COMPLETE',
      changeSets: [
        { status: 'CREATE_COMPLETE', changes: serviceModified },
        { status: 'FAILED', statusReason: "The submitted information didn't contain changes." },
      ],
      onExecute: [
        { afterMs: 1_000, status: 'UPDATE_IN_PROGRESS', statusReason: 'User Initiated' },
        { afterMs: 600_000, status: 'UPDATE_COMPLETE' },
      ],
    });
    fake.install(cfMock);
    const first = await deployStack({ ...base, clock, timeoutMs: 120_000 });
    expect(first.status).toBe('timed-out');
    expect(first.stackStatus).toBe('UPDATE_IN_PROGRESS');
    expect(first.message).toContain('is still changing in CloudFormation (UPDATE_IN_PROGRESS)');
    expect(first.message).toContain(
      `aws cloudformation describe-stack-events --stack-name ${STACK} --region ${REGION}`,
    );

    const second = await deployStack({
      ...base,
      clock,
      changeSetName: 'dify-prod-run-43',
      waitForInProgress: true,
      timeoutMs: 30 * 60_000,
    });
    expect(second).toMatchObject({ status: 'unchanged', changed: false, stackStatus: 'UPDATE_COMPLETE' });
    expect(cfMock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(1);
    expect(
      cfMock.commandCalls(CreateChangeSetCommand).map((call) => call.args[0].input.ChangeSetName),
    ).toEqual([CHANGE_SET, 'dify-prod-run-43']);
  });

  it('executes a change set made again by a re-run of the same run with a request token of its own', async () => {
    const rolledBack = [
      { afterMs: 1_000, status: 'UPDATE_IN_PROGRESS' as const },
      { afterMs: 5_000, events: [resourceEvent('ApiService', 'UPDATE_FAILED', 'Invalid image')] },
      { afterMs: 6_000, status: 'UPDATE_ROLLBACK_IN_PROGRESS' as const },
      { afterMs: 30_000, status: 'UPDATE_ROLLBACK_COMPLETE' as const },
    ];
    const { options } = setup({
      initial: 'UPDATE_COMPLETE',
      changeSets: [
        { status: 'CREATE_COMPLETE', changes: serviceModified },
        { status: 'CREATE_COMPLETE', changes: serviceModified },
      ],
      onExecute: rolledBack,
    });
    expect((await deployStack(options)).status).toBe('failed');
    await deployStack(options);
    const executions = cfMock.commandCalls(ExecuteChangeSetCommand).map((call) => call.args[0].input);
    expect(executions.map((input) => input.ChangeSetName)).toEqual([
      `arn:aws:cloudformation:${REGION}:123456789012:changeSet/${CHANGE_SET}/1`,
      `arn:aws:cloudformation:${REGION}:123456789012:changeSet/${CHANGE_SET}/2`,
    ]);
    const [first, second] = executions.map((input) => input.ClientRequestToken ?? '');
    expect(first).toMatch(new RegExp(`^${CHANGE_SET}-[0-9a-f]{8}$`));
    expect(second).toMatch(new RegExp(`^${CHANGE_SET}-[0-9a-f]{8}$`));
    expect(second).not.toBe(first);
  });

  it('keeps request tokens within 128 characters for the longest change-set names', () => {
    const token = executionToken(
      'd'.repeat(128),
      'arn:aws:cloudformation:eu-west-1:123456789012:changeSet/x/1',
    );
    expect(token).toHaveLength(128);
    expect(token).toMatch(/^[a-zA-Z][-a-zA-Z0-9]*$/);
  });

  it('previews with execute: false: never executes, deletes nor protects, and names the change set', async () => {
    const { options } = setup(
      {
        initial: 'UPDATE_COMPLETE',
        changeSets: [{ status: 'CREATE_COMPLETE', changes: [...serviceModified, ...databaseReplaced] }],
      },
      { execute: false, allowReplacement: ['DatabaseCluster'] },
    );
    const outcome = await deployStack(options);
    expect(outcome.status).toBe('previewed');
    expect(outcome.changed).toBe(false);
    expect(outcome.rows).toHaveLength(2);
    expect(outcome.message).toContain(`change set ${CHANGE_SET} was created and left for review`);
    expect(commandNames(cfMock)).toEqual([
      'DescribeStacksCommand',
      'CreateChangeSetCommand',
      'DescribeChangeSetCommand',
      'DescribeChangeSetCommand',
      'DescribeChangeSetCommand',
      'DescribeChangeSetCommand',
    ]);
  });
});
