import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/cli/version.js';
import { isSafeText } from '../../src/environment/unsafe-characters.js';
import { preflightPullRequestFile } from '../../src/preflight/preflight-pull-request-file.js';
import { environmentCommentOf } from '../../src/report/comment-data.js';
import { type FakeGitHubApi, type FakeRepository, startFakeGitHubApi } from '../support/fake-github-api.js';
import { renderGfm } from '../support/gfm.js';
import { repoRoot } from '../support/run-cli.js';
import { runnerLines, workflowCommands } from '../support/workflow-commands.js';

/**
 * dist/preflight/index.js run as GitHub runs it on a pull_request event: inputs as
 * INPUT_* variables, the event payload file, the command files, GitHub's API
 * served on loopback, and an AWS endpoint that refuses every connection.
 */

const BASE_SHA = 'b'.repeat(40);
const HEAD_SHA = 'a'.repeat(40);
const TOKEN = 'ghs_bundledtesttoken0123456789';
const DEV = 'environments/dev.json';
const example = readFileSync(join(repoRoot, 'examples/environments/dev.json'), 'utf8');

let api: FakeGitHubApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function runBundled(scratch: string, env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [join(repoRoot, 'dist', 'preflight', 'index.js')], {
    cwd: scratch,
    env,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr };
}

describe('dist/preflight/index.js on a pull_request event', () => {
  it('annotates, comments once through the API, writes the summary and the outputs', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'dify-aws-kit-preflight-'));
    mkdirSync(join(workspace, 'environments'));
    const head = JSON.parse(example);
    head.dify.services.api.desiredCount = 2;
    writeFileSync(join(workspace, DEV), `${JSON.stringify(head, null, 2)}\n`);
    const repository: FakeRepository = {
      baseFiles: { [DEV]: example },
      changedFiles: [{ filename: DEV, status: 'modified' }],
      comments: [],
      headSha: HEAD_SHA,
    };
    api = await startFakeGitHubApi('acme', 'infra', repository);
    const scratch = mkdtempSync(join(tmpdir(), 'dify-aws-kit-runner-'));
    const files = Object.fromEntries(
      ['output', 'summary', 'env', 'event.json'].map((name) => [name, join(scratch, name)]),
    );
    for (const file of Object.values(files)) writeFileSync(file, '');
    writeFileSync(
      files['event.json'] ?? '',
      JSON.stringify({
        action: 'synchronize',
        number: 12,
        pull_request: {
          number: 12,
          base: { sha: BASE_SHA, repo: { full_name: 'acme/infra' } },
          head: { sha: HEAD_SHA, repo: { full_name: 'acme/infra' } },
        },
        repository: { full_name: 'acme/infra' },
      }),
    );
    const outcome = await runBundled(workspace, {
      PATH: process.env.PATH,
      HOME: scratch,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: files['event.json'],
      GITHUB_WORKSPACE: workspace,
      GITHUB_REPOSITORY: 'acme/infra',
      GITHUB_RUN_ID: '4242',
      GITHUB_API_URL: api.url,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_ENV: files.env,
      RUNNER_TEMP: scratch,
      'INPUT_GITHUB-TOKEN': TOKEN,
      'INPUT_ENVIRONMENT-FILES': 'environments/*.json',
      AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
      AWS_EC2_METADATA_DISABLED: 'true',
    });

    expect(outcome.stderr).toBe('');
    expect(outcome.stdout).not.toContain('::error');
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain(`::warning file=${DEV},line=65,col=20::/database/minCapacity:`);
    expect(outcome.stdout).not.toContain('::error');
    expect(outcome.stdout).not.toContain(TOKEN);
    expect(repository.comments).toHaveLength(1);
    const body = repository.comments[0]?.body ?? '';
    expect(body).toContain('### ⚠️ Dify preflight `dev`: 1 warning, no errors');
    expect(body).toContain('`ApiService`');
    expect(api.requests.every((request) => request.authorization === `token ${TOKEN}`)).toBe(true);
    expect(readFileSync(files.summary ?? '', 'utf8')).toBe(body);
    const output = readFileSync(files.output ?? '', 'utf8');
    for (const name of [
      'valid',
      'errors',
      'warnings',
      'report',
      'cost-monthly-usd',
      'cost-delta-usd',
      'replacements',
      'from-fork',
    ])
      expect(output).toContain(`${name}<<`);
    expect(`${outcome.stdout}${outcome.stderr}`).not.toMatch(/127\.0\.0\.1:9|ECONNREFUSED/);
  }, 60_000);
});

describe('dist/preflight/index.js in the workflow_run job of a fork', () => {
  it('renders and posts the artifact’s data, with hostile names, and its log issues no command', async () => {
    const hostile =
      '\n::add-mask::FORGED \r::stop-commands::FORGED ##[error]FORGED \u001b[31m\u202e @acme/admins #1 <img src=x>';
    const file = `environments/${hostile.replaceAll('/', '_')}.json`;
    const text = JSON.stringify({ ...JSON.parse(example), name: hostile }, null, 2);
    const preflight = preflightPullRequestFile(
      { file, content: { ok: true, text }, base: 'absent' },
      VERSION,
    );
    const comment = { ...environmentCommentOf(preflight, undefined), environment: hostile };
    const scratch = mkdtempSync(join(tmpdir(), 'dify-aws-kit-runner-'));
    const artifact = join(scratch, 'artifact');
    mkdirSync(artifact);
    writeFileSync(
      join(artifact, 'preflight-comments.json'),
      JSON.stringify({ version: 2, pullRequest: 12, headSha: HEAD_SHA, environments: [comment] }),
    );
    const repository: FakeRepository = {
      baseFiles: {},
      changedFiles: [{ filename: file, status: 'added' }],
      comments: [],
      headSha: HEAD_SHA,
    };
    api = await startFakeGitHubApi('acme', 'infra', repository);
    const files = Object.fromEntries(
      ['output', 'summary', 'env', 'event.json'].map((name) => [name, join(scratch, name)]),
    );
    for (const path of Object.values(files)) writeFileSync(path, '');
    writeFileSync(
      files['event.json'] ?? '',
      JSON.stringify({
        workflow_run: {
          head_sha: HEAD_SHA,
          event: 'pull_request',
          html_url: 'https://github.com/acme/infra/actions/runs/7',
        },
      }),
    );
    const outcome = await runBundled(scratch, {
      PATH: process.env.PATH,
      HOME: scratch,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'workflow_run',
      GITHUB_EVENT_PATH: files['event.json'],
      GITHUB_WORKSPACE: scratch,
      GITHUB_REPOSITORY: 'acme/infra',
      GITHUB_RUN_ID: '4243',
      GITHUB_API_URL: api.url,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_ENV: files.env,
      RUNNER_TEMP: scratch,
      'INPUT_GITHUB-TOKEN': TOKEN,
      'INPUT_POST-COMMENTS-FROM': artifact,
    });

    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
    expect(workflowCommands(outcome.stdout)).toEqual([]);
    for (const line of runnerLines(outcome.stdout)) expect(isSafeText(line)).toBe(true);
    expect(outcome.stdout).toContain('created the comment for \\u000a::add-mask::FORGED');
    expect(repository.comments).toHaveLength(1);
    const body = repository.comments[0]?.body ?? '';
    expect(body).toContain('checked by the fork’s run, rendered by this repository’s workflow');
    const rendered = renderGfm(body);
    expect(rendered.elements.map((element) => element.name)).not.toContain('img');
    for (const node of rendered.textNodes) expect(node).not.toMatch(/@acme|#1\b/);
  }, 60_000);
});
