import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import { certificateValidationZone } from './dom001-certificate-validation-zone.js';

const certificateArn =
  'arn:aws:acm:ap-northeast-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';

describe('DOM001 certificate validation zone', () => {
  it('accepts a created certificate with a hosted zone, an existing certificate without one, and no domain', () => {
    expect(certificateValidationZone.check(contextFor())).toEqual([]);
    expect(
      certificateValidationZone.check(
        contextFor({ domain: { hostedZoneId: undefined, certificate: certificateArn } }),
      ),
    ).toEqual([]);
    expect(certificateValidationZone.check(contextFor({ domain: undefined }))).toEqual([]);
  });

  it('refuses a created certificate (the default) without a hosted zone', () => {
    expect(certificateValidationZone.check(contextFor({ domain: { hostedZoneId: undefined } }))).toEqual([
      {
        pointer: '/domain/hostedZoneId',
        message:
          'the certificate for "dify.example.com" cannot be validated by DNS without domain.hostedZoneId',
        hint: 'Set domain.hostedZoneId to the Route 53 hosted zone that holds the host name, or set domain.certificate to the ARN of an ACM certificate that covers it.',
      },
    ]);
  });
});
