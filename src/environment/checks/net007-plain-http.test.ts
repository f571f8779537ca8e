import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import { plainHttp } from './net007-plain-http.js';

describe('NET007 plain HTTP', () => {
  it('accepts an environment with a domain', () => {
    expect(plainHttp.check(contextFor())).toEqual([]);
  });

  it('warns that an internet-facing Dify without a domain sends secrets in the clear', () => {
    expect(plainHttp.check(contextFor({ domain: undefined }))).toEqual([
      {
        pointer: '/domain',
        message:
          'without a domain, Dify is served over plain HTTP: console passwords and API keys cross the internet unencrypted',
        hint: 'Add domain.hostName and domain.hostedZoneId to serve Dify over HTTPS with a certificate the kit requests.',
      },
    ]);
  });

  it('still warns behind an internal load balancer', () => {
    expect(
      plainHttp.check(contextFor({ domain: undefined, network: { loadBalancer: { scheme: 'internal' } } })),
    ).toEqual([
      {
        pointer: '/domain',
        message:
          'without a domain, Dify is served over plain HTTP: console passwords and API keys cross your internal network unencrypted',
        hint: 'Add a domain to serve Dify over HTTPS; an internal load balancer can use a certificate from your own CA, imported into ACM and given as domain.certificate.',
      },
    ]);
  });
});
