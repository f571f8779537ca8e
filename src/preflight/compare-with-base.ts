import { type CostDelta, costDelta } from '../cost/cost-delta.js';
import { estimateCostIfPriced } from '../cost/estimate-cost.js';
import { checkEnvironment } from '../environment/check-environment.js';
import { countBySeverity } from '../environment/diagnostic.js';
import { renderStack } from '../render/render-stack.js';
import { diffEnvironmentFiles, type FieldChange } from './environment-diff.js';
import { type PredictedChanges, predictChanges } from './predict-changes.js';
import type { PreflightResult } from './preflight-environment.js';
import { diffResourceCounts, type ResourceCountChange } from './resource-count-diff.js';

/** What a pull request changes in one environment, against the base branch's version of the file. */
export type BaseComparison =
  | {
      /** The file is new: every resource is added. */
      readonly base: 'new-file';
      readonly predicted: PredictedChanges;
    }
  | {
      /** The base version does not pass its checks: only the field diff can be shown. */
      readonly base: 'invalid';
      readonly fieldChanges: readonly FieldChange[];
    }
  | {
      readonly base: 'compared';
      /**
       * Set when the stack's name, region or account changes: a deploy then creates
       * a new stack (every resource added) and leaves the old one as it is.
       */
      readonly movedFrom?: StackLocation;
      readonly fieldChanges: readonly FieldChange[];
      readonly resourceCounts: readonly ResourceCountChange[];
      readonly predicted: PredictedChanges;
      /** Absent when either version's region has no prices. */
      readonly cost?: CostDelta;
    };

export interface StackLocation {
  readonly stackName: string;
  readonly region: string;
  readonly accountId: string;
}

export interface CompareWithBaseInput {
  /** The preflight of the pull request's version of the file. */
  readonly next: PreflightResult;
  readonly nextText: string;
  /** The base branch's text of the same file; undefined when the pull request adds the file. */
  readonly baseText: string | undefined;
  readonly kitVersion: string;
}

/**
 * Compares the pull request's preflight of a file with the base branch's text of
 * the same file: fields, resources by type, the resources a deploy would add,
 * change, replace or remove (predicted offline from the two templates), and the cost.
 * Undefined when the new version itself has errors: there is nothing to compare yet.
 */
export function compareWithBase({
  next,
  nextText,
  baseText,
  kitVersion,
}: CompareWithBaseInput): BaseComparison | undefined {
  if (next.stack === undefined || next.check.environment === undefined) return undefined;
  if (baseText === undefined)
    return { base: 'new-file', predicted: predictChanges(undefined, next.stack.template) };

  const fieldChanges = diffEnvironmentFiles(parseOrUndefined(baseText), parseOrUndefined(nextText));
  const baseCheck = checkEnvironment(baseText, { file: next.check.file });
  const baseEnvironment = baseCheck.environment;
  if (baseEnvironment === undefined || countBySeverity(baseCheck.diagnostics).errors > 0)
    return { base: 'invalid', fieldChanges };

  const baseStack = renderStack(baseEnvironment, kitVersion);
  const moved = !sameLocation(baseStack.plan, next.stack.plan);
  const comparison = {
    base: 'compared' as const,
    ...(moved ? { movedFrom: locationOf(baseStack.plan) } : {}),
    fieldChanges,
    resourceCounts: diffResourceCounts(baseStack.plan.resourcesByType, next.stack.plan.resourcesByType),
    predicted: predictChanges(moved ? undefined : baseStack.template, next.stack.template),
  };
  const basePriced = estimateCostIfPriced(baseEnvironment);
  const baseCost = 'cost' in basePriced ? basePriced.cost : undefined;
  return baseCost === undefined || next.cost === undefined
    ? comparison
    : { ...comparison, cost: costDelta(baseCost, next.cost) };
}

function locationOf({ stackName, region, accountId }: StackLocation): StackLocation {
  return { stackName, region, accountId };
}

function sameLocation(a: StackLocation, b: StackLocation): boolean {
  return a.stackName === b.stackName && a.region === b.region && a.accountId === b.accountId;
}

/** A base version that is not even JSON is compared as nothing: every field shows as added. */
function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
