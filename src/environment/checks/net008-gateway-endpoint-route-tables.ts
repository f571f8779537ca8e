import type { PolicyCheck } from './policy-check.js';

export const gatewayEndpointRouteTables: PolicyCheck = {
  id: 'NET008',
  title: 'The S3 gateway endpoint of an existing VPC knows the route tables to attach to',
  severity: 'error',
  check({ environment }) {
    const { vpc, vpcEndpoints } = environment.network;
    if (vpc.mode !== 'existing' || !vpcEndpoints.includes('s3') || vpc.privateRouteTableIds) return [];
    return [
      {
        pointer: '/network/vpc',
        message: 'the S3 gateway endpoint needs the route tables of the private subnets, and none are listed',
        hint: 'Add network.vpc.privateRouteTableIds, or, if the VPC already has an S3 gateway endpoint, list network.vpcEndpoints without "s3".',
      },
    ];
  },
};
