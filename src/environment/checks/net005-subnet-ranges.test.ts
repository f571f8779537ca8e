import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import { subnetRanges } from './net005-subnet-ranges.js';

const newVpc = (vpc: Record<string, unknown>) => contextFor({ network: { vpc: { mode: 'create', ...vpc } } });

const subnet = (id: string, availabilityZone: string, cidr: string) => ({ id, availabilityZone, cidr });
const publicSubnets = [
  subnet('subnet-0aaa1111bbbb2222c', 'ap-northeast-1a', '10.20.0.0/24'),
  subnet('subnet-0aaa1111bbbb3333d', 'ap-northeast-1c', '10.20.1.0/24'),
];
const privateSubnets = [
  subnet('subnet-0ddd3333eeee4444f', 'ap-northeast-1a', '10.20.10.0/24'),
  subnet('subnet-0abc5555def66667a', 'ap-northeast-1c', '10.20.11.0/24'),
];
const existingVpc = (vpc: Record<string, unknown>) =>
  contextFor({
    network: {
      vpc: {
        mode: 'existing',
        id: 'vpc-0a1b2c3d4e5f67890',
        cidr: '10.20.0.0/16',
        publicSubnets,
        privateSubnets,
        ...vpc,
      },
    },
  });

const tooSmallHint =
  'Use /24 or larger. Each availability zone gets a public and a private subnet: the load balancer needs /27 subnets with 8 free addresses, and the private ones hold an address for every task (twice as many during a deployment), the database, the cache and each interface endpoint.';

describe('NET005 subnet ranges', () => {
  describe('a new VPC', () => {
    it('accepts the default subnets, and a /24 split four ways', () => {
      expect(subnetRanges.check(contextFor())).toEqual([]);
      expect(subnetRanges.check(newVpc({ cidr: '10.0.0.0/24', subnetPrefixLength: 26 }))).toEqual([]);
    });

    it('refuses a VPC too small for Dify, saying why', () => {
      expect(subnetRanges.check(newVpc({ cidr: '10.0.0.0/26', subnetPrefixLength: 27 }))).toEqual([
        {
          pointer: '/network/vpc/cidr',
          message: '"10.0.0.0/26" is too small for Dify: the kit needs a VPC of /16 to /24',
          hint: tooSmallHint,
        },
      ]);
    });

    it('refuses subnets larger than the VPC and suggests a size that fits', () => {
      expect(subnetRanges.check(newVpc({ cidr: '10.0.0.0/24' }))).toEqual([
        {
          pointer: '/network/vpc/subnetPrefixLength',
          message: 'subnets of /20 are larger than the /24 VPC',
          hint: 'Set subnetPrefixLength to 26 (4 subnets of /26 fit), or use a larger VPC range.',
        },
      ]);
    });

    it('says how many subnets fit when two per zone do not', () => {
      expect(
        subnetRanges.check(newVpc({ cidr: '10.0.0.0/22', availabilityZones: 3, subnetPrefixLength: 24 })),
      ).toEqual([
        {
          pointer: '/network/vpc/subnetPrefixLength',
          message:
            'the /22 VPC holds 4 subnets of /24, but 3 availability zones need 6 (a public and a private subnet in each)',
          hint: 'Set subnetPrefixLength to 25 (8 subnets of /25 fit), or use a larger VPC range.',
        },
      ]);
    });

    it('asks for a larger VPC when no load-balancer-sized subnet fits', () => {
      const [finding] = subnetRanges.check(
        newVpc({ cidr: '10.0.0.0/24', availabilityZones: 5, subnetPrefixLength: 26 }),
      );
      expect(finding?.hint).toBe(
        'Not even 10 subnets of /27, the smallest a load balancer takes, fit in a /24: use a larger VPC range or fewer availability zones.',
      );
    });
  });

  describe('an existing VPC', () => {
    it('accepts distinct subnets inside the VPC range', () => {
      expect(subnetRanges.check(existingVpc({}))).toEqual([]);
    });

    it('refuses a subnet outside the VPC range', () => {
      expect(
        subnetRanges.check(
          existingVpc({
            privateSubnets: [
              privateSubnets[0],
              subnet('subnet-0abc5555def66667a', 'ap-northeast-1c', '10.21.11.0/24'),
            ],
          }),
        ),
      ).toEqual([
        {
          pointer: '/network/vpc/privateSubnets/1/cidr',
          message:
            'subnet "subnet-0abc5555def66667a" ("10.21.11.0/24") lies outside the VPC range "10.20.0.0/16"',
          hint: "Correct the subnet's range, or network.vpc.cidr if it is not the VPC's primary IPv4 range.",
        },
      ]);
    });

    it('points at the later of two overlapping subnets and names the earlier', () => {
      expect(
        subnetRanges.check(
          existingVpc({
            privateSubnets: [
              subnet('subnet-0ddd3333eeee4444f', 'ap-northeast-1a', '10.20.0.128/25'),
              privateSubnets[1],
            ],
          }),
        ),
      ).toEqual([
        {
          pointer: '/network/vpc/privateSubnets/0/cidr',
          message:
            'subnet "subnet-0ddd3333eeee4444f" ("10.20.0.128/25") overlaps subnet "subnet-0aaa1111bbbb2222c" ("10.20.0.0/24")',
          hint: "Subnets of one VPC never share addresses: correct the range to the subnet's real one.",
        },
      ]);
    });

    it('refuses a subnet listed twice', () => {
      expect(
        subnetRanges.check(existingVpc({ privateSubnets: [publicSubnets[0], privateSubnets[1]] })),
      ).toEqual([
        {
          pointer: '/network/vpc/privateSubnets/0/id',
          message: 'subnet "subnet-0aaa1111bbbb2222c" is listed twice',
          hint: 'Remove one of the two entries: each subnet is listed once, as public or as private.',
        },
      ]);
    });
  });
});
