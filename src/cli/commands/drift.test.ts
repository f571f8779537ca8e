import {
  CloudFormationClient,
  DescribeStackDriftDetectionStatusCommand,
  DescribeStackResourceDriftsCommand,
  DescribeStacksCommand,
  DetectStackDriftCommand,
  GetTemplateCommand,
} from '@aws-sdk/client-cloudformation';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../../../test/support/run-cli.js';
import { commandNames } from '../../aws/deploy/deploy-test-fixtures.js';
import { cfnError } from '../../aws/drift/drift-test-fixtures.js';
import { loadEnvironment } from '../../environment/load-environment.js';
import { renderStack } from '../../render/render-stack.js';
import { VERSION } from '../version.js';

/* The detection answers complete at the first look, so the real clock never sleeps. */
const stsMock = mockClient(STSClient);
const cfMock = mockClient(CloudFormationClient);

const DEV = 'examples/environments/dev.json';
const STACK_ID = 'arn:aws:cloudformation:ap-northeast-1:123456789012:stack/dify-dev/1';
let renderedDev = '';

beforeAll(async () => {
  const checked = await loadEnvironment(DEV);
  if (checked.environment === undefined) throw new Error('dev.json should be valid');
  renderedDev = renderStack(checked.environment, VERSION).text;
});

function givenDetection(
  status: 'DETECTION_COMPLETE' | 'DETECTION_FAILED',
  drifted: { logicalId: string; property: string; expected: string; actual: string }[] = [],
  deployedTemplate = renderedDev,
): void {
  stsMock
    .on(GetCallerIdentityCommand)
    .resolves({ Account: '123456789012', Arn: 'arn:aws:iam::123456789012:user/platform-admin' });
  cfMock.on(DescribeStacksCommand).resolves({
    Stacks: [
      { StackName: 'dify-dev', StackId: STACK_ID, StackStatus: 'UPDATE_COMPLETE', CreationTime: new Date(0) },
    ],
  });
  cfMock.on(DetectStackDriftCommand).resolves({ StackDriftDetectionId: 'detect-1' });
  cfMock.on(DescribeStackDriftDetectionStatusCommand).resolves({
    StackId: STACK_ID,
    StackDriftDetectionId: 'detect-1',
    DetectionStatus: status,
    StackDriftStatus: drifted.length > 0 ? 'DRIFTED' : 'IN_SYNC',
    Timestamp: new Date(),
    ...(status === 'DETECTION_FAILED'
      ? { DetectionStatusReason: 'Failed to detect drift on resource X' }
      : {}),
  });
  cfMock.on(DescribeStackResourceDriftsCommand).resolves({
    StackResourceDrifts: drifted.map((drift) => ({
      StackId: STACK_ID,
      LogicalResourceId: drift.logicalId,
      ResourceType: 'AWS::EC2::SecurityGroup',
      StackResourceDriftStatus: 'MODIFIED',
      Timestamp: new Date(),
      PropertyDifferences: [
        {
          PropertyPath: drift.property,
          ExpectedValue: drift.expected,
          ActualValue: drift.actual,
          DifferenceType: 'NOT_EQUAL',
        },
      ],
    })),
  });
  cfMock.on(GetTemplateCommand).resolves({ TemplateBody: deployedTemplate });
}

beforeEach(() => {
  stsMock.reset();
  cfMock.reset();
});

describe('dify-aws-kit drift', () => {
  it.each([
    [['drift'], 'drift: name exactly one environment file'],
    [
      ['drift', DEV, '--timeout-minutes', '361'],
      '--timeout-minutes "361": give a whole number from 1 to 360',
    ],
    [['drift', DEV, '--no-execute'], "drift: Unknown option '--no-execute'"],
    [
      ['drift', DEV, '--region', 'cn-north-1'],
      'drift: --region "cn-north-1" is a GovCloud or China region, which the kit does not support.',
    ],
  ])('exits 2 on the usage error %j', async (argv, message) => {
    const outcome = await runInProcess(argv);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain(message);
    expect(stsMock.calls()).toHaveLength(0);
    expect(cfMock.calls()).toHaveLength(0);
  });

  it('sends nothing to AWS for an invalid file (exit 1)', async () => {
    givenDetection('DETECTION_COMPLETE');
    const outcome = await runInProcess(['drift', 'test/fixtures/invalid/enum-egress-typo.json']);
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toMatch(/enum-egress-typo\.json:\d+:\d+: error: \/network\/egress/);
    expect(stsMock.calls()).toHaveLength(0);
    expect(cfMock.calls()).toHaveLength(0);
  });

  it('exits 0 when the stack and its template are in sync', async () => {
    givenDetection('DETECTION_COMPLETE');
    const outcome = await runInProcess(['drift', DEV]);
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain('## Drift in');
    expect(outcome.stdout.trimEnd().split('\n').at(-1)).toBe('dify-dev is in sync');
    expect(commandNames(stsMock)).toEqual(['GetCallerIdentityCommand']);
    expect(commandNames(cfMock)).toEqual([
      'DescribeStacksCommand',
      'DetectStackDriftCommand',
      'DescribeStackDriftDetectionStatusCommand',
      'DescribeStackResourceDriftsCommand',
      'GetTemplateCommand',
    ]);
  });

  it('exits 1 when a resource drifted, with the property difference in the report', async () => {
    givenDetection('DETECTION_COMPLETE', [
      {
        logicalId: 'AlbSecurityGroup',
        property: '/SecurityGroupIngress/0/CidrIp',
        expected: '203.0.113.0/24',
        actual: '0.0.0.0/0',
      },
    ]);
    const outcome = await runInProcess(['drift', DEV]);
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toContain('AlbSecurityGroup');
    expect(outcome.stdout).toContain('0.0.0.0/0');
    expect(outcome.stderr).toBe(
      'dify-aws-kit: dify-dev drifted: 1 resource differs (see the report above)\n',
    );
  });

  it('exits 1 when only the deployed template differs from the repository', async () => {
    givenDetection('DETECTION_COMPLETE', [], 'Resources:\n  Leftover:\n    Type: AWS::SNS::Topic\n');
    const outcome = await runInProcess(['drift', DEV]);
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toContain('Leftover');
    expect(outcome.stderr).toMatch(/^dify-aws-kit: dify-dev drifted: \d+ resources differ/);
  });

  it('exits 1, never "in sync", when detection failed', async () => {
    givenDetection('DETECTION_FAILED');
    const outcome = await runInProcess(['drift', DEV]);
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).not.toContain('is in sync');
    expect(outcome.stderr).toBe(
      'dify-aws-kit: drift detection failed on dify-dev: Failed to detect drift on resource X. Whether the stack drifted is not known; run again, or look at it in the CloudFormation console (Stack actions, Detect drift)\n',
    );
    expect(cfMock.commandCalls(GetTemplateCommand)).toHaveLength(0);
  });

  it('says in one line when the stack does not exist', async () => {
    givenDetection('DETECTION_COMPLETE');
    cfMock
      .on(DetectStackDriftCommand)
      .rejects(cfnError('ValidationError', 400, 'Stack with id dify-dev does not exist'));
    const outcome = await runInProcess(['drift', DEV]);
    expect(outcome.code).toBe(1);
    const lines = outcome.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^dify-aws-kit: .*dify-dev/);
    expect(outcome.stderr).not.toMatch(/\n\s+at /);
  });

  it('stops on a credential for another account before any CloudFormation call', async () => {
    givenDetection('DETECTION_COMPLETE');
    stsMock
      .on(GetCallerIdentityCommand)
      .resolves({ Account: '210987654321', Arn: 'arn:aws:iam::210987654321:user/x' });
    const outcome = await runInProcess(['drift', DEV]);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(/^dify-aws-kit: could not use the AWS credentials: .*"210987654321"/);
    expect(cfMock.calls()).toHaveLength(0);
  });
});
