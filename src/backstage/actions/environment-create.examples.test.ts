import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { JsonObject } from '@backstage/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runAction, temporaryWorkspace } from '../test-support/run-action.js';
import { examples } from './environment-create.examples.js';
import { createDifyEnvironmentCreateAction } from './environment-create.js';

describe('dify:environment:create examples', () => {
  let workspace: Awaited<ReturnType<typeof temporaryWorkspace>>;
  beforeEach(async () => {
    workspace = await temporaryWorkspace();
  });
  afterEach(() => workspace.dispose());

  it.each(examples.map((example) => [example.description, example.example]))(
    '%s',
    async (_description, yaml) => {
      const [step] = (parse(yaml) as { steps: { action: string; input: { environment: JsonObject } }[] })
        .steps;
      if (step === undefined) throw new Error('the example has no step');
      expect(step.action).toBe('dify:environment:create');
      const { outputs } = await runAction(createDifyEnvironmentCreateAction(), step.input, {
        workspacePath: workspace.path,
      });
      const written = JSON.parse(await readFile(join(workspace.path, String(outputs.filePath)), 'utf8'));
      expect(written.name).toBe(step.input.environment.name);
    },
  );
});
