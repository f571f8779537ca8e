import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '@backstage/errors';
import type { JsonObject } from '@backstage/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAction, temporaryWorkspace } from '../test-support/run-action.js';
import { createDifyEnvironmentCreateAction } from './environment-create.js';
import { createDifyEnvironmentPreflightAction } from './environment-preflight.js';

const preflight = createDifyEnvironmentPreflightAction();
const create = createDifyEnvironmentCreateAction();

const devForm: JsonObject = {
  name: 'dev',
  accountId: '123456789012',
  region: 'ap-northeast-1',
  network: {
    vpc: { mode: 'create', cidr: '10.10.0.0/16' },
    egress: 'nat-instance',
    loadBalancer: { allowedCidrs: ['203.0.113.0/24'] },
  },
  dify: { version: '1.13.3' },
  bedrock: { crossRegionInference: true, models: { chat: ['jp.anthropic.claude-haiku-4-5-20251001-v1:0'] } },
};

// The first render starts AWS's validator engine: seconds on a busy machine.
describe('dify:environment:preflight', { timeout: 120_000 }, () => {
  let workspace: Awaited<ReturnType<typeof temporaryWorkspace>>;
  beforeEach(async () => {
    workspace = await temporaryWorkspace();
  });
  afterEach(() => workspace.dispose());

  const run = (filePath: unknown, isDryRun = false) =>
    runAction(preflight, { filePath } as JsonObject, { workspacePath: workspace.path, isDryRun });
  const createFile = async (environment: JsonObject = devForm) =>
    (await runAction(create, { environment }, { workspacePath: workspace.path })).outputs.filePath as string;
  const failure = async (filePath: unknown): Promise<string> => {
    const error = await run(filePath).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).message;
  };

  it('renders and lints the stack, and outputs its resources and monthly cost', async () => {
    const { outputs } = await run(await createFile());

    expect(outputs).toMatchObject({ stackName: 'dify-dev', region: 'ap-northeast-1' });
    const byType = outputs.resourcesByType as Record<string, number>;
    expect(byType['AWS::ECS::Cluster']).toBe(1);
    expect(outputs.resourceCount).toBe(Object.values(byType).reduce((a, b) => a + b, 0));
    expect(outputs.resourceSummary).toMatch(/^\d+ resources: .*1 AWS::ECS::Cluster/);
    expect(outputs.monthlyCostUsd).toBeGreaterThan(0);
    expect(outputs.summary).toContain(
      `**About ${(outputs.monthlyCostUsd as number).toFixed(2)} USD a month.**`,
    );
    expect(outputs.summary).toContain('| Stack | dify-dev in ap-northeast-1, account 123456789012 |');
  });

  it('gives the same answer in a dry run: it reads one file and writes nothing', async () => {
    const filePath = await createFile();
    const real = await run(filePath);
    const dry = await run(filePath, true);
    expect(dry.outputs).toEqual(real.outputs);
  });

  it('says there is no estimate for a region the price table does not cover, and still passes', async () => {
    const { outputs } = await run(
      await createFile({
        ...devForm,
        region: 'eu-west-1',
        bedrock: {
          crossRegionInference: true,
          models: { chat: ['eu.anthropic.claude-haiku-4-5-20251001-v1:0'] },
        },
      }),
    );
    expect(outputs.monthlyCostUsd).toBeUndefined();
    expect(outputs.summary).toContain('No cost estimate: no prices for "eu-west-1"');
  });

  describe('refuses with an InputError', () => {
    it.each([
      ['no path', ''],
      ['a path that is not text', 42],
    ])('%s', async (_kind, filePath) => {
      expect(await failure(filePath)).toContain('dify:environment:preflight needs `filePath`');
    });

    it('a path outside the workspace', async () => {
      expect(await failure('../../etc/passwd')).toBe(
        'filePath must stay inside the workspace; got "../../etc/passwd".',
      );
    });

    it('a file that is not there, or a folder', async () => {
      expect(await failure('environments/missing.json')).toContain('is not a file in the workspace');
      await mkdir(join(workspace.path, 'environments/dev.json'), { recursive: true });
      expect(await failure('environments/dev.json')).toContain('is not a file in the workspace');
    });

    it('a file over 1 MiB', async () => {
      await writeFile(join(workspace.path, 'big.json'), ' '.repeat(1024 * 1024 + 1));
      expect(await failure('big.json')).toContain('is over 1 MiB');
    });

    it('a file that does not pass the checks, with each problem by form field', async () => {
      await mkdir(join(workspace.path, 'environments'));
      await writeFile(
        join(workspace.path, 'environments/bad.json'),
        JSON.stringify({
          ...devForm,
          accountId: '1234',
          network: { vpc: { mode: 'create', cidr: '10.0.0.0/8' } },
        }),
      );
      const message = await failure('environments/bad.json');
      expect(message).toContain("environments/bad.json does not pass the kit's checks:");
      expect(message).toContain('- Basics page › AWS account ID (accountId): "1234" has 4 digits');
    });
  });
});
