import { describe, expect, it } from 'vitest';
import { publicCoverage } from './address-coverage.js';

describe('publicCoverage', () => {
  it('judges the union of the ranges, not each one', () => {
    expect(publicCoverage(['0.0.0.0/0']).everything).toBe(true);
    expect(publicCoverage(['0.0.0.0/1', '128.0.0.0/1']).everything).toBe(true);
    expect(publicCoverage(['0.0.0.0/1']).everything).toBe(false);
    expect(publicCoverage(['0.0.0.0/1', '0.0.0.0/2', '0.0.0.0/1'])).toEqual(publicCoverage(['0.0.0.0/1']));
  });

  it('counts only public addresses', () => {
    expect(publicCoverage(['10.0.0.0/8', '192.168.0.0/16', '203.0.113.0/24']).addresses).toBe(0n);
    expect(publicCoverage(['8.8.8.0/24']).addresses).toBe(256n);
    expect(publicCoverage(['8.8.8.0/24', '8.8.8.128/25']).addresses).toBe(256n);
  });

  it('does the same for IPv6', () => {
    expect(publicCoverage(['::/0'], 'ipv6').everything).toBe(true);
    expect(publicCoverage(['::/1', '8000::/1'], 'ipv6').everything).toBe(true);
    expect(publicCoverage(['2000::/4', '3000::/4'], 'ipv6').everything).toBe(true);
    expect(publicCoverage(['2001:db8::/32'], 'ipv6').everything).toBe(false);
    expect(publicCoverage(['0.0.0.0/0'], 'ipv6').addresses).toBe(0n);
  });

  it('ignores what is not a CIDR', () => {
    expect(publicCoverage(['not a cidr', '1.2.3.4/33', ':::/1']).addresses).toBe(0n);
  });
});
