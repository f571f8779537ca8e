import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import { modelOffered } from './bdr001-model-offered.js';

function withModels(models: Record<string, string[]>, bedrock: Record<string, unknown> = {}) {
  return contextFor({ bedrock: { ...bedrock, models } });
}

describe('BDR001 model offered in the Bedrock region', () => {
  it('accepts in-region base models and profiles the region can call', () => {
    expect(modelOffered.check(contextFor())).toEqual([]);
    expect(
      modelOffered.check(
        withModels(
          {
            chat: [
              'amazon.nova-lite-v1:0',
              'jp.anthropic.claude-sonnet-4-6',
              'global.anthropic.claude-opus-4-8',
            ],
            embedding: ['amazon.titan-embed-text-v2:0'],
            rerank: ['cohere.rerank-v3-5:0'],
          },
          { crossRegionInference: true },
        ),
      ),
    ).toEqual([]);
  });

  it('names the profile to use when a base model is not offered in-region', () => {
    expect(modelOffered.check(withModels({ chat: ['anthropic.claude-sonnet-4-6'] }))).toEqual([
      {
        pointer: '/bedrock/models/chat/0',
        message: '"anthropic.claude-sonnet-4-6" is not offered on demand in "ap-northeast-1"',
        hint: 'Use the inference profile "jp.anthropic.claude-sonnet-4-6", which ap-northeast-1 can call with bedrock.crossRegionInference set to true.',
      },
    ]);
    const [finding] = modelOffered.check(
      withModels({ chat: ['amazon.nova-pro-v1:0'] }, { crossRegionInference: true }),
    );
    expect(finding?.hint).toBe(
      'Use the inference profile "apac.amazon.nova-pro-v1:0", which ap-northeast-1 can call.',
    );
  });

  it('suggests no profile that leaves the data-residency geography, but the regions offering the model', () => {
    expect(
      modelOffered.check(withModels({ chat: ['amazon.nova-pro-v1:0'] }, { dataResidency: 'jp' })),
    ).toEqual([
      {
        pointer: '/bedrock/models/chat/0',
        message: '"amazon.nova-pro-v1:0" is not offered on demand in "ap-northeast-1"',
        hint: 'Pick a chat model that ap-northeast-1 offers, or set bedrock.region to one that offers "amazon.nova-pro-v1:0": us-east-1, eu-west-2, me-central-1, ap-southeast-2, ap-southeast-3.',
      },
    ]);
  });

  it('refuses a profile the region cannot call, naming its source regions', () => {
    expect(
      modelOffered.check(
        contextFor({
          region: 'ap-northeast-3',
          bedrock: { crossRegionInference: true, models: { chat: ['jp.amazon.nova-2-lite-v1:0'] } },
        }),
      ),
    ).toEqual([
      {
        pointer: '/bedrock/models/chat/0',
        message: '"jp.amazon.nova-2-lite-v1:0" cannot be called from "ap-northeast-3"',
        hint: 'Pick a chat model that ap-northeast-3 offers, or set bedrock.region to one that offers "jp.amazon.nova-2-lite-v1:0": ap-northeast-1.',
      },
    ]);
  });

  it('refuses a profile the model does not have, preferring the in-region model', () => {
    expect(
      modelOffered.check(withModels({ chat: ['jp.amazon.nova-lite-v1:0'] }, { crossRegionInference: true })),
    ).toEqual([
      {
        pointer: '/bedrock/models/chat/0',
        message: '"jp.amazon.nova-lite-v1:0" does not exist: Amazon Nova Lite has no jp. inference profile',
        hint: 'Use the in-region model "amazon.nova-lite-v1:0", which ap-northeast-1 offers without a profile.',
      },
    ]);
  });

  it('refuses a GovCloud profile', () => {
    const [finding] = modelOffered.check(
      withModels(
        { chat: ['us-gov.anthropic.claude-haiku-4-5-20251001-v1:0'] },
        { crossRegionInference: true },
      ),
    );
    expect(finding?.message).toBe(
      '"us-gov.anthropic.claude-haiku-4-5-20251001-v1:0" is a GovCloud inference profile, which "ap-northeast-1" cannot call',
    );
    expect(finding?.hint).toBe(
      'Use the inference profile "jp.anthropic.claude-haiku-4-5-20251001-v1:0", which ap-northeast-1 can call.',
    );
  });

  it('warns that a model missing from the table cannot be checked, suggesting a near ID', () => {
    expect(
      modelOffered.check(withModels({ chat: ['amazon.nova-lite-v1'], embedding: ['example.embed-v1:0'] })),
    ).toEqual([
      {
        pointer: '/bedrock/models/chat/0',
        severity: 'warning',
        message:
          '"amazon.nova-lite-v1" is not in the Bedrock model table of 2026-11-22, so whether "ap-northeast-1" offers it cannot be checked offline',
        hint: 'Did you mean "amazon.nova-lite-v1:0"? If the ID is right, check it in the Bedrock console for ap-northeast-1 and add the model to src/data/bedrock-models.ts.',
      },
      {
        pointer: '/bedrock/models/embedding/0',
        severity: 'warning',
        message:
          '"example.embed-v1:0" is not in the Bedrock model table of 2026-11-22, so whether "ap-northeast-1" offers it cannot be checked offline',
        hint: 'If the ID is right, check it in the Bedrock console for ap-northeast-1 and add the model to src/data/bedrock-models.ts.',
      },
    ]);
  });

  it('warns about a model listed under a role it does not have', () => {
    expect(
      modelOffered.check(withModels({ chat: ['amazon.nova-lite-v1:0', 'amazon.titan-embed-text-v2:0'] })),
    ).toEqual([
      {
        pointer: '/bedrock/models/chat/1',
        severity: 'warning',
        message:
          '"amazon.titan-embed-text-v2:0" is listed under chat, but Amazon Titan Text Embeddings V2 is an embedding model',
        hint: 'Move it to bedrock.models.embedding, or pick a chat model here.',
      },
    ]);
  });

  it('names the regions offering an embedding model', () => {
    expect(
      modelOffered.check(
        withModels({
          chat: ['amazon.nova-lite-v1:0'],
          embedding: ['amazon.nova-2-multimodal-embeddings-v1:0'],
        }),
      ),
    ).toEqual([
      {
        pointer: '/bedrock/models/embedding/0',
        message: '"amazon.nova-2-multimodal-embeddings-v1:0" is not offered on demand in "ap-northeast-1"',
        hint: 'Pick an embedding model that ap-northeast-1 offers, or set bedrock.region to one that offers "amazon.nova-2-multimodal-embeddings-v1:0": us-east-1.',
      },
    ]);
  });

  it('reports once a region where Bedrock does not run, at the field that chose it', () => {
    const hint =
      'Set bedrock.region to a region where Bedrock runs (listed in src/data/bedrock-models.ts), or add ap-east-1 there if Bedrock has launched in it since.';
    expect(modelOffered.check(contextFor({ region: 'ap-east-1' }))).toEqual([
      {
        pointer: '/region',
        message: '"ap-east-1" has no Bedrock runtime in the model table of 2026-11-22',
        hint,
      },
    ]);
    expect(modelOffered.check(contextFor({ bedrock: { region: 'ap-east-1' } }))).toEqual([
      {
        pointer: '/bedrock/region',
        message: '"ap-east-1" has no Bedrock runtime in the model table of 2026-11-22',
        hint,
      },
    ]);
  });

  it('leaves models past end of life to BDR002 and unknown regions to REG001', () => {
    expect(modelOffered.check(withModels({ chat: ['anthropic.claude-3-haiku-20240307-v1:0'] }))).toEqual([]);
    expect(
      modelOffered.check(
        contextFor({ bedrock: { region: 'ap-northeast-9', models: { chat: ['amazon.nova-lite-v1:0'] } } }),
      ),
    ).toEqual([]);
  });
});
