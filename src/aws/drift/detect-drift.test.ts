import {
  CloudFormationClient,
  DescribeStackDriftDetectionStatusCommand,
  type DescribeStackDriftDetectionStatusOutput,
  DescribeStackResourceDriftsCommand,
  DescribeStacksCommand,
  DetectStackDriftCommand,
  type StackDriftDetectionStatus,
  type StackDriftStatus,
  type StackResourceDrift,
  type StackStatus,
} from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { detectDrift } from './detect-drift.js';
import { DriftError } from './drift-error.js';
import { cfnError, fakeClock } from './drift-test-fixtures.js';

const cfnMock = mockClient(CloudFormationClient);
const cloudFormation = new CloudFormationClient({ region: 'eu-west-1' });
const STACK = 'dify-prod';
const DETECTION_ID = 'b78ac9b0-dec1-11e7-a451-50d5cd92b8ae';
const STACK_ID = 'arn:aws:cloudformation:eu-west-1:123456789012:stack/dify-prod/abc';

function status(
  DetectionStatus: StackDriftDetectionStatus,
  extra: {
    StackDriftStatus?: StackDriftStatus;
    DetectionStatusReason?: string;
    DriftedStackResourceCount?: number;
  } = {},
): DescribeStackDriftDetectionStatusOutput {
  return {
    StackId: STACK_ID,
    StackDriftDetectionId: DETECTION_ID,
    DetectionStatus,
    Timestamp: new Date(0),
    ...extra,
  };
}

const modifiedSecurityGroup: StackResourceDrift = {
  StackId: STACK_ID,
  LogicalResourceId: 'LoadBalancerSecurityGroup',
  PhysicalResourceId: 'sg-0123456789abcdef0',
  ResourceType: 'AWS::EC2::SecurityGroup',
  StackResourceDriftStatus: 'MODIFIED',
  Timestamp: new Date(0),
  PropertyDifferences: [
    {
      PropertyPath: '/SecurityGroupIngress/1',
      ExpectedValue: '',
      ActualValue: '{"CidrIp":"0.0.0.0/0","FromPort":22,"IpProtocol":"tcp","ToPort":22}',
      DifferenceType: 'ADD',
    },
    {
      PropertyPath: '/SecurityGroupIngress/0/CidrIp',
      ExpectedValue: '10.0.0.0/16',
      ActualValue: '0.0.0.0/0',
      DifferenceType: 'NOT_EQUAL',
    },
  ],
};

const deletedBucket: StackResourceDrift = {
  StackId: STACK_ID,
  LogicalResourceId: 'FilesBucket',
  PhysicalResourceId: 'dify-prod-files',
  ResourceType: 'AWS::S3::Bucket',
  StackResourceDriftStatus: 'DELETED',
  Timestamp: new Date(0),
};

beforeEach(() => {
  cfnMock.reset();
  cfnMock.on(DescribeStacksCommand).resolves({
    Stacks: [
      { StackName: STACK, StackId: STACK_ID, StackStatus: 'UPDATE_COMPLETE', CreationTime: new Date(0) },
    ],
  });
  cfnMock.on(DetectStackDriftCommand).resolves({ StackDriftDetectionId: DETECTION_ID });
});

describe('detectDrift', () => {
  it('reports a stack in sync after polling the detection with backoff', async () => {
    const clock = fakeClock();
    cfnMock
      .on(DescribeStackDriftDetectionStatusCommand)
      .resolvesOnce(status('DETECTION_IN_PROGRESS'))
      .resolvesOnce(status('DETECTION_IN_PROGRESS'))
      .resolves(status('DETECTION_COMPLETE', { StackDriftStatus: 'IN_SYNC', DriftedStackResourceCount: 0 }));
    cfnMock.on(DescribeStackResourceDriftsCommand).resolves({ StackResourceDrifts: [] });

    const outcome = await detectDrift({
      stackName: STACK,
      cloudFormation,
      clock,
      timeoutMs: 60_000,
      random: () => 0,
    });

    expect(outcome).toEqual({ outcome: 'in-sync', detectionId: DETECTION_ID, drifted: [] });
    expect(clock.sleeps).toEqual([1_000, 2_000]);
    expect(cfnMock.commandCalls(DetectStackDriftCommand)[0]?.args[0].input).toEqual({ StackName: STACK });
    expect(cfnMock.commandCalls(DescribeStackDriftDetectionStatusCommand)[0]?.args[0].input).toEqual({
      StackDriftDetectionId: DETECTION_ID,
    });
    expect(cfnMock.commandCalls(DescribeStackResourceDriftsCommand)[0]?.args[0].input).toEqual({
      StackName: STACK,
      StackResourceDriftStatusFilters: ['MODIFIED', 'DELETED'],
    });
  });

  it('reports a modified security group and a deleted bucket with their property differences', async () => {
    cfnMock
      .on(DescribeStackDriftDetectionStatusCommand)
      .resolves(status('DETECTION_COMPLETE', { StackDriftStatus: 'DRIFTED', DriftedStackResourceCount: 2 }));
    cfnMock
      .on(DescribeStackResourceDriftsCommand)
      .resolves({ StackResourceDrifts: [modifiedSecurityGroup, deletedBucket] });

    const outcome = await detectDrift({
      stackName: STACK,
      cloudFormation,
      clock: fakeClock(),
      timeoutMs: 60_000,
    });

    expect(outcome).toEqual({
      outcome: 'drifted',
      detectionId: DETECTION_ID,
      drifted: [
        {
          logicalId: 'FilesBucket',
          physicalId: 'dify-prod-files',
          type: 'AWS::S3::Bucket',
          status: 'DELETED',
          differences: [],
        },
        {
          logicalId: 'LoadBalancerSecurityGroup',
          physicalId: 'sg-0123456789abcdef0',
          type: 'AWS::EC2::SecurityGroup',
          status: 'MODIFIED',
          differences: [
            {
              path: '/SecurityGroupIngress/0/CidrIp',
              expected: '10.0.0.0/16',
              actual: '0.0.0.0/0',
              differenceType: 'NOT_EQUAL',
            },
            {
              path: '/SecurityGroupIngress/1',
              expected: '',
              actual: '{"CidrIp":"0.0.0.0/0","FromPort":22,"IpProtocol":"tcp","ToPort":22}',
              differenceType: 'ADD',
            },
          ],
        },
      ],
    });
  });

  it('reads every page of drifted resources', async () => {
    cfnMock
      .on(DescribeStackDriftDetectionStatusCommand)
      .resolves(status('DETECTION_COMPLETE', { StackDriftStatus: 'DRIFTED' }));
    cfnMock
      .on(DescribeStackResourceDriftsCommand)
      .resolvesOnce({ StackResourceDrifts: [modifiedSecurityGroup], NextToken: 'page-2' })
      .resolvesOnce({ StackResourceDrifts: [deletedBucket], NextToken: 'page-3' })
      .resolvesOnce({
        StackResourceDrifts: [
          {
            ...deletedBucket,
            LogicalResourceId: 'CacheCluster',
            ResourceType: 'AWS::ElastiCache::ReplicationGroup',
          },
        ],
      });

    const outcome = await detectDrift({
      stackName: STACK,
      cloudFormation,
      clock: fakeClock(),
      timeoutMs: 60_000,
    });

    expect(outcome.outcome).toBe('drifted');
    expect(outcome.outcome === 'drifted' && outcome.drifted.map((drift) => drift.logicalId)).toEqual([
      'CacheCluster',
      'FilesBucket',
      'LoadBalancerSecurityGroup',
    ]);
    const tokens = cfnMock
      .commandCalls(DescribeStackResourceDriftsCommand)
      .map((call) => call.args[0].input.NextToken);
    expect(tokens).toEqual([undefined, 'page-2', 'page-3']);
  });

  it('reports a failed detection as its own outcome, never as in sync', async () => {
    cfnMock.on(DescribeStackDriftDetectionStatusCommand).resolves(
      status('DETECTION_FAILED', {
        StackDriftStatus: 'UNKNOWN',
        DetectionStatusReason: 'Failed to detect drift on resource [Database]: AccessDenied',
      }),
    );

    const outcome = await detectDrift({
      stackName: STACK,
      cloudFormation,
      clock: fakeClock(),
      timeoutMs: 60_000,
    });

    expect(outcome).toEqual({
      outcome: 'detection-failed',
      detectionId: DETECTION_ID,
      reason: 'Failed to detect drift on resource [Database]: AccessDenied',
    });
    expect(cfnMock.commandCalls(DescribeStackResourceDriftsCommand)).toHaveLength(0);
  });

  it('times out at the deadline with the detection id, never calling the stack in sync', async () => {
    const clock = fakeClock();
    cfnMock.on(DescribeStackDriftDetectionStatusCommand).resolves(status('DETECTION_IN_PROGRESS'));

    const outcome = await detectDrift({
      stackName: STACK,
      cloudFormation,
      clock,
      timeoutMs: 20_000,
      random: () => 0,
    });

    expect(outcome).toEqual({ outcome: 'timed-out', detectionId: DETECTION_ID, elapsedMs: 20_000 });
    expect(clock.sleeps.reduce((sum, ms) => sum + ms, 0)).toBe(20_000);
    expect(Math.max(...clock.sleeps)).toBeLessThanOrEqual(5_000);
    expect(cfnMock.commandCalls(DescribeStackResourceDriftsCommand)).toHaveLength(0);
  });

  it('retries throttling, then succeeds', async () => {
    const clock = fakeClock();
    cfnMock
      .on(DetectStackDriftCommand)
      .rejectsOnce(cfnError('Throttling', 400, 'Rate exceeded'))
      .resolves({
        StackDriftDetectionId: DETECTION_ID,
      });
    cfnMock
      .on(DescribeStackDriftDetectionStatusCommand)
      .rejectsOnce(cfnError('Throttling', 400, 'Rate exceeded'))
      .resolves(status('DETECTION_COMPLETE', { StackDriftStatus: 'IN_SYNC' }));
    cfnMock
      .on(DescribeStackResourceDriftsCommand)
      .rejectsOnce(cfnError('InternalFailure', 500, 'internal'))
      .resolves({ StackResourceDrifts: [] });

    const outcome = await detectDrift({
      stackName: STACK,
      cloudFormation,
      clock,
      timeoutMs: 60_000,
      random: () => 0.5,
    });

    expect(outcome.outcome).toBe('in-sync');
    expect(cfnMock.commandCalls(DetectStackDriftCommand)).toHaveLength(2);
    expect(cfnMock.commandCalls(DescribeStackDriftDetectionStatusCommand)).toHaveLength(2);
    expect(cfnMock.commandCalls(DescribeStackResourceDriftsCommand)).toHaveLength(2);
    expect(clock.sleeps).toEqual([150, 150, 150]);
  });

  describe('a stack drift cannot be detected on', () => {
    const givenStatus = (StackStatus: StackStatus) =>
      cfnMock.on(DescribeStacksCommand).resolves({
        Stacks: [{ StackName: STACK, StackId: STACK_ID, StackStatus, CreationTime: new Date(0) }],
      });
    const detect = () =>
      detectDrift({ stackName: STACK, cloudFormation, clock: fakeClock(), timeoutMs: 60_000 }).catch(
        (e: unknown) => e,
      );

    it.each([
      ['REVIEW_IN_PROGRESS', 'has not been deployed', 'Deploy the environment'],
      ['ROLLBACK_COMPLETE', 'its first create failed', 'recreate-failed-stack: true'],
      ['ROLLBACK_FAILED', 'its first create failed', 'recreate-failed-stack: true'],
      ['UPDATE_IN_PROGRESS', 'an operation is running on it', 'once the operation has finished'],
      ['UPDATE_ROLLBACK_IN_PROGRESS', 'an operation is running on it', 'once the operation has finished'],
      ['DELETE_FAILED', 'it is being or was deleted', 'finish or undo the deletion'],
      ['UPDATE_FAILED', 'its last operation failed and was not rolled back', 'Roll the stack back'],
    ] as const)(
      'is %s: said so, with the next step, and no detection is started',
      async (stackStatus, said, next) => {
        givenStatus(stackStatus);
        const error = await detect();
        expect(error).toBeInstanceOf(DriftError);
        expect(error).toMatchObject({ kind: 'stack-not-checkable' });
        expect((error as DriftError).message).toMatch(new RegExp(`^stack "${STACK}" (is|has)`));
        expect((error as DriftError).message).toContain(said);
        expect((error as DriftError).hint).toContain(next);
        expect(cfnMock.commandCalls(DetectStackDriftCommand)).toHaveLength(0);
      },
    );

    it.each(['UPDATE_ROLLBACK_COMPLETE', 'UPDATE_ROLLBACK_FAILED', 'CREATE_COMPLETE'] as const)(
      'is not %s: drift is detected there',
      async (stackStatus) => {
        givenStatus(stackStatus);
        cfnMock
          .on(DescribeStackDriftDetectionStatusCommand)
          .resolves(status('DETECTION_COMPLETE', { StackDriftStatus: 'IN_SYNC' }));
        cfnMock.on(DescribeStackResourceDriftsCommand).resolves({ StackResourceDrifts: [] });
        expect(await detect()).toMatchObject({ outcome: 'in-sync' });
      },
    );
  });

  describe('answers without an error that say nothing', () => {
    const detect = () =>
      detectDrift({ stackName: STACK, cloudFormation, clock: fakeClock(), timeoutMs: 60_000 }).catch(
        (e: unknown) => e,
      );

    it('never calls a completed detection without a verdict in sync', async () => {
      cfnMock.on(DescribeStackDriftDetectionStatusCommand).resolves(status('DETECTION_COMPLETE'));
      cfnMock.on(DescribeStackResourceDriftsCommand).resolves({});
      expect(await detect()).toEqual({
        outcome: 'detection-failed',
        detectionId: DETECTION_ID,
        reason: 'detection completed without saying whether the stack drifted (stack drift status missing)',
      });
    });

    it.each([
      [
        'DetectStackDrift without a detection id',
        () => cfnMock.on(DetectStackDriftCommand).resolves({}),
        'DetectStackDrift answered without a detection id',
      ],
      [
        'a detection status without its status',
        () =>
          cfnMock
            .on(DescribeStackDriftDetectionStatusCommand)
            .resolves({ StackId: STACK_ID, StackDriftDetectionId: DETECTION_ID, Timestamp: new Date(0) }),
        'without a detection status',
      ],
      [
        'resource drift pages whose NextToken goes round',
        () => {
          cfnMock
            .on(DescribeStackDriftDetectionStatusCommand)
            .resolves(status('DETECTION_COMPLETE', { StackDriftStatus: 'IN_SYNC' }));
          cfnMock
            .on(DescribeStackResourceDriftsCommand)
            .resolves({ StackResourceDrifts: [], NextToken: 'again' });
        },
        'answered a NextToken it had already given',
      ],
    ])('stops on %s, concluding nothing', async (_, answer, said) => {
      answer();
      const error = await detect();
      expect(error).toBeInstanceOf(DriftError);
      expect((error as DriftError).message).toContain('gave an answer drift detection cannot act on');
      expect((error as DriftError).message).toContain(said);
    });
  });

  it('stops with a clear error when the stack does not exist, without retrying', async () => {
    cfnMock
      .on(DetectStackDriftCommand)
      .rejects(cfnError('ValidationError', 400, 'Stack with id dify-prod does not exist'));

    const error = await detectDrift({
      stackName: STACK,
      cloudFormation,
      clock: fakeClock(),
      timeoutMs: 60_000,
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DriftError);
    expect(error).toMatchObject({
      kind: 'stack-not-found',
      message:
        'stack "dify-prod" does not exist in this account and region: there is nothing to check for drift',
    });
    expect(cfnMock.commandCalls(DetectStackDriftCommand)).toHaveLength(1);
  });

  it('does not retry AccessDenied, and names the permission', async () => {
    cfnMock.on(DetectStackDriftCommand).rejects(cfnError('AccessDenied', 403, 'not authorized'));

    const error = await detectDrift({
      stackName: STACK,
      cloudFormation,
      clock: fakeClock(),
      timeoutMs: 60_000,
    }).catch((e: unknown) => e);

    expect(error).toMatchObject({ kind: 'access-denied' });
    expect((error as DriftError).hint).toContain('cloudformation:DetectStackDrift');
    expect(cfnMock.commandCalls(DetectStackDriftCommand)).toHaveLength(1);
  });

  it('never returns a secret value CloudFormation reports as drifted', async () => {
    cfnMock
      .on(DescribeStackDriftDetectionStatusCommand)
      .resolves(status('DETECTION_COMPLETE', { StackDriftStatus: 'DRIFTED' }));
    cfnMock.on(DescribeStackResourceDriftsCommand).resolves({
      StackResourceDrifts: [
        {
          StackId: STACK_ID,
          LogicalResourceId: 'Database',
          ResourceType: 'AWS::RDS::DBCluster',
          StackResourceDriftStatus: 'MODIFIED',
          Timestamp: new Date(0),
          ExpectedProperties: '{"MasterUserPassword":"hunter2-expected"}',
          ActualProperties: '{"MasterUserPassword":"hunter2-actual"}',
          PropertyDifferences: [
            {
              PropertyPath: '/MasterUserPassword',
              ExpectedValue: 'hunter2-expected',
              ActualValue: 'hunter2-actual',
              DifferenceType: 'NOT_EQUAL',
            },
            {
              PropertyPath: '/MasterUsername',
              ExpectedValue: '{{resolve:secretsmanager:dify-prod/db:SecretString:username}}',
              ActualValue: 'admin-by-hand',
              DifferenceType: 'NOT_EQUAL',
            },
          ],
        },
      ],
    });

    const outcome = await detectDrift({
      stackName: STACK,
      cloudFormation,
      clock: fakeClock(),
      timeoutMs: 60_000,
    });

    const text = JSON.stringify(outcome);
    for (const secret of ['hunter2', 'resolve:secretsmanager', 'admin-by-hand'])
      expect(text).not.toContain(secret);
    expect(text).toContain('(secret, not shown)');
  });
});
