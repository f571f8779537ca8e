import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runInProcess } from '../../../test/support/run-cli.js';
import { renderBootstrap } from '../../bootstrap/render-bootstrap.js';
import { VERSION } from '../version.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'dify-aws-kit-bootstrap-'));

describe('dify-aws-kit bootstrap', () => {
  it('writes DIR/bootstrap.yaml for the named environments and says what the roles trust', async () => {
    const out = join(scratch(), 'nested', 'out');
    const outcome = await runInProcess([
      'bootstrap',
      '--github-repo',
      'my-org/dify-infra',
      '--environments',
      'dev, prod',
      '--out',
      out,
    ]);
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
    const file = join(out, 'bootstrap.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(
      renderBootstrap({ githubRepo: 'my-org/dify-infra', environments: ['dev', 'prod'] }, VERSION).text,
    );
    expect(parse(text).Resources.DeployRole.Type).toBe('AWS::IAM::Role');
    expect(outcome.stdout).toMatch(
      new RegExp(
        `^${file.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&')}: bootstrap for github\\.com/my-org/dify-infra, 9 resources, \\d+ bytes\n`,
      ),
    );
    expect(outcome.stdout).toContain(
      '  deploy role trusts: repo:my-org/dify-infra:environment:dev, repo:my-org/dify-infra:environment:prod\n',
    );
    expect(outcome.stdout).toContain('--stack-name bootstrap-dify-aws-kit --capabilities CAPABILITY_IAM');
    expect(outcome.stdout).not.toContain('warning');
  });

  it('recommends per-environment trust when no environment is given', async () => {
    const out = scratch();
    const outcome = await runInProcess(['bootstrap', '--github-repo', 'my-org/dify-infra', '--out', out]);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain('  deploy role trusts: repo:my-org/dify-infra:*\n');
    expect(outcome.stdout).toContain(
      'warning: no --environments given, so every workflow of my-org/dify-infra (any branch, any event) may assume the deploy role.',
    );
    expect(outcome.stdout).toContain('Restricting it per GitHub environment is recommended');
  });

  it('scopes the roles to the given stack prefix', async () => {
    const out = scratch();
    const outcome = await runInProcess([
      'bootstrap',
      '--github-repo=my-org/dify-infra',
      '--environments=prod',
      '--stack-prefix=acme-',
      `--out=${out}`,
    ]);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain('stacks they may touch: acme-*');
    expect(readFileSync(join(out, 'bootstrap.yaml'), 'utf8')).toContain(
      'arn:${AWS::Partition}:cloudformation:*:${AWS::AccountId}:stack/acme-*/*',
    );
  });

  it.each([
    [['bootstrap'], '--github-repo OWNER/REPO is required'],
    [['bootstrap', '--github-repo'], "Option '--github-repo"],
    [['bootstrap', 'env.json', '--github-repo', 'a/b'], 'takes no file (got "env.json")'],
    [['bootstrap', '--github-repo', 'a/b', '--destroy'], "Unknown option '--destroy'"],
    [['bootstrap', '--github-repo', 'a/b', '--out', ''], '--out needs a directory'],
    [['bootstrap', '--github-repo', 'not-a-slug'], '--github-repo: "not-a-slug" is not OWNER/REPO'],
    [['bootstrap', '--github-repo', 'a/b', '--environments', 'dev,,prod'], 'an environment name is empty'],
    [['bootstrap', '--github-repo', 'a/b', '--environments', 'prod*'], '"prod*" is not an environment name'],
    [
      ['bootstrap', '--github-repo', 'a/b', '--stack-prefix', '*'],
      '"*" cannot start a CloudFormation stack name',
    ],
  ])('exits 2 and writes nothing on the usage error %j', async (argv, message) => {
    const out = join(scratch(), 'out');
    const outcome = await runInProcess([...argv, ...(argv.includes('--out') ? [] : ['--out', out])]);
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toMatch(/^dify-aws-kit: bootstrap: /);
    expect(outcome.stderr).toContain(message);
    expect(outcome.stderr).toContain('Run "dify-aws-kit help" for usage.');
    expect(existsSync(out)).toBe(false);
  });

  it('escapes control characters of a hostile repository in its message', async () => {
    const outcome = await runInProcess(['bootstrap', '--github-repo', 'a/b\u001b[31m\u202e']);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).not.toContain('\u001b');
    expect(outcome.stderr).not.toContain('\u202e');
    expect(outcome.stderr).toContain('\\u001b[31m\\u202e');
  });

  it('is listed in the help', async () => {
    const outcome = await runInProcess(['help']);
    expect(outcome.stdout).toContain('bootstrap --github-repo OWNER/REPO [--environments dev,prod]');
  });
});
