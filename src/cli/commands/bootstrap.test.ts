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
  it('writes DIR/bootstrap.yaml for the named environments and says what each role trusts', async () => {
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
    expect(parse(text).Resources.DeployRoleDev.Type).toBe('AWS::IAM::Role');
    expect(outcome.stdout).toMatch(
      new RegExp(
        `^${file.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&')}: bootstrap for github\\.com/my-org/dify-infra, 15 resources, \\d+ bytes\n`,
      ),
    );
    expect(outcome.stdout).toContain(
      '  deploy role DeployRoleArnDev: trusts repo:my-org/dify-infra:environment:dev; may touch the stacks dify-dev, dify-dev-*\n',
    );
    expect(outcome.stdout).toContain(
      '  deploy role DeployRoleArnProd: trusts repo:my-org/dify-infra:environment:prod; may touch the stacks dify-prod, dify-prod-*\n',
    );
    expect(outcome.stdout).toContain('carries the permissions boundary dify-permissions-boundary');
    expect(outcome.stdout).toContain(
      '--stack-name bootstrap-dify-aws-kit --capabilities CAPABILITY_IAM CAPABILITY_NAMED_IAM',
    );
    expect(outcome.stdout).not.toContain('note:');
  });

  it('gives one deploy role to the named branches, and says that it serves every environment', async () => {
    const out = scratch();
    const outcome = await runInProcess([
      'bootstrap',
      '--github-repo',
      'https://github.com/My-Org/dify-infra.git',
      '--branches',
      'main',
      '--out',
      out,
    ]);
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain(
      '  deploy role DeployRoleArn: trusts repo:My-Org/dify-infra:ref:refs/heads/main; may touch the stacks dify-*\n',
    );
    expect(outcome.stdout).toContain('note: one deploy role and one execution role serve every environment');
    expect(outcome.stdout).toContain('--environments dev,prod');
  });

  it('refuses to render a deploy role that every branch and pull request could assume', async () => {
    const out = join(scratch(), 'out');
    const outcome = await runInProcess(['bootstrap', '--github-repo', 'my-org/dify-infra', '--out', out]);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('--environments: say who may deploy');
    expect(outcome.stderr).toContain('or --branches main');
    expect(existsSync(out)).toBe(false);
  });

  it('says a template of many environments must go through S3, and refuses --deploy for it before any AWS call', async () => {
    const environments = ['dev', 'stg', 'qa', 'demo', 'uat', 'perf', 'prod'];
    const rendered = await runInProcess([
      'bootstrap',
      '--github-repo=my-org/dify-infra',
      `--environments=${environments.join(',')}`,
      `--out=${scratch()}`,
    ]);
    expect(rendered.code).toBe(0);
    expect(rendered.stdout).toContain('CAPABILITY_NAMED_IAM --s3-bucket <a bucket of yours>');
    const out = join(scratch(), 'out');
    const deployed = await runInProcess([
      'bootstrap',
      '--github-repo=my-org/dify-infra',
      `--environments=${environments.join(',')}`,
      `--out=${out}`,
      '--deploy',
      '--region=ap-northeast-1',
    ]);
    expect(deployed.code).toBe(2);
    expect(deployed.stderr).toContain('--deploy has no bucket to upload it to');
    expect(existsSync(out)).toBe(false);
  });

  it('scopes the roles to the given stack prefix', async () => {
    const out = scratch();
    const outcome = await runInProcess([
      'bootstrap',
      '--github-repo=my-org/dify-infra',
      '--branches=main',
      '--stack-prefix=acme-',
      `--out=${out}`,
    ]);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain('may touch the stacks acme-*');
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
    [
      ['bootstrap', '--github-repo', 'not-a-slug', '--branches', 'main'],
      '--github-repo: "not-a-slug" is not OWNER/REPO',
    ],
    [['bootstrap', '--github-repo', 'https://example.com/a/b', '--branches', 'main'], 'is not OWNER/REPO'],
    [['bootstrap', '--github-repo', 'a/b', '--environments', 'dev,,prod'], 'an environment name is empty'],
    [['bootstrap', '--github-repo', 'a/b', '--environments', 'prod*'], '"prod*" is not an environment name'],
    [['bootstrap', '--github-repo', 'a/b', '--environments', 'prod,prod-jp'], '"prod-jp" starts with "prod"'],
    [['bootstrap', '--github-repo', 'a/b', '--branches', 'feature/*'], '"feature/*" is not a branch'],
    [['bootstrap', '--github-repo', 'a/b', '--branches', 'main', '--environments', 'dev'], 'not both'],
    [
      ['bootstrap', '--github-repo', 'a/b', '--branches', 'main', '--stack-prefix', '*'],
      '"*" cannot start a CloudFormation stack name',
    ],
    [
      ['bootstrap', '--github-repo', 'a/b', '--branches', 'main', '--stack-prefix', 'd'],
      '--stack-prefix: "d" is shorter than 3 characters',
    ],
    [
      [
        'bootstrap',
        '--github-repo',
        'a/b',
        '--branches',
        'main',
        '--deploy',
        '--region',
        'eu-west-1',
        '--stack-name',
        'dify-bootstrap',
      ],
      '--stack-name: the bootstrap stack "dify-bootstrap" starts with the stack prefix "dify-"',
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
    const outcome = await runInProcess([
      'bootstrap',
      '--github-repo',
      'a/b\u001b[31m\u202e',
      '--branches',
      'main',
    ]);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).not.toContain('\u001b');
    expect(outcome.stderr).not.toContain('\u202e');
    expect(outcome.stderr).toContain('\\u001b[31m\\u202e');
  });

  it('is listed in the help', async () => {
    const outcome = await runInProcess(['help']);
    expect(outcome.stdout).toContain(
      'bootstrap --github-repo OWNER/REPO (--environments dev,prod | --branches main)',
    );
  });
});
