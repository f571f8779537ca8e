import type { ResolvedEnvironment } from '../environment/resolve-environment.js';
import type { VpcEndpointName } from '../environment/vpc-endpoints.js';
import { EmailLogicalIds } from '../render/model/email-model.js';
import { buildSecretsModel } from '../render/model/secrets-model.js';

/*
 * What the stack contains, as small pure functions of the resolved environment.
 * The CloudFormation renderer and the cost estimate both read the stack's shape
 * from here, so the estimate prices exactly what the template creates.
 */

/** How many availability zones the stack spreads over. */
export function availabilityZoneCount(environment: ResolvedEnvironment): number {
  const { vpc } = environment.network;
  if (vpc.mode === 'create') return vpc.availabilityZones;
  return new Set(vpc.privateSubnets.map((subnet) => subnet.availabilityZone)).size;
}

/** The NAT the stack creates for private subnets' internet egress. */
export type NatPlan =
  | { readonly kind: 'none'; readonly reason: 'existing-vpc' | 'closed-network' }
  | { readonly kind: 'gateway'; readonly count: number; readonly elasticIps: number }
  | { readonly kind: 'instance'; readonly instanceType: string; readonly publicIpv4: 1 };

/**
 * NAT gateways (one per AZ, or a single one) each with an Elastic IP; or one
 * NAT instance with a public IPv4 address; or nothing. With an existing VPC
 * the kit creates no NAT at all, whatever egress says: the subnets already
 * route somewhere.
 */
export function natPlan(environment: ResolvedEnvironment): NatPlan {
  const { network } = environment;
  if (network.vpc.mode === 'existing') return { kind: 'none', reason: 'existing-vpc' };
  switch (network.egress) {
    case 'none':
      return { kind: 'none', reason: 'closed-network' };
    case 'nat-instance':
      return { kind: 'instance', instanceType: network.natInstanceType, publicIpv4: 1 };
    case 'nat-gateway': {
      const count = network.natGateways === 'single' ? 1 : availabilityZoneCount(environment);
      return { kind: 'gateway', count, elasticIps: count };
    }
  }
}

/** VPC endpoints that are gateway endpoints (free, no ENI); every other one is an interface endpoint. */
export const gatewayEndpointNames: readonly VpcEndpointName[] = ['s3'];

export interface VpcEndpointPlan {
  readonly gateway: readonly VpcEndpointName[];
  readonly interface: readonly VpcEndpointName[];
  /** One ENI per interface endpoint per availability zone: what interface endpoints bill by. */
  readonly interfaceEnis: number;
}

export function vpcEndpointPlan(environment: ResolvedEnvironment): VpcEndpointPlan {
  const names = environment.network.vpcEndpoints;
  const gateway = names.filter((name) => gatewayEndpointNames.includes(name));
  const interfaceEndpoints = names.filter((name) => !gatewayEndpointNames.includes(name));
  return {
    gateway,
    interface: interfaceEndpoints,
    interfaceEnis: interfaceEndpoints.length * availabilityZoneCount(environment),
  };
}

export interface LoadBalancerPlan {
  readonly scheme: 'internet-facing' | 'internal';
  /** An internet-facing ALB holds one public IPv4 address per availability zone. */
  readonly publicIpv4: number;
}

export function loadBalancerPlan(environment: ResolvedEnvironment): LoadBalancerPlan {
  const { scheme } = environment.network.loadBalancer;
  return {
    scheme,
    publicIpv4: scheme === 'internet-facing' ? availabilityZoneCount(environment) : 0,
  };
}

export type FargateServiceName = 'api' | 'worker' | 'web' | 'beat';

export interface FargateService {
  readonly name: FargateServiceName;
  /** Task CPU units (1024 = 1 vCPU). */
  readonly cpu: number;
  /** Task memory in MiB. */
  readonly memory: number;
  readonly desiredCount: number;
  /** Runs on the FARGATE_SPOT capacity provider. */
  readonly spot: boolean;
}

/**
 * The four ECS services. The API task also holds the plugin daemon, sandbox
 * and SSRF proxy containers, within its own size. Beat always runs exactly one
 * task on regular Fargate: an interrupted scheduler misses its schedules.
 */
export function fargateServices(environment: ResolvedEnvironment): FargateService[] {
  const { services, fargateSpot } = environment.dify;
  return [
    { name: 'api', ...sized(services.api), desiredCount: services.api.desiredCount, spot: fargateSpot },
    {
      name: 'worker',
      ...sized(services.worker),
      desiredCount: services.worker.desiredCount,
      spot: fargateSpot,
    },
    { name: 'web', ...sized(services.web), desiredCount: services.web.desiredCount, spot: fargateSpot },
    { name: 'beat', ...sized(services.beat), desiredCount: 1, spot: false },
  ];
}

function sized(task: { readonly cpu: number; readonly memory: number }): { cpu: number; memory: number } {
  return { cpu: task.cpu, memory: task.memory };
}

export interface AuroraPlan {
  /** Lowest capacity in ACUs; 0 lets the cluster pause when idle. */
  readonly minCapacity: number;
  readonly maxCapacity: number;
  /** Serverless v2 DB instances in the cluster: one writer. */
  readonly instances: 1;
}

export function auroraPlan(environment: ResolvedEnvironment): AuroraPlan {
  const { minCapacity, maxCapacity } = environment.database;
  return { minCapacity, maxCapacity, instances: 1 };
}

export interface CachePlan {
  readonly nodeType: string;
  /** The primary plus its replicas. */
  readonly nodes: number;
}

export function cachePlan(environment: ResolvedEnvironment): CachePlan {
  return { nodeType: environment.cache.nodeType, nodes: 1 + environment.cache.replicas };
}

/**
 * The Secrets Manager secrets the stack creates (each billed per month), by
 * logical id: read from the secrets and email areas themselves, so the
 * estimate cannot drift from what is rendered.
 */
export function stackSecrets(environment: ResolvedEnvironment): string[] {
  const secrets = buildSecretsModel(environment);
  return [
    secrets.databaseMaster.logicalId,
    ...secrets.generated.map((s) => s.logicalId),
    secrets.celeryBrokerUrl.logicalId,
    ...(environment.email ? [EmailLogicalIds.smtpCredentialsSecret] : []),
  ];
}

export type ContainerName = 'api' | 'worker' | 'beat' | 'web' | 'plugin-daemon' | 'sandbox' | 'ssrf-proxy';

/** One CloudWatch Logs log group per container. */
export const containerLogGroups: readonly ContainerName[] = [
  'api',
  'worker',
  'beat',
  'web',
  'plugin-daemon',
  'sandbox',
  'ssrf-proxy',
];

/** Public IPv4 addresses the stack holds, by what holds them. */
export interface PublicIpv4Plan {
  readonly loadBalancer: number;
  readonly nat: number;
  readonly total: number;
}

export function publicIpv4Plan(environment: ResolvedEnvironment): PublicIpv4Plan {
  const loadBalancer = loadBalancerPlan(environment).publicIpv4;
  const nat = natPlan(environment);
  const natAddresses = nat.kind === 'gateway' ? nat.elasticIps : nat.kind === 'instance' ? nat.publicIpv4 : 0;
  return { loadBalancer, nat: natAddresses, total: loadBalancer + natAddresses };
}
