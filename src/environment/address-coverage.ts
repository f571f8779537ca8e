import ipaddr from 'ipaddr.js';
import { parseIpv4Cidr } from './cidr.js';

/**
 * What a list of CIDRs admits, judged as a whole: `0.0.0.0/1` and
 * `128.0.0.0/1` open a port to the internet as surely as `0.0.0.0/0`, so
 * checks ask about the union of the ranges, never about one entry at a time.
 */
export type AddressFamily = 'ipv4' | 'ipv6';

interface Interval {
  readonly start: bigint;
  /** Exclusive. */
  readonly end: bigint;
}

/**
 * The public internet, as the complement of the special-purpose ranges of
 * RFC 6890 (IPv4: private, shared, loopback, link-local, documentation,
 * benchmarking, multicast, reserved) and the global unicast block 2000::/3 (IPv6).
 */
const NOT_PUBLIC_IPV4 = [
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.0.0.0/24',
  '192.0.2.0/24',
  '192.168.0.0/16',
  '198.18.0.0/15',
  '198.51.100.0/24',
  '203.0.113.0/24',
  '224.0.0.0/4',
  '240.0.0.0/4',
];
const GLOBAL_UNICAST_IPV6 = '2000::/3';

function intervalOf(cidr: string): { family: AddressFamily; interval: Interval } | undefined {
  if (!cidr.includes(':')) {
    const parsed = parseIpv4Cidr(cidr);
    if (!parsed) return undefined;
    const size = 2n ** BigInt(32 - parsed.prefixLength);
    const start = (BigInt(parsed.address) / size) * size;
    return { family: 'ipv4', interval: { start, end: start + size } };
  }
  if (!ipaddr.IPv6.isValidCIDR(cidr)) return undefined;
  const [address, prefixLength] = ipaddr.IPv6.parseCIDR(cidr);
  const value = address.toByteArray().reduce((sum, byte) => sum * 256n + BigInt(byte), 0n);
  const size = 2n ** BigInt(128 - prefixLength);
  const start = (value / size) * size;
  return { family: 'ipv6', interval: { start, end: start + size } };
}

/** The ranges of one family, merged into sorted disjoint intervals. */
function union(cidrs: readonly string[], family: AddressFamily): Interval[] {
  const intervals = cidrs
    .map(intervalOf)
    .flatMap((parsed) => (parsed?.family === family ? [parsed.interval] : []))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const merged: Interval[] = [];
  for (const interval of intervals) {
    const last = merged.at(-1);
    if (last && interval.start <= last.end) {
      merged[merged.length - 1] = {
        start: last.start,
        end: interval.end > last.end ? interval.end : last.end,
      };
    } else merged.push(interval);
  }
  return merged;
}

/** How many addresses of `within` the intervals cover. */
function coveredCount(intervals: readonly Interval[], within: readonly Interval[]): bigint {
  let count = 0n;
  for (const a of intervals) {
    for (const b of within) {
      const start = a.start > b.start ? a.start : b.start;
      const end = a.end < b.end ? a.end : b.end;
      if (end > start) count += end - start;
    }
  }
  return count;
}

function publicIntervals(family: AddressFamily): Interval[] {
  if (family === 'ipv6') return union([GLOBAL_UNICAST_IPV6], 'ipv6');
  const excluded = union(NOT_PUBLIC_IPV4, 'ipv4');
  const result: Interval[] = [];
  let next = 0n;
  for (const { start, end } of excluded) {
    if (start > next) result.push({ start: next, end: start });
    next = end;
  }
  if (next < 2n ** 32n) result.push({ start: next, end: 2n ** 32n });
  return result;
}

const PUBLIC = { ipv4: publicIntervals('ipv4'), ipv6: publicIntervals('ipv6') };
const PUBLIC_SIZE = {
  ipv4: coveredCount(PUBLIC.ipv4, PUBLIC.ipv4),
  ipv6: coveredCount(PUBLIC.ipv6, PUBLIC.ipv6),
};

/** How much of the public internet (of one family) the ranges admit, together. */
export function publicCoverage(
  cidrs: readonly string[],
  family: AddressFamily = 'ipv4',
): { readonly addresses: bigint; readonly share: number; readonly everything: boolean } {
  const addresses = coveredCount(union(cidrs, family), PUBLIC[family]);
  return {
    addresses,
    share: Number((addresses * 1_000_000n) / PUBLIC_SIZE[family]) / 1_000_000,
    everything: addresses === PUBLIC_SIZE[family],
  };
}
