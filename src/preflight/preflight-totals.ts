import type { Severity } from '../environment/diagnostic.js';
import { type AwsChanges, replacedLogicalIds } from './aws-changes.js';
import type { BaseComparison } from './compare-with-base.js';
import type { PreflightResult } from './preflight-environment.js';
import type { EnvironmentPreflight } from './preflight-pull-request-file.js';

export interface FindingCounts {
  readonly errors: number;
  readonly warnings: number;
}

/** What the counts are made of, whatever holds them: a preflight's result or a comment's data. */
export interface FindingParts {
  readonly diagnostics: readonly { readonly severity: Severity }[];
  readonly lint: readonly { readonly severity: Severity }[];
  /** Stateful resources a deploy would replace or remove (the deploy would refuse it). */
  readonly statefulChanges: number;
  /** The stack moves: a deploy would leave the old one behind. */
  readonly stackMoves: boolean;
}

/**
 * How many findings one environment has, counting as warnings a stateful
 * replacement and a stack that moves.
 */
export function countFindings(parts: FindingParts): FindingCounts {
  const severities = [...parts.diagnostics, ...parts.lint].map((finding) => finding.severity);
  const errors = severities.filter((severity) => severity === 'error').length;
  return {
    errors,
    warnings: severities.length - errors + parts.statefulChanges + (parts.stackMoves ? 1 : 0),
  };
}

/** countFindings of a preflight's result, its comparison with the base branch and its changes. */
export function findingCounts(
  result: PreflightResult,
  comparison: BaseComparison | undefined,
  changes: AwsChanges | undefined,
): FindingCounts {
  return countFindings({
    diagnostics: result.check.diagnostics,
    lint: result.stack?.lint.findings ?? [],
    statefulChanges: changes === undefined || changes.source === 'new-stack' ? 0 : changes.stateful.length,
    stackMoves: comparison?.base === 'compared' && comparison.movedFrom !== undefined,
  });
}

export interface CheckedEnvironment {
  readonly preflight: EnvironmentPreflight;
  readonly changes: AwsChanges | undefined;
}

export interface PreflightTotals extends FindingCounts {
  /** The environments' monthly estimates summed; undefined when one has none. */
  readonly costMonthlyUsd: number | undefined;
  /** How much that moves from the base branch (a new file adds its whole cost); undefined when unknown. */
  readonly costDeltaUsd: number | undefined;
  /** Logical ids a deploy would replace, `environment/` first when there are several environments. */
  readonly replacements: readonly string[];
}

/** What a pull request's environments add up to: the figures the action reports. */
export function preflightTotals(environments: readonly CheckedEnvironment[]): PreflightTotals {
  let errors = 0;
  let warnings = 0;
  for (const { preflight, changes } of environments) {
    const counts = findingCounts(preflight.result, preflight.comparison, changes);
    errors += counts.errors;
    warnings += counts.warnings;
  }
  const several = environments.length > 1;
  return {
    errors,
    warnings,
    costMonthlyUsd: sumOfCents(environments.map(({ preflight }) => preflight.result.cost?.totalMonthlyUsd)),
    costDeltaUsd: sumOfCents(environments.map(({ preflight }) => costDeltaOf(preflight))),
    replacements: environments.flatMap(({ preflight, changes }) =>
      replacedLogicalIds(changes).map((id) => (several ? `${preflight.environmentName}/${id}` : id)),
    ),
  };
}

function costDeltaOf({ comparison, result }: EnvironmentPreflight): number | undefined {
  if (comparison?.base === 'compared') return comparison.cost?.deltaUsd;
  if (comparison?.base === 'new-file') return result.cost?.totalMonthlyUsd;
  return undefined;
}

/** Summed in cents, so the total is exact; undefined when any value is missing. */
function sumOfCents(values: readonly (number | undefined)[]): number | undefined {
  let cents = 0;
  for (const value of values) {
    if (value === undefined) return undefined;
    cents += Math.round(value * 100);
  }
  return cents / 100;
}
