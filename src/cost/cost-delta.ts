import type { CostEstimate } from './estimate-cost.js';

/** One component's monthly cost before and after a change; 0 where it does not exist. */
export interface ComponentCostChange {
  readonly component: string;
  readonly beforeUsd: number;
  readonly afterUsd: number;
  readonly deltaUsd: number;
}

export interface CostDelta {
  readonly beforeUsd: number;
  readonly afterUsd: number;
  readonly deltaUsd: number;
  /** Only the components whose cost changes, in the order of the new estimate, then removed ones. */
  readonly components: readonly ComponentCostChange[];
}

/**
 * How the monthly estimate moves from the base branch's file to the pull request's.
 * Lines of the same component are summed; amounts are in cents, so the deltas
 * add up exactly to the total's.
 */
export function costDelta(before: CostEstimate, after: CostEstimate): CostDelta {
  const beforeByComponent = centsByComponent(before);
  const afterByComponent = centsByComponent(after);
  const components: ComponentCostChange[] = [];
  const names = [...new Set([...afterByComponent.keys(), ...beforeByComponent.keys()])];
  for (const component of names) {
    const beforeCents = beforeByComponent.get(component) ?? 0;
    const afterCents = afterByComponent.get(component) ?? 0;
    if (beforeCents === afterCents) continue;
    components.push({
      component,
      beforeUsd: beforeCents / 100,
      afterUsd: afterCents / 100,
      deltaUsd: (afterCents - beforeCents) / 100,
    });
  }
  const beforeCents = cents(before.totalMonthlyUsd);
  const afterCents = cents(after.totalMonthlyUsd);
  return {
    beforeUsd: beforeCents / 100,
    afterUsd: afterCents / 100,
    deltaUsd: (afterCents - beforeCents) / 100,
    components,
  };
}

function centsByComponent(estimate: CostEstimate): Map<string, number> {
  const sums = new Map<string, number>();
  for (const line of estimate.lines)
    sums.set(line.component, (sums.get(line.component) ?? 0) + cents(line.monthlyUsd));
  return sums;
}

function cents(usd: number): number {
  return Math.round(usd * 100);
}
