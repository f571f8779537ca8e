import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mockServices } from '@backstage/backend-test-utils';
import type { ActionContext, TemplateAction } from '@backstage/plugin-scaffolder-node';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import type { JsonObject } from '@backstage/types';
import { vi } from 'vitest';
import './jest-shim.js';

export interface ActionRun {
  readonly outputs: Record<string, unknown>;
  readonly logger: ReturnType<typeof mockServices.logger.mock>;
}

/** A task workspace of its own, removed by `dispose`. */
export async function temporaryWorkspace(): Promise<{ path: string; dispose: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'dify-backstage-'));
  return { path, dispose: () => rm(path, { recursive: true, force: true }) };
}

/**
 * Runs an action's handler with Backstage's mock action context (real logger mock, real output
 * spy) in `workspacePath`, and returns what it output and logged.
 */
export async function runAction(
  // biome-ignore lint/suspicious/noExplicitAny: the test runs any action, whatever its input type
  action: TemplateAction<any, any, 'v2'>,
  input: JsonObject,
  options: {
    workspacePath: string;
    isDryRun?: boolean;
    /** Stand-in for a recovered task, whose checkpoints return stored values instead of running. */
    checkpoint?: ActionContext<JsonObject>['checkpoint'];
  },
): Promise<ActionRun> {
  const logger = mockServices.logger.mock();
  const ctx = createMockActionContext({ input, workspacePath: options.workspacePath, logger });
  // createMockActionContext does not copy isDryRun from its options.
  const context = {
    ...ctx,
    isDryRun: options.isDryRun ?? false,
    ...(options.checkpoint ? { checkpoint: options.checkpoint } : {}),
  };
  await action.handler(context);
  const outputs = Object.fromEntries(vi.mocked(ctx.output).mock.calls.map(([name, value]) => [name, value]));
  return { outputs, logger };
}
