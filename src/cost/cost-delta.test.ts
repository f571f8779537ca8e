import { describe, expect, it } from 'vitest';
import { costDelta } from './cost-delta.js';
import type { CostEstimate } from './estimate-cost.js';

function estimate(lines: [string, number][]): CostEstimate {
  return {
    region: 'ap-northeast-1',
    currency: 'USD',
    hoursPerMonth: 730,
    lines: lines.map(([component, monthlyUsd]) => ({ component, detail: '', monthlyUsd })),
    totalMonthlyUsd: lines.reduce((sum, [, usd]) => Math.round((sum + usd) * 100) / 100, 0),
    assumptions: [],
    excluded: [],
  };
}

describe('costDelta', () => {
  it('sums lines of a component and lists only the components that change', () => {
    const before = estimate([
      ['Fargate', 10.1],
      ['Fargate', 0.2],
      ['NAT', 30],
      ['Aurora', 50],
    ]);
    const after = estimate([
      ['Fargate', 20.2],
      ['Aurora', 50],
      ['VPC endpoints', 7.3],
    ]);
    expect(costDelta(before, after)).toEqual({
      beforeUsd: 90.3,
      afterUsd: 77.5,
      deltaUsd: -12.8,
      components: [
        { component: 'Fargate', beforeUsd: 10.3, afterUsd: 20.2, deltaUsd: 9.9 },
        { component: 'VPC endpoints', beforeUsd: 0, afterUsd: 7.3, deltaUsd: 7.3 },
        { component: 'NAT', beforeUsd: 30, afterUsd: 0, deltaUsd: -30 },
      ],
    });
  });

  it('adds up exactly: the component deltas make the total delta, in cents', () => {
    const before = estimate([
      ['a', 0.1],
      ['b', 0.2],
    ]);
    const after = estimate([
      ['a', 0.3],
      ['b', 0.1],
    ]);
    const delta = costDelta(before, after);
    const sum = delta.components.reduce((total, c) => total + Math.round(c.deltaUsd * 100), 0);
    expect(sum).toBe(Math.round(delta.deltaUsd * 100));
    expect(delta.deltaUsd).toBe(0.1);
  });

  it('is empty for the same estimate', () => {
    const same = estimate([['a', 1]]);
    expect(costDelta(same, same)).toEqual({ beforeUsd: 1, afterUsd: 1, deltaUsd: 0, components: [] });
  });
});
