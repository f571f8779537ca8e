import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import { certificateLocation } from './dom002-certificate-location.js';

const arn = (region: string, account: string) =>
  `arn:aws:acm:${region}:${account}:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b`;
const withCertificate = (certificate: string) => contextFor({ domain: { certificate } });

describe('DOM002 certificate location', () => {
  it('accepts a certificate of the stack region and account, and a created one', () => {
    expect(certificateLocation.check(withCertificate(arn('ap-northeast-1', '123456789012')))).toEqual([]);
    expect(certificateLocation.check(contextFor())).toEqual([]);
    expect(certificateLocation.check(contextFor({ domain: undefined }))).toEqual([]);
  });

  it('refuses a certificate of another region', () => {
    expect(certificateLocation.check(withCertificate(arn('eu-west-1', '123456789012')))).toEqual([
      {
        pointer: '/domain/certificate',
        message: 'the certificate is in "eu-west-1", but the load balancer is in "ap-northeast-1"',
        hint: 'A load balancer takes certificates from its own region only: request or import one in ap-northeast-1.',
      },
    ]);
  });

  it('recognises a CloudFront certificate from us-east-1', () => {
    const [finding] = certificateLocation.check(withCertificate(arn('us-east-1', '123456789012')));
    expect(finding?.hint).toBe(
      'A load balancer takes certificates from its own region only (us-east-1 is for CloudFront): request or import one in ap-northeast-1.',
    );
  });

  it('refuses a certificate of another account', () => {
    expect(certificateLocation.check(withCertificate(arn('ap-northeast-1', '210987654321')))).toEqual([
      {
        pointer: '/domain/certificate',
        message:
          'the certificate belongs to account "210987654321", not this environment\'s account "123456789012"',
        hint: 'A load balancer takes certificates from its own account only: request or import one in account 123456789012.',
      },
    ]);
  });

  it('reports both when region and account differ', () => {
    const findings = certificateLocation.check(withCertificate(arn('eu-west-1', '210987654321')));
    expect(findings.map((f) => f.message)).toEqual([
      'the certificate is in "eu-west-1", but the load balancer is in "ap-northeast-1"',
      'the certificate belongs to account "210987654321", not this environment\'s account "123456789012"',
    ]);
  });
});
