import type { Environment } from './environment.types.js';

export type VpcEndpointName = NonNullable<Environment['network']['vpcEndpoints']>[number];

export interface RequiredEndpoint {
  readonly name: VpcEndpointName;
  /** Why Dify cannot run without it in a closed network. */
  readonly reason: string;
}

/** The endpoints a closed network (egress none) cannot do without, and why. */
export function closedNetworkEndpoints(
  environment: Pick<Environment, 'operations' | 'email'>,
): RequiredEndpoint[] {
  const required: RequiredEndpoint[] = [
    { name: 's3', reason: 'ECR image layers, Dify files and plugin packages are read from S3' },
    { name: 'ecr.api', reason: 'Fargate authenticates to ECR to pull images' },
    { name: 'ecr.dkr', reason: 'Fargate pulls image manifests from ECR' },
    { name: 'logs', reason: 'the awslogs driver sends container logs to CloudWatch Logs' },
    { name: 'secretsmanager', reason: 'containers receive their generated secrets from Secrets Manager' },
    { name: 'ssm', reason: 'containers receive SSM parameters as secrets' },
    { name: 'ssmmessages', reason: 'ECS Exec (and so the migrate-v1 workflow) opens its session through it' },
    { name: 'bedrock-runtime', reason: 'Dify invokes Bedrock models through it' },
    { name: 'bedrock', reason: 'the Bedrock plugin resolves inference profiles through the control plane' },
  ];
  if (environment.email) {
    required.push({ name: 'email-smtp', reason: 'Dify sends its mail through the SES SMTP interface' });
  }
  if (environment.operations.execSessionKmsKeyArn) {
    required.push({ name: 'kms', reason: 'ECS Exec sessions are encrypted with a customer KMS key' });
  }
  return required;
}

/** The endpoint set used when the file does not list one. */
export function defaultVpcEndpoints(
  environment: Pick<Environment, 'network' | 'operations'>,
): VpcEndpointName[] {
  if (environment.network.egress === 'none') return closedNetworkEndpoints(environment).map((e) => e.name);
  // An existing VPC with egress keeps whatever endpoints it has; the kit adds none unasked.
  if (environment.network.vpc.mode === 'existing') return [];
  // The S3 gateway endpoint is free and keeps image layers and files off the NAT.
  return ['s3'];
}
