import { parse } from 'yaml';
import type { CloudFormationTemplate } from '../render/cloudformation-template.js';
import { lintTemplate, type TemplateLint } from '../render/lint/lint-template.js';
import { renderEnvironment } from '../render/nunjucks-environment.js';
import { RenderError } from '../render/render-stack.js';
import { type BootstrapModel, type BootstrapOptions, buildBootstrapModel } from './bootstrap-model.js';
import { permissionsBoundaryName } from './identity-names.js';

export interface BootstrapPlan {
  readonly repository: string;
  /** The GitHub environments with a deploy role each; empty when one deploy role trusts `branches`. */
  readonly environments: readonly string[];
  readonly branches: readonly string[];
  readonly stackPrefix: string;
  /** A name for the bootstrap stack that the prefix does not cover (or the one asked for). */
  readonly suggestedStackName: string;
  /** Each deploy role: the OIDC subjects it trusts, the stacks it may touch, and the output with its ARN. */
  readonly deployRoles: readonly {
    readonly environment?: string;
    readonly subjects: readonly string[];
    readonly stacks: string;
    readonly output: string;
  }[];
  readonly readOnlySubjects: readonly string[];
  /** The name of the permissions boundary the Dify stacks' roles carry. */
  readonly permissionsBoundary: string;
  readonly resourceCount: number;
  /** Resource counts by CloudFormation type, sorted by type. */
  readonly resourcesByType: Readonly<Record<string, number>>;
  readonly templateBytes: number;
}

export interface RenderedBootstrap {
  /** The template as written to bootstrap.yaml. */
  readonly text: string;
  readonly template: CloudFormationTemplate;
  readonly plan: BootstrapPlan;
}

export interface LintedBootstrap {
  readonly rendered: RenderedBootstrap;
  readonly lint: TemplateLint;
}

/**
 * Renders the one-time bootstrap template: deterministic, the same options
 * give the same bytes. Throws BootstrapOptionsError for options it cannot use.
 */
export function renderBootstrap(options: BootstrapOptions, kitVersion: string): RenderedBootstrap {
  const model = buildBootstrapModel(options, kitVersion);
  let text: string;
  try {
    text = renderEnvironment().render('bootstrap.yaml.njk', { ...model });
  } catch (error) {
    throw new RenderError(`rendering the bootstrap template failed: ${(error as Error).message}`, {
      cause: error,
    });
  }
  let template: CloudFormationTemplate;
  try {
    template = parse(text) as CloudFormationTemplate;
  } catch (error) {
    throw new RenderError(`the rendered bootstrap template is not valid YAML: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return { text, template, plan: planOf(model, template, text) };
}

/** Renders the bootstrap template and lints it as every template of the kit is linted. */
export function renderAndLintBootstrap(options: BootstrapOptions, kitVersion: string): LintedBootstrap {
  const rendered = renderBootstrap(options, kitVersion);
  const lint = lintTemplate({
    template: rendered.template,
    text: rendered.text,
    environment: undefined,
  });
  return { rendered, lint };
}

function planOf(model: BootstrapModel, template: CloudFormationTemplate, text: string): BootstrapPlan {
  const byType: Record<string, number> = {};
  for (const resource of Object.values(template.Resources))
    byType[resource.Type] = (byType[resource.Type] ?? 0) + 1;
  return {
    repository: model.repository,
    environments: model.trust.kind === 'environments' ? model.trust.environments : [],
    branches: model.trust.kind === 'branches' ? model.trust.branches : [],
    stackPrefix: model.stackPrefix,
    suggestedStackName: model.suggestedStackName,
    deployRoles: model.targets.map((target) => ({
      ...(target.environment === undefined ? {} : { environment: target.environment }),
      subjects: target.subjects,
      stacks:
        target.environment === undefined
          ? `${model.stackPrefix}*`
          : `${model.stackPrefix}${target.environment}, ${model.stackPrefix}${target.environment}-*`,
      output: `DeployRoleArn${target.outputSuffix}`,
    })),
    readOnlySubjects: model.readOnlySubjects,
    permissionsBoundary: permissionsBoundaryName(model.stackPrefix),
    resourceCount: Object.keys(template.Resources).length,
    resourcesByType: Object.fromEntries(Object.entries(byType).sort(([a], [b]) => a.localeCompare(b))),
    templateBytes: Buffer.byteLength(text),
  };
}
