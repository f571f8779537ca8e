import { parse } from 'yaml';
import type { ResolvedEnvironment } from '../environment/resolve-environment.js';
import type { CloudFormationTemplate } from './cloudformation-template.js';
import { buildStackModel } from './model/stack-model.js';
import { renderEnvironment } from './nunjucks-environment.js';

/** Rendering failed: a bug in the kit's templates or model, never the user's input (that was validated). */
export class RenderError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RenderError';
  }
}

export interface StackPlan {
  readonly stackName: string;
  readonly region: string;
  readonly accountId: string;
  readonly resourceCount: number;
  /** Resource counts by CloudFormation type, sorted by type. */
  readonly resourcesByType: Readonly<Record<string, number>>;
  readonly templateBytes: number;
}

export interface RenderedStack {
  /** The template as written to template.yaml. */
  readonly text: string;
  readonly template: CloudFormationTemplate;
  /** CloudFormation parameters: none, every value is decided at render time. */
  readonly parameters: readonly { readonly ParameterKey: string; readonly ParameterValue: string }[];
  readonly plan: StackPlan;
}

/** Renders the environment's CloudFormation template: deterministic, the same input gives the same bytes. */
export function renderStack(env: ResolvedEnvironment, kitVersion: string): RenderedStack {
  const model = buildStackModel(env, kitVersion);
  let text: string;
  try {
    text = renderEnvironment().render('stack.yaml.njk', model);
  } catch (error) {
    throw new RenderError(`rendering the template failed: ${(error as Error).message}`, { cause: error });
  }
  let template: CloudFormationTemplate;
  try {
    template = parse(text) as CloudFormationTemplate;
  } catch (error) {
    throw new RenderError(`the rendered template is not valid YAML: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return { text, template, parameters: [], plan: planOf(env, template, text) };
}

function planOf(env: ResolvedEnvironment, template: CloudFormationTemplate, text: string): StackPlan {
  const byType: Record<string, number> = {};
  for (const resource of Object.values(template.Resources))
    byType[resource.Type] = (byType[resource.Type] ?? 0) + 1;
  const sorted = Object.fromEntries(Object.entries(byType).sort(([a], [b]) => a.localeCompare(b)));
  return {
    stackName: env.stackName,
    region: env.region,
    accountId: env.accountId,
    resourceCount: Object.keys(template.Resources).length,
    resourcesByType: sorted,
    templateBytes: Buffer.byteLength(text),
  };
}
