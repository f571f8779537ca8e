import { type CostEstimate, estimateCostIfPriced } from '../cost/estimate-cost.js';
import type { EnvironmentCheckResult } from '../environment/check-environment.js';
import { countBySeverity } from '../environment/diagnostic.js';
import type { CloudFormationTemplate } from '../render/cloudformation-template.js';
import type { TemplateLint } from '../render/lint/lint-template.js';
import { renderAndLint } from '../render/render-and-lint.js';
import type { StackPlan } from '../render/render-stack.js';

export interface PreflightResult {
  readonly check: EnvironmentCheckResult;
  /** The rendered stack's plan and lint, when the file passed its checks. */
  readonly stack?: {
    readonly plan: StackPlan;
    readonly lint: TemplateLint;
    readonly template: CloudFormationTemplate;
    /** The template as deployed. */
    readonly text: string;
  };
  readonly cost?: CostEstimate;
  /** Why there is no cost estimate for a valid file (a region without prices). */
  readonly costUnavailable?: string;
}

/** Everything the offline preflight says about one checked file: render, lint and cost when it is valid. */
export function preflightEnvironment(check: EnvironmentCheckResult, kitVersion: string): PreflightResult {
  const environment = check.environment;
  if (!environment || countBySeverity(check.diagnostics).errors > 0) return { check };
  const { rendered, lint } = renderAndLint(environment, kitVersion);
  const stack = { plan: rendered.plan, lint, template: rendered.template, text: rendered.text };
  const priced = estimateCostIfPriced(environment);
  return 'cost' in priced
    ? { check, stack, cost: priced.cost }
    : { check, stack, costUnavailable: priced.unavailable };
}

/** Errors and warnings across the checks and the template lint. */
export function countPreflightFindings(results: readonly PreflightResult[]): {
  errors: number;
  warnings: number;
} {
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    const counted = countBySeverity(result.check.diagnostics);
    errors += counted.errors + (result.stack?.lint.errors ?? 0);
    warnings += counted.warnings + (result.stack?.lint.warnings ?? 0);
  }
  return { errors, warnings };
}
