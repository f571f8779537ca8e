import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import { fromAddressDomain } from './eml001-from-address-domain.js';

const email = (sendingDomain: string, fromAddress: string) =>
  contextFor({ email: { sendingDomain, fromAddress } });

describe('EML001 from-address domain', () => {
  it('accepts no email, an address at the domain, at a subdomain, and in another case', () => {
    expect(fromAddressDomain.check(contextFor())).toEqual([]);
    expect(fromAddressDomain.check(email('example.com', 'dify@example.com'))).toEqual([]);
    expect(fromAddressDomain.check(email('example.com', 'dify@mail.example.com'))).toEqual([]);
    expect(fromAddressDomain.check(email('Example.COM', 'dify@MAIL.example.com'))).toEqual([]);
  });

  it('refuses an address of another domain', () => {
    expect(fromAddressDomain.check(email('example.com', 'dify@example.org'))).toEqual([
      {
        pointer: '/email/fromAddress',
        message: '"dify@example.org" is not an address of the sending domain "example.com"',
        hint: "SES sends only from its verified domain and the domain's subdomains: use an address at example.com, or change email.sendingDomain.",
      },
    ]);
  });

  it('refuses a domain that merely ends with the same letters', () => {
    expect(fromAddressDomain.check(email('example.com', 'dify@badexample.com'))).toHaveLength(1);
  });

  it('refuses the parent of the sending domain', () => {
    expect(fromAddressDomain.check(email('mail.example.com', 'dify@example.com'))).toHaveLength(1);
  });
});
