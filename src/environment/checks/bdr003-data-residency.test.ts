import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import { dataResidency } from './bdr003-data-residency.js';

function residency(value: string, chat: string[], overrides: Record<string, unknown> = {}) {
  return contextFor({
    ...overrides,
    bedrock: { dataResidency: value, crossRegionInference: true, models: { chat } },
  });
}

describe('BDR003 data residency', () => {
  it('applies no rule with dataResidency none', () => {
    expect(dataResidency.check(contextFor())).toEqual([]);
    expect(
      dataResidency.check(residency('none', ['global.anthropic.claude-sonnet-4-6'], { region: 'us-east-1' })),
    ).toEqual([]);
  });

  it('accepts in-region models and profiles of the geography', () => {
    expect(
      dataResidency.check(residency('jp', ['amazon.nova-lite-v1:0', 'jp.anthropic.claude-sonnet-4-6'])),
    ).toEqual([]);
    expect(
      dataResidency.check(residency('us', ['us.anthropic.claude-sonnet-4-6'], { region: 'us-west-2' })),
    ).toEqual([]);
  });

  it('refuses a stack region outside the geography, listing the allowed regions', () => {
    expect(dataResidency.check(residency('jp', ['amazon.nova-lite-v1:0'], { region: 'us-east-1' }))).toEqual([
      {
        pointer: '/region',
        message: 'the stack region "us-east-1" lies outside Japan, which dataResidency "jp" requires',
        hint: 'With dataResidency "jp" use ap-northeast-1 or ap-northeast-3.',
      },
    ]);
  });

  it('refuses a written Bedrock region outside the geography', () => {
    const context = contextFor({
      bedrock: { region: 'us-west-2', dataResidency: 'jp', models: { chat: ['amazon.nova-lite-v1:0'] } },
    });
    expect(dataResidency.check(context)).toEqual([
      {
        pointer: '/bedrock/region',
        message: 'the Bedrock region "us-west-2" lies outside Japan, which dataResidency "jp" requires',
        hint: 'With dataResidency "jp" use ap-northeast-1 or ap-northeast-3.',
      },
    ]);
  });

  it('refuses a global profile, naming the profile of the geography', () => {
    expect(dataResidency.check(residency('jp', ['global.anthropic.claude-sonnet-4-6']))).toEqual([
      {
        pointer: '/bedrock/models/chat/0',
        message: 'the global. profile "global.anthropic.claude-sonnet-4-6" can route requests outside Japan',
        hint: 'Use "jp.anthropic.claude-sonnet-4-6", which keeps requests in Japan.',
      },
    ]);
  });

  it('refuses an apac. profile from Japan, naming the in-region model when there is one', () => {
    const findings = dataResidency.check(
      residency('jp', ['apac.amazon.nova-lite-v1:0', 'apac.amazon.nova-pro-v1:0']),
    );
    expect(findings).toEqual([
      {
        pointer: '/bedrock/models/chat/0',
        message: 'the apac. profile "apac.amazon.nova-lite-v1:0" can route requests outside Japan',
        hint: 'Use the in-region model "amazon.nova-lite-v1:0", which keeps requests in ap-northeast-1.',
      },
      {
        pointer: '/bedrock/models/chat/1',
        message: 'the apac. profile "apac.amazon.nova-pro-v1:0" can route requests outside Japan',
        hint: 'Pick a chat model that has a jp. profile or that ap-northeast-1 offers in-region.',
      },
    ]);
  });

  it('holds Europe to eu. profiles', () => {
    const [finding] = dataResidency.check(
      residency('eu', ['us.amazon.nova-lite-v1:0'], { region: 'eu-central-1' }),
    );
    expect(finding?.message).toBe(
      'the us. profile "us.amazon.nova-lite-v1:0" can route requests outside Europe',
    );
    expect(finding?.hint).toBe('Use "eu.amazon.nova-lite-v1:0", which keeps requests in Europe.');
  });
});
