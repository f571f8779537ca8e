import * as github from '@actions/github';
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
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeClock } from '../../aws/drift/drift-test-fixtures.js';
import { driftMarker } from '../../aws/drift/index.js';
import { VERSION } from '../../cli/version.js';
import { loadEnvironment } from '../../environment/load-environment.js';
import { renderStack } from '../../render/render-stack.js';
import { fakeCore, outputs, resetFakeCore, serveInputs } from '../test-support/fake-core.js';
import { DRIFT_OUTPUTS } from './drift-outputs.js';
import type { IssuesOctokit } from './octokit-drift-issue-client.js';
import { BOT_LOGIN, run } from './run.js';

vi.mock('@actions/core', async () => (await import('../test-support/fake-core.js')).fakeCore);
vi.mock('@actions/github', () => ({ getOctokit: vi.fn() }));

const stsMock = mockClient(STSClient);
const cfMock = mockClient(CloudFormationClient);

const DEV = 'examples/environments/dev.json';
const inputs = { 'environment-file': DEV, 'github-token': 'ghs_faketoken' };

async function renderedDev(): Promise<string> {
  const checked = await loadEnvironment(DEV);
  if (checked.environment === undefined) throw new Error('dev.json should be valid');
  return renderStack(checked.environment, VERSION).text;
}

/** A fake Octokit with the issues of the repository, recording what the action does. */
function fakeOctokit(open: { number: number; body: string; login: string }[] = []) {
  const issues = {
    listForRepo: vi.fn(async () => ({
      data: open.map((issue) => ({ number: issue.number, body: issue.body, user: { login: issue.login } })),
    })),
    create: vi.fn(async () => ({ data: { number: 7 } })),
    update: vi.fn(async () => ({})),
    createComment: vi.fn(async () => ({})),
    createLabel: vi.fn(async () => {
      throw Object.assign(new Error('Validation Failed: already_exists'), { status: 422 });
    }),
  };
  const octokit: IssuesOctokit = { rest: { issues } };
  vi.mocked(github.getOctokit).mockReturnValue(octokit as unknown as ReturnType<typeof github.getOctokit>);
  return issues;
}

function givenDetection(
  status: 'DETECTION_COMPLETE' | 'DETECTION_FAILED',
  drifts: { logicalId: string; property: string; expected: string; actual: string }[] = [],
): void {
  stsMock
    .on(GetCallerIdentityCommand)
    .resolves({ Account: '123456789012', Arn: 'arn:aws:sts::123456789012:assumed-role/r/s' });
  cfMock.on(DescribeStacksCommand).resolves({
    Stacks: [{ StackName: 'dify-dev', StackStatus: 'UPDATE_COMPLETE', CreationTime: new Date(0) }],
  });
  cfMock.on(DetectStackDriftCommand).resolves({ StackDriftDetectionId: 'detect-1' });
  cfMock.on(DescribeStackDriftDetectionStatusCommand).resolves({
    StackId: 'arn:aws:cloudformation:ap-northeast-1:123456789012:stack/dify-dev/1',
    StackDriftDetectionId: 'detect-1',
    DetectionStatus: status,
    StackDriftStatus: drifts.length > 0 ? 'DRIFTED' : 'IN_SYNC',
    Timestamp: new Date(),
    ...(status === 'DETECTION_FAILED'
      ? { DetectionStatusReason: 'Failed to detect drift on resource X' }
      : {}),
  });
  cfMock.on(DescribeStackResourceDriftsCommand).resolves({
    StackResourceDrifts: drifts.map((drift) => ({
      StackId: 'arn:aws:cloudformation:ap-northeast-1:123456789012:stack/dify-dev/1',
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
}

beforeEach(async () => {
  resetFakeCore();
  serveInputs(inputs);
  stsMock.reset();
  cfMock.reset();
  vi.mocked(github.getOctokit).mockReset();
  vi.stubEnv('GITHUB_REPOSITORY', 'octo-org/dify-infra');
  vi.stubEnv('GITHUB_RUN_ID', '4242');
  cfMock.on(GetTemplateCommand).resolves({ TemplateBody: await renderedDev() });
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('drift action', () => {
  it('reports a stack in sync, with no issue to open', async () => {
    givenDetection('DETECTION_COMPLETE');
    const issues = fakeOctokit();
    await run({ clock: fakeClock(), random: () => 0 });
    expect(fakeCore.setFailed).not.toHaveBeenCalled();
    expect(outputs()).toMatchObject({ drifted: 'false', 'drifted-count': '0' });
    expect(Object.keys(outputs())).toEqual(DRIFT_OUTPUTS.names);
    expect(outputs().report).toContain('✅ **In sync**');
    expect(fakeCore.summary.text).toBe(outputs().report);
    expect(github.getOctokit).toHaveBeenCalledWith('ghs_faketoken');
    expect(issues.listForRepo).toHaveBeenCalledTimes(1);
    expect(issues.create).not.toHaveBeenCalled();
  });

  it('reports drift and opens the environment issue, labelled, through Octokit', async () => {
    givenDetection('DETECTION_COMPLETE', [
      {
        logicalId: 'LoadBalancerSecurityGroup',
        property: '/SecurityGroupIngress/0/CidrIp',
        expected: '203.0.113.0/24',
        actual: '0.0.0.0/0',
      },
    ]);
    const issues = fakeOctokit();
    await run({ clock: fakeClock(), random: () => 0 });
    expect(fakeCore.setFailed).not.toHaveBeenCalled();
    expect(outputs()).toMatchObject({ drifted: 'true', 'drifted-count': '1' });
    expect(issues.createLabel).toHaveBeenCalledWith(expect.objectContaining({ name: 'dify-drift' }));
    expect(issues.create).toHaveBeenCalledWith({
      owner: 'octo-org',
      repo: 'dify-infra',
      title: 'Drift in dev',
      body: outputs().report,
      labels: ['dify-drift'],
    });
    expect(outputs().report).toContain(driftMarker('dev'));
    expect(outputs().report).toContain('LoadBalancerSecurityGroup');
    expect(outputs().report).toContain('https://github.com/octo-org/dify-infra/actions/runs/4242');
  });

  it('closes the open issue with a comment once back in sync', async () => {
    givenDetection('DETECTION_COMPLETE');
    const issues = fakeOctokit([{ number: 3, body: `${driftMarker('dev')}\nold`, login: BOT_LOGIN }]);
    await run({ clock: fakeClock(), random: () => 0 });
    expect(issues.createComment).toHaveBeenCalledWith(expect.objectContaining({ issue_number: 3 }));
    expect(issues.update).toHaveBeenCalledWith(expect.objectContaining({ issue_number: 3, state: 'closed' }));
  });

  it('fails the step when detection fails, never calling it in sync', async () => {
    givenDetection('DETECTION_FAILED');
    fakeOctokit();
    await run({ clock: fakeClock(), random: () => 0 });
    expect(fakeCore.setFailed).toHaveBeenCalledTimes(1);
    expect(fakeCore.setFailed.mock.calls[0]?.[0]).toContain('drift detection failed on dify-dev');
    expect(outputs().drifted).toBe('false');
    expect(outputs().report).toContain('Drift detection failed');
  });

  it('opens no issue with open-issue: false', async () => {
    givenDetection('DETECTION_COMPLETE', [
      { logicalId: 'LoadBalancerSecurityGroup', property: '/GroupDescription', expected: 'a', actual: 'b' },
    ]);
    fakeOctokit();
    serveInputs({ ...inputs, 'open-issue': 'false' });
    await run({ clock: fakeClock(), random: () => 0 });
    expect(github.getOctokit).not.toHaveBeenCalled();
    expect(outputs().drifted).toBe('true');
  });

  it('annotates an invalid file and sends nothing to AWS', async () => {
    serveInputs({ ...inputs, 'environment-file': 'test/fixtures/invalid/format-bad-cidr.json' });
    await run({ clock: fakeClock(), random: () => 0 });
    expect(fakeCore.error).toHaveBeenCalledWith(expect.any(String), {
      file: 'test/fixtures/invalid/format-bad-cidr.json',
      startLine: 8,
      startColumn: 15,
    });
    expect(fakeCore.setFailed).toHaveBeenCalledTimes(1);
    expect(stsMock.calls()).toHaveLength(0);
    expect(cfMock.calls()).toHaveLength(0);
  });

  it('refuses open-issue: yes', async () => {
    serveInputs({ ...inputs, 'open-issue': 'yes' });
    await run({ clock: fakeClock(), random: () => 0 });
    expect(fakeCore.setFailed.mock.calls).toEqual([['input open-issue is "yes": give true or false']]);
    expect(stsMock.calls()).toHaveLength(0);
  });
});
