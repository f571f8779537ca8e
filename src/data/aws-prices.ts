/**
 * Offline AWS price table for the monthly cost estimate that preflight shows.
 *
 * On-demand list prices in USD, Linux/x86 unless stated, before tax, without Savings Plans, Reserved
 * Instances, credits or the free tier. Every number is tagged in a comment with the key of its source in
 * docs/data-sources/aws-prices.md:
 *
 *  - [PL]   the AWS Price List (bulk offer files or GetProducts), read through a dated copy another project kept;
 *  - [AWS]  an AWS pricing page, blog or documentation;
 *  - [2nd]  a named secondary source (a blog or repository that quotes AWS), with its date;
 *  - [copy] NOT confirmed for this region: the figure of the region named, used as a stand-in. Every such
 *           price is also listed in the region's `unconfirmed`, and the estimate says so in its assumptions.
 *
 * AWS's pricing pages render regional prices with JavaScript, so the page text could rarely be used; the
 * sources note explains what was read and what could not be confirmed. Where a [copy] is likely to be low
 * (Frankfurt and Osaka usually price above N. Virginia), the note says so.
 *
 * How to update: read each price from the Price List API
 * (`aws pricing get-products --service-code <code> --region us-east-1 --filters Type=TERM_MATCH,Field=usagetype,Value=<usagetype>`;
 * usage types are named in docs/data-sources/aws-prices.md), replace [copy] entries as they are confirmed and
 * remove them from `unconfirmed`, then bump `asOf` and update the sources note.
 */

/** Hourly or monthly unit prices of one region. */
export interface RegionPrices {
  /** Fargate Linux/x86, per vCPU-hour (usage type Fargate-vCPU-Hours:perCPU). */
  readonly fargateVcpuHour: number;
  /** Fargate Linux/x86, per GB-hour of task memory (Fargate-GB-Hours). */
  readonly fargateGbHour: number;
  /** Application Load Balancer, per ALB-hour (LoadBalancerUsage). */
  readonly albHour: number;
  /** Application Load Balancer, per LCU-hour (LCUUsage). */
  readonly albLcuHour: number;
  /** Aurora PostgreSQL Serverless v2, Aurora Standard, per ACU-hour (Aurora:ServerlessV2Usage). */
  readonly auroraAcuHour: number;
  /** Aurora Standard storage, per GB-month (Aurora:StorageUsage). */
  readonly auroraStorageGbMonth: number;
  /** ElastiCache for Valkey, node-based, per node-hour, by node type (NodeUsage:<type>). */
  readonly cacheNodeHour: Readonly<Record<string, number>>;
  /** NAT gateway, per gateway-hour (NatGateway-Hours). */
  readonly natGatewayHour: number;
  /** NAT gateway data processing, per GB (NatGateway-Bytes). Only named in the estimate's exclusions. */
  readonly natGatewayGb: number;
  /** EC2 on-demand Linux, per instance-hour, by instance type (BoxUsage:<type>); the NAT instance sizes. */
  readonly ec2Hour: Readonly<Record<string, number>>;
  /** Interface VPC endpoint, per endpoint per AZ per hour (VpcEndpoint-Hours). */
  readonly interfaceEndpointAzHour: number;
  /** Interface VPC endpoint data processing, first tier, per GB (VpcEndpoint-Bytes). Only named in exclusions. */
  readonly interfaceEndpointGb: number;
  /** Secrets Manager, per secret-month (AWSSecretsManager-Secrets). */
  readonly secretMonth: number;
  /** Public IPv4 address in use, per address-hour (PublicIPv4:InUseAddress). */
  readonly publicIpv4Hour: number;
  /** CloudWatch Logs Standard ingestion, per GB (DataProcessing-Bytes). */
  readonly logsIngestGb: number;
  /** CloudWatch Logs storage, per GB-month (TimedStorage-ByteHrs). */
  readonly logsStoreGbMonth: number;
  /** Prices of this region that are stand-ins, not confirmed for it (see the [copy] tags). */
  readonly unconfirmed: readonly UnconfirmedPrice[];
}

export type PriceName = Exclude<keyof RegionPrices, 'unconfirmed'>;

export interface UnconfirmedPrice {
  readonly price: PriceName;
  /** For a price by type (cache node, EC2 instance): the one type concerned; absent, every type. */
  readonly type?: string;
  /** Where the stand-in figure comes from, as a short phrase for the estimate's assumptions. */
  readonly basis: string;
}

/** What each price is, for sentences about it. */
export const priceLabels: Readonly<Record<PriceName, string>> = {
  fargateVcpuHour: 'Fargate vCPU-hour',
  fargateGbHour: 'Fargate GB-hour',
  albHour: 'ALB hour',
  albLcuHour: 'ALB LCU-hour',
  auroraAcuHour: 'Aurora Serverless v2 ACU-hour',
  auroraStorageGbMonth: 'Aurora storage GB-month',
  cacheNodeHour: 'ElastiCache node-hour',
  natGatewayHour: 'NAT gateway hour',
  natGatewayGb: 'NAT gateway data processing',
  ec2Hour: 'EC2 instance hour',
  interfaceEndpointAzHour: 'interface endpoint hour',
  interfaceEndpointGb: 'interface endpoint data processing',
  secretMonth: 'Secrets Manager secret-month',
  publicIpv4Hour: 'public IPv4 address-hour',
  logsIngestGb: 'CloudWatch Logs ingestion',
  logsStoreGbMonth: 'CloudWatch Logs storage',
};

const copiedFromUsEast1 = 'copied from us-east-1';
const copiedFromTokyo = 'copied from ap-northeast-1';

/** Every price of the region named is a stand-in except those listed. */
function unconfirmedExcept(basis: string, confirmed: readonly PriceName[]): UnconfirmedPrice[] {
  return (Object.keys(priceLabels) as PriceName[])
    .filter((price) => !confirmed.includes(price))
    .map((price) => ({ price, basis }));
}

// N. Virginia. EC2 t4g sizes [PL: Karpenter's generated price list, 2026-07-20]; the same figures are used as
// stand-ins elsewhere because no regional t4g price could be confirmed.
const usEast1Ec2: Readonly<Record<string, number>> = {
  't4g.nano': 0.0042,
  't4g.micro': 0.0084,
  't4g.small': 0.0168,
};

const usEast1: RegionPrices = {
  fargateVcpuHour: 0.04048, // [2nd: factualminds 2026-06; Vantage; togen price fixture 2026-09-05]
  fargateGbHour: 0.004445, // [2nd: factualminds 2026-06; Vantage; togen price fixture 2026-09-05]
  albHour: 0.0225, // [2nd: cost note quoting the ELB regional offer; togen price fixture 2026-09-05]
  albLcuHour: 0.008, // [2nd: cost note quoting the ELB regional offer; togen price fixture 2026-09-05]
  auroraAcuHour: 0.12, // [PL: Pricing API via AWS Pricing MCP, SKU AVKW7ZJP8D72HNQC, effective 2025-10-01]
  auroraStorageGbMonth: 0.1, // [2nd: jusdb, us-east-1 Aurora Standard storage]
  cacheNodeHour: {
    // Valkey is 20% below the Redis OSS node price [AWS: ElastiCache pricing page].
    'cache.t4g.micro': 0.0128, // Redis OSS $0.016 [2nd: CUR public on-demand rate; togen price fixture] × 0.8
    'cache.r7g.large': 0.1752, // [2nd: Netflix service-capacity-modeling Valkey fixture] = Redis OSS $0.219 × 0.8
  },
  natGatewayHour: 0.045, // [PL: togen snapshot of the AmazonEC2 offer 20260904231117]
  natGatewayGb: 0.045, // [AWS: VPC pricing page example] [2nd: c3x]
  ec2Hour: usEast1Ec2,
  interfaceEndpointAzHour: 0.01, // [2nd: c3x aws_vpc_endpoint page]
  interfaceEndpointGb: 0.01, // [AWS: PrivateLink pricing, first 1 PB]
  secretMonth: 0.4, // [AWS: Secrets Manager pricing page, read 2026-09-20 by api-evangelist]
  publicIpv4Hour: 0.005, // [AWS: public IPv4 charge announcement, all regions, since 2024-02-01]
  logsIngestGb: 0.5, // [2nd: c3x and hykell, us-east-1, 2026-06]
  logsStoreGbMonth: 0.03, // [2nd: c3x and hykell, us-east-1, 2026-06]
  unconfirmed: [],
};

// Oregon: Fargate, NAT and IPv4 confirmed; everything else is N. Virginia's figure (AWS usually prices
// us-west-2 like us-east-1, but that was not checked here).
const usWest2: RegionPrices = {
  ...usEast1, // [copy: us-east-1] for every price not set below
  fargateVcpuHour: 0.04048, // [2nd: fgcalc regional table; defang estimate output for USW2]
  fargateGbHour: 0.004445, // [2nd: fgcalc regional table; defang estimate output for USW2]
  natGatewayHour: 0.045, // [PL: togen snapshot of the AmazonEC2 offer 20260904231117]
  publicIpv4Hour: 0.005, // [AWS: all regions]
  unconfirmed: unconfirmedExcept(copiedFromUsEast1, [
    'fargateVcpuHour',
    'fargateGbHour',
    'natGatewayHour',
    'publicIpv4Hour',
  ]),
};

// Tokyo.
const apNortheast1: RegionPrices = {
  fargateVcpuHour: 0.05056, // [PL: read 2026-08-27 (oshisuki notes); 2026-09 (JP cost table)] [2nd: fgcalc]
  fargateGbHour: 0.00553, // [PL: read 2026-08-27 (oshisuki notes); 2026-09 (JP cost table)] [2nd: fgcalc]
  albHour: 0.0243, // [PL: APN1-LoadBalancerUsage, read 2026-08-27] [2nd: darcy-it]
  albLcuHour: 0.008, // [PL: APN1-LCUUsage, read 2026-08-27] [2nd: darcy-it]
  auroraAcuHour: 0.2, // [2nd: Qiita panda_ebarou, quoting the AWS Aurora pricing page for Tokyo]
  auroraStorageGbMonth: 0.12, // [2nd: Zenn hiren, Tokyo Aurora Standard vs I/O-Optimized table]
  cacheNodeHour: {
    // [2nd, approximate] Redis OSS "~$0.025/hr" (finops skill note, APN1-NodeUsage) × 0.8 for Valkey.
    'cache.t4g.micro': 0.02,
    // [PL: raw GetProducts 2026-07-23] APN1-NodeUsage:cache.r7g.large, Valkey = Redis OSS $0.263 × 0.8.
    'cache.r7g.large': 0.2104,
  },
  natGatewayHour: 0.062, // [PL: togen snapshot, 20260904231117; milk-camera cost model, 2026-09-23]
  natGatewayGb: 0.062, // [PL: APN1-NatGateway-Bytes, milk-camera cost model, 2026-09-23]
  ec2Hour: usEast1Ec2, // [copy: us-east-1] no Tokyo t4g price could be confirmed
  interfaceEndpointAzHour: 0.014, // [PL: APN1-VpcEndpoint-Hours, retrieved 2026-09-13 and 2026-09-23]
  interfaceEndpointGb: 0.01, // [PL: APN1-VpcEndpoint-Bytes, 2026-09-23]
  secretMonth: 0.4, // [PL: APN1-AWSSecretsManager-Secrets, 2026-09-23]
  publicIpv4Hour: 0.005, // [PL: APN1-PublicIPv4:InUseAddress] [AWS: all regions]
  logsIngestGb: 0.76, // [PL: APN1-DataProcessing-Bytes, 2026-09-23] [2nd: awsi.click]
  logsStoreGbMonth: 0.033, // [2nd: awsi.click, ap-northeast-1]
  unconfirmed: [
    { price: 'cacheNodeHour', type: 'cache.t4g.micro', basis: 'derived from an approximate Redis OSS rate' },
    { price: 'ec2Hour', basis: copiedFromUsEast1 },
  ],
};

// Osaka: only NAT and IPv4 confirmed; everything else is Tokyo's figure (EC2 stays N. Virginia's).
const apNortheast3: RegionPrices = {
  ...apNortheast1, // [copy: ap-northeast-1] for every price not set below
  natGatewayHour: 0.062, // [PL: togen snapshot of the AmazonEC2 offer 20260904231117, APN3-NatGateway-Hours]
  publicIpv4Hour: 0.005, // [AWS: all regions]
  unconfirmed: [
    ...unconfirmedExcept(copiedFromTokyo, ['natGatewayHour', 'publicIpv4Hour', 'ec2Hour']),
    { price: 'ec2Hour', basis: copiedFromUsEast1 },
  ],
};

// Frankfurt: Fargate, NAT hour, interface endpoints and IPv4 confirmed; the rest is N. Virginia's figure,
// which is probably LOW for Frankfurt (see the sources note).
const euCentral1: RegionPrices = {
  ...usEast1, // [copy: us-east-1] for every price not set below
  fargateVcpuHour: 0.04656, // [PL: EUC1-Fargate-vCPU-Hours:perCPU rate card, effective 2026-07-07] [2nd: fgcalc]
  fargateGbHour: 0.00511, // [PL: EUC1-Fargate-GB-Hours rate card, effective 2026-07-07] [2nd: fgcalc]
  natGatewayHour: 0.052, // [PL: togen snapshot 20260904231117; CUR-measured flat $0.0520/h]
  natGatewayGb: 0.052, // [copy: equal to its hourly rate, as in every region confirmed]
  interfaceEndpointAzHour: 0.012, // [PL: EUC1-VpcEndpoint-Hours, cross-checked against CUR, 2026-09]
  interfaceEndpointGb: 0.01, // [PL: EUC1-VpcEndpoint-Bytes first tier, 2026-09-22]
  publicIpv4Hour: 0.005, // [AWS: all regions]
  unconfirmed: [
    ...unconfirmedExcept(copiedFromUsEast1, [
      'fargateVcpuHour',
      'fargateGbHour',
      'natGatewayHour',
      'natGatewayGb',
      'interfaceEndpointAzHour',
      'interfaceEndpointGb',
      'publicIpv4Hour',
    ]),
    { price: 'natGatewayGb', basis: 'assumed equal to the NAT gateway hourly rate' },
  ],
};

export const awsPriceTable = {
  asOf: '2026-11-22',
  currency: 'USD',
  sources:
    'AWS Price List figures read through dated copies in public repositories (2025-10 to 2026-09), AWS pricing pages, and named secondary sources; see docs/data-sources/aws-prices.md',
  /**
   * Fargate Spot discount assumed off the on-demand price. Spot prices float: AWS says "up to 70%"; a
   * regional snapshot (fgcalc, undated) showed 61% (Tokyo) to 69% (N. Virginia). An ASSUMPTION, not a price.
   */
  fargateSpotDiscount: 0.7,
  regions: {
    'us-east-1': usEast1,
    'us-west-2': usWest2,
    'ap-northeast-1': apNortheast1,
    'ap-northeast-3': apNortheast3,
    'eu-central-1': euCentral1,
  } as Readonly<Record<string, RegionPrices>>,
} as const;

export function pricedRegions(): string[] {
  return Object.keys(awsPriceTable.regions);
}

export function regionPrices(region: string): RegionPrices | undefined {
  return Object.hasOwn(awsPriceTable.regions, region) ? awsPriceTable.regions[region] : undefined;
}
