import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import { gatewayEndpointRouteTables } from './net008-gateway-endpoint-route-tables.js';

const existingVpc = {
  mode: 'existing',
  id: 'vpc-0a1b2c3d4e5f67890',
  cidr: '10.20.0.0/16',
  privateSubnets: [
    { id: 'subnet-0a1b2c3d4e5f60001', availabilityZone: 'ap-northeast-1a', cidr: '10.20.10.0/24' },
    { id: 'subnet-0a1b2c3d4e5f60002', availabilityZone: 'ap-northeast-1c', cidr: '10.20.11.0/24' },
  ],
};
const closed = { egress: 'none', loadBalancer: { scheme: 'internal' } };

describe('NET008 gateway endpoint route tables', () => {
  it('has nothing to say about a new VPC, whose route tables the kit creates', () => {
    expect(gatewayEndpointRouteTables.check(contextFor({ network: closed }))).toEqual([]);
  });

  it('accepts an existing closed VPC that lists its private route tables', () => {
    const context = contextFor({
      network: { ...closed, vpc: { ...existingVpc, privateRouteTableIds: ['rtb-0a1b2c3d4e5f60011'] } },
    });
    expect(gatewayEndpointRouteTables.check(context)).toEqual([]);
  });

  it('accepts an existing VPC with egress, where the kit adds no S3 endpoint unasked', () => {
    const context = contextFor({ network: { vpc: existingVpc, loadBalancer: { scheme: 'internal' } } });
    expect(context.environment.network.vpcEndpoints).toEqual([]);
    expect(gatewayEndpointRouteTables.check(context)).toEqual([]);
  });

  it('refuses an existing closed VPC without route tables for the S3 endpoint', () => {
    const [finding] = gatewayEndpointRouteTables.check(
      contextFor({ network: { ...closed, vpc: existingVpc } }),
    );
    expect(finding?.message).toBe(
      'the S3 gateway endpoint needs the route tables of the private subnets, and none are listed',
    );
    expect(finding?.pointer).toBe('/network/vpc');
  });
});
