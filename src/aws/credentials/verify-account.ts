import { GetCallerIdentityCommand, type STSClient } from '@aws-sdk/client-sts';
import { failureFacts } from './aws-error.js';
import { CredentialError, explainCredentialFailure } from './credential-errors.js';
import { isTransientError, type RetryOptions, retry } from './retry.js';

/** Who the credentials are, as STS sees them. */
export interface CallerIdentity {
  readonly accountId: string;
  readonly arn: string;
}

/**
 * Retries for credentials just assumed: STS may not know them yet everywhere
 * (IAM is eventually consistent), and answers InvalidClientTokenId for a few
 * seconds. About 20 s in all, then the failure stands.
 */
const JUST_ASSUMED_RETRY = { maxAttempts: 6, baseDelayMs: 1_000, maxDelayMs: 8_000 } as const;

/**
 * Asks STS who the credentials belong to (GetCallerIdentity, retried on
 * throttling and transient errors) and refuses any account but the expected
 * one, so a deploy never starts against the wrong account. Credentials just
 * assumed as `assumedRoleArn` are also given time to spread (InvalidClientTokenId
 * is retried briefly); those of the default chain are not.
 */
export async function verifyAccount(
  sts: STSClient,
  expectedAccountId: string,
  retryOptions: RetryOptions = {},
  assumedRoleArn?: string,
): Promise<CallerIdentity> {
  let identity: { Account?: string | undefined; Arn?: string | undefined };
  const options: RetryOptions =
    assumedRoleArn === undefined
      ? retryOptions
      : {
          ...JUST_ASSUMED_RETRY,
          ...retryOptions,
          isRetryable: (error) =>
            isTransientError(error) || failureFacts(error).code === 'InvalidClientTokenId',
        };
  try {
    identity = await retry(() => sts.send(new GetCallerIdentityCommand({})), options);
  } catch (error) {
    throw explainCredentialFailure(error, { step: 'verify-account', expectedAccountId, assumedRoleArn });
  }
  const accountId = identity.Account ?? '';
  const arn = identity.Arn ?? '';
  if (accountId !== expectedAccountId) {
    throw new CredentialError(
      'account-mismatch',
      `the credentials are for AWS account ${JSON.stringify(accountId)} (${arn || 'no ARN'}), but environment.json's accountId is ${JSON.stringify(expectedAccountId)}: the run stops before touching anything`,
      `Use a role in account ${expectedAccountId} (role-arn arn:aws:iam::${expectedAccountId}:role/NAME) or a profile for it; if the environment moved, correct accountId in environment.json.`,
    );
  }
  return { accountId, arn };
}
