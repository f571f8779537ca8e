import type { PolicyCheck } from './policy-check.js';

/**
 * ACM puts the first domain name of a certificate in its subject's common
 * name, which X.509 limits to 64 characters: RequestCertificate refuses a
 * longer DomainName ("The first domain name you enter cannot exceed 64
 * octets, including periods", docs.aws.amazon.com/acm/latest/APIReference/API_RequestCertificate.html).
 */
export const MAX_CERTIFICATE_NAME_LENGTH = 64;

export const certificateNameLength: PolicyCheck = {
  id: 'DOM003',
  title: 'A certificate the kit requests names a host ACM can issue it for',
  severity: 'error',
  check({ environment }) {
    const domain = environment.domain;
    if (domain === undefined || domain.certificate !== 'create') return [];
    if (domain.hostName.length <= MAX_CERTIFICATE_NAME_LENGTH) return [];
    return [
      {
        pointer: '/domain/hostName',
        message: `the host name is ${domain.hostName.length} characters long; ACM requests a certificate only for a name of at most ${MAX_CERTIFICATE_NAME_LENGTH}`,
        hint: 'Use a shorter host name, or import a certificate that covers it (for example a wildcard of its parent domain) and set domain.certificate to its ARN.',
      },
    ];
  },
};
