import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import { subnetAvailabilityZones } from './net004-subnet-availability-zones.js';

const subnet = (id: string, availabilityZone: string, cidr: string) => ({ id, availabilityZone, cidr });
const privateSubnets = [
  subnet('subnet-0ddd3333eeee4444f', 'ap-northeast-1a', '10.20.10.0/24'),
  subnet('subnet-0abc5555def66667a', 'ap-northeast-1c', '10.20.11.0/24'),
];
const publicSubnets = [
  subnet('subnet-0aaa1111bbbb2222c', 'ap-northeast-1a', '10.20.0.0/24'),
  subnet('subnet-0aaa1111bbbb3333d', 'ap-northeast-1c', '10.20.1.0/24'),
];

function existingVpc(
  vpc: Record<string, unknown>,
  scheme: 'internet-facing' | 'internal' = 'internet-facing',
) {
  return contextFor({
    network: {
      vpc: { mode: 'existing', id: 'vpc-0a1b2c3d4e5f67890', cidr: '10.20.0.0/16', privateSubnets, ...vpc },
      loadBalancer: { scheme },
    },
  });
}

describe('NET004 subnet availability zones', () => {
  it('does not apply to a new VPC', () => {
    expect(subnetAvailabilityZones.check(contextFor())).toEqual([]);
  });

  it('accepts subnets in two zones of the stack region', () => {
    expect(subnetAvailabilityZones.check(existingVpc({ publicSubnets }))).toEqual([]);
  });

  it('needs no public subnets behind an internal load balancer', () => {
    expect(subnetAvailabilityZones.check(existingVpc({}, 'internal'))).toEqual([]);
  });

  it('refuses private subnets in a single zone', () => {
    const findings = subnetAvailabilityZones.check(
      existingVpc({
        publicSubnets,
        privateSubnets: [
          privateSubnets[0],
          subnet('subnet-0abc5555def66667a', 'ap-northeast-1a', '10.20.11.0/24'),
        ],
      }),
    );
    expect(findings).toEqual([
      {
        pointer: '/network/vpc/privateSubnets',
        message: 'the private subnets are all in "ap-northeast-1a"',
        hint: 'Add a private subnet in a second availability zone of ap-northeast-1: Aurora needs subnets in two, and tasks in one zone go down with it.',
      },
    ]);
  });

  it('asks an internet-facing load balancer for two public subnets', () => {
    expect(subnetAvailabilityZones.check(existingVpc({}))).toEqual([
      {
        pointer: '/network/vpc/publicSubnets',
        message:
          'an internet-facing load balancer needs public subnets in two availability zones, but none are declared',
        hint: 'List at least two public subnets (routed to an internet gateway) in different availability zones, or set network.loadBalancer.scheme to "internal".',
      },
    ]);
    const [finding] = subnetAvailabilityZones.check(existingVpc({ publicSubnets: [publicSubnets[0]] }));
    expect(finding?.message).toBe(
      'an internet-facing load balancer needs public subnets in two availability zones, but only one is declared',
    );
  });

  it('refuses public subnets in a single zone for an internet-facing load balancer', () => {
    const findings = subnetAvailabilityZones.check(
      existingVpc({
        publicSubnets: [
          publicSubnets[0],
          subnet('subnet-0aaa1111bbbb3333d', 'ap-northeast-1a', '10.20.1.0/24'),
        ],
      }),
    );
    expect(findings).toEqual([
      {
        pointer: '/network/vpc/publicSubnets',
        message:
          'the public subnets are all in "ap-northeast-1a", but an internet-facing load balancer needs two availability zones',
        hint: 'Add a public subnet in a second availability zone of ap-northeast-1, or set network.loadBalancer.scheme to "internal".',
      },
    ]);
  });

  it('refuses a zone of another region, public or private, whatever the scheme', () => {
    const findings = subnetAvailabilityZones.check(
      existingVpc(
        {
          publicSubnets: [subnet('subnet-0aaa1111bbbb2222c', 'us-east-1a', '10.20.0.0/24')],
          privateSubnets: [
            privateSubnets[0],
            subnet('subnet-0abc5555def66667a', 'ap-northeast-3a', '10.20.11.0/24'),
          ],
        },
        'internal',
      ),
    );
    expect(findings).toEqual([
      {
        pointer: '/network/vpc/publicSubnets/0/availabilityZone',
        message: '"us-east-1a" is not an availability zone of the stack region "ap-northeast-1"',
        hint: 'Zones of ap-northeast-1 are named ap-northeast-1 plus a letter, such as ap-northeast-1a: correct the zone, or the stack region if the VPC is in another region.',
      },
      {
        pointer: '/network/vpc/privateSubnets/1/availabilityZone',
        message: '"ap-northeast-3a" is not an availability zone of the stack region "ap-northeast-1"',
        hint: 'Zones of ap-northeast-1 are named ap-northeast-1 plus a letter, such as ap-northeast-1a: correct the zone, or the stack region if the VPC is in another region.',
      },
    ]);
  });
});
