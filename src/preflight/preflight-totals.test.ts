import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../cli/version.js';
import { predictedChanges } from './aws-changes.js';
import { preflightPullRequestFile } from './preflight-pull-request-file.js';
import { preflightTotals } from './preflight-totals.js';

const DEV = 'examples/environments/dev.json';
const PROD = 'examples/environments/prod-closed.json';
const read = (file: string) => readFileSync(file, 'utf8');

function checked(file: string, text: string, base: { text: string } | 'absent' | 'unknown') {
  const preflight = preflightPullRequestFile({ file, content: { ok: true, text }, base }, VERSION);
  return { preflight, changes: predictedChanges(preflight, 'offline') };
}

function withStackName(file: string, stackName: string): string {
  return JSON.stringify({ ...JSON.parse(read(file)), stackName });
}

describe('preflightTotals', () => {
  it('adds a new file whole to the cost delta, and an unchanged one as nothing', () => {
    const added = checked(DEV, read(DEV), 'absent');
    const unchanged = checked(PROD, read(PROD), { text: read(PROD) });
    const totals = preflightTotals([added, unchanged]);
    const devCost = added.preflight.result.cost?.totalMonthlyUsd ?? Number.NaN;
    const prodCost = unchanged.preflight.result.cost?.totalMonthlyUsd ?? Number.NaN;
    expect(totals.costDeltaUsd).toBe(devCost);
    expect(totals.costMonthlyUsd).toBe(Math.round((devCost + prodCost) * 100) / 100);
    expect(totals.replacements).toEqual([]);
  });

  it('has no cost delta outside a pull request, and counts a moved stack as a warning', () => {
    expect(preflightTotals([checked(DEV, read(DEV), 'unknown')]).costDeltaUsd).toBeUndefined();
    const moved = checked(DEV, withStackName(DEV, 'dify-dev-2'), { text: read(DEV) });
    const same = checked(DEV, read(DEV), { text: read(DEV) });
    expect(preflightTotals([moved]).warnings).toBe(preflightTotals([same]).warnings + 1);
  });

  it('names replacements by environment when there are several', () => {
    const renamed = JSON.parse(read(DEV));
    renamed.network.loadBalancer.scheme = 'internal';
    const replaced = checked(DEV, JSON.stringify(renamed), { text: read(DEV) });
    const single = preflightTotals([replaced]).replacements;
    expect(single).toContain('LoadBalancer');
    const several = preflightTotals([replaced, checked(PROD, read(PROD), { text: read(PROD) })]).replacements;
    expect(several).toContain('dev/LoadBalancer');
  });

  it('counts the errors of a file that does not pass its checks, with no cost', () => {
    const broken = checked(DEV, '{ "name": ', { text: read(DEV) });
    const totals = preflightTotals([broken]);
    expect(totals.errors).toBeGreaterThan(0);
    expect(totals.costMonthlyUsd).toBeUndefined();
  });
});
