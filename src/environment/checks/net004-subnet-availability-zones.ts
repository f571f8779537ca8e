import type { Subnet } from '../environment.types.js';
import type { Finding, PolicyCheck } from './policy-check.js';

export const subnetAvailabilityZones: PolicyCheck = {
  id: 'NET004',
  title: 'Existing subnets span two availability zones of the stack region',
  severity: 'error',
  check({ environment }) {
    const { vpc } = environment.network;
    if (vpc.mode !== 'existing') return [];
    const { region } = environment;
    const findings: Finding[] = [];

    for (const kind of ['publicSubnets', 'privateSubnets'] as const) {
      vpc[kind].forEach((subnet, index) => {
        // An availability zone name is its region's name plus one letter.
        if (subnet.availabilityZone.slice(0, -1) === region) return;
        findings.push({
          pointer: `/network/vpc/${kind}/${index}/availabilityZone`,
          message: `${JSON.stringify(subnet.availabilityZone)} is not an availability zone of the stack region ${JSON.stringify(region)}`,
          hint: `Zones of ${region} are named ${region} plus a letter, such as ${region}a: correct the zone, or the stack region if the VPC is in another region.`,
        });
      });
    }

    const privateZone = singleZone(vpc.privateSubnets);
    if (privateZone !== undefined) {
      findings.push({
        pointer: '/network/vpc/privateSubnets',
        message: `the private subnets are all in ${JSON.stringify(privateZone)}`,
        hint: `Add a private subnet in a second availability zone of ${region}: Aurora needs subnets in two, and tasks in one zone go down with it.`,
      });
    }

    if (environment.network.loadBalancer.scheme === 'internet-facing') {
      const count = vpc.publicSubnets.length;
      const publicZone = singleZone(vpc.publicSubnets);
      if (count < 2) {
        findings.push({
          pointer: '/network/vpc/publicSubnets',
          message: `an internet-facing load balancer needs public subnets in two availability zones, but ${count === 0 ? 'none are' : 'only one is'} declared`,
          hint: 'List at least two public subnets (routed to an internet gateway) in different availability zones, or set network.loadBalancer.scheme to "internal".',
        });
      } else if (publicZone !== undefined) {
        findings.push({
          pointer: '/network/vpc/publicSubnets',
          message: `the public subnets are all in ${JSON.stringify(publicZone)}, but an internet-facing load balancer needs two availability zones`,
          hint: `Add a public subnet in a second availability zone of ${region}, or set network.loadBalancer.scheme to "internal".`,
        });
      }
    }
    return findings;
  },
};

/** The one zone every subnet is in, or undefined when they span more (or there are none). */
function singleZone(subnets: readonly Subnet[]): string | undefined {
  const zones = new Set(subnets.map((subnet) => subnet.availabilityZone));
  return zones.size === 1 ? [...zones][0] : undefined;
}
