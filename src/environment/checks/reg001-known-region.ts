import { closest } from 'fastest-levenshtein';
import { awsRegionTable, isKnownRegion } from '../../data/aws-regions.js';
import type { Finding, PolicyCheck } from './policy-check.js';

export const knownRegion: PolicyCheck = {
  id: 'REG001',
  title: 'The stack region and the Bedrock region are AWS regions the kit knows',
  severity: 'error',
  check({ environment, written }) {
    const findings: Finding[] = [];
    const stack = unknownRegion('/region', environment.region);
    if (stack) findings.push(stack);
    // Left out, the Bedrock region is the stack region, already reported above.
    if (written.bedrock.region !== undefined) {
      const bedrock = unknownRegion('/bedrock/region', written.bedrock.region);
      if (bedrock) findings.push(bedrock);
    }
    return findings;
  },
};

function unknownRegion(pointer: string, region: string): Finding | undefined {
  if (isKnownRegion(region)) return undefined;
  return {
    pointer,
    message: `${JSON.stringify(region)} is not an AWS region the kit knows`,
    hint: regionHint(region),
  };
}

function regionHint(region: string): string {
  const { asOf } = awsRegionTable;
  if (/^(?:[a-z]{2}-gov-|cn-)/.test(region)) {
    return `${region} is a GovCloud or China region; the kit runs in the commercial regions listed in src/data/aws-regions.ts (as of ${asOf}).`;
  }
  const suggestion = closest(region, Object.keys(awsRegionTable.regions));
  return `Did you mean ${JSON.stringify(suggestion)}? If AWS launched ${region} after ${asOf}, add it to src/data/aws-regions.ts.`;
}
