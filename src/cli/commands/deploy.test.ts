import {
  type Change,
  CloudFormationClient,
  ExecuteChangeSetCommand,
  SetStackPolicyCommand,
} from '@aws-sdk/client-cloudformation';
import { HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../../../test/support/run-cli.js';
import {
  type CloudFormationScript,
  cfError,
  commandNames,
  databaseReplaced,
  FakeCloudFormation,
  resourceEvent,
} from '../../aws/deploy/deploy-test-fixtures.js';
import { systemClock } from '../../aws/deploy/index.js';

/*
 * mockClient on the client classes stubs `send` of every instance, so the
 * clients the command creates itself answer from these mocks. The scripted
 * stack moves at once (afterMs 0, change sets ready at once): the first look
 * of every wait sees the end, so the real clock never sleeps.
 */
const stsMock = mockClient(STSClient);
const cfMock = mockClient(CloudFormationClient);
const s3Mock = mockClient(S3Client);

const DEV = 'examples/environments/dev.json';
const INVALID = 'test/fixtures/invalid/enum-egress-typo.json';
const BUCKET = 'dify-aws-kit-artifacts-123456789012';
/** The dev template is over 51,200 bytes: it goes through the artifact bucket. */
const deployDev = (...extra: string[]) => ['deploy', DEV, '--artifact-bucket', BUCKET, ...extra];

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
const createScript: CloudFormationScript = {
  changeSets: [{ status: 'CREATE_COMPLETE', changes: added, readyAfterMs: 0 }],
  onExecute: [
    { afterMs: 0, status: 'CREATE_IN_PROGRESS', statusReason: 'User Initiated' },
    { afterMs: 0, events: [resourceEvent('DatabaseCluster', 'CREATE_IN_PROGRESS')] },
    { afterMs: 0, events: [resourceEvent('DatabaseCluster', 'CREATE_COMPLETE')] },
    { afterMs: 0, status: 'CREATE_COMPLETE' },
  ],
  outputs: { DifyUrl: 'https://dify-dev.example.com' },
};

function givenAccount(account = '123456789012'): void {
  stsMock
    .on(GetCallerIdentityCommand)
    .resolves({ Account: account, Arn: `arn:aws:iam::${account}:user/platform-admin` });
  s3Mock
    .on(HeadObjectCommand)
    .rejects(
      new S3ServiceException({ name: 'NotFound', $fault: 'client', $metadata: { httpStatusCode: 404 } }),
    );
  s3Mock.on(PutObjectCommand).resolves({});
}

function givenStack(script: CloudFormationScript): FakeCloudFormation {
  const fake = new FakeCloudFormation(systemClock, script);
  fake.install(cfMock);
  return fake;
}

function expectNothingSentToAws(): void {
  expect(stsMock.calls()).toHaveLength(0);
  expect(cfMock.calls()).toHaveLength(0);
  expect(s3Mock.calls()).toHaveLength(0);
}

beforeEach(() => {
  stsMock.reset();
  cfMock.reset();
  s3Mock.reset();
});

describe('dify-aws-kit deploy: before AWS', () => {
  it.each([
    [['deploy'], 'deploy: name exactly one environment file'],
    [['deploy', DEV, DEV], 'deploy: name exactly one environment file'],
    [['deploy', DEV, '--timeout-minutes', '0'], '--timeout-minutes "0": give a whole number from 1 to 360'],
    [['deploy', DEV, '--allow-replacement', 'Database-Cluster'], 'is not a logical id'],
    [['deploy', DEV, '--execute'], "deploy: Unknown option '--execute'"],
    [['deploy', DEV, '--region', ''], 'deploy: --region needs a value'],
    [
      ['deploy', DEV, '--region', 'eu-west-9'],
      'deploy: --region "eu-west-9" is not an AWS region the kit knows. Did you mean "eu-west-1"?',
    ],
    [
      ['deploy', DEV, '--region', 'Europe (Ireland)'],
      'deploy: --region "Europe (Ireland)" is not an AWS region code. Give a region code such as',
    ],
  ])('exits 2 on the usage error %j', async (argv, message) => {
    const outcome = await runInProcess(argv);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain(message);
    expectNothingSentToAws();
  });

  it('refuses an invalid file with the usual lines, exit 1, and sends nothing to AWS', async () => {
    givenAccount();
    const outcome = await runInProcess(['deploy', INVALID, '--artifact-bucket', BUCKET]);
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toMatch(/^test\/fixtures\/invalid\/enum-egress-typo\.json:\d+:\d+: error: /m);
    expect(outcome.stderr).toBe(
      `dify-aws-kit: ${INVALID} has 1 error(s): fix them and run again; nothing was sent to AWS\n`,
    );
    expectNothingSentToAws();
  });

  it('stops on a credential for another account before any CloudFormation call', async () => {
    givenAccount('999999999999');
    givenStack(createScript);
    const outcome = await runInProcess(deployDev());
    expect(outcome.code).toBe(1);
    const lines = outcome.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^dify-aws-kit: could not use the AWS credentials: /);
    expect(lines[0]).toContain('"999999999999"');
    expect(lines[0]).toContain('environment.json\'s accountId is "123456789012"');
    expect(outcome.stderr).not.toMatch(/\n\s+at /);
    expect(commandNames(stsMock)).toEqual(['GetCallerIdentityCommand']);
    expect(cfMock.calls()).toHaveLength(0);
    expect(s3Mock.calls()).toHaveLength(0);
  });

  it('prints the stack trace of an AWS error only with --debug', async () => {
    givenAccount('999999999999');
    const outcome = await runInProcess(deployDev('--debug'));
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(/^dify-aws-kit: could not use the AWS credentials: /);
    expect(outcome.stderr).toMatch(/\n\s+at /);
  });
});

describe('dify-aws-kit deploy: against CloudFormation', () => {
  it('creates the stack through a change set, printing the change table, the events and the outcome', async () => {
    givenAccount();
    const fake = givenStack(createScript);
    const outcome = await runInProcess(deployDev());
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
    const lines = outcome.stdout.split('\n');
    const at = (pattern: RegExp) => lines.findIndex((line) => pattern.test(line));
    // The file's warnings, then the account, before anything the deploy did.
    expect(lines[0]).toMatch(/^examples\/environments\/dev\.json:\d+:\d+: warning: /);
    expect(at(/^AWS account 123456789012 confirmed/)).toBe(1);
    expect(lines[2]).toBe('the stack does not exist yet');
    expect(outcome.stdout).toMatch(/change set dify-dev-local-\d{8}T\d{6}Z: 2 to add, 0 to modify/);
    expect(outcome.stdout).toContain('  add DatabaseCluster AWS::RDS::DBCluster');
    // Events one per line, oldest first, after the change table and before the outcome.
    const table = at(/2 to add/);
    const inProgress = at(/ DatabaseCluster CREATE_IN_PROGRESS$/);
    const complete = at(/ DatabaseCluster CREATE_COMPLETE$/);
    const done = at(/^deployed: /);
    expect(table).toBeGreaterThan(0);
    expect(inProgress).toBeGreaterThan(table);
    expect(complete).toBeGreaterThan(inProgress);
    expect(done).toBeGreaterThan(complete);
    expect(lines[done]).toContain('dify-dev is CREATE_COMPLETE');
    expect(lines[done]).toContain('(changed: true;');
    expect(outcome.stdout).toContain('Dify is at https://dify-dev.example.com\n');
    expect(fake.status).toBe('CREATE_COMPLETE');
    expect(fake.terminationProtection).toBe(true);
    expect(s3Mock.commandCalls(PutObjectCommand)).toHaveLength(1);
    // The account was confirmed before anything else was sent.
    expect(stsMock.calls()).toHaveLength(1);
    expect(commandNames(cfMock)[0]).toBe('DescribeStacksCommand');
  });

  it('refuses a change set that replaces the database, naming the resource and the property (exit 1)', async () => {
    givenAccount();
    givenStack({
      initial: 'CREATE_COMPLETE',
      changeSets: [{ status: 'CREATE_COMPLETE', changes: databaseReplaced, readyAfterMs: 0 }],
    });
    const outcome = await runInProcess(deployDev());
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toContain('  replace DatabaseCluster AWS::RDS::DBCluster (DBSubnetGroupName)');
    const lines = outcome.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^dify-aws-kit: deploy refused: the stateful guard refused change set /);
    expect(lines[0]).toContain('replaces DatabaseCluster (AWS::RDS::DBCluster) because DBSubnetGroupName');
    expect(lines[0]).toContain('add DatabaseCluster to allow-replacement');
    expect(cfMock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
  });

  it('executes the same change set when --allow-replacement names the database', async () => {
    givenAccount();
    givenStack({
      initial: 'CREATE_COMPLETE',
      changeSets: [{ status: 'CREATE_COMPLETE', changes: databaseReplaced, readyAfterMs: 0 }],
      onExecute: [
        { afterMs: 0, status: 'UPDATE_IN_PROGRESS' },
        { afterMs: 0, status: 'UPDATE_COMPLETE' },
      ],
    });
    const outcome = await runInProcess(deployDev('--allow-replacement', 'DatabaseCluster'));
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toMatch(/^deployed: dify-dev is UPDATE_COMPLETE/m);
    expect(cfMock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(1);
    // The temporary policy let DatabaseCluster be replaced; the protective one is set again after.
    const policies = cfMock
      .commandCalls(SetStackPolicyCommand)
      .map((call) => call.args[0].input.StackPolicyBody);
    expect(policies).toHaveLength(2);
    expect(policies[0]).not.toBe(policies[1]);
  });

  it('with --no-execute shows the change set and leaves it for review (exit 0)', async () => {
    givenAccount();
    givenStack({
      initial: 'CREATE_COMPLETE',
      changeSets: [{ status: 'CREATE_COMPLETE', changes: added.slice(1), readyAfterMs: 0 }],
    });
    const outcome = await runInProcess(deployDev('--no-execute'));
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toMatch(
      /^previewed: change set dify-dev-local-\S+ was created and left for review/m,
    );
    expect(cfMock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
  });

  it('reports an unchanged stack as success with changed: false', async () => {
    givenAccount();
    givenStack({
      initial: 'UPDATE_COMPLETE',
      changeSets: [
        {
          status: 'FAILED',
          statusReason:
            "The submitted information didn't contain changes. Submit different information to create a change set.",
          readyAfterMs: 0,
        },
      ],
    });
    const outcome = await runInProcess(deployDev());
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toMatch(/^unchanged: dify-dev already matches the template.*\(changed: false;/m);
  });

  it('stops on ROLLBACK_COMPLETE with the next step, and exits 1', async () => {
    givenAccount();
    givenStack({ initial: 'ROLLBACK_COMPLETE' });
    const outcome = await runInProcess(deployDev());
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(/^dify-aws-kit: deploy refused: .*recreate-failed-stack/);
    expect(cfMock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
  });

  it('with --no-wait stops at a stack another operation is changing, starting nothing', async () => {
    givenAccount();
    givenStack({ initial: 'UPDATE_IN_PROGRESS' });
    const outcome = await runInProcess(deployDev('--no-wait'));
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(/^dify-aws-kit: deploy refused: .*UPDATE_IN_PROGRESS/);
    expect(commandNames(cfMock)).toEqual(['DescribeStacksCommand']);
  });

  it('turns an AWS failure into one line with its hint', async () => {
    givenAccount();
    cfMock
      .onAnyCommand()
      .rejects(cfError('AccessDenied', 403, 'User is not authorized to perform: DescribeStacks'));
    const outcome = await runInProcess(deployDev());
    expect(outcome.code).toBe(1);
    const lines = outcome.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^dify-aws-kit: cloudformation:DescribeStacks failed: AccessDenied: User is not authorized.*The role the deploy runs as may not call cloudformation:DescribeStacks/,
    );
  });

  it('refuses a template over 51,200 bytes without --artifact-bucket, naming the option', async () => {
    givenAccount();
    givenStack(createScript);
    const outcome = await runInProcess(['deploy', DEV]);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(
      /^dify-aws-kit: deploy refused: the template is \d+ bytes.*artifact-bucket/,
    );
    expect(cfMock.calls()).toHaveLength(0);
  });
});
