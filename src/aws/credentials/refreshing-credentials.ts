import type { AwsCredentials } from './assume-role-with-oidc.js';

/** New credentials are fetched this long before the current ones expire (the SDK's own margin). */
export const REFRESH_BEFORE_EXPIRY_MS = 5 * 60_000;

export interface RefreshingCredentialsOptions {
  /** Fresh credentials: a new OIDC token exchanged with STS (`assumeRoleWithOidc`). */
  readonly assume: () => Promise<AwsCredentials>;
  /** The time, from the run's clock. */
  readonly now: () => number;
  readonly log?: (line: string) => void;
}

/** A provider the SDK calls before each request (an SDK client's `credentials`); `current` is what it hands out now. */
export interface RefreshingCredentials {
  readonly provider: () => Promise<AwsCredentials>;
  current(): AwsCredentials;
}

/**
 * Credentials for SDK clients that outlive one role session: assumed once now
 * (so that a failure stops the run before anything starts), then assumed again
 * with a new OIDC token whenever a request comes within five minutes of their
 * expiry. A deploy that waits for CloudFormation longer than the session
 * (an hour by default) goes on, instead of ending in ExpiredToken.
 * A refresh that fails throws its CredentialError from the request that needed it.
 */
export async function refreshingCredentials(
  options: RefreshingCredentialsOptions,
): Promise<RefreshingCredentials> {
  let current = await options.assume();
  let pending: Promise<AwsCredentials> | undefined;
  const provider = async (): Promise<AwsCredentials> => {
    if (options.now() >= current.expiration.getTime() - REFRESH_BEFORE_EXPIRY_MS) {
      // Requests that need new credentials at the same time share one refresh.
      pending ??= options
        .assume()
        .then((fresh) => {
          current = fresh;
          options.log?.(`role credentials refreshed; they expire at ${fresh.expiration.toISOString()}`);
          return fresh;
        })
        .finally(() => {
          pending = undefined;
        });
      return pending;
    }
    return current;
  };
  // The SDK wraps a provider in its own cache, which decides expiry by the system clock
  // and calls the provider only then (@aws-sdk/core, normalizeCredentialProvider); this
  // provider caches and decides by the run's clock itself, so it is marked as already
  // memoized and the SDK asks it before every request.
  Object.assign(provider, { memoized: true });
  return { provider, current: () => current };
}
