import { describe, expect, it } from 'vitest';
import {
  aModelFor,
  configuredModels,
  findBedrockModel,
  hasProfile,
  isOfferedIn,
  parseModelId,
  profileId,
  profileSources,
  profilesCallableFrom,
} from './bedrock-model-ids.js';

function tableModel(id: string) {
  const model = findBedrockModel(id);
  if (!model) throw new Error(`${id} is not in the model table`);
  return model;
}

describe('parseModelId', () => {
  it('leaves a base model ID whole', () => {
    expect(parseModelId('amazon.titan-embed-text-v2:0')).toEqual({ baseId: 'amazon.titan-embed-text-v2:0' });
    expect(parseModelId('anthropic.claude-v2:1')).toEqual({ baseId: 'anthropic.claude-v2:1' });
  });

  it.each(['us', 'eu', 'apac', 'jp', 'au', 'ca', 'global', 'us-gov'])(
    'splits the %s. profile prefix',
    (prefix) => {
      expect(parseModelId(`${prefix}.anthropic.claude-sonnet-4-6`)).toEqual({
        profile: prefix,
        baseId: 'anthropic.claude-sonnet-4-6',
      });
    },
  );

  it('does not take a prefix-like provider for a profile', () => {
    expect(parseModelId('jp.model-without-provider')).toEqual({ baseId: 'jp.model-without-provider' });
    expect(parseModelId('no-dot')).toEqual({ baseId: 'no-dot' });
  });

  it('builds a profile ID back', () => {
    expect(profileId('jp', 'amazon.nova-2-lite-v1:0')).toBe('jp.amazon.nova-2-lite-v1:0');
  });
});

describe('table lookups', () => {
  it('finds a base model and knows nothing of an unknown one', () => {
    expect(findBedrockModel('amazon.nova-lite-v1:0')?.name).toBe('Amazon Nova Lite');
    expect(findBedrockModel('example.unknown-model-v1:0')).toBeUndefined();
  });

  it('tells in-region models from profile-only ones', () => {
    const novaLite = tableModel('amazon.nova-lite-v1:0');
    expect(isOfferedIn(novaLite, { baseId: novaLite.id }, 'ap-northeast-1')).toBe(true);
    expect(isOfferedIn(novaLite, { baseId: novaLite.id }, 'ap-northeast-3')).toBe(false);
    expect(isOfferedIn(novaLite, { profile: 'apac', baseId: novaLite.id }, 'ap-northeast-1')).toBe(true);
    expect(isOfferedIn(novaLite, { profile: 'jp', baseId: novaLite.id }, 'ap-northeast-1')).toBe(false);
  });

  it('knows the source regions of a profile, and that GovCloud profiles are not in the table', () => {
    const novaTwoLite = tableModel('amazon.nova-2-lite-v1:0');
    expect(profileSources(novaTwoLite, 'jp')).toEqual(['ap-northeast-1']);
    expect(hasProfile(novaTwoLite, 'jp')).toBe(true);
    expect(hasProfile(novaTwoLite, 'apac')).toBe(false);
    expect(hasProfile(novaTwoLite, 'us-gov')).toBe(false);
  });

  it('lists the callable profiles narrowest geography first', () => {
    expect(profilesCallableFrom(tableModel('anthropic.claude-sonnet-4-6'), 'ap-northeast-1')).toEqual([
      'jp',
      'global',
    ]);
    expect(profilesCallableFrom(tableModel('amazon.nova-2-lite-v1:0'), 'ap-northeast-3')).toEqual([]);
  });
});

describe('aModelFor', () => {
  it('names a role with its article', () => {
    expect((['chat', 'embedding', 'rerank'] as const).map((role) => aModelFor(role))).toEqual([
      'a chat model',
      'an embedding model',
      'a rerank model',
    ]);
  });
});

describe('configuredModels', () => {
  it('lists every model with its role, pointer and table row', () => {
    const models = configuredModels({
      chat: ['amazon.nova-lite-v1:0', 'jp.anthropic.claude-sonnet-4-6'],
      embedding: [],
      rerank: ['example.unknown-rerank-v1:0'],
    });
    expect(
      models.map(({ role, id, pointer, profile, baseId, model }) => ({
        role,
        id,
        pointer,
        profile,
        baseId,
        name: model?.name,
      })),
    ).toEqual([
      {
        role: 'chat',
        id: 'amazon.nova-lite-v1:0',
        pointer: '/bedrock/models/chat/0',
        profile: undefined,
        baseId: 'amazon.nova-lite-v1:0',
        name: 'Amazon Nova Lite',
      },
      {
        role: 'chat',
        id: 'jp.anthropic.claude-sonnet-4-6',
        pointer: '/bedrock/models/chat/1',
        profile: 'jp',
        baseId: 'anthropic.claude-sonnet-4-6',
        name: 'Claude Sonnet 4.6',
      },
      {
        role: 'rerank',
        id: 'example.unknown-rerank-v1:0',
        pointer: '/bedrock/models/rerank/0',
        profile: undefined,
        baseId: 'example.unknown-rerank-v1:0',
        name: undefined,
      },
    ]);
  });

  it('accepts roles left out', () => {
    expect(configuredModels({ chat: ['amazon.nova-lite-v1:0'] }).map((m) => m.pointer)).toEqual([
      '/bedrock/models/chat/0',
    ]);
  });
});
