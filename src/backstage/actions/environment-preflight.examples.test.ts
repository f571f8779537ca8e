import type { JsonObject } from '@backstage/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runAction, temporaryWorkspace } from '../test-support/run-action.js';
import { examples as createExamples } from './environment-create.examples.js';
import { createDifyEnvironmentCreateAction } from './environment-create.js';
import { examples } from './environment-preflight.examples.js';
import { createDifyEnvironmentPreflightAction } from './environment-preflight.js';

type Step = { action: string; input: JsonObject };

describe('dify:environment:preflight examples', { timeout: 120_000 }, () => {
  let workspace: Awaited<ReturnType<typeof temporaryWorkspace>>;
  let filePath: string;
  beforeEach(async () => {
    workspace = await temporaryWorkspace();
    // The file the examples preflight: what the first create example writes (environments/dev.json).
    const create = (parse(createExamples[0]?.example ?? '') as { steps: Step[] }).steps[0];
    const { outputs } = await runAction(createDifyEnvironmentCreateAction(), create?.input ?? {}, {
      workspacePath: workspace.path,
    });
    filePath = String(outputs.filePath);
  });
  afterEach(() => workspace.dispose());

  it.each(examples.map((example) => [example.description, example.example]))(
    '%s',
    async (_description, yaml) => {
      const step = (parse(yaml) as { steps: Step[] }).steps[0];
      expect(step?.action).toBe('dify:environment:preflight');
      // The one expression the examples use, as the scaffolder would render it.
      const input = JSON.parse(
        JSON.stringify(step?.input ?? {}).replace('${{ steps.environment.output.filePath }}', filePath),
      ) as JsonObject;
      const { outputs } = await runAction(createDifyEnvironmentPreflightAction(), input, {
        workspacePath: workspace.path,
      });
      expect(outputs.stackName).toBe('dify-dev');
      expect(outputs.monthlyCostUsd).toBeGreaterThan(0);
    },
  );
});
