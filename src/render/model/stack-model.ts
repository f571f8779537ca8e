import type { ResolvedEnvironment } from '../../environment/resolve-environment.js';
import { tagList } from '../intrinsics.js';
import { LogicalIds } from '../logical-ids.js';
import { buildDataModel, type DataModel } from './data-model.js';
import { buildEmailModel, type EmailModel } from './email-model.js';
import { buildIamModel, type IamModel } from './iam-model.js';
import { buildLoadBalancerModel, type LoadBalancerModel } from './load-balancer-model.js';
import { buildNetworkModel, type NetworkModel } from './network-model.js';
import { buildOutputsModel, type OutputModel } from './outputs-model.js';
import { buildSecretsModel, type SecretsModel } from './secrets-model.js';
import {
  buildServicesModel,
  PLUGIN_DAEMON_PORT,
  SANDBOX_PORT,
  type ServicesModel,
  SSRF_PROXY_PORT,
} from './services-model.js';

/** Everything the templates lay out, decided in TypeScript: the templates hold no logic beyond loops and ifs. */
export interface StackModel {
  readonly description: string;
  readonly metadata: {
    readonly environment: string;
    readonly description?: string;
    readonly difyVersion: string;
    readonly renderedBy: string;
  };
  readonly network: NetworkModel;
  readonly securityGroups: {
    /** The endpoint security group also admits SMTP (587) for the SES SMTP endpoint. */
    readonly smtpEndpoint: boolean;
    readonly taskPorts: readonly { readonly port: number; readonly description: string }[];
    /**
     * Task to task, source and target the task security group: the ports of the API task's plugin daemon,
     * sandbox and SSRF proxy, which the worker reaches through service discovery. Nothing else.
     */
    readonly taskSelfIngress: readonly {
      readonly logicalId: string;
      readonly port: number;
      readonly description: string;
    }[];
    readonly tags: Readonly<
      Record<'loadBalancer' | 'task' | 'database' | 'cache' | 'endpoint', { Key: string; Value: string }[]>
    >;
  };
  readonly loadBalancer: LoadBalancerModel;
  readonly secrets: SecretsModel;
  readonly data: DataModel;
  readonly iam: IamModel;
  readonly services: ServicesModel;
  readonly email?: EmailModel;
  readonly outputs: readonly OutputModel[];
}

export function buildStackModel(env: ResolvedEnvironment, kitVersion: string): StackModel {
  const tags = (suffix: string) => tagList(`${env.stackName}-${suffix}`, env.tags);
  const network = buildNetworkModel(env);
  const loadBalancer = buildLoadBalancerModel(env, network);
  const secrets = buildSecretsModel(env);
  const data = buildDataModel(env, network);
  const email = env.email ? buildEmailModel(env) : undefined;
  const iam = buildIamModel(env, secrets, data, email);
  const services = buildServicesModel(env, { network, loadBalancer, secrets, data, iam, email });
  return {
    description: `Dify ${env.dify.version} for the ${env.name} environment (dify-aws-kit)`,
    metadata: {
      environment: env.name,
      ...(env.description !== undefined ? { description: env.description } : {}),
      difyVersion: env.dify.version,
      renderedBy: `dify-aws-kit ${kitVersion}`,
    },
    network,
    securityGroups: {
      smtpEndpoint: env.network.vpcEndpoints.includes('email-smtp'),
      taskPorts: [
        { port: 5001, description: 'API from the load balancer' },
        { port: 5002, description: 'Plugin daemon endpoints from the load balancer' },
        { port: 3000, description: 'Web from the load balancer' },
      ],
      taskSelfIngress: [
        {
          port: PLUGIN_DAEMON_PORT,
          description: 'Plugin daemon of the API tasks from the Dify tasks (worker)',
        },
        { port: SANDBOX_PORT, description: 'Sandbox of the API tasks from the Dify tasks (worker)' },
        { port: SSRF_PROXY_PORT, description: 'SSRF proxy of the API tasks from the Dify tasks (worker)' },
      ].map((rule) => ({ logicalId: LogicalIds.taskSelfIngress(rule.port), ...rule })),
      tags: {
        loadBalancer: tags('alb'),
        task: tags('tasks'),
        database: tags('database'),
        cache: tags('cache'),
        endpoint: tags('endpoints'),
      },
    },
    loadBalancer,
    secrets,
    data,
    iam,
    services,
    ...(email ? { email } : {}),
    outputs: buildOutputsModel(env, loadBalancer, services),
  };
}
