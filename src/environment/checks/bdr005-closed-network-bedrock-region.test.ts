import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import { closedNetworkBedrockRegion } from './bdr005-closed-network-bedrock-region.js';

const closed = { network: { egress: 'none' }, dify: { images: { source: 'ecr' } } };

describe('BDR005 closed-network Bedrock region', () => {
  it('accepts the stack region in a closed network, and any region with egress', () => {
    expect(closedNetworkBedrockRegion.check(contextFor(closed))).toEqual([]);
    expect(
      closedNetworkBedrockRegion.check(contextFor({ ...closed, bedrock: { region: 'ap-northeast-1' } })),
    ).toEqual([]);
    expect(closedNetworkBedrockRegion.check(contextFor({ bedrock: { region: 'us-west-2' } }))).toEqual([]);
  });

  it('refuses another Bedrock region in a closed network', () => {
    expect(
      closedNetworkBedrockRegion.check(
        contextFor({
          ...closed,
          bedrock: { region: 'us-west-2', models: { chat: ['amazon.nova-lite-v1:0'] } },
        }),
      ),
    ).toEqual([
      {
        pointer: '/bedrock/region',
        message:
          'the Bedrock region "us-west-2" differs from the stack region "ap-northeast-1" in a closed network',
        hint: 'Remove bedrock.region or set it to "ap-northeast-1": with network.egress "none" Dify reaches Bedrock only through VPC endpoints, which serve their own region.',
      },
    ]);
  });
});
