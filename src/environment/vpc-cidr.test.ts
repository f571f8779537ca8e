import { describe, expect, it } from 'vitest';
import { vpcCidrProblem } from './vpc-cidr.js';

describe('vpcCidrProblem', () => {
  it.each([
    '10.0.0.0/16',
    '10.20.0.0/16',
    '172.31.0.0/20',
    '192.168.0.0/28',
    '100.64.0.0/16',
    '203.0.113.0/24',
  ])('accepts %s', (cidr) => {
    expect(vpcCidrProblem(cidr, 'VPC')).toBeUndefined();
  });

  it.each([
    [
      '0.0.0.0/0',
      'is larger than AWS allows for a VPC (it is every IPv4 address): a VPC range is /16 to /28',
    ],
    ['0.0.0.0/1', 'is larger than AWS allows for a VPC'],
    ['10.0.0.0/8', 'is larger than AWS allows for a VPC'],
    ['10.0.0.0/29', 'is smaller than AWS allows for a VPC'],
    ['10.0.0.1/16', 'has host bits set; did you mean "10.0.0.0/16"?'],
    ['127.0.0.0/16', 'lies in 127.0.0.0/8 (loopback)'],
    ['169.254.0.0/16', 'lies in 169.254.0.0/16 (link-local)'],
    ['0.0.0.0/16', 'lies in 0.0.0.0/8 ("this network")'],
    ['224.0.0.0/16', 'lies in 224.0.0.0/4 (multicast)'],
    ['255.255.255.240/28', 'lies in 240.0.0.0/4 (reserved)'],
    ['10.0.0.0', 'is not a valid IPv4 CIDR'],
    ['10.0.0.0/33', 'is not a valid IPv4 CIDR'],
  ])('refuses %s: %s', (cidr, problem) => {
    expect(vpcCidrProblem(cidr, 'VPC')).toContain(problem);
  });

  it('names a subnet as a subnet', () => {
    expect(vpcCidrProblem('10.0.0.0/30', 'subnet')).toBe(
      'is smaller than AWS allows for a subnet: a subnet range is /16 to /28',
    );
  });
});
