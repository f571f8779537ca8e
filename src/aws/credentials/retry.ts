import { failureFacts } from './aws-error.js';

export interface RetryOptions {
  /** Calls in all, the first included. Default 5. */
  readonly maxAttempts?: number;
  /** The ceiling of the first delay; it doubles on each retry. Default 200 ms. */
  readonly baseDelayMs?: number;
  /** No delay is longer than this. Default 5,000 ms. */
  readonly maxDelayMs?: number;
  /** Waits between attempts; tests pass one that records the delay and returns at once. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** A number in [0, 1) that spreads the delays; Math.random by default. */
  readonly random?: () => number;
  /** Which failures are worth another attempt; isTransientError by default. */
  readonly isRetryable?: (error: unknown) => boolean;
}

export const DEFAULT_RETRY = { maxAttempts: 5, baseDelayMs: 200, maxDelayMs: 5_000 } as const;

/** Codes that mean "slow down": AWS will answer if asked again later. */
const THROTTLING = new Set([
  'Throttling',
  'RequestLimitExceeded',
  'TooManyRequests',
  'RequestThrottled',
  'ProvisionedThroughputExceeded',
  'SlowDown',
]);

/** Codes that mean AWS, or the identity provider behind it, failed for a moment. */
const TRANSIENT = new Set([
  'IDPCommunicationError',
  'ServiceUnavailable',
  'InternalFailure',
  'InternalError',
  'InternalServerError',
  'RequestTimeout',
  'TimeoutError',
]);

/**
 * Codes that asking again cannot fix, even when they come with a 5xx: a policy,
 * a token or the request itself is wrong. Checked first, so they always stop.
 */
const NEVER_RETRIED = new Set([
  'AccessDenied',
  'InvalidIdentityToken',
  'ExpiredToken',
  'IDPRejectedClaim',
  'Validation',
  'ValidationError',
  'MalformedPolicyDocument',
  'PackedPolicyTooLarge',
  'RegionDisabled',
  'InvalidClientTokenId',
  'InvalidParameterValue',
  'MissingParameter',
  'AbortError',
]);

/** A dropped, refused or timed-out connection, or a DNS lookup that may work next time. */
const NETWORK = new Set([
  'ECONNRESET',
  'ETIMEDOUT',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
]);

/**
 * STS could not fetch the identity provider's signing keys to check the token
 * ("InvalidIdentityToken: Couldn't retrieve verification key from your identity
 * provider"): GitHub's key endpoint did not answer STS in time, as happens under
 * load. The token and the provider are fine; asking again usually works.
 */
export function isIdentityProviderUnreachable(error: unknown): boolean {
  const { code, message } = failureFacts(error);
  return code === 'InvalidIdentityToken' && /retrieve verification key/i.test(message);
}

/** Throttling, a server-side failure or a network error: worth another attempt after a pause. */
export function isTransientError(error: unknown): boolean {
  const { code, httpStatus, networkCode } = failureFacts(error);
  if (isIdentityProviderUnreachable(error)) return true;
  if (code !== undefined && NEVER_RETRIED.has(code)) return false;
  if (code !== undefined && (THROTTLING.has(code) || TRANSIENT.has(code))) return true;
  if (networkCode !== undefined && NETWORK.has(networkCode)) return true;
  return httpStatus !== undefined && (httpStatus === 429 || httpStatus >= 500);
}

/**
 * The delay before retry number `retry` (1 for the first retry): exponential,
 * capped at maxDelayMs, and jittered in its upper half ("equal jitter") so that
 * parallel runs spread out but never retry at once.
 */
export function backoffDelay(retry: number, options: RetryOptions = {}): number {
  const base = options.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs;
  const max = options.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs;
  const ceiling = Math.min(max, base * 2 ** (retry - 1));
  const random = Math.min(Math.max((options.random ?? Math.random)(), 0), 1);
  return Math.round(ceiling / 2 + (random * ceiling) / 2);
}

/**
 * Calls `operation` until it succeeds, a failure is not retryable, or
 * maxAttempts calls have been made; then rethrows the last failure unchanged.
 */
export async function retry<T>(
  operation: (attempt: number) => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const maxAttempts = Math.max(1, Math.floor(options.maxAttempts ?? DEFAULT_RETRY.maxAttempts));
  const isRetryable = options.isRetryable ?? isTransientError;
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      if (attempt >= maxAttempts || !isRetryable(error)) throw error;
      await sleep(backoffDelay(attempt, options));
    }
  }
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
