import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import {
  CloudFormationClient,
  DescribeStacksCommand,
  ListChangeSetsCommand,
} from '@aws-sdk/client-cloudformation';
import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AwsCredentials,
  assumeRoleWithOidc,
  CredentialError,
  roleSessionName,
  verifyAccount,
} from '../../src/aws/credentials/index.js';
import { fakeIdToken } from '../../src/aws/credentials/oidc-test-fixtures.js';
import {
  type Clock,
  type DeployOutcome,
  type DeployStackOptions,
  deployStack,
  protectiveStackPolicy,
  statefulLogicalIds,
  templateResourceTypes,
} from '../../src/aws/deploy/index.js';

/**
 * The real SDK code of the kit (OIDC credentials, account check, the change-set
 * deploy engine) against moto, an AWS emulator, where the machine has it
 * (`moto_server`, or `python3 -m moto.server`). Skipped, saying so, elsewhere.
 *
 * moto's gaps, and what this suite does about them:
 * - it accepts any web-identity token and always answers for account 123456789012;
 * - only some resource types exist in its CloudFormation (no RDS clusters,
 *   ElastiCache, Secrets Manager, ACM), so the template is a reduced one, in JSON
 *   (moto mis-parses some YAML short forms);
 * - execution is synchronous and records only stack-level events (no resource events);
 * - no Outputs after ExecuteChangeSet (the template's output is not read back);
 * - no UpdateTerminationProtection (HTTP 500): the deploys here run with
 *   terminationProtection false;
 * - no Replacement details in change sets and no drift APIs: the stateful guard and
 *   drift detection are covered by the aws-sdk-client-mock tests only.
 */

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';
const STACK = 'dify-moto';
const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/dify-aws-kit-deploy`;
const BUCKET = 'dify-moto-artifacts';
/** A bound on every wait of the suite: startup, each test, teardown. */
const STARTUP_MS = 20_000;
const TEST_MS = 60_000;

const TEMPLATE = JSON.stringify(
  {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: 'dify-aws-kit integration test: a reduced stack moto can create',
    Resources: {
      FileBucket: { Type: 'AWS::S3::Bucket', Properties: { BucketName: BUCKET } },
      DifyVersion: {
        Type: 'AWS::SSM::Parameter',
        Properties: { Name: '/dify/moto/version', Type: 'String', Value: '1.13.3' },
      },
      ApiLogs: {
        Type: 'AWS::Logs::LogGroup',
        Properties: { LogGroupName: '/dify/moto/api', RetentionInDays: 7 },
      },
    },
    Outputs: { FileBucketName: { Value: { Ref: 'FileBucket' } } },
  },
  null,
  2,
);

interface MotoCommand {
  readonly command: string;
  readonly args: readonly string[];
}

function findMoto(): MotoCommand | undefined {
  const probe = (command: string, args: string[]) =>
    spawnSync(command, args, { stdio: 'ignore', timeout: 30_000 }).status === 0;
  if (probe('moto_server', ['--help'])) return { command: 'moto_server', args: [] };
  if (probe('python3', ['-c', 'import moto.server']))
    return { command: 'python3', args: ['-m', 'moto.server'] };
  return undefined;
}

const moto = findMoto();
if (!moto)
  console.warn(
    'moto is not installed (moto_server, python3 -m moto.server): the moto integration suite is skipped',
  );

/** A loopback port nothing listens on now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** Starts moto on 127.0.0.1 and waits (bounded) until it answers a reset. */
async function startMoto(command: MotoCommand): Promise<{ child: ChildProcess; endpoint: string }> {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const child = spawn(command.command, [...command.args, '-H', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4_000);
  });
  let exited: number | null | undefined;
  child.once('exit', (code) => {
    exited = code;
  });
  const deadline = Date.now() + STARTUP_MS;
  while (Date.now() < deadline) {
    if (exited !== undefined) throw new Error(`moto exited (${exited}) before it answered:\n${output}`);
    try {
      const answer = await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
      if (answer.ok) return { child, endpoint };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`moto did not answer on ${endpoint} within ${STARTUP_MS / 1000} s:\n${output}`);
}

async function stopMoto(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Real time, but no pause longer than 250 ms: moto finishes every operation
 * before it answers, so the engine's minute-scale schedules would only slow the suite.
 */
const quickClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.min(ms, 250))),
};

describe.skipIf(!moto)(`against moto (${moto ? moto.command : 'not installed, skipped'})`, () => {
  let server: { child: ChildProcess; endpoint: string } | undefined;
  let credentials: AwsCredentials | undefined;
  const masked: string[] = [];

  const endpoint = () => {
    if (server === undefined) throw new Error('moto did not start');
    return server.endpoint;
  };
  const assumed = () => {
    if (credentials === undefined) throw new Error('the web-identity test did not get credentials');
    return credentials;
  };
  const clientConfig = () => ({
    region: REGION,
    endpoint: endpoint(),
    credentials: assumed(),
    maxAttempts: 1,
  });

  beforeAll(async () => {
    if (moto) server = await startMoto(moto);
  }, STARTUP_MS + 5_000);

  afterAll(async () => {
    if (server) await stopMoto(server.child);
  }, 10_000);

  it(
    'exchanges a web-identity token for credentials (masked at once) and confirms the account',
    async () => {
      credentials = await assumeRoleWithOidc({
        roleArn: ROLE_ARN,
        getIdToken: async () => fakeIdToken({ sub: 'repo:octo-org/dify-infra:environment:moto' }),
        sessionName: roleSessionName('octo-org/dify-infra', '4242'),
        durationSeconds: 900,
        region: REGION,
        // No credentials of its own: the token is the proof (AssumeRoleWithWebIdentity is unsigned).
        sts: new STSClient({ region: REGION, endpoint: endpoint(), maxAttempts: 1 }),
        maskSecret: (value) => masked.push(value),
        maxAttempts: 2,
      });
      expect(masked).toEqual([
        credentials.accessKeyId,
        credentials.secretAccessKey,
        credentials.sessionToken,
      ]);
      expect(credentials.expiration.getTime()).toBeGreaterThan(Date.now());

      const sts = new STSClient(clientConfig());
      const identity = await verifyAccount(sts, ACCOUNT, { maxAttempts: 1 });
      expect(identity.accountId).toBe(ACCOUNT);
      expect(identity.arn).toContain('assumed-role/dify-aws-kit-deploy/');

      const mismatch = await verifyAccount(sts, '210987654321', { maxAttempts: 1 }).catch(
        (error: unknown) => error,
      );
      expect(mismatch).toBeInstanceOf(CredentialError);
      expect((mismatch as CredentialError).kind).toBe('account-mismatch');
    },
    TEST_MS,
  );

  function deploy(changeSetName: string, log: (line: string) => void): Promise<DeployOutcome> {
    const config = clientConfig();
    const options: DeployStackOptions = {
      stackName: STACK,
      region: REGION,
      templateBody: TEMPLATE,
      tags: [{ Key: 'Environment', Value: 'moto' }],
      changeSetName,
      execute: true,
      allowReplacement: [],
      recreateFailedStack: false,
      waitForInProgress: true,
      continueUpdateRollback: false,
      // moto has no UpdateTerminationProtection.
      terminationProtection: false,
      stackPolicy: protectiveStackPolicy(statefulLogicalIds(templateResourceTypes(TEMPLATE))),
      clients: { cloudFormation: new CloudFormationClient(config), s3: new S3Client(config) },
      clock: quickClock,
      log,
      timeoutMs: 30_000,
    };
    return deployStack(options);
  }

  it(
    'creates the stack through a change set, streams its events, and reaches CREATE_COMPLETE',
    async () => {
      const lines: string[] = [];
      const outcome = await deploy('dify-moto-run-1', (line) => lines.push(line));

      expect(outcome.message).toBe(`${STACK} is CREATE_COMPLETE: change set dify-moto-run-1 was executed`);
      expect(outcome.status).toBe('deployed');
      expect(outcome.changed).toBe(true);
      expect(outcome.stackStatus).toBe('CREATE_COMPLETE');
      expect(outcome.stackId).toMatch(
        new RegExp(`^arn:aws:cloudformation:${REGION}:${ACCOUNT}:stack/${STACK}/`),
      );
      expect(outcome.rows.map((row) => `${row.action} ${row.logicalId}`).sort()).toEqual([
        'add ApiLogs',
        'add DifyVersion',
        'add FileBucket',
      ]);

      // The events of this run, one line each, oldest first, after the execution started.
      const executing = lines.indexOf('executing change set dify-moto-run-1');
      const started = lines.findIndex((line) => / dify-moto CREATE_IN_PROGRESS\b/.test(line));
      const completed = lines.findIndex((line) => / dify-moto CREATE_COMPLETE$/.test(line));
      expect(executing).toBeGreaterThan(-1);
      expect(started).toBeGreaterThan(executing);
      expect(completed).toBeGreaterThan(started);
      expect(lines[completed]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z dify-moto CREATE_COMPLETE$/);
      // Nothing the deploy printed holds a credential.
      for (const secret of masked) expect(lines.join('\n')).not.toContain(secret);

      const cf = new CloudFormationClient(clientConfig());
      const [stack] = (await cf.send(new DescribeStacksCommand({ StackName: STACK }))).Stacks ?? [];
      expect(stack?.StackStatus).toBe('CREATE_COMPLETE');
      expect(stack?.Tags).toEqual([{ Key: 'Environment', Value: 'moto' }]);
      // The bucket really exists in moto (path-style addressing on a loopback endpoint).
      const s3 = new S3Client({ ...clientConfig(), forcePathStyle: true });
      await expect(s3.send(new HeadBucketCommand({ Bucket: BUCKET }))).resolves.toBeDefined();
    },
    TEST_MS,
  );

  it(
    'deploys the same template again as unchanged: changed=false, the empty change set deleted',
    async () => {
      const lines: string[] = [];
      const outcome = await deploy('dify-moto-run-2', (line) => lines.push(line));

      expect(outcome.status).toBe('unchanged');
      expect(outcome.changed).toBe(false);
      expect(outcome.stackStatus).toBe('CREATE_COMPLETE');
      expect(outcome.rows).toEqual([]);
      expect(lines).toContain('change set dify-moto-run-2 has no changes; deleted it');
      expect(lines.some((line) => line.startsWith('executing'))).toBe(false);

      const cf = new CloudFormationClient(clientConfig());
      const summaries = (await cf.send(new ListChangeSetsCommand({ StackName: STACK }))).Summaries ?? [];
      // moto keeps the executed change set of the first run; the empty one is gone.
      expect(summaries.map((summary) => summary.ChangeSetName)).not.toContain('dify-moto-run-2');
    },
    TEST_MS,
  );
});
