import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CloudFormationClient,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DescribeChangeSetCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
} from '@aws-sdk/client-cloudformation';
import { HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type FakeGitHubApi,
  type FakeRepository,
  startFakeGitHubApi,
} from '../../../test/support/fake-github-api.js';
import { renderGfm } from '../../../test/support/gfm.js';
import { ID_TOKEN } from '../../aws/credentials/oidc-test-fixtures.js';
import { databaseReplaced, serviceModified } from '../../aws/deploy/deploy-test-fixtures.js';
import { fakeClock } from '../../aws/drift/drift-test-fixtures.js';
import { VERSION } from '../../cli/version.js';
import { preflightPullRequestFile } from '../../preflight/preflight-pull-request-file.js';
import { environmentCommentOf } from '../../report/comment-data.js';
import {
  everythingShown,
  fakeCore,
  type InputMap,
  outputs,
  resetFakeCore,
  serveInputs,
} from '../test-support/fake-core.js';
import { COMMENT_ARTIFACT_FILE, COMMENT_ARTIFACT_NAME } from './comment-artifact.js';
import { PREFLIGHT_OUTPUTS } from './preflight-outputs.js';
import { type ArtifactUpload, run } from './run.js';
import { commentMarker } from './sticky-comment.js';

vi.mock('@actions/core', async () => (await import('../test-support/fake-core.js')).fakeCore);

const stsMock = mockClient(STSClient);
const cfMock = mockClient(CloudFormationClient);
const s3Mock = mockClient(S3Client);

const DEV = 'environments/dev.json';
const BASE_SHA = 'b'.repeat(40);
const HEAD_SHA = 'a'.repeat(40);
const TOKEN = 'ghs_faketokenvalue1234567890';
const SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const ROLE_ARN = 'arn:aws:iam::123456789012:role/dify-aws-kit-drift';
const STACK_ID = 'arn:aws:cloudformation:ap-northeast-1:123456789012:stack/dify-dev/1';
const exampleDev = readFileSync('examples/environments/dev.json', 'utf8');

let api: FakeGitHubApi;
let repository: FakeRepository;
let workspace: string;

/** The fields of the example dev.json the tests edit. */
interface DevFile {
  dify: { services: { api: { desiredCount: number } } };
  database: { maxCapacity: number };
  network: { vpc: { cidr: string } };
}

/** The example dev.json with `edit` applied, as the pull request's head has it. */
function headVersion(edit: (environment: DevFile) => void = () => {}): string {
  const environment = JSON.parse(exampleDev) as DevFile;
  edit(environment);
  return `${JSON.stringify(environment, null, 2)}\n`;
}

async function givenPullRequest(
  options: {
    head?: string;
    base?: string | undefined;
    fromFork?: boolean;
    comments?: FakeRepository['comments'];
  } = {},
): Promise<void> {
  workspace = mkdtempSync(join(tmpdir(), 'preflight-workspace-'));
  mkdirSync(join(workspace, 'environments'));
  writeFileSync(join(workspace, DEV), options.head ?? headVersion());
  writeFileSync(join(workspace, 'environments', 'untouched.json'), '{ not even json');
  repository = {
    baseFiles: 'base' in options && options.base === undefined ? {} : { [DEV]: options.base ?? exampleDev },
    changedFiles: [
      { filename: DEV, status: 'modified' },
      { filename: 'README.md', status: 'modified' },
    ],
    comments: options.comments ?? [],
    headSha: HEAD_SHA,
  };
  api = await startFakeGitHubApi('acme', 'infra', repository);
  const event = join(workspace, '..', `event-${Date.now()}-${Math.random()}.json`);
  writeFileSync(
    event,
    JSON.stringify({
      pull_request: {
        number: 12,
        base: { sha: BASE_SHA, repo: { full_name: 'acme/infra' } },
        head: { sha: HEAD_SHA, repo: { full_name: options.fromFork ? 'someone/infra' : 'acme/infra' } },
      },
      repository: { full_name: 'acme/infra' },
    }),
  );
  vi.stubEnv('GITHUB_EVENT_PATH', event);
  vi.stubEnv('GITHUB_WORKSPACE', workspace);
  vi.stubEnv('GITHUB_API_URL', api.url);
  vi.stubEnv('GITHUB_REPOSITORY', 'acme/infra');
  vi.stubEnv('GITHUB_RUN_ID', '4242');
  vi.stubEnv('RUNNER_TEMP', workspace);
}

async function preflight(inputs: InputMap = {}, upload?: ArtifactUpload): Promise<void> {
  serveInputs({ 'github-token': TOKEN, ...inputs });
  await run({ clock: fakeClock(), random: () => 0, ...(upload ? { uploadArtifact: upload } : {}) });
}

function posted(): string[] {
  return api.requests.filter((r) => r.method === 'POST').map((r) => (r.body as { body: string }).body);
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
  vi.stubEnv('ACTIONS_ID_TOKEN_REQUEST_URL', '');
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await api?.close();
  // Whatever happened, a preflight never changes a stack.
  expect(cfMock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
});

describe('a pull request from the same repository, without a role', () => {
  it('checks only the changed file, annotates it, comments once, and predicts the changes offline', async () => {
    await givenPullRequest({ head: headVersion((e) => (e.dify.services.api.desiredCount = 2)) });
    await preflight();

    expect(fakeCore.setFailed).not.toHaveBeenCalled();
    // The DB001 warning of dev.json, on its line and column, in the file as the pull request has it.
    expect(fakeCore.warning).toHaveBeenCalledWith(expect.stringContaining('[DB001]'), {
      file: DEV,
      startLine: 65,
      startColumn: 20,
    });
    const [body, ...more] = posted();
    expect(more).toEqual([]);
    expect(body?.startsWith(commentMarker('dev'))).toBe(true);
    expect(body).toContain('### ⚠️ Dify preflight `dev`: 1 warning, no errors');
    expect(body).toContain('| ✏️ modify | `ApiService` | `AWS::ECS::Service` | `DesiredCount` |');
    expect(body).toContain('Predicted offline');
    expect(body).toContain(`blob/${HEAD_SHA}/environments/dev.json#L65`);
    expect(outputs()).toMatchObject({
      valid: 'true',
      errors: '0',
      warnings: '1',
      'cost-delta-usd': '14.70',
      replacements: '',
      'from-fork': 'false',
    });
    expect(Number(outputs()['cost-monthly-usd'])).toBeGreaterThan(100);
    expect(Object.keys(outputs()).sort()).toEqual([...PREFLIGHT_OUTPUTS.names].sort());
    expect(fakeCore.summary.text).toBe(body);
    // The base version was read at the base commit; the untouched broken file was never looked at.
    expect(api.requests.map((r) => r.path)).toContain(`/repos/acme/infra/contents/${DEV}?ref=${BASE_SHA}`);
    expect(everythingShown()).not.toContain('untouched.json');
    expectNothingSentToAws();
  });

  it('updates its comment on the next push instead of adding another', async () => {
    await givenPullRequest();
    await preflight();
    expect(repository.comments).toHaveLength(1);
    const first = repository.comments[0]?.body;

    writeFileSync(
      join(workspace, DEV),
      headVersion((e) => (e.database.maxCapacity = 4)),
    );
    await preflight();

    expect(repository.comments).toHaveLength(1);
    expect(api.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    expect(repository.comments[0]?.body).not.toBe(first);
    expect(repository.comments[0]?.body).toContain('`/database/maxCapacity`');
  });

  it("never takes over someone else's comment that carries the marker", async () => {
    const planted = {
      id: 5,
      body: `${commentMarker('dev')}\nI copied the bot's marker`,
      user: { login: 'mallory', type: 'User' },
      html_url: 'https://github.com/acme/infra/pull/12#issuecomment-5',
    };
    await givenPullRequest({ comments: [planted] });
    await preflight();

    expect(repository.comments).toHaveLength(2);
    expect(repository.comments[0]?.body).toBe(`${commentMarker('dev')}\nI copied the bot's marker`);
    expect(api.requests.filter((r) => r.method === 'PATCH' || r.method === 'DELETE')).toEqual([]);
  });

  it('annotates errors on their lines, still comments, and fails the step once', async () => {
    await givenPullRequest({ head: headVersion((e) => (e.network.vpc.cidr = '10.0.0.0/33')) });
    await preflight();

    expect(fakeCore.error).toHaveBeenCalledWith(expect.stringContaining('/network/vpc/cidr'), {
      file: DEV,
      startLine: 14,
      startColumn: 15,
    });
    expect(posted()[0]).toContain('### ❌ Dify preflight `dev`: 1 error');
    expect(fakeCore.setFailed).toHaveBeenCalledTimes(1);
    expect(fakeCore.setFailed.mock.calls[0]?.[0]).toMatch(/^1 error in the environment files/);
    expect(outputs()).toMatchObject({ valid: 'false', errors: '1' });
    expectNothingSentToAws();
  });

  it('fails on warnings only with fail-on-warnings', async () => {
    await givenPullRequest();
    await preflight({ 'fail-on-warnings': 'true' });
    expect(fakeCore.setFailed.mock.calls[0]?.[0]).toMatch(/1 warning and fail-on-warnings is true/);
  });

  it('says so, and checks nothing, when the pull request changes no environment file', async () => {
    await givenPullRequest();
    repository.changedFiles.splice(0, 1);
    await preflight();
    expect(fakeCore.info).toHaveBeenCalledWith(expect.stringMatching(/^No environment file to check/));
    expect(posted()).toEqual([]);
    expect(outputs()).toMatchObject({ valid: 'true', errors: '0' });
  });

  it('warns that deleting an environment file leaves its stack running', async () => {
    await givenPullRequest();
    repository.changedFiles.push({ filename: 'environments/old.json', status: 'removed' });
    await preflight();
    expect(fakeCore.warning).toHaveBeenCalledWith(
      expect.stringMatching(/^this pull request deletes environments\/old\.json: merging it does not delete/),
      { file: 'environments/old.json', title: 'Environment file deleted' },
    );
  });

  it('gives one located error for a matched path that is not an environment file, and sends nothing to AWS', async () => {
    await givenPullRequest();
    mkdirSync(join(workspace, 'environments', 'folder.json'));
    writeFileSync(join(workspace, 'environments', 'huge.json'), Buffer.alloc(1024 * 1024 + 1, 0x20));
    repository.changedFiles.push(
      { filename: 'environments/folder.json', status: 'added' },
      { filename: 'environments/huge.json', status: 'added' },
    );
    await preflight({ 'role-arn': ROLE_ARN });

    expect(fakeCore.error).toHaveBeenCalledWith(
      expect.stringMatching(/^cannot read the file: not a regular file/),
      {
        file: 'environments/folder.json',
        startLine: 1,
        startColumn: 1,
      },
    );
    expect(fakeCore.error).toHaveBeenCalledWith(
      expect.stringMatching(/^the file is 1\.0 MiB; an environment file is at most 1 MiB/),
      {
        file: 'environments/huge.json',
        startLine: 1,
        startColumn: 1,
      },
    );
    expect(fakeCore.setFailed).toHaveBeenCalledTimes(1);
    expect(fakeCore.setFailed.mock.calls[0]?.[0]).toMatch(/^2 errors in the environment files/);
    expect(everythingShown()).not.toContain(workspace);
    expectNothingSentToAws();
  });

  it('never reads an environment file that links outside the workspace, and says so on the file', async () => {
    await givenPullRequest();
    writeFileSync(join(workspace, '..', 'runner-secret.json'), '{"name": "leaked-secret-value"}');
    symlinkSync('../../runner-secret.json', join(workspace, 'environments', 'link.json'));
    repository.changedFiles.push({ filename: 'environments/link.json', status: 'added' });
    await preflight();
    expect(fakeCore.error).toHaveBeenCalledWith(
      'the file is a symbolic link to a path outside the workspace, which is never read — Commit the environment file itself, not a link to it.',
      { file: 'environments/link.json', startLine: 1, startColumn: 1 },
    );
    expect(everythingShown()).not.toContain('leaked-secret-value');
    expect(posted().join('\n')).not.toContain('leaked-secret-value');
  });

  it('refuses a pattern that matches outside the workspace through a character class', async () => {
    await givenPullRequest();
    await preflight({ 'environment-files': 'environments/*.json\n.[.]/*.json' });
    expect(fakeCore.setFailed.mock.calls[0]?.[0]).toMatch(
      /^input environment-files has "\.\[\.\]\/\*\.json", which matches "\.\.\//,
    );
    expect(posted()).toEqual([]);
  });

  it('refuses a pattern outside the workspace before reading anything', async () => {
    await givenPullRequest();
    await preflight({ 'environment-files': 'environments/*.json\n../secrets/*.json' });
    expect(fakeCore.setFailed).toHaveBeenCalledWith(
      'input environment-files has "../secrets/*.json": give patterns relative to the workspace, inside it (such as environments/*.json)',
    );
    expect(api.requests).toEqual([]);
    expectNothingSentToAws();
  });

  it('checks every matching file with all: true, the broken one included', async () => {
    await givenPullRequest();
    await preflight({ all: 'true' });
    expect(posted()).toHaveLength(2);
    expect(outputs().valid).toBe('false');
  });

  it('treats a file the pull request adds as a new environment', async () => {
    await givenPullRequest({ base: undefined });
    await preflight();
    expect(posted()[0]).toContain('A new environment: a deploy **would create 83 resources**');
    expect(outputs()['cost-delta-usd']).toBe(outputs()['cost-monthly-usd']);
  });

  it('names the missing permission when GitHub refuses the comment', async () => {
    await givenPullRequest();
    api.refuse = { method: 'POST', status: 403, message: 'Resource not accessible by integration' };
    await preflight();
    expect(fakeCore.setFailed.mock.calls[0]?.[0]).toMatch(/pull-requests: write/);
    expect(everythingShown()).not.toContain(TOKEN);
  });
});

describe('a pull request from the same repository, with the read-only role', () => {
  const CREDENTIALS = {
    AccessKeyId: 'ASIAFAKEACCESSKEY123',
    SecretAccessKey: SECRET_KEY,
    SessionToken: 'FwoGZXIvYXdzEFAKESESSIONTOKEN',
    Expiration: new Date('2026-11-22T12:00:00Z'),
  };
  const CHANGE_SET_ID = `arn:aws:cloudformation:ap-northeast-1:123456789012:changeSet/dify-pr-12-${HEAD_SHA.slice(0, 12)}/1`;

  function givenRole(): void {
    vi.stubEnv('ACTIONS_ID_TOKEN_REQUEST_URL', 'https://token.actions.example');
    fakeCore.getIDToken.mockResolvedValue(ID_TOKEN);
    stsMock.on(AssumeRoleWithWebIdentityCommand).resolves({ Credentials: CREDENTIALS });
    stsMock.on(GetCallerIdentityCommand).resolves({
      Account: '123456789012',
      Arn: 'arn:aws:sts::123456789012:assumed-role/dify-aws-kit-drift/gha',
    });
    s3Mock.on(PutObjectCommand).resolves({});
    s3Mock
      .on(HeadObjectCommand)
      .rejects(
        new S3ServiceException({ name: 'NotFound', $fault: 'client', $metadata: { httpStatusCode: 404 } }),
      );
    cfMock.on(DescribeStacksCommand).resolves({
      Stacks: [
        {
          StackName: 'dify-dev',
          StackId: STACK_ID,
          StackStatus: 'UPDATE_COMPLETE',
          CreationTime: new Date(),
        },
      ],
    });
    cfMock.on(CreateChangeSetCommand).resolves({ Id: CHANGE_SET_ID, StackId: STACK_ID });
    cfMock.on(DeleteChangeSetCommand).resolves({});
  }

  const inputs = { 'role-arn': ROLE_ARN, 'artifact-bucket': 'dify-artifacts' };

  it('shows the change set, then deletes it, and never prints a credential', async () => {
    await givenPullRequest({ head: headVersion((e) => (e.dify.services.api.desiredCount = 2)) });
    givenRole();
    cfMock.on(DescribeChangeSetCommand).resolves({
      ChangeSetId: CHANGE_SET_ID,
      Status: 'CREATE_COMPLETE',
      ExecutionStatus: 'AVAILABLE',
      Changes: databaseReplaced,
    });
    await preflight(inputs);

    const create = cfMock.commandCalls(CreateChangeSetCommand)[0]?.args[0].input;
    expect(create).toMatchObject({
      StackName: 'dify-dev',
      ChangeSetName: `dify-pr-12-${HEAD_SHA.slice(0, 12)}`,
      ChangeSetType: 'UPDATE',
    });
    expect(create?.RoleARN).toBeUndefined();
    expect(create?.TemplateURL).toMatch(
      /^https:\/\/dify-artifacts\.s3\.ap-northeast-1\.amazonaws\.com\/previews\/dify-dev\//,
    );
    expect(cfMock.commandCalls(DeleteChangeSetCommand)).toHaveLength(1);
    const body = posted()[0] ?? '';
    expect(body).toContain(`From CloudFormation change set \`dify-pr-12-${HEAD_SHA.slice(0, 12)}\``);
    expect(body).toContain('> [!CAUTION]');
    expect(body).toContain(
      '`DatabaseCluster` (`AWS::RDS::DBCluster`): replaced because of `DBSubnetGroupName`',
    );
    expect(outputs()).toMatchObject({ replacements: 'DatabaseCluster', warnings: '2' });
    expect(fakeCore.setSecret).toHaveBeenCalledWith(SECRET_KEY);
    const shown = everythingShown();
    for (const secret of [SECRET_KEY, CREDENTIALS.SessionToken, ID_TOKEN, TOKEN])
      expect(shown).not.toContain(secret);
  });

  it("cuts the posted comment to GitHub's limit and keeps the whole report in the summary and the output", async () => {
    await givenPullRequest({ head: headVersion((e) => (e.dify.services.api.desiredCount = 2)) });
    givenRole();
    const many = Array.from({ length: 1500 }, (_, index) => ({
      Type: 'Resource' as const,
      ResourceChange: {
        Action: 'Modify' as const,
        LogicalResourceId: `Queue${index}`,
        ResourceType: 'AWS::SQS::Queue',
        Replacement: 'False' as const,
        Details: [
          {
            Target: {
              Attribute: 'Properties' as const,
              Name: 'VisibilityTimeout',
              RequiresRecreation: 'Never' as const,
            },
          },
        ],
      },
    }));
    cfMock
      .on(DescribeChangeSetCommand)
      .resolves({ ChangeSetId: CHANGE_SET_ID, Status: 'CREATE_COMPLETE', Changes: many });
    await preflight(inputs);

    const body = posted()[0] ?? '';
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain("cut to fit GitHub's 65,536-character limit");
    expect(body).toContain('https://github.com/acme/infra/actions/runs/4242');
    expect(fakeCore.summary.text.length).toBeGreaterThan(65_536);
    expect(fakeCore.summary.text).toContain('`Queue1499`');
    expect(outputs().report).toBe(fakeCore.summary.text);
  });

  it('deletes the change set when reading it fails, and falls back to the offline prediction', async () => {
    await givenPullRequest({ head: headVersion((e) => (e.dify.services.api.desiredCount = 2)) });
    givenRole();
    cfMock.on(DescribeChangeSetCommand).rejects(
      Object.assign(new Error('User is not authorized to perform cloudformation:DescribeChangeSet'), {
        name: 'AccessDenied',
        $metadata: { httpStatusCode: 403 },
      }),
    );
    await preflight(inputs);

    expect(cfMock.commandCalls(DeleteChangeSetCommand)).toHaveLength(1);
    expect(fakeCore.warning).toHaveBeenCalledWith(
      expect.stringMatching(/the change set could not be made: .*DescribeChangeSet/),
      { file: DEV },
    );
    const body = posted()[0] ?? '';
    expect(body).toContain('Predicted offline');
    expect(body).toContain('`ApiService`');
    expect(fakeCore.setFailed).not.toHaveBeenCalled();
  });

  it('deletes the change set when the run is cancelled while CloudFormation computes it', async () => {
    await givenPullRequest({ head: headVersion((e) => (e.dify.services.api.desiredCount = 2)) });
    givenRole();
    const cancel = new AbortController();
    cfMock.on(DescribeChangeSetCommand).callsFake(async () => {
      cancel.abort();
      return { ChangeSetId: CHANGE_SET_ID, Status: 'CREATE_IN_PROGRESS' };
    });
    serveInputs({ 'github-token': TOKEN, ...inputs });
    await run({ clock: fakeClock(), random: () => 0, signal: cancel.signal });

    expect(cfMock.commandCalls(DeleteChangeSetCommand)).toHaveLength(1);
    expect(fakeCore.setFailed).toHaveBeenCalledWith(
      expect.stringMatching(/cancelled; the change set was deleted/),
    );
    expect(posted()).toEqual([]);
  });

  it('warns when the change set cannot be deleted, and still shows it', async () => {
    await givenPullRequest({ head: headVersion((e) => (e.dify.services.api.desiredCount = 2)) });
    givenRole();
    cfMock.on(DescribeChangeSetCommand).resolves({
      ChangeSetId: CHANGE_SET_ID,
      Status: 'CREATE_COMPLETE',
      Changes: serviceModified,
    });
    cfMock.on(DeleteChangeSetCommand).rejects(
      Object.assign(new Error('User is not authorized to perform cloudformation:DeleteChangeSet'), {
        name: 'AccessDenied',
        $metadata: { httpStatusCode: 403 },
      }),
    );
    await preflight(inputs);

    expect(fakeCore.warning).toHaveBeenCalledWith(
      expect.stringMatching(/change set could not be deleted from dify-dev/),
      { file: DEV },
    );
    expect(fakeCore.info).toHaveBeenCalledWith(
      expect.stringContaining('aws cloudformation delete-change-set --stack-name dify-dev'),
    );
    expect(posted()[0]).toContain('From CloudFormation change set');
  });

  it('says a new stack would be created, and creates nothing, when the stack does not exist', async () => {
    await givenPullRequest();
    givenRole();
    cfMock.on(DescribeStacksCommand).rejects(
      Object.assign(new Error('Stack with id dify-dev does not exist'), {
        name: 'ValidationError',
        $metadata: { httpStatusCode: 400 },
      }),
    );
    await preflight(inputs);
    expect(cfMock.commandCalls(CreateChangeSetCommand)).toHaveLength(0);
    expect(posted()[0]).toContain('The stack does not exist yet: a deploy **would create 83 resources**');
  });

  it('falls back offline, with a warning, when the role cannot be assumed', async () => {
    await givenPullRequest();
    givenRole();
    stsMock.on(AssumeRoleWithWebIdentityCommand).rejects(
      Object.assign(new Error(`Not authorized to perform sts:AssumeRoleWithWebIdentity`), {
        name: 'AccessDenied',
        $metadata: { httpStatusCode: 403 },
      }),
    );
    await preflight(inputs);
    expect(fakeCore.warning).toHaveBeenCalledWith(
      expect.stringMatching(/no change set: Could not get AWS credentials/),
      {
        file: DEV,
      },
    );
    expect(cfMock.calls()).toHaveLength(0);
    expect(posted()[0]).toContain(
      'a deploy changes nothing (predicted offline: no change set: Could not get AWS credentials',
    );
  });

  it('predicts offline, and says why, when the job has no id-token permission', async () => {
    await givenPullRequest();
    await preflight(inputs);
    expect(fakeCore.warning).toHaveBeenCalledWith(expect.stringMatching(/id-token: write/));
    expectNothingSentToAws();
  });
});

describe('a pull request from a fork', () => {
  it('runs offline, posts nothing, and uploads the comments for the workflow_run workflow', async () => {
    await givenPullRequest({ fromFork: true });
    vi.stubEnv('ACTIONS_ID_TOKEN_REQUEST_URL', 'https://token.actions.example');
    const upload = vi.fn<ArtifactUpload>(async () => {});
    await preflight({ 'role-arn': ROLE_ARN }, upload);

    expect(posted()).toEqual([]);
    expect(api.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(upload).toHaveBeenCalledTimes(1);
    const [name, files, root] = upload.mock.calls[0] ?? [];
    expect(name).toBe(COMMENT_ARTIFACT_NAME);
    expect(files).toEqual([join(root ?? '', COMMENT_ARTIFACT_FILE)]);
    const artifact = JSON.parse(readFileSync(files?.[0] ?? '', 'utf8'));
    expect(artifact).toMatchObject({ version: 2, pullRequest: 12, headSha: HEAD_SHA });
    // Data, not a comment: the base repository renders it.
    expect(artifact.environments[0]).toMatchObject({
      environment: 'dev',
      file: DEV,
      changes: { source: 'predicted', why: 'a pull request from a fork gets no AWS credentials' },
    });
    expect(artifact.environments[0].body).toBeUndefined();
    expect(JSON.stringify(artifact)).not.toContain('Dify preflight');
    expect(outputs()['from-fork']).toBe('true');
    expect(fakeCore.getIDToken).not.toHaveBeenCalled();
    expectNothingSentToAws();
  });

  it('uploads an empty report when nothing is to be checked, so the comment workflow finds one', async () => {
    await givenPullRequest({ fromFork: true });
    repository.changedFiles.splice(0, 1);
    const upload = vi.fn<ArtifactUpload>(async () => {});
    await preflight({}, upload);
    const [, files] = upload.mock.calls[0] ?? [];
    expect(JSON.parse(readFileSync(files?.[0] ?? '', 'utf8')).environments).toEqual([]);
  });
});

describe('the workflow_run poster', () => {
  async function givenWorkflowRun(artifact: unknown, runHeadSha = HEAD_SHA): Promise<string> {
    await givenPullRequest();
    const directory = join(workspace, 'artifact');
    mkdirSync(directory);
    writeFileSync(join(directory, COMMENT_ARTIFACT_FILE), JSON.stringify(artifact));
    const event = join(workspace, 'workflow-run.json');
    writeFileSync(
      event,
      JSON.stringify({
        workflow_run: {
          head_sha: runHeadSha,
          event: 'pull_request',
          html_url: 'https://github.com/acme/infra/actions/runs/99',
        },
      }),
    );
    vi.stubEnv('GITHUB_EVENT_PATH', event);
    return directory;
  }

  /** What the fork's run uploads for dev.json (its head version), with `edit` applied to the data. */
  function forkArtifact(edit: (environment: Record<string, unknown>) => void = () => {}) {
    const preflight = preflightPullRequestFile(
      {
        file: DEV,
        content: { ok: true, text: headVersion((e) => (e.dify.services.api.desiredCount = 2)) },
        base: { text: exampleDev },
      },
      VERSION,
    );
    const environment = structuredClone(environmentCommentOf(preflight, undefined)) as unknown as Record<
      string,
      unknown
    >;
    edit(environment);
    return { version: 2, pullRequest: 12, headSha: HEAD_SHA, environments: [environment] };
  }

  it('renders the comment from the data of the run that checked the commit, and says so', async () => {
    const directory = await givenWorkflowRun(forkArtifact());
    await preflight({ 'post-comments-from': directory });
    expect(fakeCore.setFailed).not.toHaveBeenCalled();
    const [body, ...more] = posted();
    expect(more).toEqual([]);
    expect(body?.startsWith(commentMarker('dev'))).toBe(true);
    expect(body).toContain('### ⚠️ Dify preflight `dev`: 1 warning, no errors');
    expect(body).toContain(`blob/${HEAD_SHA}/environments/dev.json#L65`);
    expect(body).toContain('checked by the fork’s run, rendered by this repository’s workflow');
    expect(body).toContain('[the run](https://github.com/acme/infra/actions/runs/99)');
  });

  it('counts the findings itself: a fork cannot claim "no problems" over the errors it lists', async () => {
    const directory = await givenWorkflowRun(
      forkArtifact((e) => {
        e.diagnostics = [
          { line: 3, column: 1, severity: 'error', pointer: '/name', message: 'bad', ruleId: 'schema' },
        ];
      }),
    );
    await preflight({ 'post-comments-from': directory });
    expect(posted()[0]).toContain('### ❌ Dify preflight `dev`: 1 error');
  });

  it('shows hostile data as text: no mention, image, link or forged status', async () => {
    const directory = await givenWorkflowRun(
      forkArtifact((e) => {
        e.diagnostics = [
          {
            line: 1,
            column: 1,
            severity: 'warning',
            pointer: '/x`|<img src=x>',
            message:
              '@acme/admins ✅ **no problems** <img src=https://evil.example/x.png> #1 www.evil.example',
            hint: '[approve](https://evil.example)\n### ✅ Dify preflight `dev`: no problems',
            ruleId: 'schema',
          },
        ];
      }),
    );
    await preflight({ 'post-comments-from': directory });
    const body = posted()[0] ?? '';
    const rendered = renderGfm(body);
    expect(rendered.elements.map((element) => element.name)).not.toContain('img');
    for (const link of rendered.elements.filter((element) => element.name === 'a'))
      expect(link.attributes).toMatch(/^ href="https:\/\/github\.com\/acme\/infra\/(blob|actions)\//);
    expect(rendered.elements.filter((element) => element.name === 'h3')).toHaveLength(1);
    for (const node of rendered.textNodes) expect(node).not.toMatch(/@acme|#1\b/);
  });

  it('refuses an artifact that carries a comment body instead of data, and posts nothing', async () => {
    const directory = await givenWorkflowRun({
      version: 1,
      pullRequest: 12,
      headSha: HEAD_SHA,
      comments: [{ environment: 'dev', body: `${commentMarker('dev')}\n### ✅ Dify preflight: no problems` }],
    });
    await preflight({ 'post-comments-from': directory });
    expect(fakeCore.setFailed.mock.calls[0]?.[0]).toMatch(
      /not a preflight comment artifact.*Nothing was posted/,
    );
    expect(posted()).toEqual([]);
  });

  it('refuses an environment whose file the pull request does not change', async () => {
    const directory = await givenWorkflowRun(forkArtifact((e) => (e.file = 'environments/prod.json')));
    await preflight({ 'post-comments-from': directory });
    expect(fakeCore.setFailed.mock.calls[0]?.[0]).toMatch(
      /reports on "environments\/prod.json", which pull request #12 does not change/,
    );
    expect(posted()).toEqual([]);
  });

  it('refuses an artifact about another commit than the run', async () => {
    const directory = await givenWorkflowRun(forkArtifact(), 'c'.repeat(40));
    await preflight({ 'post-comments-from': directory });
    expect(fakeCore.setFailed.mock.calls[0]?.[0]).toMatch(/nothing was posted/);
    expect(posted()).toEqual([]);
  });

  it('posts nothing when the pull request has moved on', async () => {
    const directory = await givenWorkflowRun(forkArtifact());
    repository.headSha = 'd'.repeat(40);
    await preflight({ 'post-comments-from': directory });
    expect(fakeCore.setFailed).not.toHaveBeenCalled();
    expect(posted()).toEqual([]);
  });
});
