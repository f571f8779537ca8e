import {
  AssumeRoleWithWebIdentityCommand,
  type AssumeRoleWithWebIdentityCommandOutput,
  type STSClient,
} from '@aws-sdk/client-sts';
import { CredentialError, explainCredentialFailure } from './credential-errors.js';
import { type RetryOptions, retry } from './retry.js';
import { parseRoleArn } from './role-arn.js';
import { isValidRoleSessionName, ROLE_SESSION_NAME_LIMITS } from './session-name.js';

/** Temporary credentials for a role; assignable to an SDK client's `credentials`. */
export interface AwsCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  readonly expiration: Date;
}

export interface AssumeRoleWithOidcOptions {
  /** The full ARN of the role to assume: arn:aws:iam::ACCOUNT:role/NAME. */
  readonly roleArn: string;
  /** GitHub's OIDC token for an audience: `core.getIDToken` in an action. */
  readonly getIdToken: (audience: string) => Promise<string>;
  /** The token's `aud`, which the IAM identity provider must list. Default "sts.amazonaws.com". */
  readonly audience?: string;
  /** See roleSessionName(). */
  readonly sessionName: string;
  /** How long the credentials last, 900 to 43200 seconds. Default: STS's, one hour. */
  readonly durationSeconds?: number;
  /** The STS region, named in error messages. */
  readonly region: string;
  /**
   * Build it with `maxAttempts: 1`: this function retries transient failures
   * itself, and the SDK's own retries would multiply them.
   */
  readonly sts: STSClient;
  /** Hides a value from every later log line: `core.setSecret` in an action. */
  readonly maskSecret: (value: string) => void;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  readonly maxAttempts?: number;
  readonly maxDelayMs?: number;
}

export const DEFAULT_AUDIENCE = 'sts.amazonaws.com';
const DURATION_SECONDS = { min: 900, max: 43_200 } as const;

/**
 * Exchanges GitHub's OIDC token for the role's temporary credentials
 * (STS AssumeRoleWithWebIdentity). Each credential value is masked as soon as
 * STS returns it, before anything else happens. Throttling and transient
 * failures are retried with backoff; every failure is a CredentialError.
 */
export async function assumeRoleWithOidc(options: AssumeRoleWithOidcOptions): Promise<AwsCredentials> {
  const { roleArn, sessionName, durationSeconds, region, sts, maskSecret } = options;
  const audience = options.audience ?? DEFAULT_AUDIENCE;
  checkRequest(roleArn, sessionName, durationSeconds);
  const retryOptions: RetryOptions = {
    ...(options.sleep ? { sleep: options.sleep } : {}),
    ...(options.random ? { random: options.random } : {}),
    ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
    ...(options.maxDelayMs !== undefined ? { maxDelayMs: options.maxDelayMs } : {}),
  };

  let idToken: string;
  try {
    idToken = await retry(() => options.getIdToken(audience), retryOptions);
  } catch (error) {
    throw explainCredentialFailure(error, { step: 'get-id-token', audience });
  }

  let response: AssumeRoleWithWebIdentityCommandOutput;
  try {
    response = await retry(
      () =>
        sts.send(
          new AssumeRoleWithWebIdentityCommand({
            RoleArn: roleArn,
            RoleSessionName: sessionName,
            WebIdentityToken: idToken,
            ...(durationSeconds !== undefined ? { DurationSeconds: durationSeconds } : {}),
          }),
        ),
      retryOptions,
    );
  } catch (error) {
    throw explainCredentialFailure(error, { step: 'assume-role', roleArn, idToken, region });
  }

  const { AccessKeyId, SecretAccessKey, SessionToken, Expiration } = response.Credentials ?? {};
  // Mask first: from here on, any of these may end up in a log line.
  for (const value of [AccessKeyId, SecretAccessKey, SessionToken]) if (value) maskSecret(value);
  if (!AccessKeyId || !SecretAccessKey || !SessionToken || !(Expiration instanceof Date)) {
    throw new CredentialError(
      'incomplete-response',
      `STS assumed ${roleArn} but returned incomplete credentials`,
      'Re-run the job; if it happens again, report it to AWS support with the time of the run.',
    );
  }
  return {
    accessKeyId: AccessKeyId,
    secretAccessKey: SecretAccessKey,
    sessionToken: SessionToken,
    expiration: Expiration,
  };
}

/** Refuses, before any call, what STS would refuse anyway, with a clearer message. */
function checkRequest(roleArn: string, sessionName: string, durationSeconds: number | undefined): void {
  if (parseRoleArn(roleArn) === undefined) {
    throw new CredentialError(
      'invalid-request',
      `role-arn ${JSON.stringify(roleArn)} is not the ARN of an IAM role`,
      'Give the full ARN, arn:aws:iam::ACCOUNT:role/NAME (the bootstrap stack outputs it), not the role name.',
    );
  }
  if (!isValidRoleSessionName(sessionName)) {
    const { minLength, maxLength } = ROLE_SESSION_NAME_LIMITS;
    throw new CredentialError(
      'invalid-request',
      `the role session name ${JSON.stringify(sessionName)} is not one STS accepts`,
      `A session name has ${minLength} to ${maxLength} characters among letters, digits and _+=,.@-; roleSessionName() builds one from the repository and run id.`,
    );
  }
  if (
    durationSeconds !== undefined &&
    !(
      Number.isInteger(durationSeconds) &&
      durationSeconds >= DURATION_SECONDS.min &&
      durationSeconds <= DURATION_SECONDS.max
    )
  ) {
    throw new CredentialError(
      'invalid-request',
      `duration-seconds ${durationSeconds} is out of range`,
      `Give a whole number of seconds from ${DURATION_SECONDS.min} (15 minutes) to ${DURATION_SECONDS.max} (12 hours), within the role's maximum session duration.`,
    );
  }
}
