import type { Finding, PolicyCheck } from './policy-check.js';

const EVERYONE = '0.0.0.0/0';

export const openLoadBalancer: PolicyCheck = {
  id: 'NET006',
  title: 'An internet-facing load balancer admits only the ranges that need Dify',
  severity: 'warning',
  check({ environment }) {
    const { scheme, allowedCidrs } = environment.network.loadBalancer;
    if (scheme !== 'internet-facing') return [];
    if (allowedCidrs === undefined) {
      return [
        {
          pointer: '/network/loadBalancer/allowedCidrs',
          message: 'the internet-facing load balancer is open to everyone: no allowedCidrs are set',
          hint: 'List the ranges that may reach Dify (offices, VPN egress) in network.loadBalancer.allowedCidrs, or set the scheme to "internal".',
        },
      ];
    }
    const findings: Finding[] = [];
    allowedCidrs.forEach((cidr, index) => {
      if (cidr !== EVERYONE) return;
      findings.push({
        pointer: `/network/loadBalancer/allowedCidrs/${index}`,
        message: `${JSON.stringify(cidr)} opens the internet-facing load balancer to everyone`,
        hint: 'Replace it with the ranges that may reach Dify (offices, VPN egress), or keep it only for a Dify meant to be public.',
      });
    });
    return findings;
  },
};
