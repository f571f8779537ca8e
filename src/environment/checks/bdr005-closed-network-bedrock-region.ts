import type { PolicyCheck } from './policy-check.js';

export const closedNetworkBedrockRegion: PolicyCheck = {
  id: 'BDR005',
  title: 'A closed network calls Bedrock in the stack region, where its VPC endpoints are',
  severity: 'error',
  check({ environment }) {
    const { region } = environment;
    const bedrockRegion = environment.bedrock.region;
    if (environment.network.egress !== 'none' || bedrockRegion === region) return [];
    return [
      {
        pointer: '/bedrock/region',
        message: `the Bedrock region ${JSON.stringify(bedrockRegion)} differs from the stack region ${JSON.stringify(region)} in a closed network`,
        hint: `Remove bedrock.region or set it to ${JSON.stringify(region)}: with network.egress "none" Dify reaches Bedrock only through VPC endpoints, which serve their own region.`,
      },
    ];
  },
};
