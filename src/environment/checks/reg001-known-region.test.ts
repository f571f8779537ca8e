import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import { knownRegion } from './reg001-known-region.js';

describe('REG001 known region', () => {
  it('accepts known stack and Bedrock regions', () => {
    expect(knownRegion.check(contextFor())).toEqual([]);
    expect(knownRegion.check(contextFor({ bedrock: { region: 'us-west-2' } }))).toEqual([]);
  });

  it('refuses an unknown stack region, suggesting the closest and where to add a new one', () => {
    expect(knownRegion.check(contextFor({ region: 'ap-northeast-9' }))).toEqual([
      {
        pointer: '/region',
        message: '"ap-northeast-9" is not an AWS region the kit knows',
        hint: 'Did you mean "ap-northeast-1"? If AWS launched ap-northeast-9 after 2026-11-22, add it to src/data/aws-regions.ts.',
      },
    ]);
  });

  it('points at bedrock.region only when it is written', () => {
    expect(knownRegion.check(contextFor({ bedrock: { region: 'us-westt-2' } }))).toEqual([
      {
        pointer: '/bedrock/region',
        message: '"us-westt-2" is not an AWS region the kit knows',
        hint: 'Did you mean "us-west-2"? If AWS launched us-westt-2 after 2026-11-22, add it to src/data/aws-regions.ts.',
      },
    ]);
    expect(knownRegion.check(contextFor({ region: 'eu-west-9' })).map((f) => f.pointer)).toEqual(['/region']);
  });

  it('says a GovCloud region is outside the commercial regions', () => {
    const [finding] = knownRegion.check(contextFor({ region: 'us-gov-west-1' }));
    expect(finding?.hint).toBe(
      'us-gov-west-1 is a GovCloud or China region; the kit runs in the commercial regions listed in src/data/aws-regions.ts (as of 2026-11-22).',
    );
  });
});
