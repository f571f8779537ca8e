import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createWorkflowLinter, formatFinding } from '../../scripts/lint-workflows.js';
import { KIT_VERSION } from '../../src/backstage/kit-core.js';
import { runInProcess } from '../support/run-cli.js';
import { filledForm } from './filled-form.js';
import { runTemplate, type TemplateRun } from './run-template.js';

const SKELETON = 'scaffolder-templates/dify-environment/skeleton';
const WORKFLOWS = ['deploy.yml', 'drift.yml', 'migrate-v1.yml', 'preflight-comment.yml', 'preflight.yml'];

/** The GitHub expressions a skeleton workflow holds inside its {% raw %} blocks. */
async function githubExpressionsInSkeleton(file: string): Promise<string[]> {
  const text = await readFile(join(SKELETON, '.github/workflows', file), 'utf8');
  const raw = [...text.matchAll(/\{% raw %\}([\s\S]*?)\{% endraw %\}/g)].map((m) => m[1] ?? '').join('');
  return raw.match(/\$\{\{.*?\}\}/g) ?? [];
}

describe('the template run end to end by the scaffolder, offline', { timeout: 180_000 }, () => {
  const runs: TemplateRun[] = [];
  const run = async (...args: Parameters<typeof runTemplate>) => {
    const result = await runTemplate(...args);
    runs.push(result);
    return result;
  };
  afterAll(async () => {
    for (const r of runs) await rm(join(r.workspace, '..'), { recursive: true, force: true });
  });

  it('creates a repository holding a valid environment file, linted workflows with their GitHub expressions, a README and a catalog entry', async () => {
    const { workspace, calls, output } = await run(filledForm);

    expect((await readdir(workspace)).sort()).toEqual([
      '.github',
      'README.md',
      'catalog-info.yaml',
      'environments',
    ]);
    // The environment file passes the kit's CLI, as the preflight workflow will check it.
    const file = join(workspace, 'environments/dev.json');
    const validated = await runInProcess(['validate', file]);
    expect(validated.stdout.split('\n').filter((line) => line.includes(': error: '))).toEqual([]);
    expect(validated.code).toBe(0);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
      name: 'dev',
      operations: { driftCheckSchedule: '30 21 * * 1-5', logRetentionDays: 7 },
      domain: { hostName: 'dify-dev.example.com', certificate: 'create' },
    });
    expect(JSON.parse(await readFile(file, 'utf8'))).not.toHaveProperty('email');

    // Every workflow passes the offline workflow linter, keeps every GitHub expression, and uses the
    // kit's actions at the release tag of the kit that checked the file.
    expect((await readdir(join(workspace, '.github/workflows'))).sort()).toEqual(WORKFLOWS);
    const lint = await createWorkflowLinter();
    for (const name of WORKFLOWS) {
      const text = await readFile(join(workspace, '.github/workflows', name), 'utf8');
      expect((await lint(text, name)).map(formatFinding), name).toEqual([]);
      const kitUses = text.match(/uses: \S+\/actions\/[\w-]+@\S+/g) ?? [];
      expect(kitUses.length, name).toBeGreaterThan(0);
      for (const uses of kitUses)
        expect(uses).toMatch(
          new RegExp(`^uses: acme/dify-aws-kit/actions/[\\w-]+@v${KIT_VERSION.replaceAll('.', '\\.')}$`),
        );
      const rendered = text.match(/\$\{\{.*?\}\}/g) ?? [];
      expect(rendered, name).toEqual(await githubExpressionsInSkeleton(name));
      expect(text, name).not.toMatch(/\{%|%\}|values\./);
    }
    const drift = await readFile(join(workspace, '.github/workflows/drift.yml'), 'utf8');
    expect(drift).toContain("- cron: '30 21 * * 1-5'");

    expect(await readFile(join(workspace, 'catalog-info.yaml'), 'utf8')).toContain('name: dify-environments');
    const readme = await readFile(join(workspace, 'README.md'), 'utf8');
    expect(readme).toContain('--github-repo acme/dify-environments --environments dev');

    // GitHub got the role variables; the repository was created, checked and registered.
    expect(calls['publish:github']).toMatchObject({
      repoUrl: filledForm.repoUrl,
      repoVisibility: 'private',
      defaultBranch: 'main',
      repoVariables: {
        DIFY_DRIFT_ROLE_ARN: filledForm.driftRoleArn,
        DIFY_ARTIFACT_BUCKET: filledForm.artifactBucket,
      },
    });
    expect(calls['github:environment:create']).toMatchObject({
      name: 'dev',
      environmentVariables: {
        DIFY_DEPLOY_ROLE_ARN: filledForm.deployRoleArn,
        DIFY_CFN_EXECUTION_ROLE_ARN: filledForm.cloudFormationRoleArn,
        DIFY_ARTIFACT_BUCKET: filledForm.artifactBucket,
      },
    });
    expect(calls['github:actions:dispatch']).toMatchObject({
      workflowId: 'preflight.yml',
      branchOrTagName: 'main',
    });
    expect(calls['catalog:register']).toMatchObject({ catalogInfoPath: '/catalog-info.yaml' });
    expect(calls).not.toHaveProperty('publish:github:pull-request');

    expect(output.links).toEqual([
      { title: 'Repository', url: 'https://github.com/acme/dify-environments' },
      { title: 'First preflight run', url: 'https://github.com/acme/dify-environments/actions/runs/42' },
      { title: 'Open in catalog', icon: 'catalog', entityRef: 'component:default/dify-environments' },
    ]);
    expect(output.text?.[0]?.content).toMatch(/\*\*About \d+\.\d\d USD a month\.\*\*/);
  });

  it('opens a pull request instead when asked, and links to its checks', async () => {
    const { calls, output } = await run({ ...filledForm, publishMode: 'pull-request' });

    expect(calls['publish:github:pull-request']).toMatchObject({
      repoUrl: filledForm.repoUrl,
      branchName: 'dify-environment-dev',
      title: 'Add the Dify environment dev',
    });
    expect(calls).not.toHaveProperty('publish:github');
    expect(calls).not.toHaveProperty('catalog:register');
    expect(calls['github:environment:create']).toMatchObject({ name: 'dev' });
    expect(output.links).toEqual([
      { title: 'Pull request', url: 'https://github.com/acme/dify-environments/pull/7' },
      {
        title: 'Preflight run on the pull request',
        url: 'https://github.com/acme/dify-environments/pull/7/checks',
      },
    ]);
  });

  it('in a dry run checks and renders everything and touches nothing on GitHub', async () => {
    const { calls, workspace, output } = await run(filledForm, { isDryRun: true });

    expect(calls).toEqual({});
    expect(await readdir(join(workspace, 'environments'))).toEqual(['dev.json']);
    expect(output.text?.[0]?.content).toContain('USD a month');
  });

  it('stops at the first step when the form holds a mistake, naming the field', async () => {
    const error = await run({ ...filledForm, accountId: '12345' }).catch((e: unknown) => e);

    expect(String(error)).toContain('Basics page › AWS account ID (accountId): "12345" has 5 digits');
  });
});
