import {
  type Change,
  CloudFormationClient,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  SetStackPolicyCommand,
} from '@aws-sdk/client-cloudformation';
import { HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeIdToken } from '../../aws/credentials/oidc-test-fixtures.js';
import {
  type CloudFormationScript,
  cfError,
  databaseReplaced,
  FakeCloudFormation,
  fakeClock,
  resourceEvent,
  stackIdOf,
} from '../../aws/deploy/deploy-test-fixtures.js';
import {
  everythingShown,
  type FakeSummary,
  fakeCore,
  type InputMap,
  outputs,
  resetFakeCore,
  serveInputs,
} from '../test-support/fake-core.js';
import { DEPLOY_OUTPUTS } from './deploy-outputs.js';
import { run } from './run.js';

vi.mock('@actions/core', async () => (await import('../test-support/fake-core.js')).fakeCore);

const stsMock = mockClient(STSClient);
const cfMock = mockClient(CloudFormationClient);
const s3Mock = mockClient(S3Client);

const DEV = 'examples/environments/dev.json';
const ROLE_ARN = 'arn:aws:iam::123456789012:role/dify-aws-kit-deploy';
const ID_TOKEN = fakeIdToken({ sub: 'repo:octo-org/dify-infra:environment:dev' });
const CREDENTIALS = {
  AccessKeyId: 'ASIAFAKEACCESSKEY123',
  SecretAccessKey: 'fakeSecretAccessKey/abcdefghijklmnopqrstuv',
  SessionToken: 'FakeSessionTokenValue+very+long+0123456789',
  Expiration: new Date('2026-05-01T11:00:00Z'),
};

const BUCKET = 'dify-aws-kit-artifacts-123456789012';
/** The inputs of a typical workflow step (the dev template is over 51,200 bytes: it goes through the bucket). */
const withRole: InputMap = { 'environment-file': DEV, 'role-arn': ROLE_ARN, 'artifact-bucket': BUCKET };

const createSteps = [
  { afterMs: 1_000, status: 'CREATE_IN_PROGRESS' as const, statusReason: 'User Initiated' },
  { afterMs: 5_000, events: [resourceEvent('DatabaseCluster', 'CREATE_IN_PROGRESS')] },
  { afterMs: 60_000, events: [resourceEvent('DatabaseCluster', 'CREATE_COMPLETE')] },
  { afterMs: 61_000, status: 'CREATE_COMPLETE' as const },
];
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
    ResourceChange: { Action: 'Add', LogicalResourceId: 'ApiService', ResourceType: 'AWS::ECS::Service' },
  },
];

function givenAws(account = '123456789012'): void {
  stsMock.on(AssumeRoleWithWebIdentityCommand).resolves({ Credentials: CREDENTIALS });
  stsMock
    .on(GetCallerIdentityCommand)
    .resolves({ Account: account, Arn: `arn:aws:sts::${account}:assumed-role/dify-aws-kit-deploy/gha` });
  fakeCore.getIDToken.mockResolvedValue(ID_TOKEN);
  s3Mock
    .on(HeadObjectCommand)
    .rejects(
      new S3ServiceException({ name: 'NotFound', $fault: 'client', $metadata: { httpStatusCode: 404 } }),
    );
  s3Mock.on(PutObjectCommand).resolves({});
}

function givenStack(script: CloudFormationScript, clock = fakeClock()): FakeCloudFormation {
  const fake = new FakeCloudFormation(clock, script);
  fake.install(cfMock);
  return fake;
}

async function deploy(inputs: InputMap, script?: CloudFormationScript): Promise<void> {
  serveInputs(inputs);
  const clock = fakeClock();
  if (script !== undefined) givenStack(script, clock);
  await run({ clock, random: () => 0 });
}

function expectNothingSentToAws(): void {
  expect(stsMock.calls()).toHaveLength(0);
  expect(cfMock.calls()).toHaveLength(0);
  expect(s3Mock.calls()).toHaveLength(0);
}

beforeEach(() => {
  resetFakeCore();
  stsMock.reset();
  cfMock.reset();
  s3Mock.reset();
  vi.stubEnv('GITHUB_REPOSITORY', 'octo-org/dify-infra');
  vi.stubEnv('GITHUB_RUN_ID', '4242');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('deploy action: inputs', () => {
  it.each([
    ['execute', 'yes', 'input execute is "yes": give true or false'],
    ['recreate-failed-stack', 'True', 'input recreate-failed-stack is "True": give true or false'],
    ['timeout-minutes', '0', 'input timeout-minutes is "0": give a whole number from 1 to 360'],
    [
      'role-duration-seconds',
      '60',
      'input role-duration-seconds is "60": give a whole number from 900 to 43200',
    ],
    [
      'aws-region',
      'eu-west-9',
      'input aws-region is "eu-west-9": not an AWS region the kit knows. Did you mean "eu-west-1"? If AWS launched eu-west-9 after 2026-11-22, add it to src/data/aws-regions.ts.',
    ],
    [
      'allow-replacement',
      'DatabaseCluster, Storage-Bucket',
      'input allow-replacement has "Storage-Bucket": give logical ids (letters and digits)',
    ],
  ])('refuses %s: %s with one message, before asking for a token', async (name, value, message) => {
    givenAws();
    await deploy({ ...withRole, [name]: value });
    expect(fakeCore.setFailed.mock.calls).toEqual([[message]]);
    expect(fakeCore.getIDToken).not.toHaveBeenCalled();
    expectNothingSentToAws();
  });

  it('refuses a missing environment-file', async () => {
    await deploy({});
    expect(fakeCore.setFailed.mock.calls).toEqual([['input environment-file is required and was not given']]);
    expectNothingSentToAws();
  });
});

describe('deploy action: the environment file', () => {
  it('annotates an invalid file at its line and column, fails, and sends nothing to AWS', async () => {
    givenAws();
    await deploy({ ...withRole, 'environment-file': 'test/fixtures/invalid/format-bad-cidr.json' });
    expect(fakeCore.error.mock.calls).toEqual([
      [
        '/network/vpc/cidr: "10.0.0.0/33" is not a valid IPv4 CIDR',
        { file: 'test/fixtures/invalid/format-bad-cidr.json', startLine: 8, startColumn: 15 },
      ],
    ]);
    expect(fakeCore.setFailed).toHaveBeenCalledTimes(1);
    expect(fakeCore.setFailed.mock.calls[0]?.[0]).toMatch(/has 1 error .*nothing was sent to AWS/);
    expect(fakeCore.getIDToken).not.toHaveBeenCalled();
    expectNothingSentToAws();
  });
});

describe('deploy action: credentials', () => {
  it('stops on an account mismatch before any CloudFormation call', async () => {
    givenAws('999999999999');
    await deploy(withRole);
    expect(fakeCore.setFailed).toHaveBeenCalledTimes(1);
    expect(fakeCore.setFailed.mock.calls[0]?.[0]).toContain(
      'the credentials are for AWS account "999999999999"',
    );
    expect(cfMock.calls()).toHaveLength(0);
    expect(s3Mock.calls()).toHaveLength(0);
  });

  it('assumes the role with the OIDC token and a session name from the repository and run', async () => {
    givenAws();
    await deploy(withRole, {
      changeSets: [{ status: 'CREATE_COMPLETE', changes: added }],
      onExecute: createSteps,
    });
    expect(fakeCore.getIDToken).toHaveBeenCalledWith('sts.amazonaws.com');
    expect(stsMock.commandCalls(AssumeRoleWithWebIdentityCommand)[0]?.args[0].input).toEqual({
      RoleArn: ROLE_ARN,
      RoleSessionName: 'gha-octo-org.dify-infra-4242',
      WebIdentityToken: ID_TOKEN,
    });
    const masked = fakeCore.setSecret.mock.calls.map(([value]) => value);
    expect(masked).toEqual(
      expect.arrayContaining([
        CREDENTIALS.AccessKeyId,
        CREDENTIALS.SecretAccessKey,
        CREDENTIALS.SessionToken,
      ]),
    );
    // Handed to the clients in-process, not exported.
    expect(fakeCore.exportVariable).not.toHaveBeenCalled();
    const client = cfMock.call(0).thisValue as CloudFormationClient;
    const credentials = await client.config.credentials();
    expect(credentials).toMatchObject({
      accessKeyId: CREDENTIALS.AccessKeyId,
      secretAccessKey: CREDENTIALS.SecretAccessKey,
      sessionToken: CREDENTIALS.SessionToken,
    });
    // GetCallerIdentity, with those credentials, comes before anything else.
    expect(stsMock.calls().map((call) => call.args[0].constructor.name)).toEqual([
      'AssumeRoleWithWebIdentityCommand',
      'GetCallerIdentityCommand',
    ]);
  });

  it('exports the credentials, masked first, only with export-credentials: true', async () => {
    givenAws();
    await deploy(
      { ...withRole, 'export-credentials': 'true' },
      { changeSets: [{ status: 'CREATE_COMPLETE', changes: added }], onExecute: createSteps },
    );
    expect(fakeCore.exportVariable.mock.calls).toEqual([
      ['AWS_ACCESS_KEY_ID', CREDENTIALS.AccessKeyId],
      ['AWS_SECRET_ACCESS_KEY', CREDENTIALS.SecretAccessKey],
      ['AWS_SESSION_TOKEN', CREDENTIALS.SessionToken],
      ['AWS_REGION', 'ap-northeast-1'],
      ['AWS_DEFAULT_REGION', 'ap-northeast-1'],
    ]);
    const firstExport = fakeCore.exportVariable.mock.invocationCallOrder[0] ?? 0;
    for (const order of fakeCore.setSecret.mock.invocationCallOrder) expect(order).toBeLessThan(firstExport);
  });

  it('uses the default credential chain without role-arn, never asking for an OIDC token', async () => {
    givenAws();
    await deploy(
      { 'environment-file': DEV, 'artifact-bucket': BUCKET },
      { changeSets: [{ status: 'CREATE_COMPLETE', changes: added }], onExecute: createSteps },
    );
    expect(fakeCore.getIDToken).not.toHaveBeenCalled();
    expect(stsMock.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(0);
    expect(stsMock.commandCalls(GetCallerIdentityCommand)).toHaveLength(1);
    expect(fakeCore.setFailed).not.toHaveBeenCalled();
  });
});

describe('deploy action: outcomes', () => {
  it('creates the stack, then sets every output and writes the summary', async () => {
    givenAws();
    await deploy(withRole, {
      changeSets: [{ status: 'CREATE_COMPLETE', changes: added }],
      onExecute: createSteps,
      outputs: { DifyUrl: 'https://dify.example.com', ClusterName: 'dify-dev' },
    });
    expect(fakeCore.setFailed).not.toHaveBeenCalled();
    expect(outputs()).toEqual({
      'stack-id': stackIdOf(1),
      'stack-status': 'CREATE_COMPLETE',
      changed: 'true',
      'dify-url': 'https://dify.example.com',
      outputs: '{"DifyUrl":"https://dify.example.com","ClusterName":"dify-dev"}',
      'change-set-name': 'dify-dev-4242',
    });
    expect(Object.keys(outputs())).toEqual(DEPLOY_OUTPUTS.names);
    const summary = fakeCore.summary as FakeSummary;
    expect(summary.written).toBe(true);
    expect(summary.text).toContain('✅ **Deployed**');
    expect(summary.text).toContain('2 to add, 0 to modify, 0 to replace, 0 to remove.');
    expect(summary.text).toContain(
      '| add | <code>DatabaseCluster</code> | <code>AWS&#58;&#58;RDS&#58;&#58;DBCluster</code> | — |',
    );
    expect(summary.text).toContain('Dify: <code>https&#58;//dify.example.com</code>');
    expect(summary.text).toMatch(/\| Execution \| \d+\.\d s \|/);
    // The stack events are streamed as they happen.
    expect(fakeCore.info.mock.calls.some(([line]) => / DatabaseCluster CREATE_COMPLETE/.test(line))).toBe(
      true,
    );
  });

  it('refuses a change set that replaces the database with one message naming the next step', async () => {
    givenAws();
    await deploy(withRole, {
      initial: 'UPDATE_COMPLETE',
      changeSets: [{ status: 'CREATE_COMPLETE', changes: databaseReplaced }],
    });
    expect(fakeCore.setFailed).toHaveBeenCalledTimes(1);
    const message = fakeCore.setFailed.mock.calls[0]?.[0];
    expect(message).toContain('replaces DatabaseCluster (AWS::RDS::DBCluster) because DBSubnetGroupName');
    expect(message).toContain('add DatabaseCluster to allow-replacement');
    expect(cfMock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
    expect(cfMock.commandCalls(SetStackPolicyCommand)).toHaveLength(0);
    expect(outputs().changed).toBe('false');
    expect((fakeCore.summary as FakeSummary).text).toContain('⛔ **Refused**');
  });

  it('shows the change set and stops with execute: false, without failing', async () => {
    givenAws();
    await deploy(
      { ...withRole, execute: 'false' },
      { initial: 'UPDATE_COMPLETE', changeSets: [{ status: 'CREATE_COMPLETE', changes: databaseReplaced }] },
    );
    expect(cfMock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
    expect(outputs()['change-set-name']).toBe('dify-dev-4242');
    expect(outputs().changed).toBe('false');
  });
});

describe('deploy action: credentials that expire during a long deploy', () => {
  const RENEWED = {
    AccessKeyId: 'ASIARENEWEDACCESSKEY',
    SecretAccessKey: 'renewedSecretAccessKey/abcdefghijklmnopqr',
    SessionToken: 'RenewedSessionTokenValue+very+long+0123',
    Expiration: new Date('2026-05-01T12:00:00Z'),
  };
  /** A create that takes 90 minutes: longer than the first session (it expires at 11:00). */
  const slowCreate = [
    { afterMs: 1_000, status: 'CREATE_IN_PROGRESS' as const, statusReason: 'User Initiated' },
    { afterMs: 60_000, events: [resourceEvent('DatabaseCluster', 'CREATE_IN_PROGRESS')] },
    { afterMs: 5_400_000, events: [resourceEvent('DatabaseCluster', 'CREATE_COMPLETE')] },
    { afterMs: 5_401_000, status: 'CREATE_COMPLETE' as const },
  ];

  /** CloudFormation as AWS is: a request signed with expired credentials is refused. */
  function refuseExpiredCredentials(fake: FakeCloudFormation, clock: ReturnType<typeof fakeClock>): void {
    cfMock.on(DescribeStacksCommand).callsFake(async (input: { StackName: string }, getClient) => {
      const credentials = await (getClient() as CloudFormationClient).config.credentials();
      if ((credentials.expiration?.getTime() ?? Number.POSITIVE_INFINITY) <= clock.now())
        throw cfError('ExpiredToken', 400, 'The security token included in the request is expired');
      return { Stacks: [fake.describe(input.StackName)] };
    });
  }

  it('assumes the role again with a new OIDC token when the clock passes the expiry mid-wait', async () => {
    givenAws();
    stsMock
      .on(AssumeRoleWithWebIdentityCommand)
      .resolvesOnce({ Credentials: CREDENTIALS })
      .resolves({ Credentials: RENEWED });
    serveInputs({ ...withRole, 'timeout-minutes': '180' });
    const clock = fakeClock();
    const fake = givenStack(
      { changeSets: [{ status: 'CREATE_COMPLETE', changes: added }], onExecute: slowCreate },
      clock,
    );
    refuseExpiredCredentials(fake, clock);
    await run({ clock, random: () => 0 });

    expect(fakeCore.setFailed).not.toHaveBeenCalled();
    expect(outputs()['stack-status']).toBe('CREATE_COMPLETE');
    expect(fakeCore.getIDToken).toHaveBeenCalledTimes(2);
    expect(stsMock.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(2);
    expect(fakeCore.setSecret.mock.calls.map(([value]) => value)).toEqual(
      expect.arrayContaining([RENEWED.AccessKeyId, RENEWED.SecretAccessKey, RENEWED.SessionToken]),
    );
    expect(fakeCore.info).toHaveBeenCalledWith(
      'role credentials refreshed; they expire at 2026-05-01T12:00:00.000Z',
    );
    expect(everythingShown()).not.toContain(RENEWED.SecretAccessKey);
  });

  it('says CloudFormation carries on when new credentials cannot be had', async () => {
    givenAws();
    fakeCore.getIDToken
      .mockResolvedValueOnce(ID_TOKEN)
      .mockRejectedValue(new Error('Error message: Failed to get ID Token. Error Code : 503'));
    serveInputs({ ...withRole, 'timeout-minutes': '180' });
    const clock = fakeClock();
    const fake = givenStack(
      { changeSets: [{ status: 'CREATE_COMPLETE', changes: added }], onExecute: slowCreate },
      clock,
    );
    refuseExpiredCredentials(fake, clock);
    await run({ clock, random: () => 0 });

    expect(fakeCore.setFailed).toHaveBeenCalledTimes(1);
    const message = fakeCore.setFailed.mock.calls[0]?.[0];
    expect(message).toContain(
      "cloudformation:DescribeStacks was not sent: the role's credentials ran out and new ones could not be had: could not get GitHub's OIDC token",
    );
    expect(message).toContain('CloudFormation carries on with any operation this deploy started');
    expect(message).not.toContain('nothing was retried');
  });

  it('names role-duration-seconds when credentials of the default chain expire', async () => {
    givenAws();
    serveInputs({ 'environment-file': DEV, 'artifact-bucket': BUCKET, 'timeout-minutes': '180' });
    const clock = fakeClock();
    const fake = givenStack(
      { changeSets: [{ status: 'CREATE_COMPLETE', changes: added }], onExecute: slowCreate },
      clock,
    );
    cfMock.on(DescribeStacksCommand).callsFake((input: { StackName: string }) => {
      if (clock.now() > Date.parse('2026-05-01T11:00:00Z'))
        throw cfError('ExpiredToken', 400, 'The security token included in the request is expired');
      return { Stacks: [fake.describe(input.StackName)] };
    });
    await run({ clock, random: () => 0 });

    const message = fakeCore.setFailed.mock.calls[0]?.[0];
    expect(message).toContain('the credentials expired during the run');
    expect(message).toContain('role-duration-seconds longer than timeout-minutes');
    expect(message).toContain('CloudFormation carries on');
    expect(message).not.toContain('nothing was retried');
  });
});

describe('deploy action: cancellation', () => {
  it('stops when GitHub cancels the run, saying the stack was not changed', async () => {
    givenAws();
    serveInputs(withRole);
    const clock = fakeClock();
    givenStack(
      { initial: 'UPDATE_COMPLETE', changeSets: [{ status: 'CREATE_COMPLETE', changes: added }] },
      clock,
    );
    const controller = new AbortController();
    controller.abort(new Error('SIGINT'));
    await run({ clock, random: () => 0, signal: controller.signal });
    expect(fakeCore.setFailed.mock.calls).toEqual([
      [
        'the run was cancelled before change set dify-dev-4242 was executed: the stack was not changed. Run the deploy again.',
      ],
    ]);
    expect(cfMock.calls()).toHaveLength(0);
  });
});

describe('deploy action: secrets', () => {
  it('never shows a credential value or the OIDC token in logs, annotations, the failure, outputs or summary', async () => {
    givenAws();
    fakeCore.isDebug.mockReturnValue(true);
    await deploy(withRole, {
      changeSets: [{ status: 'CREATE_COMPLETE', changes: added }],
      onExecute: createSteps,
      outputs: { DifyUrl: 'https://dify.example.com' },
    });
    const shownOnSuccess = everythingShown();

    resetFakeCore();
    serveInputs(withRole);
    fakeCore.isDebug.mockReturnValue(true);
    fakeCore.getIDToken.mockResolvedValue(ID_TOKEN);
    stsMock.reset();
    stsMock.on(AssumeRoleWithWebIdentityCommand).rejects(
      Object.assign(new Error(`Not authorized to perform sts:AssumeRoleWithWebIdentity with ${ID_TOKEN}`), {
        name: 'AccessDenied',
        $metadata: { httpStatusCode: 403 },
      }),
    );
    await run({ clock: fakeClock(), random: () => 0 });
    expect(fakeCore.setFailed).toHaveBeenCalledTimes(1);
    expect(fakeCore.setFailed.mock.calls[0]?.[0]).toContain('repo:octo-org/dify-infra:environment:dev');
    const shownOnFailure = everythingShown();

    for (const secret of [
      CREDENTIALS.AccessKeyId,
      CREDENTIALS.SecretAccessKey,
      CREDENTIALS.SessionToken,
      ID_TOKEN,
      ...ID_TOKEN.split('.'),
    ]) {
      expect(shownOnSuccess).not.toContain(secret);
      expect(shownOnFailure).not.toContain(secret);
    }
  });
});
