import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEnvironment } from '../../src/environment/load-environment.js';
import { isSafeText } from '../../src/environment/unsafe-characters.js';
import { repoRoot } from '../support/run-cli.js';
import { runnerLines, workflowCommands } from '../support/workflow-commands.js';

/**
 * Each bundled action run once as GitHub runs it: `node dist/NAME/index.js`
 * from the workspace, inputs as INPUT_* variables, the command files in a
 * temporary directory, no AWS credentials, and an AWS endpoint that refuses
 * every connection, so any call to AWS would fail loudly.
 */
function runAction(name: 'deploy' | 'drift', inputs: Readonly<Record<string, string>>) {
  const scratch = mkdtempSync(join(tmpdir(), `dify-aws-kit-${name}-`));
  const outputFile = join(scratch, 'output');
  const summaryFile = join(scratch, 'summary');
  const envFile = join(scratch, 'env');
  for (const file of [outputFile, summaryFile, envFile]) writeFileSync(file, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: scratch,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: repoRoot,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ENV: envFile,
    GITHUB_RUN_ID: '4242',
    AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: join(scratch, 'aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(scratch, 'aws-credentials'),
  };
  for (const [input, value] of Object.entries(inputs)) env[`INPUT_${input.toUpperCase()}`] = value;
  const result = spawnSync(process.execPath, [join(repoRoot, 'dist', name, 'index.js')], {
    cwd: repoRoot,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    output: readFileSync(outputFile, 'utf8'),
    summary: readFileSync(summaryFile, 'utf8'),
  };
}

const INVALID = 'test/fixtures/invalid/format-bad-cidr.json';

describe.each(['deploy', 'drift'] as const)('dist/%s/index.js, run as GitHub runs it', (name) => {
  it('annotates an invalid environment file, fails with exit code 1, and sends nothing to AWS', () => {
    const outcome = runAction(name, { 'environment-file': INVALID });
    expect(outcome.stdout).toContain(
      `::error file=${INVALID},line=8,col=15::/network/vpc/cidr: "10.0.0.0/33" is not a valid IPv4 CIDR\n`,
    );
    const failures = outcome.stdout.split('\n').filter((line) => line.startsWith('::error::'));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toContain('nothing was sent to AWS');
    // Any AWS call would have failed against 127.0.0.1:9 and said so.
    expect(`${outcome.stdout}${outcome.stderr}`).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|credential/i);
    expect(outcome.stderr).toBe('');
    expect(outcome.output).toBe('');
    expect(outcome.code).toBe(1);
  });

  it('annotates a file with a hostile name and hostile values: its log holds only those annotations', async () => {
    const hostile = '\n::add-mask::FORGED \r::stop-commands::FORGED ##[error]FORGED \u001b[31m\u202e';
    const folder = mkdtempSync(join(tmpdir(), 'dify-aws-kit-hostile-'));
    const file = join(folder, `${hostile}.json`);
    const example = JSON.parse(readFileSync(join(repoRoot, 'examples/environments/dev.json'), 'utf8'));
    writeFileSync(file, JSON.stringify({ ...example, name: hostile, [hostile]: hostile }, null, 2));
    const outcome = runAction(name, { 'environment-file': file });
    const { diagnostics } = await loadEnvironment(file);
    const commands = workflowCommands(outcome.stdout);
    // One annotation per diagnostic, then the failure: nothing else, nothing forged.
    expect(commands.map((command) => command.name)).toEqual([...diagnostics.map((d) => d.severity), 'error']);
    for (const line of runnerLines(outcome.stdout)) expect(isSafeText(line)).toBe(true);
    expect(outcome.code).toBe(1);
  });

  it('refuses a boolean input that is neither true nor false', () => {
    const input = name === 'deploy' ? 'execute' : 'open-issue';
    const outcome = runAction(name, { 'environment-file': INVALID, [input]: 'yes' });
    expect(outcome.stdout).toContain(`::error::input ${input} is "yes": give true or false\n`);
    expect(outcome.code).toBe(1);
  });
});
