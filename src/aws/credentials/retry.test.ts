import { ExpiredTokenException, InvalidIdentityTokenException } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { networkError, recordingSleep, stsError } from './oidc-test-fixtures.js';
import { backoffDelay, isTransientError, retry } from './retry.js';

/** An operation that fails with each error in turn, then returns "done". */
function failingThen(...errors: unknown[]) {
  const calls: number[] = [];
  return {
    calls,
    operation: (attempt: number) => {
      calls.push(attempt);
      const error = errors[attempt - 1];
      return error === undefined ? Promise.resolve('done') : Promise.reject(error);
    },
  };
}

describe('retry', () => {
  it('retries throttling twice, with growing and bounded delays, then succeeds', async () => {
    const { sleep, delays } = recordingSleep();
    const throttled = stsError('Throttling', 400, 'Rate exceeded');
    const { operation, calls } = failingThen(throttled, throttled);
    await expect(
      retry(operation, { sleep, random: () => 0.5, baseDelayMs: 100, maxDelayMs: 1_000 }),
    ).resolves.toBe('done');
    expect(calls).toEqual([1, 2, 3]);
    expect(delays).toEqual([75, 150]);
  });

  it('never retries AccessDenied: one call, the error rethrown unchanged', async () => {
    const { sleep, delays } = recordingSleep();
    const denied = stsError('AccessDenied', 403, 'Not authorized to perform sts:AssumeRoleWithWebIdentity');
    const { operation, calls } = failingThen(denied);
    await expect(retry(operation, { sleep })).rejects.toBe(denied);
    expect(calls).toEqual([1]);
    expect(delays).toEqual([]);
  });

  it('stops after maxAttempts and rethrows the last failure, no delay above maxDelayMs', async () => {
    const { sleep, delays } = recordingSleep();
    const errors = Array.from({ length: 10 }, (_, i) =>
      stsError('ServiceUnavailable', 503, `outage ${i + 1}`),
    );
    const { operation, calls } = failingThen(...errors);
    await expect(
      retry(operation, { sleep, random: () => 0.999, maxAttempts: 6, baseDelayMs: 200, maxDelayMs: 1_000 }),
    ).rejects.toBe(errors[5]);
    expect(calls).toHaveLength(6);
    expect(delays).toEqual([200, 400, 800, 1_000, 1_000]);
  });

  it('makes one call when maxAttempts is 1 or less', async () => {
    const { sleep } = recordingSleep();
    const { operation, calls } = failingThen(networkError('ECONNRESET'));
    await expect(retry(operation, { sleep, maxAttempts: 0 })).rejects.toThrow('socket hang up');
    expect(calls).toEqual([1]);
  });

  it('asks the given predicate instead of the default one', async () => {
    const { sleep } = recordingSleep();
    const { operation, calls } = failingThen(new Error('flaky'));
    await expect(retry(operation, { sleep, isRetryable: () => true })).resolves.toBe('done');
    expect(calls).toEqual([1, 2]);
  });
});

describe('backoffDelay', () => {
  it('doubles a ceiling up to maxDelayMs and stays in its upper half', () => {
    const options = { baseDelayMs: 100, maxDelayMs: 500 };
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, { ...options, random: () => 0 }))).toEqual([
      50, 100, 200, 250,
    ]);
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, { ...options, random: () => 0.999999 }))).toEqual([
      100, 200, 400, 500,
    ]);
  });

  it('keeps an out-of-range random inside the bounds', () => {
    expect(backoffDelay(1, { baseDelayMs: 100, random: () => 7 })).toBe(100);
    expect(backoffDelay(1, { baseDelayMs: 100, random: () => -1 })).toBe(50);
  });
});

describe('isTransientError', () => {
  it.each([
    ['Throttling', stsError('Throttling', 400, 'Rate exceeded')],
    ['ThrottlingException', stsError('ThrottlingException', 400, 'Rate exceeded')],
    ['RequestLimitExceeded', stsError('RequestLimitExceeded', 400, 'Request limit exceeded')],
    ['IDPCommunicationError', stsError('IDPCommunicationErrorException', 400, 'could not reach the IdP')],
    ['ServiceUnavailable', stsError('ServiceUnavailable', 503, 'unavailable')],
    ['InternalFailure', stsError('InternalFailure', 500, 'internal failure')],
    ['an unknown 5xx', stsError('SomethingNew', 502, 'bad gateway')],
    ['a 429', stsError('SomethingNew', 429, 'too many')],
    ['ECONNRESET', networkError('ECONNRESET')],
    ['ETIMEDOUT under a cause', new Error('request failed', { cause: networkError('ETIMEDOUT') })],
    [
      "InvalidIdentityToken: Couldn't retrieve verification key (GitHub's key endpoint under load)",
      new InvalidIdentityTokenException({
        $metadata: { httpStatusCode: 400 },
        message: "Couldn't retrieve verification key from your identity provider",
      }),
    ],
  ])('retries %s', (_, error) => {
    expect(isTransientError(error)).toBe(true);
  });

  it.each([
    ['AccessDenied', stsError('AccessDenied', 403, 'Not authorized')],
    ['AccessDenied, even with a 5xx', stsError('AccessDenied', 503, 'Not authorized')],
    [
      'InvalidIdentityToken',
      new InvalidIdentityTokenException({
        $metadata: { httpStatusCode: 400 },
        message: 'Incorrect token audience',
      }),
    ],
    ['ExpiredToken', new ExpiredTokenException({ $metadata: { httpStatusCode: 400 }, message: 'expired' })],
    ['ValidationError', stsError('ValidationError', 400, '1 validation error detected')],
    ['a plain Error', new Error('ACTIONS_ID_TOKEN_REQUEST_URL')],
    ['a DNS name that does not exist', networkError('ENOTFOUND')],
    ['a thrown string', 'boom'],
  ])('does not retry %s', (_, error) => {
    expect(isTransientError(error)).toBe(false);
  });
});
