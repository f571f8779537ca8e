import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import {
  CloudFormationClient,
  DescribeStackDriftDetectionStatusCommand,
  DescribeStackResourceDriftsCommand,
  DetectStackDriftCommand,
  GetTemplateCommand,
} from '@aws-sdk/client-cloudformation';
import { HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run as runDeploy } from '../../src/actions/deploy/run.js';
import { run as runDrift } from '../../src/actions/drift/run.js';
import { run as runPreflight } from '../../src/actions/preflight/run.js';
import { FakeCloudFormation, fakeClock, resourceEvent } from '../../src/aws/deploy/deploy-test-fixtures.js';
import { VERSION } from '../../src/cli/version.js';
import { loadEnvironment } from '../../src/environment/load-environment.js';
import { isSafeText } from '../../src/environment/unsafe-characters.js';
import { preflightPullRequestFile } from '../../src/preflight/preflight-pull-request-file.js';
import { renderStack } from '../../src/render/render-stack.js';
import { environmentCommentOf } from '../../src/report/comment-data.js';
import { type FakeGitHubApi, type FakeRepository, startFakeGitHubApi } from '../support/fake-github-api.js';
import { RUNNER_COMMANDS, runnerLines, workflowCommands } from '../support/workflow-commands.js';

/**
 * Every action, run with the real @actions/core writing to stdout, fed hostile
 * strings wherever the outside world reaches its log: file names, `name`
 * values and keys of the files, the event payload, a fork's artifact, and what
 * AWS answers. stdout is then read as the runner reads it: it must hold exactly
 * the commands the action issued through @actions/core (annotations, debug
 * lines, masks), none of them forged, and no line that moves a terminal.
 */

vi.mock('@actions/core', async (importOriginal) => {
  const real = await importOriginal<typeof import('@actions/core')>();
  return {
    ...real,
    info: vi.fn(real.info),
    notice: vi.fn(real.notice),
    warning: vi.fn(real.warning),
    error: vi.fn(real.error),
    debug: vi.fn(real.debug),
    setFailed: vi.fn(real.setFailed),
    setSecret: vi.fn(real.setSecret),
    getIDToken: vi.fn(async () => 'header.payload.signature'),
  };
});

/** Pieces that become workflow commands or terminal escapes wherever a log line lets them through. */
const HOSTILE = [
  '\n::add-mask::FORGED',
  '\r::stop-commands::FORGED',
  '\r\n  ::set-output name=valid::FORGED',
  '\n\u00a0::error file=FORGED,line=1::FORGED',
  '##[warning]FORGED',
  '%0A::add-mask::FORGED',
  '\u001b[31m\u001b]8;;https://evil.example\u0007',
  '\u202e\u2066\u0000\u0085\u2028',
].join(' ');
/** The same without `/` and NUL, which no file name holds. */
const HOSTILE_NAME = HOSTILE.replaceAll('/', '_').replaceAll('\u0000', '');

const stsMock = mockClient(STSClient);
const cfMock = mockClient(CloudFormationClient);
const s3Mock = mockClient(S3Client);

let stdout: string[] = [];
let api: FakeGitHubApi | undefined;

/** The command lines @actions/core wrote for the calls the action made: one each. */
function commandsIssued(): number {
  const calls = [core.error, core.warning, core.notice, core.debug, core.setFailed, core.setSecret].map(
    (fn) => vi.mocked(fn).mock.calls.length,
  );
  return calls.reduce((sum, count) => sum + count, 0);
}

function expectOnlyIssuedCommands(allowed: readonly string[]): string {
  const text = stdout.join('');
  const commands = workflowCommands(text);
  expect(commands.map((command) => command.name).filter((name) => !allowed.includes(name))).toEqual([]);
  expect(commands.filter((command) => RUNNER_COMMANDS.has(command.name))).toHaveLength(commandsIssued());
  // Properties as the runner splits them: only the ones @actions/core writes for an annotation.
  for (const command of commands)
    for (const property of command.properties.split(',').filter((p) => p !== ''))
      expect(['file', 'line', 'col', 'endLine', 'endColumn', 'title']).toContain(property.split('=')[0]);
  for (const line of runnerLines(text)) expect(isSafeText(line), JSON.stringify(line)).toBe(true);
  return text;
}

/** Starts a new capture: stdout and the calls counted against it. */
function freshCapture(): void {
  stdout = [];
  for (const fn of [
    core.info,
    core.notice,
    core.warning,
    core.error,
    core.debug,
    core.setFailed,
    core.setSecret,
  ])
    vi.mocked(fn).mockClear();
}

function runnerFiles(): string {
  const scratch = mkdtempSync(join(tmpdir(), 'runner-'));
  for (const [variable, file] of [
    ['GITHUB_OUTPUT', 'output'],
    ['GITHUB_STEP_SUMMARY', 'summary'],
    ['GITHUB_ENV', 'env'],
    ['GITHUB_STATE', 'state'],
  ] as const) {
    writeFileSync(join(scratch, file), '');
    vi.stubEnv(variable, join(scratch, file));
  }
  vi.stubEnv('RUNNER_TEMP', scratch);
  return scratch;
}

function inputs(values: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(values)) vi.stubEnv(`INPUT_${name.toUpperCase()}`, value);
}

beforeEach(() => {
  freshCapture();
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  });
  for (const fn of [
    core.info,
    core.notice,
    core.warning,
    core.error,
    core.debug,
    core.setFailed,
    core.setSecret,
  ])
    vi.mocked(fn).mockClear();
  stsMock.reset();
  cfMock.reset();
  s3Mock.reset();
  vi.stubEnv('ACTIONS_ID_TOKEN_REQUEST_URL', '');
  vi.stubEnv('GITHUB_REPOSITORY', 'acme/infra');
  vi.stubEnv('GITHUB_RUN_ID', '4242');
  vi.stubEnv('RUNNER_DEBUG', '1');
  runnerFiles();
});

afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  process.exitCode = undefined;
  await api?.close();
  api = undefined;
});

const HEAD_SHA = 'a'.repeat(40);
const example = readFileSync('examples/environments/dev.json', 'utf8');

/** The example with the hostile text (less NUL, which no value may hold) as a variable's value. */
function withHostileVariable(environment: { dify: object }) {
  const value = HOSTILE.replaceAll('\u0000', '');
  return { ...environment, dify: { ...environment.dify, environment: [{ name: 'NOTE_TEXT', value }] } };
}

/** A pull request whose workspace holds environment files with hostile names and contents. */
async function hostilePullRequest(options: { fromFork?: boolean } = {}) {
  const workspace = mkdtempSync(join(tmpdir(), 'hostile-workspace-'));
  mkdirSync(join(workspace, 'environments'));
  const files = {
    [`environments/${HOSTILE_NAME}.json`]: JSON.stringify({ ...JSON.parse(example), name: HOSTILE }, null, 2),
    [`environments/keys${HOSTILE_NAME}.json`]: JSON.stringify(
      { ...JSON.parse(example), [`x${HOSTILE}`]: HOSTILE, description: HOSTILE },
      null,
      2,
    ),
    [`environments/broken${HOSTILE_NAME}.json`]: `{ "name": ${JSON.stringify(HOSTILE)}, ${HOSTILE} }`,
    // Valid, so that it reaches AWS: the hostile text where the schema takes it, a variable's value.
    'environments/dev.json': JSON.stringify(withHostileVariable(JSON.parse(example)), null, 2),
  };
  for (const [file, text] of Object.entries(files)) writeFileSync(join(workspace, file), text);
  const repository: FakeRepository = {
    baseFiles: { 'environments/dev.json': example },
    changedFiles: [
      ...Object.keys(files).map((filename) => ({ filename, status: 'modified' })),
      { filename: `environments/old${HOSTILE_NAME}.json`, status: 'removed' },
    ],
    comments: [],
    headSha: HEAD_SHA,
  };
  api = await startFakeGitHubApi('acme', 'infra', repository);
  const event = join(workspace, '..', `event-${Math.random()}.json`);
  writeFileSync(
    event,
    JSON.stringify({
      pull_request: {
        number: 12,
        base: { sha: 'b'.repeat(40), repo: { full_name: 'acme/infra' } },
        head: { sha: HEAD_SHA, repo: { full_name: options.fromFork ? 'someone/infra' : 'acme/infra' } },
        title: HOSTILE,
      },
      repository: { full_name: 'acme/infra' },
    }),
  );
  vi.stubEnv('GITHUB_EVENT_PATH', event);
  vi.stubEnv('GITHUB_WORKSPACE', workspace);
  vi.stubEnv('GITHUB_API_URL', api.url);
  inputs({ 'github-token': 'ghs_token', 'environment-files': 'environments/*.json' });
  return { workspace, repository, files };
}

describe('no log line of any action issues a workflow command it did not mean to', () => {
  it('preflight on a pull request from the same repository, with a role AWS refuses with a hostile reason', async () => {
    await hostilePullRequest();
    vi.stubEnv('ACTIONS_ID_TOKEN_REQUEST_URL', 'https://token.actions.example');
    inputs({ 'role-arn': 'arn:aws:iam::123456789012:role/dify-aws-kit-drift' });
    stsMock.on(AssumeRoleWithWebIdentityCommand).rejects(
      Object.assign(new Error(`Not authorized ${HOSTILE}`), {
        name: 'AccessDenied',
        $metadata: { httpStatusCode: 403 },
      }),
    );
    await runPreflight({ clock: fakeClock(), random: () => 0 });
    const text = expectOnlyIssuedCommands(['error', 'warning', 'debug', 'add-mask']);
    expect(text).toContain('::error file=environments/broken');
    expect(
      vi
        .mocked(core.warning)
        .mock.calls.some(
          ([message]) =>
            String(message).includes('AccessDenied') || String(message).includes('Not authorized'),
        ),
    ).toBe(true);
    expect(vi.mocked(core.setFailed)).toHaveBeenCalledTimes(1);
  }, 180_000);

  it('preflight on a pull request from a fork: offline, the artifact uploaded', async () => {
    await hostilePullRequest({ fromFork: true });
    const upload = vi.fn(async () => {});
    await runPreflight({ clock: fakeClock(), random: () => 0, uploadArtifact: upload });
    expectOnlyIssuedCommands(['error', 'warning', 'debug']);
    expect(upload).toHaveBeenCalledTimes(1);
  }, 180_000);

  it('preflight posting a fork’s artifact in the workflow_run job, hostile names and all', async () => {
    const { workspace, files } = await hostilePullRequest();
    const file = `environments/${HOSTILE_NAME}.json`;
    const preflight = preflightPullRequestFile(
      { file, content: { ok: true, text: files[file] ?? '' }, base: 'absent' },
      VERSION,
    );
    const comment = { ...environmentCommentOf(preflight, undefined), environment: HOSTILE.slice(0, 250) };
    const directory = join(workspace, 'artifact');
    mkdirSync(directory);
    writeFileSync(
      join(directory, 'preflight-comments.json'),
      JSON.stringify({ version: 2, pullRequest: 12, headSha: HEAD_SHA, environments: [comment] }),
    );
    const event = join(workspace, 'run.json');
    writeFileSync(
      event,
      JSON.stringify({ workflow_run: { head_sha: HEAD_SHA, event: 'pull_request', html_url: HOSTILE } }),
    );
    vi.stubEnv('GITHUB_EVENT_PATH', event);
    inputs({ 'post-comments-from': directory });
    await runPreflight();
    expectOnlyIssuedCommands(['error', 'warning', 'debug']);
    expect(vi.mocked(core.setFailed)).not.toHaveBeenCalled();
    expect(
      vi.mocked(core.info).mock.calls.some(([line]) => String(line).startsWith('created the comment for')),
    ).toBe(true);

    // An artifact the schema refuses, naming its hostile property in the failure.
    freshCapture();
    writeFileSync(
      join(directory, 'preflight-comments.json'),
      JSON.stringify({
        version: 2,
        pullRequest: 12,
        headSha: HEAD_SHA,
        environments: [{ ...comment, [HOSTILE]: 1 }],
      }),
    );
    await runPreflight();
    expectOnlyIssuedCommands(['error', 'warning', 'debug']);
    expect(vi.mocked(core.setFailed).mock.calls.at(-1)?.[0]).toMatch(/unknown property/);
  }, 180_000);

  it('preflight with an event payload that is not what GitHub writes: one failure, harmless', async () => {
    await hostilePullRequest();
    const event = join(tmpdir(), `event-${Math.random()}.json`);
    for (const payload of [
      `{ "pull_request": ${HOSTILE}`,
      JSON.stringify({ pull_request: { number: HOSTILE } }),
      JSON.stringify({ pull_request: null }),
    ]) {
      writeFileSync(event, payload);
      vi.stubEnv('GITHUB_EVENT_PATH', event);
      freshCapture();
      await runPreflight();
      expectOnlyIssuedCommands(['error', 'debug']);
      expect(vi.mocked(core.setFailed)).toHaveBeenCalledTimes(1);
      expect(String(vi.mocked(core.setFailed).mock.calls[0]?.[0])).toMatch(/event payload/);
    }
  }, 180_000);

  it('deploy: an invalid file with a hostile name, then hostile answers from CloudFormation', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'deploy-'));
    const invalid = join(folder, `${HOSTILE_NAME}.json`);
    writeFileSync(invalid, JSON.stringify({ ...JSON.parse(example), name: HOSTILE, [HOSTILE]: 1 }));
    inputs({ 'environment-file': invalid });
    await runDeploy({ clock: fakeClock(), random: () => 0 });
    expectOnlyIssuedCommands(['error', 'warning', 'debug']);
    expect(vi.mocked(core.setFailed)).toHaveBeenCalledTimes(1);

    freshCapture();
    inputs({ 'environment-file': 'examples/environments/dev.json', 'artifact-bucket': 'dify-artifacts' });
    stsMock
      .on(GetCallerIdentityCommand)
      .resolves({ Account: '123456789012', Arn: `arn:aws:sts::123456789012:assumed-role/r/${HOSTILE}` });
    s3Mock
      .on(HeadObjectCommand)
      .rejects(
        new S3ServiceException({ name: 'NotFound', $fault: 'client', $metadata: { httpStatusCode: 404 } }),
      );
    s3Mock.on(PutObjectCommand).resolves({});
    const clock = fakeClock();
    new FakeCloudFormation(clock, {
      changeSets: [{ status: 'CREATE_COMPLETE', changes: [], readyAfterMs: 1_000 }],
      onExecute: [
        { afterMs: 1_000, status: 'CREATE_IN_PROGRESS', statusReason: HOSTILE },
        { afterMs: 5_000, events: [resourceEvent(`Database${HOSTILE_NAME}`, 'CREATE_FAILED', HOSTILE)] },
        { afterMs: 9_000, status: 'ROLLBACK_COMPLETE', statusReason: HOSTILE },
      ],
      outputs: { DifyUrl: HOSTILE },
    }).install(cfMock);
    await runDeploy({ clock, random: () => 0 });
    const text = expectOnlyIssuedCommands(['error', 'warning', 'debug']);
    // The hostile events were logged (as text) and the failure quotes the hostile reason.
    expect(text).toContain('CREATE_FAILED');
    expect(text).toContain('\\u000a::add-mask::FORGED');
    expect(vi.mocked(core.setFailed)).toHaveBeenCalledTimes(1);
  }, 180_000);

  it('drift: hostile drift details and a hostile reason for a failed detection', async () => {
    inputs({ 'environment-file': 'examples/environments/dev.json', 'open-issue': 'false' });
    const checked = await loadEnvironment('examples/environments/dev.json');
    if (checked.environment === undefined) throw new Error('dev.json is valid');
    cfMock.on(GetTemplateCommand).resolves({ TemplateBody: renderStack(checked.environment, VERSION).text });
    stsMock
      .on(GetCallerIdentityCommand)
      .resolves({ Account: '123456789012', Arn: 'arn:aws:sts::123456789012:assumed-role/r/s' });
    cfMock.on(DetectStackDriftCommand).resolves({ StackDriftDetectionId: 'detect-1' });
    for (const status of ['DETECTION_COMPLETE', 'DETECTION_FAILED'] as const) {
      freshCapture();
      cfMock.on(DescribeStackDriftDetectionStatusCommand).resolves({
        StackId: 'arn:aws:cloudformation:ap-northeast-1:123456789012:stack/dify-dev/1',
        StackDriftDetectionId: 'detect-1',
        DetectionStatus: status,
        StackDriftStatus: 'DRIFTED',
        DetectionStatusReason: HOSTILE,
        Timestamp: new Date(),
      });
      cfMock.on(DescribeStackResourceDriftsCommand).resolves({
        StackResourceDrifts: [
          {
            StackId: 'arn:aws:cloudformation:ap-northeast-1:123456789012:stack/dify-dev/1',
            LogicalResourceId: HOSTILE,
            ResourceType: HOSTILE,
            StackResourceDriftStatus: 'MODIFIED',
            Timestamp: new Date(),
            PropertyDifferences: [
              {
                PropertyPath: HOSTILE,
                ExpectedValue: HOSTILE,
                ActualValue: HOSTILE,
                DifferenceType: 'NOT_EQUAL',
              },
            ],
          },
        ],
      });
      await runDrift({ clock: fakeClock(), random: () => 0 });
      expectOnlyIssuedCommands(['error', 'warning', 'debug']);
    }
  }, 180_000);
});
