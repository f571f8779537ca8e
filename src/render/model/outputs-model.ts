import type { ResolvedEnvironment } from '../../environment/resolve-environment.js';
import { getAtt, type Intrinsic, ref, sub } from '../intrinsics.js';
import { LogicalIds } from '../logical-ids.js';
import type { LoadBalancerModel } from './load-balancer-model.js';
import type { ServicesModel } from './services-model.js';

export interface OutputModel {
  readonly logicalId: string;
  readonly description: string;
  readonly value: Intrinsic | string;
}

/** Stack outputs: the URL, names operators look up, and the commands to reach the API container. */
export function buildOutputsModel(
  env: ResolvedEnvironment,
  loadBalancer: LoadBalancerModel,
  services: ServicesModel,
): OutputModel[] {
  const exec = (command: string) =>
    sub(
      `aws ecs execute-command --region \${AWS::Region} --cluster \${${LogicalIds.cluster}} --container api --interactive --command "${command}" --task $(aws ecs list-tasks --region \${AWS::Region} --cluster \${${LogicalIds.cluster}} --service-name \${${LogicalIds.apiService}.Name} --desired-status RUNNING --query 'taskArns[0]' --output text)`,
    );
  return [
    { logicalId: 'DifyUrl', description: 'The URL of Dify', value: loadBalancer.url },
    { logicalId: 'ClusterName', description: 'The ECS cluster', value: ref(LogicalIds.cluster) },
    {
      logicalId: 'ApiServiceName',
      description: 'The API service (api, plugin daemon, sandbox, SSRF proxy)',
      value: getAtt(LogicalIds.apiService, 'Name'),
    },
    {
      logicalId: 'WorkerServiceName',
      description: 'The Celery worker service',
      value: getAtt(LogicalIds.workerService, 'Name'),
    },
    {
      logicalId: 'BeatServiceName',
      description: 'The Celery beat service (always one task)',
      value: getAtt(LogicalIds.beatService, 'Name'),
    },
    {
      logicalId: 'WebServiceName',
      description: 'The web front-end service',
      value: getAtt(LogicalIds.webService, 'Name'),
    },
    {
      logicalId: 'ApiTaskDefinitionFamily',
      description: 'The task definition family of the API task',
      value: services.apiTaskFamily,
    },
    ...services.logGroups.map((group) => ({
      logicalId: `${group.logicalId}Name`,
      description: `The log group of the ${group.container} container`,
      value: ref(group.logicalId),
    })),
    {
      logicalId: 'DatabaseEndpoint',
      description: 'The Aurora cluster writer endpoint',
      value: getAtt(LogicalIds.databaseCluster, 'Endpoint.Address'),
    },
    {
      logicalId: 'ApiShellCommand',
      description: 'Open a shell in the api container (ECS Exec)',
      value: exec('bash'),
    },
    {
      logicalId: 'ApiFlaskCommand',
      description: 'Run a flask command in the api container, for example a migration step',
      value: exec(`bash -lc 'cd /app/api && flask --help'`),
    },
    {
      logicalId: 'StackEnvironment',
      description: 'The environment this stack was rendered from',
      value: env.name,
    },
  ];
}
