import type { PolicyCheck } from './policy-check.js';

export const plainHttp: PolicyCheck = {
  id: 'NET007',
  title: 'Dify is served over HTTPS',
  severity: 'warning',
  check({ environment }) {
    if (environment.domain !== undefined) return [];
    if (environment.network.loadBalancer.scheme === 'internal') {
      return [
        {
          pointer: '/domain',
          message:
            'without a domain, Dify is served over plain HTTP: console passwords and API keys cross your internal network unencrypted',
          hint: 'Add a domain to serve Dify over HTTPS; an internal load balancer can use a certificate from your own CA, imported into ACM and given as domain.certificate.',
        },
      ];
    }
    return [
      {
        pointer: '/domain',
        message:
          'without a domain, Dify is served over plain HTTP: console passwords and API keys cross the internet unencrypted',
        hint: 'Add domain.hostName and domain.hostedZoneId to serve Dify over HTTPS with a certificate the kit requests.',
      },
    ];
  },
};
