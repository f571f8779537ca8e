import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import { crossRegionInference } from './bdr004-cross-region-inference.js';

function withChat(chat: string[], allowed?: boolean) {
  return contextFor({ bedrock: { crossRegionInference: allowed, models: { chat } } });
}

describe('BDR004 cross-region inference', () => {
  it('accepts base models without cross-region inference, and profiles with it', () => {
    expect(crossRegionInference.check(contextFor())).toEqual([]);
    expect(crossRegionInference.check(withChat(['jp.anthropic.claude-sonnet-4-6'], true))).toEqual([]);
  });

  it('refuses a profile while cross-region inference is off, naming the in-region model', () => {
    expect(
      crossRegionInference.check(withChat(['amazon.nova-lite-v1:0', 'apac.amazon.nova-lite-v1:0'])),
    ).toEqual([
      {
        pointer: '/bedrock/models/chat/1',
        message:
          '"apac.amazon.nova-lite-v1:0" is a cross-region inference profile, but bedrock.crossRegionInference is false',
        hint: 'Set bedrock.crossRegionInference to true, or use the in-region model "amazon.nova-lite-v1:0", which ap-northeast-1 offers.',
      },
    ]);
  });

  it('says when the region offers no in-region model to fall back to', () => {
    const [profileOnly] = crossRegionInference.check(withChat(['jp.anthropic.claude-sonnet-4-6'], false));
    expect(profileOnly?.hint).toBe(
      'Set bedrock.crossRegionInference to true; ap-northeast-1 does not offer "anthropic.claude-sonnet-4-6" in-region.',
    );
    const [unknown] = crossRegionInference.check(withChat(['us.example.unknown-v1:0']));
    expect(unknown?.hint).toBe(
      'Set bedrock.crossRegionInference to true, or use a base model ID that ap-northeast-1 offers in-region.',
    );
  });
});
