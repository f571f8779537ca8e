import * as core from '@actions/core';
import {
  type AwsCredentials,
  assumeRoleWithOidc,
  type CallerIdentity,
  type RefreshingCredentials,
  refreshingCredentials,
  roleSessionName,
  verifyAccount,
} from '../../aws/credentials/index.js';
import type { Clock } from '../../aws/deploy/index.js';
import { type AwsClients, createAwsClients, createOidcStsClient } from './aws-clients.js';
import * as log from './log.js';

export interface CredentialInputs {
  readonly roleArn: string | undefined;
  readonly audience: string;
  readonly roleDurationSeconds: number | undefined;
  readonly exportCredentials: boolean;
}

export interface AuthenticatedClients {
  readonly clients: AwsClients;
  readonly identity: CallerIdentity;
}

/**
 * The AWS clients of the run, proven to be in the environment's account:
 * with role-arn, GitHub's OIDC token exchanged for the role's credentials
 * (masked by assumeRoleWithOidc before anything else sees them), handed to the
 * clients in-process, refreshed with a new token before they expire, and
 * exported only when asked; without, the default chain. GetCallerIdentity then
 * runs before any other call, and a wrong account stops the run.
 */
export async function authenticate(
  inputs: CredentialInputs,
  region: string,
  accountId: string,
  clock: Clock,
): Promise<AuthenticatedClients> {
  let credentials: RefreshingCredentials | undefined;
  if (inputs.roleArn !== undefined) {
    const roleArn = inputs.roleArn;
    const sessionName = roleSessionName(
      process.env.GITHUB_REPOSITORY ?? 'local',
      process.env.GITHUB_RUN_ID ?? '0',
    );
    credentials = await refreshingCredentials({
      // Each time: a new OIDC token (the job may ask for one until it ends), exchanged with STS.
      assume: () =>
        assumeRoleWithOidc({
          roleArn,
          getIdToken: (audience) => core.getIDToken(audience),
          audience: inputs.audience,
          sessionName,
          ...(inputs.roleDurationSeconds === undefined
            ? {}
            : { durationSeconds: inputs.roleDurationSeconds }),
          region,
          sts: createOidcStsClient(region),
          maskSecret: (value) => core.setSecret(value),
          sleep: (ms) => clock.sleep(ms),
        }),
      now: () => clock.now(),
      log: (line) => log.info(line),
    });
    log.info(`assumed ${roleArn} with GitHub's OIDC token`);
    if (inputs.exportCredentials) exportCredentials(credentials.current(), region);
  } else {
    log.info('no role-arn: using the default AWS credential chain');
  }
  const clients = createAwsClients(region, credentials?.provider);
  const identity = await verifyAccount(
    clients.sts,
    accountId,
    { sleep: (ms) => clock.sleep(ms) },
    inputs.roleArn,
  );
  log.info(`AWS account ${identity.accountId} confirmed (${identity.arn})`);
  return { clients, identity };
}

/**
 * For later steps of the job; the values were masked when STS returned them. These are
 * the first credentials: the refreshed ones stay inside this step.
 */
function exportCredentials(credentials: AwsCredentials, region: string): void {
  core.exportVariable('AWS_ACCESS_KEY_ID', credentials.accessKeyId);
  core.exportVariable('AWS_SECRET_ACCESS_KEY', credentials.secretAccessKey);
  core.exportVariable('AWS_SESSION_TOKEN', credentials.sessionToken);
  core.exportVariable('AWS_REGION', region);
  core.exportVariable('AWS_DEFAULT_REGION', region);
}
