import { findRelease } from './dify-versions.js';
import type { Environment } from './environment.types.js';
import { DEFAULT_STACK_PREFIX, defaultStackName, ENVIRONMENT_TAG_KEY } from './stack-prefix.js';
import { defaultVpcEndpoints, type VpcEndpointName } from './vpc-endpoints.js';

/**
 * An environment with every default decided: the schema's own defaults plus
 * those that depend on other fields (stack name, Bedrock region, image
 * versions that go with the Dify release, the VPC endpoint set), and the
 * `dify-aws-kit:environment` tag, which the bootstrap's IAM conditions rely on
 * and which no tag of the file can override.
 */
export type ResolvedEnvironment = Omit<Environment, 'stackName' | 'bedrock' | 'dify' | 'network'> & {
  readonly stackName: string;
  readonly bedrock: Environment['bedrock'] & { readonly region: string };
  readonly dify: Omit<Environment['dify'], 'pluginDaemonVersion' | 'sandboxVersion'> & {
    /** undefined when the Dify version is not in the release table (IMG002 reports it). */
    readonly pluginDaemonVersion: string | undefined;
    readonly sandboxVersion: string | undefined;
  };
  readonly network: Environment['network'] & { readonly vpcEndpoints: VpcEndpointName[] };
};

export function resolveEnvironment(environment: Environment): ResolvedEnvironment {
  const release = findRelease(environment.dify.version);
  const stackPrefix = environment.stackPrefix ?? DEFAULT_STACK_PREFIX;
  return {
    ...environment,
    stackPrefix,
    stackName: environment.stackName ?? defaultStackName(stackPrefix, environment.name),
    tags: { ...environment.tags, [ENVIRONMENT_TAG_KEY]: environment.name },
    bedrock: { ...environment.bedrock, region: environment.bedrock.region ?? environment.region },
    dify: {
      ...environment.dify,
      pluginDaemonVersion: environment.dify.pluginDaemonVersion ?? release?.pluginDaemon ?? undefined,
      sandboxVersion: environment.dify.sandboxVersion ?? release?.sandbox,
    },
    network: {
      ...environment.network,
      vpcEndpoints: environment.network.vpcEndpoints ?? defaultVpcEndpoints(environment),
    },
  };
}
