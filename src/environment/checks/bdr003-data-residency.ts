import { residencyRegions } from '../../data/bedrock-models.js';
import {
  aModelFor,
  type ConfiguredModel,
  configuredModels,
  hasProfile,
  profileId,
} from '../bedrock-model-ids.js';
import type { ResolvedEnvironment } from '../resolve-environment.js';
import type { Finding, PolicyCheck } from './policy-check.js';

type Residency = keyof typeof residencyRegions;

const GEOGRAPHY: Readonly<Record<Residency, string>> = { jp: 'Japan', eu: 'Europe', us: 'the United States' };

export const dataResidency: PolicyCheck = {
  id: 'BDR003',
  title: 'The stack, the Bedrock region and every inference profile stay inside the data-residency geography',
  severity: 'error',
  check({ environment, written }) {
    const residency = environment.bedrock.dataResidency;
    if (residency === 'none') return [];
    const findings: Finding[] = [];
    const stack = regionOutside('/region', 'stack region', environment.region, residency);
    if (stack) findings.push(stack);
    // Left out, the Bedrock region is the stack region, already reported above.
    if (written.bedrock.region !== undefined) {
      const bedrock = regionOutside('/bedrock/region', 'Bedrock region', written.bedrock.region, residency);
      if (bedrock) findings.push(bedrock);
    }
    for (const entry of configuredModels(environment.bedrock.models)) {
      // Only the geography's own prefix keeps requests inside it; profileDestinations is a union over source
      // regions and must not be used to accept or reject a profile on its own.
      if (entry.profile === undefined || entry.profile === residency) continue;
      findings.push({
        pointer: entry.pointer,
        message: `the ${entry.profile}. profile ${JSON.stringify(entry.id)} can route requests outside ${GEOGRAPHY[residency]}`,
        hint: profileHint(entry, residency, environment),
      });
    }
    return findings;
  },
};

function regionOutside(
  pointer: string,
  label: string,
  region: string,
  residency: Residency,
): Finding | undefined {
  const allowed: readonly string[] = residencyRegions[residency];
  if (allowed.includes(region)) return undefined;
  return {
    pointer,
    message: `the ${label} ${JSON.stringify(region)} lies outside ${GEOGRAPHY[residency]}, which dataResidency ${JSON.stringify(residency)} requires`,
    hint: `With dataResidency ${JSON.stringify(residency)} use ${orList(allowed)}.`,
  };
}

function profileHint(entry: ConfiguredModel, residency: Residency, environment: ResolvedEnvironment): string {
  const { model } = entry;
  const region = environment.bedrock.region;
  if (model && hasProfile(model, residency)) {
    return `Use ${JSON.stringify(profileId(residency, entry.baseId))}, which keeps requests in ${GEOGRAPHY[residency]}.`;
  }
  if (model?.inRegion.includes(region)) {
    return `Use the in-region model ${JSON.stringify(entry.baseId)}, which keeps requests in ${region}.`;
  }
  return `Pick ${aModelFor(entry.role)} that has a ${residency}. profile or that ${region} offers in-region.`;
}

function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
