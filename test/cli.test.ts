import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { run } from '../src/cli/main.js';
import { runBundled } from './support/run-cli.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'dify-aws-kit-cli-'));

describe('dify-aws-kit (bundled dist/cli/index.js)', () => {
  it('validates both examples with exit 0 and no errors', () => {
    const outcome = runBundled([
      'validate',
      'examples/environments/dev.json',
      'examples/environments/prod-closed.json',
    ]);
    expect(outcome.stderr).toBe('');
    expect(outcome.stdout).not.toContain(': error: ');
    expect(outcome.code).toBe(0);
  });

  it('runs the offline preflight of the dev example and writes the report files', () => {
    const out = scratch();
    const outcome = runBundled(['preflight', 'examples/environments/dev.json', '--out', out]);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toMatch(/^# Dify environment preflight\n\n(✅|⚠️)/);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toBe(outcome.stdout);
    const json = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(json).toEqual([expect.objectContaining({ file: 'examples/environments/dev.json', valid: true })]);
  });

  it('exits 1 and prints located errors for an invalid file', () => {
    const outcome = runBundled(['validate', 'test/fixtures/invalid/format-bad-cidr.json']);
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toBe(
      'test/fixtures/invalid/format-bad-cidr.json:8:15: error: /network/vpc/cidr: "10.0.0.0/33" is not a valid IPv4 CIDR\n',
    );
  });

  it('refuses a 10 MB file without reading it as an environment', () => {
    const file = join(scratch(), 'huge.json');
    writeFileSync(file, `{"description": "${'x'.repeat(10 * 1024 * 1024)}"}`);
    const outcome = runBundled(['validate', file]);
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toBe(
      `${file}:1:1: error: : the file is 10.0 MiB; an environment file is at most 1 MiB — Check that this is the environment file you meant to pass.\n`,
    );
  });

  it('refuses input nested a million levels deep without crashing', () => {
    const file = join(scratch(), 'deep.json');
    writeFileSync(file, `{"tags":${'['.repeat(500_000)}${']'.repeat(500_000)}}`);
    const outcome = runBundled(['validate', file]);
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toContain('the JSON nests deeper than 64 levels');
    expect(outcome.stderr).toBe('');
  });

  it.each([
    [[], 'Usage: dify-aws-kit'],
    [['deploy-everything'], 'unknown command "deploy-everything"'],
    [['validate'], 'name at least one environment file'],
    [['validate', '--frobnicate', 'x.json'], "Unknown option '--frobnicate'"],
    [['validate', '--out', 'dir', 'examples/environments/dev.json'], '--out is not an option of validate'],
    [['preflight', '--base', 'a.json', 'b.json', 'c.json'], 'name exactly one FILE'],
    [['render', 'does-not-exist.json', '--out', 'out'], 'cannot read does-not-exist.json: no such file'],
    [['render', 'examples/environments/dev.json', '--out', '/proc/x/y'], '--out "/proc/x/y" is on proc'],
    [['render', 'examples/environments/dev.json', '--out', 'package.json'], '--out "package.json" is a file'],
  ])('exits 2 on the usage error %j', (argv, message) => {
    const outcome = runBundled(argv);
    expect(outcome.code).toBe(2);
    expect(`${outcome.stdout}${outcome.stderr}`).toContain(message);
    expect(outcome.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a file it cannot read as an error line of its own, and still checks the others', () => {
    const outcome = runBundled([
      'validate',
      'test/fixtures/invalid/syntax-empty.json',
      'does-not-exist.json',
      'examples',
      'test/fixtures/invalid/format-bad-cidr.json',
    ]);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toBe('');
    expect(outcome.stdout).toBe(
      [
        readFileSync('test/fixtures/invalid/syntax-empty.expected', 'utf8'),
        'does-not-exist.json:1:1: error: : cannot read the file: no such file — Check the path.\n',
        'examples:1:1: error: : cannot read the file: not a regular file — Check the path.\n',
        readFileSync('test/fixtures/invalid/format-bad-cidr.expected', 'utf8'),
      ].join(''),
    );
  });

  it('prints its version', () => {
    expect(runBundled(['--version']).stdout).toBe(`${packageJson.version}\n`);
  });
});

describe('run()', () => {
  const failingIo = (stderr: string[]) => ({
    stdout: () => {
      throw new Error('write EPIPE');
    },
    stderr: (text: string) => {
      stderr.push(text);
    },
  });

  it('turns an unexpected failure into one line and exit 1, with no stack trace', async () => {
    const stderr: string[] = [];
    const code = await run(['validate', 'test/fixtures/invalid/format-bad-cidr.json'], failingIo(stderr));
    expect(code).toBe(1);
    expect(stderr).toEqual(['dify-aws-kit: unexpected error: write EPIPE (run with --debug for details)\n']);
  });

  it('adds the stack trace with --debug', async () => {
    const stderr: string[] = [];
    await run(['validate', '--debug', 'test/fixtures/invalid/format-bad-cidr.json'], failingIo(stderr));
    expect(stderr.join('')).toMatch(/write EPIPE\nError: write EPIPE\n\s+at /);
  });
});

describe('upgrades (--base)', () => {
  it('refuses a 0.x to 1.x upgrade with automatic migration and names the migrate-v1 workflow', () => {
    const outcome = runBundled([
      'validate',
      'test/fixtures/upgrade/dev-1.13.3.json',
      '--base',
      'test/fixtures/upgrade/dev-0.15.3.json',
    ]);
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toMatch(
      /^test\/fixtures\/upgrade\/dev-1\.13\.3\.json:\d+:\d+: error: \/dify\/version: .*migrate-v1.*\[UPG001\]$/m,
    );
  });

  it('accepts the same file when the base is already 1.x', () => {
    const outcome = runBundled([
      'validate',
      'test/fixtures/upgrade/dev-1.13.3.json',
      '--base',
      'examples/environments/dev.json',
    ]);
    expect(outcome.code).toBe(0);
  });
});

describe('render (bundled)', () => {
  it('writes the template, parameters and plan of a valid file', () => {
    const out = scratch();
    const outcome = runBundled(['render', 'examples/environments/prod-closed.json', '--out', out]);
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toMatch(
      /template\.yaml: stack dify-prod in ap-northeast-1, \d+ resources, \d+ bytes\n$/,
    );
    expect(readFileSync(join(out, 'template.yaml'), 'utf8')).toBe(
      readFileSync('test/fixtures/rendered/prod-closed.template.yaml', 'utf8').replace(
        'dify-aws-kit golden',
        `dify-aws-kit ${packageJson.version}`,
      ),
    );
    expect(JSON.parse(readFileSync(join(out, 'parameters.json'), 'utf8'))).toEqual([]);
    expect(JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8'))).toMatchObject({
      stackName: 'dify-prod',
      region: 'ap-northeast-1',
      accountId: '210987654321',
      resourcesByType: { 'AWS::RDS::DBCluster': 1, 'AWS::ECS::Service': 4 },
    });
  });

  it('refuses an invalid file with the same lines as validate, and writes nothing', () => {
    const out = join(scratch(), 'out');
    const outcome = runBundled(['render', 'test/fixtures/invalid/format-bad-cidr.json', '--out', out]);
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toBe(readFileSync('test/fixtures/invalid/format-bad-cidr.expected', 'utf8'));
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [['render', 'examples/environments/dev.json'], '--out DIR is required'],
    [['render', 'a.json', 'b.json', '--out', 'x'], 'name exactly one environment file'],
  ])('exits 2 on the usage error %j', (argv, message) => {
    const outcome = runBundled(argv);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain(message);
  });
});
