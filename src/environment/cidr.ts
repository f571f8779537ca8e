/** IPv4 CIDR arithmetic for subnet checks. */

export interface Ipv4Cidr {
  /** Network address as an unsigned 32-bit integer. */
  readonly network: number;
  readonly prefixLength: number;
}

const CIDR_SYNTAX = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/** Parses "a.b.c.d/n"; undefined when the syntax or a number is out of range. */
export function parseIpv4Cidr(text: string): { address: number; prefixLength: number } | undefined {
  const match = CIDR_SYNTAX.exec(text);
  if (!match) return undefined;
  const octets = match.slice(1, 5).map(Number);
  const prefixLength = Number(match[5]);
  if (match.slice(1, 6).some((part) => part !== undefined && part.length > 1 && part.startsWith('0')))
    return undefined;
  if (octets.some((octet) => octet > 255) || prefixLength > 32) return undefined;
  const address = octets.reduce((sum, octet) => sum * 256 + octet, 0);
  return { address, prefixLength };
}

function maskOf(prefixLength: number): number {
  return prefixLength === 0 ? 0 : (0xffffffff << (32 - prefixLength)) >>> 0;
}

/** The CIDR with its host bits cleared, or undefined when `text` is not a CIDR. */
export function toNetwork(text: string): Ipv4Cidr | undefined {
  const parsed = parseIpv4Cidr(text);
  if (!parsed) return undefined;
  return { network: (parsed.address & maskOf(parsed.prefixLength)) >>> 0, prefixLength: parsed.prefixLength };
}

/** True when the address part has bits set below the prefix, as in 10.0.0.1/16. */
export function hasHostBits(text: string): boolean {
  const parsed = parseIpv4Cidr(text);
  return parsed !== undefined && (parsed.address & ~maskOf(parsed.prefixLength)) >>> 0 !== 0;
}

export function formatCidr(cidr: Ipv4Cidr): string {
  const n = cidr.network;
  return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}/${cidr.prefixLength}`;
}

export function addressCount(cidr: Ipv4Cidr): number {
  return 2 ** (32 - cidr.prefixLength);
}

/** True when `inner` lies entirely inside `outer`. */
export function contains(outer: Ipv4Cidr, inner: Ipv4Cidr): boolean {
  return (
    inner.prefixLength >= outer.prefixLength &&
    (inner.network & maskOf(outer.prefixLength)) >>> 0 === outer.network
  );
}

export function overlaps(a: Ipv4Cidr, b: Ipv4Cidr): boolean {
  return contains(a, b) || contains(b, a);
}

/**
 * Ranges that hold no usable unicast address (RFC 6890): "this network", loopback,
 * link-local (the instance metadata service lives there), multicast and reserved.
 * No VPC, subnet, proxy or mirror can live in them.
 */
export const NOT_UNICAST_RANGES: readonly { readonly cidr: string; readonly name: string }[] = [
  { cidr: '0.0.0.0/8', name: '"this network"' },
  { cidr: '127.0.0.0/8', name: 'loopback' },
  { cidr: '169.254.0.0/16', name: 'link-local' },
  { cidr: '224.0.0.0/4', name: 'multicast' },
  { cidr: '240.0.0.0/4', name: 'reserved' },
];

/** The first not-unicast range `cidr` shares addresses with, if any. */
export function overlappingNotUnicastRange(cidr: Ipv4Cidr): { cidr: string; name: string } | undefined {
  return NOT_UNICAST_RANGES.find((range) => {
    const network = toNetwork(range.cidr);
    return network !== undefined && overlaps(network, cidr);
  });
}
