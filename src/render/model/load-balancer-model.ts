import type { ResolvedEnvironment } from '../../environment/resolve-environment.js';
import { getAtt, type Intrinsic, tagList } from '../intrinsics.js';
import { LogicalIds } from '../logical-ids.js';
import type { NetworkModel } from './network-model.js';

/** Dify's own nginx routes these to the API (exact and with a trailing /*). */
export const API_PATH_PREFIXES = ['/console/api', '/api', '/v1', '/files', '/mcp', '/triggers'] as const;
/** …and these to the plugin daemon. */
export const PLUGIN_DAEMON_PATHS = ['/e', '/e/*'] as const;
/** An ALB path-pattern condition takes at most five values. */
export const MAX_PATHS_PER_CONDITION = 5;
/** SSE responses stream for minutes: the ALB must not cut an idle connection first. */
export const IDLE_TIMEOUT_SECONDS = 900;
export const TLS_POLICY = 'ELBSecurityPolicy-TLS13-1-2-2021-06';

export interface IngressRule {
  readonly cidr: string;
  readonly port: number;
  readonly description: string;
}

export interface ListenerRuleModel {
  readonly logicalId: string;
  readonly priority: number;
  readonly paths: readonly string[];
  readonly targetGroup: string;
}

export interface TargetGroupModel {
  readonly logicalId: string;
  readonly port: number;
  readonly healthCheckPath: string;
  readonly tags: { Key: string; Value: string }[];
}

export interface LoadBalancerModel {
  readonly scheme: 'internet-facing' | 'internal';
  readonly subnetIds: readonly (Intrinsic | string)[];
  readonly ingress: readonly IngressRule[];
  readonly https: boolean;
  /** The certificate: created (DNS-validated in the hosted zone) or given. */
  readonly certificate?:
    | { readonly create: true; readonly hostName: string; readonly hostedZoneId: string }
    | { readonly arn: string };
  readonly aliasRecord?: { readonly hostName: string; readonly hostedZoneId: string };
  /** The listener the routing rules attach to. */
  readonly routingListener: string;
  readonly rules: readonly ListenerRuleModel[];
  readonly targetGroups: readonly TargetGroupModel[];
  readonly idleTimeoutSeconds: number;
  readonly tlsPolicy: string;
  readonly tags: { Key: string; Value: string }[];
  readonly url: Intrinsic | string;
}

export function buildLoadBalancerModel(env: ResolvedEnvironment, network: NetworkModel): LoadBalancerModel {
  const { scheme, allowedCidrs } = env.network.loadBalancer;
  const domain = env.domain;
  const https = domain !== undefined;
  const sources = allowedCidrs ?? (scheme === 'internal' ? [network.vpcCidr] : ['0.0.0.0/0']);
  const ports = https ? [443, 80] : [80];
  const ingress = ports.flatMap((port) =>
    sources.map((cidr) => ({
      cidr,
      port,
      description: port === 443 ? 'HTTPS to Dify' : https ? 'HTTP, redirected to HTTPS' : 'HTTP to Dify',
    })),
  );
  const tags = (suffix: string) => tagList(`${env.stackName}-${suffix}`, env.tags);
  const targetGroups = [
    { logicalId: LogicalIds.apiTargetGroup, port: 5001, healthCheckPath: '/health', tags: tags('api') },
    {
      logicalId: LogicalIds.pluginDaemonTargetGroup,
      port: 5002,
      healthCheckPath: '/health/check',
      tags: tags('plugin-daemon'),
    },
    { logicalId: LogicalIds.webTargetGroup, port: 3000, healthCheckPath: '/', tags: tags('web') },
  ];
  const apiPaths = [...API_PATH_PREFIXES, ...API_PATH_PREFIXES.map((p) => `${p}/*`)];
  const rules = [
    ...chunk(apiPaths, MAX_PATHS_PER_CONDITION).map((paths, i) => ({
      logicalId: `ApiRoute${i + 1}`,
      priority: 10 + i,
      paths,
      targetGroup: LogicalIds.apiTargetGroup,
    })),
    {
      logicalId: 'PluginDaemonRoute',
      priority: 20,
      paths: [...PLUGIN_DAEMON_PATHS],
      targetGroup: LogicalIds.pluginDaemonTargetGroup,
    },
  ];

  let certificate: LoadBalancerModel['certificate'];
  if (domain) {
    certificate =
      domain.certificate === 'create'
        ? { create: true, hostName: domain.hostName, hostedZoneId: domain.hostedZoneId ?? '' }
        : { arn: domain.certificate };
  }

  return {
    scheme,
    subnetIds: scheme === 'internet-facing' ? network.publicSubnetIds : network.privateSubnetIds,
    ingress,
    https,
    ...(certificate ? { certificate } : {}),
    ...(domain?.hostedZoneId
      ? { aliasRecord: { hostName: domain.hostName, hostedZoneId: domain.hostedZoneId } }
      : {}),
    routingListener: https ? LogicalIds.httpsListener : LogicalIds.httpListener,
    rules,
    targetGroups,
    idleTimeoutSeconds: IDLE_TIMEOUT_SECONDS,
    tlsPolicy: TLS_POLICY,
    tags: tags('alb'),
    url: domain
      ? `https://${domain.hostName}`
      : { 'Fn::Join': ['', ['http://', getAtt(LogicalIds.loadBalancer, 'DNSName')]] },
  };
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
