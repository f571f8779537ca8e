import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import { modelLifecycle } from './bdr002-model-lifecycle.js';

function withChat(...chat: string[]) {
  return contextFor({ bedrock: { crossRegionInference: true, models: { chat } } });
}

describe('BDR002 model lifecycle', () => {
  it('accepts active models and leaves unknown ones to BDR001', () => {
    expect(modelLifecycle.check(contextFor())).toEqual([]);
    expect(modelLifecycle.check(withChat('jp.anthropic.claude-sonnet-4-6', 'example.unknown-v1:0'))).toEqual(
      [],
    );
  });

  it('warns about a legacy model, keeping the profile prefix for the replacement', () => {
    expect(modelLifecycle.check(withChat('jp.anthropic.claude-sonnet-4-5-20250929-v1:0'))).toEqual([
      {
        pointer: '/bedrock/models/chat/0',
        severity: 'warning',
        message:
          '"jp.anthropic.claude-sonnet-4-5-20250929-v1:0" (Claude Sonnet 4.5) is legacy since 2026-10-08 and reaches end of life on 2027-04-08',
        hint: 'Move to "jp.anthropic.claude-sonnet-4-6": new accounts cannot use a legacy model, and accounts that leave it unused for 15 days may lose access.',
      },
    ]);
  });

  it('refuses a model past end of life, naming the replacement', () => {
    expect(
      modelLifecycle.check(withChat('amazon.nova-lite-v1:0', 'anthropic.claude-3-haiku-20240307-v1:0')),
    ).toEqual([
      {
        pointer: '/bedrock/models/chat/1',
        message:
          '"anthropic.claude-3-haiku-20240307-v1:0" (Claude 3 Haiku) is past end of life on 2026-09-10',
        hint: 'Replace it with "anthropic.claude-haiku-4-5-20251001-v1:0".',
      },
    ]);
  });

  it('drops a profile prefix the replacement does not have', () => {
    const [finding] = modelLifecycle.check(withChat('apac.anthropic.claude-3-5-sonnet-20241022-v2:0'));
    expect(finding?.hint).toBe('Replace it with "anthropic.claude-sonnet-4-6".');
  });

  it('says when the table names no successor', () => {
    expect(modelLifecycle.check(withChat('amazon.nova-premier-v1:0'))).toEqual([
      {
        pointer: '/bedrock/models/chat/0',
        message: '"amazon.nova-premier-v1:0" (Amazon Nova Premier) is past end of life on 2026-09-14',
        hint: 'Replace it with an active chat model; src/data/bedrock-models.ts names no successor.',
      },
    ]);
  });
});
