import type { PolicyCheck } from './policy-check.js';

export const certificateValidationZone: PolicyCheck = {
  id: 'DOM001',
  title: 'A certificate the kit creates has a hosted zone to be validated in',
  severity: 'error',
  check({ environment }) {
    const { domain } = environment;
    if (domain?.certificate !== 'create' || domain.hostedZoneId !== undefined) return [];
    return [
      {
        pointer: '/domain/hostedZoneId',
        message: `the certificate for ${JSON.stringify(domain.hostName)} cannot be validated by DNS without domain.hostedZoneId`,
        hint: 'Set domain.hostedZoneId to the Route 53 hosted zone that holds the host name, or set domain.certificate to the ARN of an ACM certificate that covers it.',
      },
    ];
  },
};
