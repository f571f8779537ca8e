import { formatCidr, hasHostBits, overlappingNotUnicastRange, parseIpv4Cidr, toNetwork } from './cidr.js';

/** AWS takes VPC and subnet ranges of /16 to /28 (docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html). */
export const LARGEST_VPC_PREFIX = 16;
export const SMALLEST_VPC_PREFIX = 28;

/**
 * Why `value` cannot be the IPv4 range of a VPC or subnet, or undefined when it
 * can: a CIDR without host bits, /16 to /28, sharing no address with a range
 * that holds no unicast address (loopback, link-local, multicast…).
 */
export function vpcCidrProblem(value: string, what: 'VPC' | 'subnet'): string | undefined {
  const network = toNetwork(value);
  if (!network || parseIpv4Cidr(value) === undefined) return 'is not a valid IPv4 CIDR';
  if (hasHostBits(value)) return `has host bits set; did you mean ${JSON.stringify(formatCidr(network))}?`;
  if (network.prefixLength < LARGEST_VPC_PREFIX) {
    const everything = network.prefixLength === 0 ? ' (it is every IPv4 address)' : '';
    return `is larger than AWS allows for a ${what}${everything}: a ${what} range is /${LARGEST_VPC_PREFIX} to /${SMALLEST_VPC_PREFIX}`;
  }
  if (network.prefixLength > SMALLEST_VPC_PREFIX)
    return `is smaller than AWS allows for a ${what}: a ${what} range is /${LARGEST_VPC_PREFIX} to /${SMALLEST_VPC_PREFIX}`;
  const reserved = overlappingNotUnicastRange(network);
  if (reserved)
    return `lies in ${reserved.cidr} (${reserved.name}), which holds no address a ${what} can use`;
  return undefined;
}
