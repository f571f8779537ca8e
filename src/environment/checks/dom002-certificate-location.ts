import type { Finding, PolicyCheck } from './policy-check.js';

const CERTIFICATE_ARN = /^arn:aws:acm:([^:]+):(\d{12}):certificate\//;

export const certificateLocation: PolicyCheck = {
  id: 'DOM002',
  title: "An existing certificate is in the stack's region and account",
  severity: 'error',
  check({ environment }) {
    const certificate = environment.domain?.certificate;
    const match = certificate === undefined ? null : CERTIFICATE_ARN.exec(certificate);
    if (!match) return [];
    const [, region = '', account = ''] = match;
    const findings: Finding[] = [];
    if (region !== environment.region) {
      findings.push({
        pointer: '/domain/certificate',
        message: `the certificate is in ${JSON.stringify(region)}, but the load balancer is in ${JSON.stringify(environment.region)}`,
        hint:
          region === 'us-east-1'
            ? `A load balancer takes certificates from its own region only (us-east-1 is for CloudFront): request or import one in ${environment.region}.`
            : `A load balancer takes certificates from its own region only: request or import one in ${environment.region}.`,
      });
    }
    if (account !== environment.accountId) {
      findings.push({
        pointer: '/domain/certificate',
        message: `the certificate belongs to account ${JSON.stringify(account)}, not this environment's account ${JSON.stringify(environment.accountId)}`,
        hint: `A load balancer takes certificates from its own account only: request or import one in account ${environment.accountId}.`,
      });
    }
    return findings;
  },
};
