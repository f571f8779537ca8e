import { closest } from 'fastest-levenshtein';
import { awsRegionTable, isKnownRegion } from '../data/aws-regions.js';

/** Why a region given on the command line or as an action input cannot be used, and what to give instead. */
export interface RegionProblem {
  readonly message: string;
  readonly hint: string;
}

/**
 * Undefined for a commercial AWS region the kit knows (src/data/aws-regions.ts,
 * the table the environment file's `region` is checked against); otherwise what
 * is wrong with it. The SDK would take any string and fail later, at the first
 * call, with an endpoint or signature error that does not name the option.
 */
export function checkRegion(region: string): RegionProblem | undefined {
  if (isKnownRegion(region)) return undefined;
  const { asOf } = awsRegionTable;
  if (!/^[a-z]{2}(?:-gov)?-[a-z]+-\d{1,2}$/.test(region))
    return {
      message: 'not an AWS region code',
      hint: `Give a region code such as ${suggestion(region) ?? 'eu-west-1'} (the regions are listed in src/data/aws-regions.ts), or leave it out to use the environment file's region.`,
    };
  if (/^(?:[a-z]{2}-gov-|cn-)/.test(region))
    return {
      message: 'a GovCloud or China region, which the kit does not support',
      hint: `Use one of the commercial regions listed in src/data/aws-regions.ts (as of ${asOf}).`,
    };
  return {
    message: 'not an AWS region the kit knows',
    hint: `Did you mean ${JSON.stringify(suggestion(region))}? If AWS launched ${region} after ${asOf}, add it to src/data/aws-regions.ts.`,
  };
}

function suggestion(region: string): string | undefined {
  const candidate = closest(region.toLowerCase().trim(), Object.keys(awsRegionTable.regions));
  return candidate === '' ? undefined : candidate;
}
