import {
  awsPriceTable,
  type PriceName,
  pricedRegions,
  priceLabels,
  regionPrices,
} from '../data/aws-prices.js';
import type { ResolvedEnvironment } from '../environment/resolve-environment.js';
import {
  auroraPlan,
  availabilityZoneCount,
  cachePlan,
  containerLogGroups,
  type FargateService,
  fargateServices,
  natPlan,
  publicIpv4Plan,
  stackSecrets,
  vpcEndpointPlan,
} from './stack-shape.js';

export interface CostLine {
  readonly component: string;
  /** What is counted, in words and quantities the kit wrote itself (never text from the file). */
  readonly detail: string;
  /** Rounded to cents. */
  readonly monthlyUsd: number;
}

export interface CostEstimate {
  readonly region: string;
  readonly currency: 'USD';
  readonly hoursPerMonth: 730;
  readonly lines: readonly CostLine[];
  /** The sum of the rounded lines. */
  readonly totalMonthlyUsd: number;
  readonly assumptions: readonly string[];
  readonly excluded: readonly string[];
}

/** The stack's region has no prices in the offline table. */
export class UnpricedRegionError extends Error {
  override readonly name = 'UnpricedRegionError';
  constructor(readonly region: string) {
    super(
      `no prices for ${JSON.stringify(region)} in the offline price table of ${awsPriceTable.asOf} (priced: ${pricedRegions().join(', ')}); add the region to src/data/aws-prices.ts to estimate its cost`,
    );
  }
}

/** AWS's convention for a month of hourly prices. */
export const HOURS_PER_MONTH = 730;

/** The usage the estimate assumes where the file says nothing; each one appears in the assumptions. */
export const usageAssumptions = {
  /** Average load balancer capacity units per hour: light interactive use. */
  albAverageLcu: 0.5,
  /** With minCapacity 0 the database pauses when idle; hours a day it is assumed awake. */
  pausedDatabaseActiveHoursPerDay: 8,
  /** Capacity while awake when minCapacity is 0: the smallest non-zero Serverless v2 capacity. */
  pausedDatabaseActiveAcu: 0.5,
  /** Aurora cluster volume. */
  auroraStorageGb: 20,
  /** Container logs ingested a month, all log groups together. */
  logsIngestGbPerMonth: 5,
} as const;

/**
 * The monthly cost of the stack an environment describes, at on-demand prices from the offline table.
 * Pure: the same environment always gives the same estimate. Throws UnpricedRegionError for a region
 * the table does not price.
 */
export function estimateCost(environment: ResolvedEnvironment): CostEstimate {
  const { region } = environment;
  const prices = regionPrices(region);
  if (prices === undefined) throw new UnpricedRegionError(region);

  const hours = HOURS_PER_MONTH;
  const used = new Set<PriceName>();
  /** For prices by type, the types priced. */
  const usedTypes = new Set<string>();
  const lines: CostLine[] = [];
  const assumptions: string[] = [
    `On-demand list prices of the offline table dated ${awsPriceTable.asOf}, ${hours} hours a month, before tax and discounts.`,
  ];
  const excluded: string[] = [
    'Amazon Bedrock model invocations (billed per token).',
    'Data transfer: internet egress and traffic between availability zones.',
    'S3 storage and requests (Dify files and plugin packages).',
    'Aurora backups beyond the free allowance (backup storage up to the cluster size is free) and manual snapshots.',
    'Aurora I/O requests (Aurora Standard bills them per million).',
    'CloudWatch metrics, alarms and Logs Insights queries; Secrets Manager API calls; Route 53 queries.',
  ];

  // Fargate: one line per service.
  const services = fargateServices(environment);
  const spot = awsPriceTable.fargateSpotDiscount;
  for (const service of services) {
    lines.push(fargateLine(service, prices.fargateVcpuHour, prices.fargateGbHour, spot, hours));
  }
  used.add('fargateVcpuHour').add('fargateGbHour');
  if (services.some((s) => s.spot && s.desiredCount > 0)) {
    assumptions.push(
      `Fargate Spot runs ${percent(spot)} below on-demand (AWS: "up to 70%"; Spot prices float).`,
    );
  }

  // Application Load Balancer: hours plus a baseline of capacity units.
  const lcu = usageAssumptions.albAverageLcu;
  lines.push({
    component: 'Application Load Balancer',
    detail: `1 load balancer: ${quantity(hours)} h + ${quantity(lcu)} LCU on average (${quantity(lcu * hours)} LCU-h)`,
    monthlyUsd: cents(hours * prices.albHour + lcu * hours * prices.albLcuHour),
  });
  used.add('albHour').add('albLcuHour');
  assumptions.push(`The load balancer averages ${quantity(lcu)} LCU (light interactive use).`);

  // Aurora Serverless v2: capacity at its floor, plus storage.
  const aurora = auroraPlan(environment);
  if (aurora.minCapacity === 0) {
    const activeHours = (hours * usageAssumptions.pausedDatabaseActiveHoursPerDay) / 24;
    const acuHours = usageAssumptions.pausedDatabaseActiveAcu * activeHours;
    lines.push({
      component: 'Aurora Serverless v2 capacity',
      detail: `pauses at 0 ACU; awake ${usageAssumptions.pausedDatabaseActiveHoursPerDay} h a day at ${quantity(usageAssumptions.pausedDatabaseActiveAcu)} ACU: ${quantity(acuHours)} ACU-h`,
      monthlyUsd: cents(acuHours * prices.auroraAcuHour),
    });
    assumptions.push(
      `The database (minimum 0 ACU) is awake ${usageAssumptions.pausedDatabaseActiveHoursPerDay} hours a day at ${quantity(usageAssumptions.pausedDatabaseActiveAcu)} ACU and paused otherwise.`,
    );
  } else {
    const acuHours = aurora.minCapacity * hours;
    lines.push({
      component: 'Aurora Serverless v2 capacity',
      detail: `${quantity(aurora.minCapacity)} ACU floor all month: ${quantity(acuHours)} ACU-h`,
      monthlyUsd: cents(acuHours * prices.auroraAcuHour),
    });
    assumptions.push(`The database stays at its minimum of ${quantity(aurora.minCapacity)} ACU.`);
  }
  assumptions.push('The Aurora cluster has one Serverless v2 instance (the writer) and no readers.');
  excluded.push(
    `Aurora capacity above the assumed level, as load scales it up to ${quantity(aurora.maxCapacity)} ACU.`,
  );
  used.add('auroraAcuHour');
  const storageGb = usageAssumptions.auroraStorageGb;
  lines.push({
    component: 'Aurora storage',
    detail: `${quantity(storageGb)} GB, Aurora Standard`,
    monthlyUsd: cents(storageGb * prices.auroraStorageGbMonth),
  });
  used.add('auroraStorageGbMonth');
  assumptions.push(`The Aurora cluster volume holds ${quantity(storageGb)} GB.`);

  // ElastiCache (Valkey).
  const cache = cachePlan(environment);
  const cacheType = pricedKey(prices.cacheNodeHour, cache.nodeType);
  if (cacheType !== undefined) {
    lines.push({
      component: 'ElastiCache (Valkey)',
      detail: `${plural(cache.nodes, 'node')} × ${cacheType}: ${quantity(cache.nodes * hours)} node-h`,
      monthlyUsd: cents(cache.nodes * hours * (prices.cacheNodeHour[cacheType] ?? 0)),
    });
    used.add('cacheNodeHour');
    usedTypes.add(cacheType);
  } else {
    lines.push({
      component: 'ElastiCache (Valkey)',
      detail: `${plural(cache.nodes, 'node')} of a node type the price table does not list: not counted`,
      monthlyUsd: 0,
    });
    excluded.push(
      'ElastiCache nodes: their node type has no price in the table (add it to src/data/aws-prices.ts).',
    );
  }

  // NAT.
  const nat = natPlan(environment);
  if (nat.kind === 'gateway') {
    lines.push({
      component: 'NAT',
      detail: `${plural(nat.count, 'NAT gateway')} (${nat.count === 1 ? 'single' : 'one per AZ'}): ${quantity(nat.count * hours)} h`,
      monthlyUsd: cents(nat.count * hours * prices.natGatewayHour),
    });
    used.add('natGatewayHour');
    excluded.push(
      `NAT gateway data processing (${usd(prices.natGatewayGb)} per GB in ${region}, on top of data transfer).`,
    );
    used.add('natGatewayGb');
  } else if (nat.kind === 'instance') {
    const instanceType = pricedKey(prices.ec2Hour, nat.instanceType);
    if (instanceType !== undefined) {
      lines.push({
        component: 'NAT',
        detail: `1 NAT instance, ${instanceType}: ${quantity(hours)} h`,
        monthlyUsd: cents(hours * (prices.ec2Hour[instanceType] ?? 0)),
      });
      used.add('ec2Hour');
      usedTypes.add(instanceType);
    } else {
      lines.push({
        component: 'NAT',
        detail: '1 NAT instance of a type the price table does not list: not counted',
        monthlyUsd: 0,
      });
      excluded.push(
        'The NAT instance: its instance type has no price in the table (add it to src/data/aws-prices.ts).',
      );
    }
    excluded.push("The NAT instance's EBS root volume.");
  } else {
    lines.push({
      component: 'NAT',
      detail:
        nat.reason === 'existing-vpc'
          ? 'none: the existing VPC routes its own egress'
          : 'none: closed network (egress none)',
      monthlyUsd: 0,
    });
  }

  // VPC endpoints: interface endpoints bill per ENI-hour; the S3 gateway endpoint is free.
  const endpoints = vpcEndpointPlan(environment);
  const zones = availabilityZoneCount(environment);
  const gatewayNote = endpoints.gateway.length > 0 ? '; S3 gateway endpoint free' : '';
  if (endpoints.interface.length > 0) {
    lines.push({
      component: 'VPC interface endpoints',
      detail: `${plural(endpoints.interface.length, 'interface endpoint')} × ${plural(zones, 'AZ')} = ${plural(endpoints.interfaceEnis, 'ENI')}: ${quantity(endpoints.interfaceEnis * hours)} ENI-h${gatewayNote}`,
      monthlyUsd: cents(endpoints.interfaceEnis * hours * prices.interfaceEndpointAzHour),
    });
    used.add('interfaceEndpointAzHour');
    excluded.push(`Interface endpoint data processing (${usd(prices.interfaceEndpointGb)} per GB).`);
    used.add('interfaceEndpointGb');
  } else {
    lines.push({
      component: 'VPC interface endpoints',
      detail: endpoints.gateway.length > 0 ? 'none; S3 gateway endpoint free' : 'none',
      monthlyUsd: 0,
    });
  }
  if (environment.dify.images.source === 'ecr') {
    excluded.push('ECR storage of the mirrored images.');
  }

  // Secrets Manager.
  const secretCount = stackSecrets(environment).length;
  lines.push({
    component: 'Secrets Manager',
    detail: `${plural(secretCount, 'secret')} created by the stack`,
    monthlyUsd: cents(secretCount * prices.secretMonth),
  });
  used.add('secretMonth');

  // Public IPv4 addresses.
  const ipv4 = publicIpv4Plan(environment);
  const holders = [
    ipv4.loadBalancer > 0 ? `${ipv4.loadBalancer} load balancer` : undefined,
    ipv4.nat > 0 ? `${ipv4.nat} NAT` : undefined,
  ].filter((holder): holder is string => holder !== undefined);
  lines.push({
    component: 'Public IPv4 addresses',
    detail:
      ipv4.total > 0
        ? `${plural(ipv4.total, 'address', 'addresses')} (${holders.join(', ')}): ${quantity(ipv4.total * hours)} address-h`
        : 'none: internal load balancer and no NAT',
    monthlyUsd: cents(ipv4.total * hours * prices.publicIpv4Hour),
  });
  if (ipv4.total > 0) used.add('publicIpv4Hour');

  // CloudWatch Logs: a stated volume, kept for the retention the file sets.
  const ingestGb = usageAssumptions.logsIngestGbPerMonth;
  const retentionDays = environment.operations.logRetentionDays;
  const storedGb = (ingestGb * retentionDays * 24) / hours;
  lines.push({
    component: 'CloudWatch Logs',
    detail: `${plural(containerLogGroups.length, 'log group')}: ${quantity(ingestGb)} GB ingested, kept ${retentionDays} days (${quantity(storedGb)} GB stored)`,
    monthlyUsd: cents(ingestGb * prices.logsIngestGb + storedGb * prices.logsStoreGbMonth),
  });
  used.add('logsIngestGb').add('logsStoreGbMonth');
  assumptions.push(
    `Containers write ${quantity(ingestGb)} GB of logs a month; stored logs are counted uncompressed at steady state.`,
  );

  const unconfirmed = prices.unconfirmed.filter(
    (u) => used.has(u.price) && (u.type === undefined || usedTypes.has(u.type)),
  );
  if (unconfirmed.length > 0) {
    const named = unconfirmed.map(
      (u) => `${priceLabels[u.price]}${u.type ? ` of ${u.type}` : ''} (${u.basis})`,
    );
    assumptions.push(`Prices not confirmed for ${region}, stand-ins used: ${named.join('; ')}.`);
  }

  return {
    region,
    currency: 'USD',
    hoursPerMonth: HOURS_PER_MONTH,
    lines,
    totalMonthlyUsd: cents(lines.reduce((sum, line) => sum + line.monthlyUsd, 0)),
    assumptions,
    excluded,
  };
}

function fargateLine(
  service: FargateService,
  vcpuHour: number,
  gbHour: number,
  spotDiscount: number,
  hours: number,
): CostLine {
  const vcpu = service.cpu / 1024;
  const gb = service.memory / 1024;
  const vcpuHours = service.desiredCount * vcpu * hours;
  const gbHours = service.desiredCount * gb * hours;
  const onDemand = vcpuHours * vcpuHour + gbHours * gbHour;
  const capacity = service.spot
    ? `Fargate Spot (${percent(spotDiscount)} off)`
    : service.name === 'beat'
      ? 'on-demand (beat never runs on Spot)'
      : 'on-demand';
  return {
    component: `Fargate: ${service.name}`,
    detail: `${plural(service.desiredCount, 'task')} × ${quantity(vcpu)} vCPU / ${quantity(gb)} GB: ${quantity(vcpuHours)} vCPU-h, ${quantity(gbHours)} GB-h; ${capacity}`,
    monthlyUsd: cents(service.spot ? onDemand * (1 - spotDiscount) : onDemand),
  };
}

/** The table's own spelling of a priced key, so that only the kit's strings reach the report. */
function pricedKey(table: Readonly<Record<string, number>>, key: string): string | undefined {
  return Object.keys(table).find((known) => known === key);
}

/** Rounds half up to cents; the tiny nudge absorbs binary representation error (0.145 is 0.14499…). */
export function cents(value: number): number {
  return Math.round(value * 100 + 1e-6) / 100;
}

function quantity(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

function usd(value: number): string {
  return `$${value.toLocaleString('en-US', { maximumFractionDigits: 4 })}`;
}

function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${quantity(count)} ${count === 1 ? noun : nouns}`;
}

/** The estimate, or why there is none (a region the table does not price). */
export function estimateCostIfPriced(
  environment: ResolvedEnvironment,
): { readonly cost: CostEstimate } | { readonly unavailable: string } {
  try {
    return { cost: estimateCost(environment) };
  } catch (error) {
    if (error instanceof UnpricedRegionError) return { unavailable: error.message };
    throw error;
  }
}
