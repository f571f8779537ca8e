import { publicCoverage } from '../address-coverage.js';
import type { Finding, PolicyCheck } from './policy-check.js';

const EVERYONE = '0.0.0.0/0';
/** Ranges that together admit more public addresses than a /8 are wide open, whatever they were meant for. */
const WIDE_OPEN = 2n ** 24n;

const NARROW_HINT =
  'Replace them with the ranges that may reach Dify (offices, VPN egress), or keep them only for a Dify meant to be public.';

/**
 * Who may reach an internet-facing load balancer, judged by the union of the
 * allowed ranges: 0.0.0.0/1 and 128.0.0.0/1 together are everyone.
 */
export const openLoadBalancer: PolicyCheck = {
  id: 'NET006',
  title: 'An internet-facing load balancer admits only the ranges that need Dify',
  severity: 'warning',
  check({ environment }) {
    const { scheme, allowedCidrs } = environment.network.loadBalancer;
    if (scheme !== 'internet-facing') return [];
    const pointer = '/network/loadBalancer/allowedCidrs';
    if (allowedCidrs === undefined) {
      return [
        {
          pointer,
          message: 'the internet-facing load balancer is open to everyone: no allowedCidrs are set',
          hint: 'List the ranges that may reach Dify (offices, VPN egress) in network.loadBalancer.allowedCidrs, or set the scheme to "internal".',
        },
      ];
    }
    const everyone = allowedCidrs.indexOf(EVERYONE);
    if (everyone >= 0) {
      return [
        {
          pointer: `${pointer}/${everyone}`,
          message: `${JSON.stringify(EVERYONE)} opens the internet-facing load balancer to everyone`,
          hint: 'Replace it with the ranges that may reach Dify (offices, VPN egress), or keep it only for a Dify meant to be public.',
        },
      ];
    }
    const coverage = publicCoverage(allowedCidrs);
    if (coverage.everything) {
      return [
        {
          pointer,
          message:
            'together, the allowed ranges cover every public IPv4 address: the internet-facing load balancer is open to everyone',
          hint: NARROW_HINT,
        },
      ];
    }
    if (coverage.addresses > WIDE_OPEN) {
      const findings: Finding[] = [
        {
          pointer,
          message: `together, the allowed ranges admit ${coverage.addresses.toLocaleString('en-US')} public IPv4 addresses (${percent(coverage.share)} of the internet)`,
          hint: NARROW_HINT,
        },
      ];
      return findings;
    }
    return [];
  },
};

function percent(share: number): string {
  const value = share * 100;
  return `${value < 1 ? value.toFixed(2) : value.toFixed(0)}%`;
}
