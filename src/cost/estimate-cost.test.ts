import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contextFor } from '../../test/support/environment-fixtures.js';
import type { Environment } from '../environment/environment.types.js';
import { type ResolvedEnvironment, resolveEnvironment } from '../environment/resolve-environment.js';
import { validateAgainstSchema } from '../environment/validate-schema.js';
import { type CostEstimate, cents, estimateCost, UnpricedRegionError } from './estimate-cost.js';

/** An example file, validated with the schema's defaults and resolved, optionally with fields replaced. */
function example(name: 'dev' | 'prod-closed', replace: Record<string, unknown> = {}): ResolvedEnvironment {
  const file = new URL(`../../examples/environments/${name}.json`, import.meta.url);
  const json = { ...JSON.parse(readFileSync(file, 'utf8')), ...replace };
  const validation = validateAgainstSchema(json);
  if (!validation.valid) throw new Error(`${name} fails the schema: ${JSON.stringify(validation.problems)}`);
  return resolveEnvironment(validation.withDefaults as Environment);
}

const env = (overrides: Record<string, unknown> = {}) => contextFor(overrides).environment;

/** component → USD/month, in line order. */
function byComponent(estimate: CostEstimate): [string, number][] {
  return estimate.lines.map((line) => [line.component, line.monthlyUsd]);
}

function line(estimate: CostEstimate, component: string) {
  const found = estimate.lines.find((l) => l.component === component);
  if (!found) throw new Error(`no line ${component}`);
  return found;
}

describe('estimateCost: examples/environments/dev.json', () => {
  // ap-northeast-1 prices: Fargate $0.05056/vCPU-h, $0.00553/GB-h; Spot 70% off (× 0.3); ALB $0.0243/h,
  // $0.008/LCU-h; Aurora $0.20/ACU-h, $0.12/GB-month; Valkey cache.t4g.micro $0.020/h; t4g.nano $0.0042/h
  // (stand-in); secret $0.40/month; IPv4 $0.005/h; Logs $0.76/GB ingested, $0.033/GB-month stored.
  it('costs 118.73 USD a month in Tokyo', () => {
    const estimate = estimateCost(example('dev'));
    expect(estimate.region).toBe('ap-northeast-1');
    expect(estimate.currency).toBe('USD');
    expect(estimate.hoursPerMonth).toBe(730);
    expect(byComponent(estimate)).toEqual([
      // 1 vCPU + 3 GB: (0.05056 + 3 × 0.00553) × 730 = 0.06715 × 730 = 49.0195; × 0.3 = 14.70585
      ['Fargate: api', 14.71],
      // 0.5 vCPU + 1 GB: (0.02528 + 0.00553) × 730 = 22.4913; × 0.3 = 6.74739
      ['Fargate: worker', 6.75],
      // 0.25 vCPU + 0.5 GB: (0.01264 + 0.002765) × 730 = 11.24565; × 0.3 = 3.373695
      ['Fargate: web', 3.37],
      // same size, never Spot: 11.24565
      ['Fargate: beat', 11.25],
      // 730 × 0.0243 = 17.739; 0.5 LCU × 730 × 0.008 = 2.92; 20.659
      ['Application Load Balancer', 20.66],
      // min 0 ACU: awake 8 h/day at 0.5 ACU = 0.5 × 730 × 8 / 24 = 121.667 ACU-h × 0.20 = 24.3333
      ['Aurora Serverless v2 capacity', 24.33],
      // 20 GB × 0.12
      ['Aurora storage', 2.4],
      // 1 node × 730 × 0.020
      ['ElastiCache (Valkey)', 14.6],
      // t4g.nano 730 × 0.0042 = 3.066
      ['NAT', 3.07],
      // only the S3 gateway endpoint
      ['VPC interface endpoints', 0],
      // 7 × 0.40
      ['Secrets Manager', 2.8],
      // 2 ALB addresses + 1 NAT instance address: 3 × 730 × 0.005
      ['Public IPv4 addresses', 10.95],
      // 5 GB × 0.76 = 3.80; stored 5 × 7 days × 24 / 730 = 1.1507 GB × 0.033 = 0.0380; 3.8380
      ['CloudWatch Logs', 3.84],
    ]);
    // 14.71 + 6.75 + 3.37 + 11.25 + 20.66 + 24.33 + 2.40 + 14.60 + 3.07 + 0 + 2.80 + 10.95 + 3.84
    expect(estimate.totalMonthlyUsd).toBe(118.73);
    expect(line(estimate, 'Fargate: api').detail).toBe(
      '1 task × 1 vCPU / 3 GB: 730 vCPU-h, 2,190 GB-h; Fargate Spot (70% off)',
    );
    expect(line(estimate, 'Fargate: beat').detail).toBe(
      '1 task × 0.25 vCPU / 0.5 GB: 182.5 vCPU-h, 365 GB-h; on-demand (beat never runs on Spot)',
    );
    expect(line(estimate, 'NAT').detail).toBe('1 NAT instance, t4g.nano: 730 h');
    expect(line(estimate, 'Public IPv4 addresses').detail).toBe(
      '3 addresses (2 load balancer, 1 NAT): 2,190 address-h',
    );
    expect(estimate.assumptions).toContain(
      'Fargate Spot runs 70% below on-demand (AWS: "up to 70%"; Spot prices float).',
    );
    expect(estimate.assumptions).toContain(
      'The database (minimum 0 ACU) is awake 8 hours a day at 0.5 ACU and paused otherwise.',
    );
    expect(estimate.assumptions).toContain(
      'Prices not confirmed for ap-northeast-1, stand-ins used: ElastiCache node-hour of cache.t4g.micro (derived from an approximate Redis OSS rate); EC2 instance hour (copied from us-east-1).',
    );
    expect(estimate.excluded).toEqual([
      'Amazon Bedrock model invocations (billed per token).',
      'Data transfer: internet egress and traffic between availability zones.',
      'S3 storage and requests (Dify files and plugin packages).',
      'Aurora backups beyond the free allowance (backup storage up to the cluster size is free) and manual snapshots.',
      'Aurora I/O requests (Aurora Standard bills them per million).',
      'CloudWatch metrics, alarms and Logs Insights queries; Secrets Manager API calls; Route 53 queries.',
      'Aurora capacity above the assumed level, as load scales it up to 2 ACU.',
      "The NAT instance's EBS root volume.",
    ]);
  });

  // us-east-1 prices: Fargate $0.04048, $0.004445; ALB $0.0225; Aurora $0.12, $0.10; Valkey t4g.micro
  // $0.0128; t4g.nano $0.0042; Logs $0.50, $0.03. Same secrets and IPv4 prices.
  it('costs 93.55 USD a month in us-east-1, the region of aws-samples’ 47.9 USD', () => {
    const estimate = estimateCost(example('dev', { region: 'us-east-1' }));
    expect(byComponent(estimate)).toEqual([
      ['Fargate: api', 11.79], // (0.04048 + 3 × 0.004445) × 730 × 0.3 = 11.785485
      ['Fargate: worker', 5.41], // (0.02024 + 0.004445) × 730 × 0.3 = 5.406015
      ['Fargate: web', 2.7], // (0.01012 + 0.0022225) × 730 × 0.3 = 2.7030075
      ['Fargate: beat', 9.01], // 0.0123425 × 730 = 9.010025
      ['Application Load Balancer', 19.35], // 16.425 + 2.92 = 19.345
      ['Aurora Serverless v2 capacity', 14.6], // 121.667 × 0.12
      ['Aurora storage', 2], // 20 × 0.10
      ['ElastiCache (Valkey)', 9.34], // 730 × 0.0128 = 9.344
      ['NAT', 3.07],
      ['VPC interface endpoints', 0],
      ['Secrets Manager', 2.8],
      ['Public IPv4 addresses', 10.95],
      ['CloudWatch Logs', 2.53], // 5 × 0.50 + 1.1507 × 0.03 = 2.5345
    ]);
    expect(estimate.totalMonthlyUsd).toBe(93.55);
    expect(estimate.assumptions.some((a) => a.startsWith('Prices not confirmed'))).toBe(false);
  });
});

describe('estimateCost: examples/environments/prod-closed.json', () => {
  // Existing VPC with private subnets in 3 AZs, egress none, internal ALB, on-demand, 2 ACU floor,
  // 2 × cache.r7g.large ($0.2104/h Valkey), 10 interface endpoints (the closed-network set plus kms,
  // since an ECS Exec KMS key is set, and email-smtp, since email is on) at $0.014 per AZ-hour,
  // 8 secrets (the SMTP credentials besides the seven), logs kept 365 days.
  it('costs 1,296.24 USD a month, 306.60 of it interface endpoints', () => {
    const estimate = estimateCost(example('prod-closed'));
    expect(byComponent(estimate)).toEqual([
      // 2 tasks × (2 × 0.05056 + 6 × 0.00553) × 730 = 2 × 0.1343 × 730 = 196.078
      ['Fargate: api', 196.08],
      // 2 × (0.05056 + 4 × 0.00553) × 730 = 2 × 0.07268 × 730 = 106.1128
      ['Fargate: worker', 106.11],
      // 2 × (0.02528 + 0.00553) × 730 = 44.9826
      ['Fargate: web', 44.98],
      ['Fargate: beat', 11.25],
      // internal load balancers bill the same hours: 20.659
      ['Application Load Balancer', 20.66],
      // 2 ACU × 730 × 0.20
      ['Aurora Serverless v2 capacity', 292],
      ['Aurora storage', 2.4],
      // 2 nodes × 730 × 0.2104 = 307.184
      ['ElastiCache (Valkey)', 307.18],
      // an existing VPC: the kit creates no NAT
      ['NAT', 0],
      // 10 endpoints × 3 AZs = 30 ENIs × 730 × 0.014 = 306.60
      ['VPC interface endpoints', 306.6],
      // 8 × 0.40
      ['Secrets Manager', 3.2],
      // internal ALB, no NAT
      ['Public IPv4 addresses', 0],
      // 5 × 0.76 = 3.80; stored 5 × 365 × 24 / 730 = 60 GB × 0.033 = 1.98
      ['CloudWatch Logs', 5.78],
    ]);
    // 196.08 + 106.11 + 44.98 + 11.25 + 20.66 + 292 + 2.40 + 307.18 + 0 + 306.60 + 3.20 + 0 + 5.78
    expect(estimate.totalMonthlyUsd).toBe(1296.24);
    expect(line(estimate, 'VPC interface endpoints').detail).toBe(
      '10 interface endpoints × 3 AZs = 30 ENIs: 21,900 ENI-h; S3 gateway endpoint free',
    );
    expect(line(estimate, 'NAT').detail).toBe('none: the existing VPC routes its own egress');
    expect(line(estimate, 'Public IPv4 addresses').detail).toBe('none: internal load balancer and no NAT');
    expect(estimate.assumptions.some((a) => a.includes('Spot'))).toBe(false);
    expect(estimate.assumptions).toContain('The database stays at its minimum of 2 ACU.');
    // cache.r7g.large is confirmed for Tokyo; only cache.t4g.micro is a stand-in, and it is not used here.
    expect(estimate.assumptions.some((a) => a.startsWith('Prices not confirmed'))).toBe(false);
    expect(estimate.excluded).toContain('Interface endpoint data processing ($0.01 per GB).');
    expect(estimate.excluded).toContain('ECR storage of the mirrored images.');
    expect(estimate.excluded).toContain(
      'Aurora capacity above the assumed level, as load scales it up to 16 ACU.',
    );
  });
});

describe('estimateCost: what changes the figure', () => {
  it('prices api, worker and web at 30% of on-demand on Spot, and beat always on-demand', () => {
    const spot = estimateCost(example('dev'));
    const onDemand = estimateCost(example('dev', { dify: { ...example('dev').dify, fargateSpot: false } }));
    expect(byComponent(onDemand).slice(0, 4)).toEqual([
      ['Fargate: api', 49.02], // 49.0195
      ['Fargate: worker', 22.49], // 22.4913
      ['Fargate: web', 11.25], // 11.24565
      ['Fargate: beat', 11.25],
    ]);
    expect(line(onDemand, 'Fargate: api').detail).toBe(
      '1 task × 1 vCPU / 3 GB: 730 vCPU-h, 2,190 GB-h; on-demand',
    );
    // 118.73 − (14.71 + 6.75 + 3.37) + (49.02 + 22.49 + 11.25)
    expect(onDemand.totalMonthlyUsd).toBe(176.66);
    expect(line(spot, 'Fargate: beat').monthlyUsd).toBe(line(onDemand, 'Fargate: beat').monthlyUsd);
    expect(onDemand.assumptions.some((a) => a.includes('Spot'))).toBe(false);
  });

  it('prices one NAT gateway and Elastic IP per AZ, or a single one', () => {
    // The minimal environment: new VPC over 2 AZs in Tokyo, NAT gateway one per AZ, internet-facing ALB.
    const perAz = estimateCost(env());
    expect(line(perAz, 'NAT')).toEqual({
      component: 'NAT',
      detail: '2 NAT gateways (one per AZ): 1,460 h',
      monthlyUsd: 90.52, // 2 × 730 × 0.062
    });
    // 2 ALB + 2 Elastic IPs: 4 × 730 × 0.005
    expect(line(perAz, 'Public IPv4 addresses').monthlyUsd).toBe(14.6);
    expect(perAz.excluded).toContain(
      'NAT gateway data processing ($0.062 per GB in ap-northeast-1, on top of data transfer).',
    );

    const single = estimateCost(env({ network: { natGateways: 'single' } }));
    expect(line(single, 'NAT')).toEqual({
      component: 'NAT',
      detail: '1 NAT gateway (single): 730 h',
      monthlyUsd: 45.26, // 730 × 0.062
    });
    expect(line(single, 'Public IPv4 addresses').monthlyUsd).toBe(10.95); // 3 × 730 × 0.005
    // One gateway and one Elastic IP fewer: 45.26 + 3.65.
    expect(cents(perAz.totalMonthlyUsd - single.totalMonthlyUsd)).toBe(48.91);

    const threeAz = estimateCost(
      env({ network: { vpc: { mode: 'create', cidr: '10.0.0.0/16', availabilityZones: 3 } } }),
    );
    expect(line(threeAz, 'NAT').monthlyUsd).toBe(135.78); // 3 × 730 × 0.062
  });

  it('prices the whole default environment in Tokyo at 405.83 USD', () => {
    const estimate = estimateCost(env());
    expect(byComponent(estimate)).toEqual([
      ['Fargate: api', 89.97], // (2 × 0.05056 + 4 × 0.00553) × 730 = 89.9652
      ['Fargate: worker', 44.98], // (0.05056 + 2 × 0.00553) × 730 = 44.9826
      ['Fargate: web', 22.49], // 22.4913
      ['Fargate: beat', 11.25],
      ['Application Load Balancer', 20.66],
      ['Aurora Serverless v2 capacity', 73], // 0.5 ACU × 730 × 0.20
      ['Aurora storage', 2.4],
      ['ElastiCache (Valkey)', 29.2], // primary + 1 replica: 2 × 730 × 0.020
      ['NAT', 90.52],
      ['VPC interface endpoints', 0],
      ['Secrets Manager', 2.8],
      ['Public IPv4 addresses', 14.6],
      ['CloudWatch Logs', 3.96], // 3.80 + 5 × 30 × 24 / 730 = 4.9315 GB × 0.033 = 0.1627
    ]);
    expect(estimate.totalMonthlyUsd).toBe(405.83);
  });

  it('prices a closed network’s interface endpoints per AZ, with no NAT', () => {
    const closed = estimateCost(env({ network: { egress: 'none' }, dify: { images: { source: 'ecr' } } }));
    expect(line(closed, 'VPC interface endpoints')).toEqual({
      component: 'VPC interface endpoints',
      detail: '8 interface endpoints × 2 AZs = 16 ENIs: 11,680 ENI-h; S3 gateway endpoint free',
      monthlyUsd: 163.52, // 16 × 730 × 0.014
    });
    expect(line(closed, 'NAT')).toEqual({
      component: 'NAT',
      detail: 'none: closed network (egress none)',
      monthlyUsd: 0,
    });
    // The internet-facing ALB still holds 2 addresses.
    expect(line(closed, 'Public IPv4 addresses').monthlyUsd).toBe(7.3);
    expect(closed.excluded.some((e) => e.startsWith('NAT gateway data processing'))).toBe(false);
  });

  it('creates no NAT in an existing VPC even when egress says nat-gateway', () => {
    const estimate = estimateCost(
      example('prod-closed', {
        network: { ...example('prod-closed').network, egress: 'nat-gateway', vpcEndpoints: ['s3'] },
      }),
    );
    expect(line(estimate, 'NAT')).toEqual({
      component: 'NAT',
      detail: 'none: the existing VPC routes its own egress',
      monthlyUsd: 0,
    });
    expect(line(estimate, 'VPC interface endpoints')).toEqual({
      component: 'VPC interface endpoints',
      detail: 'none; S3 gateway endpoint free',
      monthlyUsd: 0,
    });
    expect(line(estimate, 'Public IPv4 addresses').monthlyUsd).toBe(0);
  });

  it('states the stand-in prices of a region it could not fully confirm', () => {
    const estimate = estimateCost(env({ region: 'eu-central-1' }));
    expect(line(estimate, 'NAT').monthlyUsd).toBe(75.92); // 2 × 730 × 0.052, confirmed for Frankfurt
    expect(line(estimate, 'Fargate: api').monthlyUsd).toBe(82.9); // (2 × 0.04656 + 4 × 0.00511) × 730 = 82.8988
    const standIns = estimate.assumptions.find((a) => a.startsWith('Prices not confirmed for eu-central-1'));
    expect(standIns).toContain('ALB hour (copied from us-east-1)');
    expect(standIns).toContain('Aurora Serverless v2 ACU-hour (copied from us-east-1)');
    expect(standIns).toContain('NAT gateway data processing (assumed equal to the NAT gateway hourly rate)');
    expect(standIns).not.toContain('Fargate');
  });

  it('leaves out, and says so, a cache node type the table does not price', () => {
    const estimate = estimateCost(env({ cache: { nodeType: 'cache.m7g.large' } }));
    expect(line(estimate, 'ElastiCache (Valkey)')).toEqual({
      component: 'ElastiCache (Valkey)',
      detail: '2 nodes of a node type the price table does not list: not counted',
      monthlyUsd: 0,
    });
    expect(estimate.excluded).toContain(
      'ElastiCache nodes: their node type has no price in the table (add it to src/data/aws-prices.ts).',
    );
  });

  it('leaves out, and says so, a NAT instance type the table does not price', () => {
    const estimate = estimateCost(env({ network: { egress: 'nat-instance', natInstanceType: 'c7g.large' } }));
    expect(line(estimate, 'NAT').monthlyUsd).toBe(0);
    expect(estimate.excluded).toContain(
      'The NAT instance: its instance type has no price in the table (add it to src/data/aws-prices.ts).',
    );
  });
});

describe('estimateCost: form', () => {
  it('throws UnpricedRegionError for a region the table does not price', () => {
    const call = () => estimateCost(env({ region: 'sa-east-1', bedrock: { region: 'us-east-1' } }));
    expect(call).toThrow(UnpricedRegionError);
    expect(call).toThrow(
      'no prices for "sa-east-1" in the offline price table of 2026-11-22 (priced: us-east-1, us-west-2, ap-northeast-1, ap-northeast-3, eu-central-1); add the region to src/data/aws-prices.ts to estimate its cost',
    );
    try {
      call();
    } catch (error) {
      expect(error).toBeInstanceOf(UnpricedRegionError);
      expect((error as UnpricedRegionError).region).toBe('sa-east-1');
      expect((error as UnpricedRegionError).name).toBe('UnpricedRegionError');
    }
  });

  it('totals the rounded lines', () => {
    for (const environment of [example('dev'), example('prod-closed'), env(), env({ region: 'us-west-2' })]) {
      const estimate = estimateCost(environment);
      for (const l of estimate.lines) expect(l.monthlyUsd).toBe(cents(l.monthlyUsd));
      expect(estimate.totalMonthlyUsd).toBe(cents(estimate.lines.reduce((sum, l) => sum + l.monthlyUsd, 0)));
    }
  });

  it('rounds half a cent up, despite binary fractions', () => {
    expect(cents(19.345)).toBe(19.35);
    expect(cents(0.0225 * 730 + 2.92)).toBe(19.35);
    expect(cents(14.70585)).toBe(14.71);
    expect(cents(3.373695)).toBe(3.37);
    expect(cents(0)).toBe(0);
  });

  it('never repeats text from the file other than numbers and priced type names', () => {
    const environment = example('prod-closed');
    const text = JSON.stringify(estimateCost(environment));
    for (const value of [environment.name, environment.stackName, environment.accountId, 'proxy.corp']) {
      expect(text).not.toContain(value);
    }
  });

  it('is pure: the same environment gives the same estimate', () => {
    expect(estimateCost(example('dev'))).toEqual(estimateCost(example('dev')));
  });
});
