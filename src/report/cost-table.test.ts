import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CostEstimate } from '../cost/estimate-cost.js';
import { estimateCost } from '../cost/estimate-cost.js';
import type { Environment } from '../environment/environment.types.js';
import { resolveEnvironment } from '../environment/resolve-environment.js';
import { validateAgainstSchema } from '../environment/validate-schema.js';
import { renderCostTable } from './cost-table.js';

function exampleEstimate(name: 'dev' | 'prod-closed'): CostEstimate {
  const file = new URL(`../../examples/environments/${name}.json`, import.meta.url);
  const validation = validateAgainstSchema(JSON.parse(readFileSync(file, 'utf8')));
  if (!validation.valid) throw new Error(`${name} fails the schema`);
  return estimateCost(resolveEnvironment(validation.withDefaults as Environment));
}

const small: CostEstimate = {
  region: 'ap-northeast-1',
  currency: 'USD',
  hoursPerMonth: 730,
  lines: [
    { component: 'Fargate: api', detail: '1 task × 1 vCPU / 3 GB', monthlyUsd: 14.7 },
    { component: 'VPC interface endpoints', detail: '9 interface endpoints × 3 AZs', monthlyUsd: 1275.94 },
  ],
  totalMonthlyUsd: 1290.64,
  assumptions: ['On-demand prices.'],
  excluded: ['Amazon Bedrock model invocations (billed per token).'],
};

describe('renderCostTable', () => {
  it('renders a table with a total row, then the assumptions and exclusions', () => {
    expect(renderCostTable(small)).toBe(
      [
        'In `ap-northeast-1`, in USD for a month of 730 hours:',
        '',
        '| Component | Detail | USD/month |',
        '| --- | --- | --- |',
        '| Fargate: api | 1 task × 1 vCPU / 3 GB | 14.70 |',
        '| VPC interface endpoints | 9 interface endpoints × 3 AZs | 1,275.94 |',
        '| **Total** |  | **1,290.64** |',
        '',
        'Assumptions:',
        '',
        '- On-demand prices.',
        '',
        'Not included:',
        '',
        '- Amazon Bedrock model invocations (billed per token).',
      ].join('\n'),
    );
  });

  it('renders dev.json’s estimate line by line', () => {
    const rendered = renderCostTable(exampleEstimate('dev'));
    expect(rendered).toContain(
      '| Fargate: beat | 1 task × 0.25 vCPU / 0.5 GB: 182.5 vCPU-h, 365 GB-h; on-demand (beat never runs on Spot) | 11.25 |',
    );
    expect(rendered).toContain('| VPC interface endpoints | none; S3 gateway endpoint free | 0.00 |');
    expect(rendered).toContain('| **Total** |  | **118.73** |');
    expect(rendered).toContain("- The NAT instance's EBS root volume.");
  });

  it('renders prod-closed.json’s endpoints and total', () => {
    const rendered = renderCostTable(exampleEstimate('prod-closed'));
    expect(rendered).toContain(
      '| VPC interface endpoints | 10 interface endpoints × 3 AZs = 30 ENIs: 21,900 ENI-h; S3 gateway endpoint free | 306.60 |',
    );
    expect(rendered).toContain('| **Total** |  | **1,296.24** |');
  });

  it('shows no text from the file except the region', () => {
    const file = new URL('../../examples/environments/prod-closed.json', import.meta.url);
    const raw = readFileSync(file, 'utf8');
    const rendered = renderCostTable(exampleEstimate('prod-closed'));
    for (const value of [
      'dify-prod',
      '210987654321',
      'corp.example.co.jp',
      'Production Dify',
      'dify-mirror',
    ]) {
      expect(raw).toContain(value);
      expect(rendered).not.toContain(value);
    }
  });

  it('escapes markup and shows the region as code', () => {
    const rendered = renderCostTable({
      ...small,
      region: 'a`b',
      lines: [{ component: 'x|y', detail: '<b>*z*</b>', monthlyUsd: 1 }],
      totalMonthlyUsd: 1,
      assumptions: ['a_b'],
      excluded: ['[link](x)'],
    });
    expect(rendered).toContain('In ``a`b``, in USD');
    expect(rendered).toContain('| x\\|y | \\<b\\>\\*z\\*\\</b\\> | 1.00 |');
    expect(rendered).toContain('- a\\_b');
    expect(rendered).toContain('- \\[link\\](x)');
  });
});
