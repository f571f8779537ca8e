import { closest, distance } from 'fastest-levenshtein';
import { isKnownRegion } from '../../data/aws-regions.js';
import { type BedrockModel, bedrockModelTable } from '../../data/bedrock-models.js';
import {
  aModelFor,
  type ConfiguredModel,
  configuredModels,
  hasProfile,
  isOfferedIn,
  knownModelIds,
  profileId,
  profileSources,
  profilesCallableFrom,
} from '../bedrock-model-ids.js';
import type { EnvironmentFile } from '../environment.types.js';
import type { ResolvedEnvironment } from '../resolve-environment.js';
import type { Finding, PolicyCheck } from './policy-check.js';

type BedrockSettings = ResolvedEnvironment['bedrock'];

export const modelOffered: PolicyCheck = {
  id: 'BDR001',
  title: 'Every configured Bedrock model is offered in the Bedrock region, under a role the model has',
  severity: 'error',
  check({ environment, written }) {
    const { bedrock } = environment;
    // REG001 reports an unknown region; every model would fail here as well.
    if (!isKnownRegion(bedrock.region)) return [];
    if (!bedrockModelTable.regions.includes(bedrock.region)) return [noBedrock(bedrock.region, written)];
    return configuredModels(bedrock.models).flatMap((entry) => findingsFor(entry, bedrock));
  },
};

function noBedrock(region: string, written: EnvironmentFile): Finding {
  return {
    pointer: written.bedrock.region === undefined ? '/region' : '/bedrock/region',
    message: `${JSON.stringify(region)} has no Bedrock runtime in the model table of ${bedrockModelTable.asOf}`,
    hint: `Set bedrock.region to a region where Bedrock runs (listed in src/data/bedrock-models.ts), or add ${region} there if Bedrock has launched in it since.`,
  };
}

function findingsFor(entry: ConfiguredModel, bedrock: BedrockSettings): Finding[] {
  const { model } = entry;
  if (!model) return [unknownModel(entry, bedrock.region)];
  const findings: Finding[] = [];
  if (!model.roles.includes(entry.role)) findings.push(wrongRole(entry, model));
  // A model past end of life is BDR002's finding, with its replacement.
  if (model.lifecycle.status !== 'EOL' && !isOfferedIn(model, entry, bedrock.region)) {
    findings.push({
      pointer: entry.pointer,
      message: notOfferedMessage(entry, model, bedrock.region),
      hint: notOfferedHint(entry, model, bedrock),
    });
  }
  return findings;
}

function unknownModel(entry: ConfiguredModel, region: string): Finding {
  const suggestion = closestKnownId(entry.baseId);
  const didYouMean =
    suggestion === undefined
      ? ''
      : `Did you mean ${JSON.stringify(entry.profile === undefined ? suggestion : profileId(entry.profile, suggestion))}? `;
  return {
    pointer: entry.pointer,
    severity: 'warning',
    message: `${JSON.stringify(entry.id)} is not in the Bedrock model table of ${bedrockModelTable.asOf}, so whether ${JSON.stringify(region)} offers it cannot be checked offline`,
    hint: `${didYouMean}If the ID is right, check it in the Bedrock console for ${region} and add the model to src/data/bedrock-models.ts.`,
  };
}

function closestKnownId(baseId: string): string | undefined {
  const candidate = closest(baseId, knownModelIds());
  return distance(baseId, candidate) <= 3 ? candidate : undefined;
}

function wrongRole(entry: ConfiguredModel, model: BedrockModel): Finding {
  const role = model.roles[0] ?? 'chat';
  return {
    pointer: entry.pointer,
    severity: 'warning',
    message: `${JSON.stringify(entry.id)} is listed under ${entry.role}, but ${model.name} is ${aModelFor(role)}`,
    hint: `Move it to bedrock.models.${role}, or pick ${aModelFor(entry.role)} here.`,
  };
}

function notOfferedMessage(entry: ConfiguredModel, model: BedrockModel, region: string): string {
  const id = JSON.stringify(entry.id);
  if (entry.profile === undefined) return `${id} is not offered on demand in ${JSON.stringify(region)}`;
  if (entry.profile === 'us-gov')
    return `${id} is a GovCloud inference profile, which ${JSON.stringify(region)} cannot call`;
  if (!hasProfile(model, entry.profile))
    return `${id} does not exist: ${model.name} has no ${entry.profile}. inference profile`;
  return `${id} cannot be called from ${JSON.stringify(region)}`;
}

/** The nearest fix: the in-region base model, another profile this region can call, or another region. */
function notOfferedHint(entry: ConfiguredModel, model: BedrockModel, bedrock: BedrockSettings): string {
  const { region, dataResidency, crossRegionInference } = bedrock;
  if (entry.profile !== undefined && model.inRegion.includes(region)) {
    return `Use the in-region model ${JSON.stringify(entry.baseId)}, which ${region} offers without a profile.`;
  }
  // BDR003 refuses any other prefix under a residency rule, so do not suggest one.
  const profile = profilesCallableFrom(model, region).find(
    (p) => p !== entry.profile && (dataResidency === 'none' || p === dataResidency),
  );
  if (profile !== undefined) {
    const switchOn = crossRegionInference ? '' : ' with bedrock.crossRegionInference set to true';
    return `Use the inference profile ${JSON.stringify(profileId(profile, entry.baseId))}, which ${region} can call${switchOn}.`;
  }
  const regions = entry.profile === undefined ? model.inRegion : profileSources(model, entry.profile);
  if (regions.length > 0) {
    return `Pick ${aModelFor(entry.role)} that ${region} offers, or set bedrock.region to one that offers ${JSON.stringify(entry.id)}: ${listRegions(regions)}.`;
  }
  return `Pick ${aModelFor(entry.role)} that ${region} offers (see src/data/bedrock-models.ts).`;
}

function listRegions(regions: readonly string[]): string {
  const shown = 6;
  if (regions.length <= shown) return regions.join(', ');
  return `${regions.slice(0, shown).join(', ')} and ${regions.length - shown} more`;
}
