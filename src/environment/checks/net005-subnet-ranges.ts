import { contains, type Ipv4Cidr, overlaps, toNetwork } from '../cidr.js';
import type { ExistingVPC, NewVPC } from '../environment.types.js';
import type { Finding, PolicyCheck } from './policy-check.js';

/** AWS allows VPCs of /16 to /28 (the schema's vpc-cidr format); Dify needs more room than the small end. */
const SMALLEST_VPC = 24;
/** An Application Load Balancer needs subnets of /27 or larger (with at least 8 free addresses). */
const SMALLEST_LOAD_BALANCER_SUBNET = 27;

export const subnetRanges: PolicyCheck = {
  id: 'NET005',
  title: 'The VPC has room for its subnets, and the subnets lie inside it without overlapping',
  severity: 'error',
  check({ environment }) {
    const { vpc } = environment.network;
    return vpc.mode === 'create' ? newVpcRanges(vpc) : existingVpcRanges(vpc);
  },
};

function newVpcRanges(vpc: NewVPC): Finding[] {
  const network = toNetwork(vpc.cidr);
  if (!network) return [];
  const vpcPrefix = network.prefixLength;
  if (vpcPrefix > SMALLEST_VPC) {
    return [
      {
        pointer: '/network/vpc/cidr',
        message: `${JSON.stringify(vpc.cidr)} is too small for Dify: the kit needs a VPC of /16 to /24`,
        hint: 'Use /24 or larger. Each availability zone gets a public and a private subnet: the load balancer needs /27 subnets with 8 free addresses, and the private ones hold an address for every task (twice as many during a deployment), the database, the cache and each interface endpoint.',
      },
    ];
  }

  const { subnetPrefixLength, availabilityZones } = vpc;
  const needed = 2 * availabilityZones;
  const fitting = subnetPrefixLength >= vpcPrefix ? 2 ** (subnetPrefixLength - vpcPrefix) : 0;
  const largestFitting = vpcPrefix + bitsFor(needed);
  const suggestion =
    largestFitting <= SMALLEST_LOAD_BALANCER_SUBNET
      ? `Set subnetPrefixLength to ${largestFitting} (${2 ** (largestFitting - vpcPrefix)} subnets of /${largestFitting} fit), or use a larger VPC range.`
      : `Not even ${needed} subnets of /${SMALLEST_LOAD_BALANCER_SUBNET}, the smallest a load balancer takes, fit in a /${vpcPrefix}: use a larger VPC range or fewer availability zones.`;

  if (fitting < needed) {
    return [
      {
        pointer: '/network/vpc/subnetPrefixLength',
        message:
          fitting === 0
            ? `subnets of /${subnetPrefixLength} are larger than the /${vpcPrefix} VPC`
            : `the /${vpcPrefix} VPC holds ${fitting} subnets of /${subnetPrefixLength}, but ${availabilityZones} availability zones need ${needed} (a public and a private subnet in each)`,
        hint: suggestion,
      },
    ];
  }
  return [];
}

/** How many prefix bits it takes to split a range into `count` equal subnets. */
function bitsFor(count: number): number {
  let bits = 0;
  while (2 ** bits < count) bits++;
  return bits;
}

function existingVpcRanges(vpc: ExistingVPC): Finding[] {
  const vpcNetwork = toNetwork(vpc.cidr);
  const findings: Finding[] = [];
  const earlier: { id: string; cidr: string; network: Ipv4Cidr }[] = [];

  for (const kind of ['publicSubnets', 'privateSubnets'] as const) {
    vpc[kind].forEach(({ id, cidr }, index) => {
      const network = toNetwork(cidr);
      if (!network) return;
      const pointer = `/network/vpc/${kind}/${index}`;
      if (vpcNetwork && !contains(vpcNetwork, network)) {
        findings.push({
          pointer: `${pointer}/cidr`,
          message: `subnet ${JSON.stringify(id)} (${JSON.stringify(cidr)}) lies outside the VPC range ${JSON.stringify(vpc.cidr)}`,
          hint: "Correct the subnet's range, or network.vpc.cidr if it is not the VPC's primary IPv4 range.",
        });
      }
      const sameSubnet = earlier.find((other) => other.id === id);
      const overlapping = earlier.find((other) => overlaps(other.network, network));
      if (sameSubnet) {
        findings.push({
          pointer: `${pointer}/id`,
          message: `subnet ${JSON.stringify(id)} is listed twice`,
          hint: 'Remove one of the two entries: each subnet is listed once, as public or as private.',
        });
      } else if (overlapping) {
        findings.push({
          pointer: `${pointer}/cidr`,
          message: `subnet ${JSON.stringify(id)} (${JSON.stringify(cidr)}) overlaps subnet ${JSON.stringify(overlapping.id)} (${JSON.stringify(overlapping.cidr)})`,
          hint: "Subnets of one VPC never share addresses: correct the range to the subnet's real one.",
        });
      }
      earlier.push({ id, cidr, network });
    });
  }
  return findings;
}
