import { ExpiredTokenException } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { failureFacts } from './aws-error.js';
import { networkError, stsError } from './oidc-test-fixtures.js';

describe('failureFacts', () => {
  it('reads the code and status of an unmodelled AWS error', () => {
    expect(failureFacts(stsError('AccessDenied', 403, 'Not authorized'))).toEqual({
      code: 'AccessDenied',
      httpStatus: 403,
      networkCode: undefined,
      message: 'Not authorized',
    });
  });

  it('drops the Exception suffix of a modelled STS exception', () => {
    const error = new ExpiredTokenException({ $metadata: { httpStatusCode: 400 }, message: 'expired' });
    expect(failureFacts(error).code).toBe('ExpiredToken');
  });

  it('falls back to the Code field of a plain Error', () => {
    expect(failureFacts(Object.assign(new Error('slow down'), { Code: 'Throttling' })).code).toBe(
      'Throttling',
    );
  });

  it('finds a network code on the error or on its cause', () => {
    expect(failureFacts(networkError('ECONNRESET')).networkCode).toBe('ECONNRESET');
    const wrapped = new TypeError('fetch failed', { cause: networkError('ETIMEDOUT') });
    expect(failureFacts(wrapped).networkCode).toBe('ETIMEDOUT');
  });

  it('describes a thrown non-object', () => {
    expect(failureFacts('boom')).toEqual({
      code: undefined,
      httpStatus: undefined,
      networkCode: undefined,
      message: 'boom',
    });
  });
});
