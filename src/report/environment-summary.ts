import type { ResolvedEnvironment } from '../environment/resolve-environment.js';

export interface SummaryRow {
  readonly aspect: string;
  readonly value: string;
}

/** What the environment will be, in a few rows a reviewer can take in at a glance. */
export function summarizeEnvironment(env: ResolvedEnvironment): SummaryRow[] {
  const vpc = env.network.vpc;
  const network =
    vpc.mode === 'create'
      ? `new VPC ${vpc.cidr} across ${vpc.availabilityZones} AZs`
      : `existing VPC ${vpc.id} (${vpc.cidr}), ${vpc.privateSubnets.length} private subnets`;
  const egress = {
    'nat-gateway': `NAT gateway (${env.network.natGateways})`,
    'nat-instance': `NAT instance (${env.network.natInstanceType})`,
    none: 'none: closed network with VPC endpoints',
  }[env.network.egress];
  const lb = env.network.loadBalancer;
  const access = lb.allowedCidrs
    ? listCidrs(lb.allowedCidrs)
    : lb.scheme === 'internal'
      ? 'the VPC'
      : 'anyone';
  const s = env.dify.services;
  const size = (t: { cpu: number; memory: number }) => `${t.cpu / 1024} vCPU / ${t.memory / 1024} GiB`;
  const models = env.bedrock.models;
  return [
    { aspect: 'Stack', value: `${env.stackName} in ${env.region}, account ${env.accountId}` },
    {
      aspect: 'Dify',
      value: `${env.dify.version} (plugin daemon ${env.dify.pluginDaemonVersion ?? 'unknown'}, sandbox ${env.dify.sandboxVersion ?? 'unknown'}), images from ${env.dify.images.source}${env.dify.autoMigrateDatabase ? '' : ', automatic migration off'}`,
    },
    {
      aspect: 'Network',
      value: `${network}; egress ${egress}; endpoints ${env.network.vpcEndpoints.join(', ')}`,
    },
    {
      aspect: 'Entry',
      value: `${lb.scheme} load balancer open to ${access}; ${env.domain ? `https://${env.domain.hostName}` : 'plain HTTP (no domain)'}`,
    },
    {
      aspect: 'Services',
      value: `api ${size(s.api)} × ${s.api.desiredCount}, worker ${size(s.worker)} × ${s.worker.desiredCount}, web ${size(s.web)} × ${s.web.desiredCount}, beat ${size(s.beat)} × 1${env.dify.fargateSpot ? '; Fargate Spot' : ''}`,
    },
    {
      aspect: 'Data',
      value: `Aurora Serverless v2 ${env.database.minCapacity}–${env.database.maxCapacity} ACU, ${env.database.backupRetentionDays}-day backups${env.database.deletionProtection ? ', deletion protection' : ''}; ${env.cache.nodeType} with ${counted(env.cache.replicas, 'replica')}`,
    },
    {
      aspect: 'Bedrock',
      value: `${env.bedrock.region}, residency ${env.bedrock.dataResidency}, cross-region ${env.bedrock.crossRegionInference ? 'allowed' : 'off'}; ${[...models.chat, ...models.embedding, ...models.rerank].join(', ')}`,
    },
  ];
}

function listCidrs(cidrs: readonly string[]): string {
  const shown = cidrs.slice(0, 3).join(', ');
  return cidrs.length > 3 ? `${shown} and ${cidrs.length - 3} more` : shown;
}

function counted(count: number, noun: string): string {
  return count === 0 ? `no ${noun}` : `${count} ${noun}${count === 1 ? '' : 's'}`;
}
