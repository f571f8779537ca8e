import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { S3Client } from '@aws-sdk/client-s3';
import { STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentials } from '../../aws/credentials/index.js';

export interface AwsClients {
  readonly sts: STSClient;
  readonly cloudFormation: CloudFormationClient;
  readonly s3: S3Client;
}

/**
 * The SDK clients of one run, in one region. With a credentials provider (the
 * OIDC role's, refreshed before expiry) they get them in-process; without, each
 * client uses the default credential chain (environment, profile,
 * configure-aws-credentials' export).
 */
export function createAwsClients(
  region: string,
  credentials: (() => Promise<AwsCredentials>) | undefined,
): AwsClients {
  const config = credentials === undefined ? { region } : { region, credentials };
  return {
    sts: new STSClient(config),
    cloudFormation: new CloudFormationClient(config),
    s3: new S3Client(config),
  };
}

/**
 * The STS client that assumes the role: no credentials of its own (the OIDC
 * token is the proof), and one attempt per call, because assumeRoleWithOidc
 * retries transient failures itself.
 */
export function createOidcStsClient(region: string): STSClient {
  return new STSClient({ region, maxAttempts: 1 });
}
