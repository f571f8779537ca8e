import { closedNetworkEndpoints } from '../vpc-endpoints.js';
import type { PolicyCheck } from './policy-check.js';

export const closedNetworkEndpointsCheck: PolicyCheck = {
  id: 'NET001',
  title: 'A closed network has every VPC endpoint Dify needs',
  severity: 'error',
  check({ environment }) {
    if (environment.network.egress !== 'none') return [];
    const present = new Set(environment.network.vpcEndpoints);
    return closedNetworkEndpoints(environment)
      .filter((endpoint) => !present.has(endpoint.name))
      .map((endpoint) => ({
        pointer: '/network/vpcEndpoints',
        message: `the closed network lacks the ${endpoint.name} endpoint: ${endpoint.reason}`,
        hint: `Add "${endpoint.name}" to network.vpcEndpoints, or leave vpcEndpoints out to get the full set.`,
      }));
  },
};
