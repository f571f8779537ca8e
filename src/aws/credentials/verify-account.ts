import { GetCallerIdentityCommand, type STSClient } from '@aws-sdk/client-sts';
import { CredentialError, explainCredentialFailure } from './credential-errors.js';
import { type RetryOptions, retry } from './retry.js';

/** Who the credentials are, as STS sees them. */
export interface CallerIdentity {
  readonly accountId: string;
  readonly arn: string;
}

/**
 * Asks STS who the credentials belong to (GetCallerIdentity, retried on
 * throttling and transient errors) and refuses any account but the expected
 * one, so a deploy never starts against the wrong account.
 */
export async function verifyAccount(
  sts: STSClient,
  expectedAccountId: string,
  retryOptions: RetryOptions = {},
): Promise<CallerIdentity> {
  let identity: { Account?: string | undefined; Arn?: string | undefined };
  try {
    identity = await retry(() => sts.send(new GetCallerIdentityCommand({})), retryOptions);
  } catch (error) {
    throw explainCredentialFailure(error, { step: 'verify-account', expectedAccountId });
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
