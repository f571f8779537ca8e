import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { createFetchTemplateAction } from '@backstage/plugin-scaffolder-backend';
import { createTemplateAction, type TemplateAction } from '@backstage/plugin-scaffolder-node';
import type { JsonObject } from '@backstage/types';
import { parse } from 'yaml';
import { createDifyEnvironmentCreateAction } from '../../src/backstage/actions/environment-create.js';
import { createDifyEnvironmentPreflightAction } from '../../src/backstage/actions/environment-preflight.js';
import { TEMPLATE_PATH } from '../../src/backstage/template/template-yaml.js';
import '../../src/backstage/test-support/jest-shim.js';

/**
 * Runs scaffolder-templates/dify-environment/template.yaml as Backstage would, offline: the
 * scaffolder's own workflow runner (NunjucksWorkflowRunner, which the backend uses for tasks and
 * dry runs) with the real dify:environment:* and fetch:template actions. The steps that call
 * GitHub or the catalog are replaced by recorders that keep their rendered input and answer like
 * the real actions; a last step copies the workspace out, because the runner deletes it.
 *
 * The runner is internal to @backstage/plugin-scaffolder-backend (not in its exports), so it is
 * loaded from its dist file; the version is pinned in package.json for that reason.
 */

// biome-ignore lint/suspicious/noExplicitAny: the runner takes actions of every input type
type AnyAction = TemplateAction<any, any, 'v2'>;

export interface TemplateRun {
  readonly output: { links?: JsonObject[]; text?: JsonObject[] } & JsonObject;
  /** The rendered input of each GitHub or catalog step that ran, by action id. */
  readonly calls: Record<string, JsonObject>;
  /** A copy of the task workspace after the last step. */
  readonly workspace: string;
  readonly logs: string[];
}

/** The answers of the GitHub and catalog actions, as the real ones would give them. */
const RECORDED_OUTPUTS: Record<string, JsonObject> = {
  'publish:github': {
    remoteUrl: 'https://github.com/acme/dify-environments',
    repoContentsUrl: 'https://github.com/acme/dify-environments/blob/main',
    commitHash: '0123456789abcdef0123456789abcdef01234567',
  },
  'publish:github:pull-request': { remoteUrl: 'https://github.com/acme/dify-environments/pull/7' },
  'github:environment:create': {},
  'github:actions:dispatch': {
    workflowRunId: 42,
    workflowRunHtmlUrl: 'https://github.com/acme/dify-environments/actions/runs/42',
  },
  'catalog:register': { entityRef: 'component:default/dify-environments' },
};

function recorder(id: string, calls: Record<string, JsonObject>): AnyAction {
  return createTemplateAction({
    id,
    schema: { input: (z) => z.object({}).passthrough() },
    async handler(ctx) {
      calls[id] = ctx.input as JsonObject;
      for (const [name, value] of Object.entries(RECORDED_OUTPUTS[id] ?? {}))
        ctx.output(name as never, value as never);
    },
  }) as AnyAction;
}

function capture(into: string): AnyAction {
  return createTemplateAction({
    id: 'test:capture-workspace',
    supportsDryRun: true,
    async handler(ctx) {
      await cp(ctx.workspacePath, into, { recursive: true });
    },
  }) as AnyAction;
}

export async function runTemplate(
  parameters: JsonObject,
  options: { isDryRun?: boolean } = {},
): Promise<TemplateRun> {
  const require = createRequire(import.meta.url);
  const backendDir = dirname(require.resolve('@backstage/plugin-scaffolder-backend/package.json'));
  const { NunjucksWorkflowRunner } = require(
    join(backendDir, 'dist/scaffolder/tasks/NunjucksWorkflowRunner.cjs.js'),
  );

  const templatePath = resolve(TEMPLATE_PATH);
  const template = parse(await readFile(templatePath, 'utf8')) as {
    spec: { steps: JsonObject[]; output: JsonObject };
  };
  const root = await mkdtemp(join(tmpdir(), 'dify-template-'));
  const workspace = join(root, 'result');
  const integrations = ScmIntegrations.fromConfig(new ConfigReader({}));
  const calls: Record<string, JsonObject> = {};
  const actions: AnyAction[] = [
    createDifyEnvironmentCreateAction() as AnyAction,
    createDifyEnvironmentPreflightAction() as AnyAction,
    // The reader is never used for a file:// template location.
    createFetchTemplateAction({ reader: {} as never, integrations }) as AnyAction,
    ...Object.keys(RECORDED_OUTPUTS).map((id) => recorder(id, calls)),
    capture(workspace),
  ];
  const runner = new NunjucksWorkflowRunner({
    workingDirectory: join(root, 'tasks'),
    integrations,
    logger: mockServices.logger.mock(),
    actionRegistry: {
      get: async (id: string) => {
        const action = actions.find((a) => a.id === id);
        if (!action) throw new Error(`no action ${id}`);
        return action;
      },
      list: async () => actions,
    },
    metrics: {
      createCounter: () => ({ add() {} }),
      createHistogram: () => ({ record() {} }),
    },
  });

  const logs: string[] = [];
  const result = await runner.execute({
    taskId: 'task-1',
    spec: {
      apiVersion: 'scaffolder.backstage.io/v1beta3',
      steps: [
        ...template.spec.steps,
        { id: 'capture', name: 'Capture the workspace', action: 'test:capture-workspace' },
      ],
      output: template.spec.output,
      parameters,
      templateInfo: {
        entityRef: 'template:default/dify-environment',
        baseUrl: pathToFileURL(templatePath).href,
      },
    },
    secrets: {},
    isDryRun: options.isDryRun ?? false,
    done: false,
    cancelSignal: new AbortController().signal,
    getWorkspaceName: async () => 'task-1',
    getInitiatorCredentials: async () => mockCredentials.user(),
    emitLog: async (message: string) => {
      logs.push(message);
    },
    complete: async () => {},
  });
  return { output: result.output, calls, workspace, logs };
}
