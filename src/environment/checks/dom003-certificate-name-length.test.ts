import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import { certificateNameLength } from './dom003-certificate-name-length.js';

/** A host name of `length` characters under example.com, in labels of at most 40. */
function hostOf(length: number): string {
  let name = 'example.com';
  while (name.length < length) {
    const label = Math.min(40, length - name.length - 1);
    name = `${'a'.repeat(Math.max(label, 1))}.${name}`;
  }
  return name;
}

describe('DOM003 certificate name length', () => {
  it('accepts a created certificate for a host name of up to 64 characters', () => {
    expect(certificateNameLength.check(contextFor())).toEqual([]);
    expect(certificateNameLength.check(contextFor({ domain: { hostName: hostOf(64) } }))).toEqual([]);
  });

  it('refuses a created certificate for a longer host name, at the host name', () => {
    expect(certificateNameLength.check(contextFor({ domain: { hostName: hostOf(65) } }))).toEqual([
      {
        pointer: '/domain/hostName',
        message:
          'the host name is 65 characters long; ACM requests a certificate only for a name of at most 64',
        hint: 'Use a shorter host name, or import a certificate that covers it (for example a wildcard of its parent domain) and set domain.certificate to its ARN.',
      },
    ]);
  });

  it('leaves an imported certificate alone', () => {
    const certificate =
      'arn:aws:acm:ap-northeast-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';
    expect(
      certificateNameLength.check(contextFor({ domain: { hostName: hostOf(100), certificate } })),
    ).toEqual([]);
  });
});
