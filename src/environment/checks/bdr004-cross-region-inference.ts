import { type ConfiguredModel, configuredModels } from '../bedrock-model-ids.js';
import type { PolicyCheck } from './policy-check.js';

export const crossRegionInference: PolicyCheck = {
  id: 'BDR004',
  title: 'Inference profiles are used only when cross-region inference is allowed',
  severity: 'error',
  check({ environment }) {
    const { bedrock } = environment;
    if (bedrock.crossRegionInference) return [];
    return configuredModels(bedrock.models)
      .filter((entry) => entry.profile !== undefined)
      .map((entry) => ({
        pointer: entry.pointer,
        message: `${JSON.stringify(entry.id)} is a cross-region inference profile, but bedrock.crossRegionInference is false`,
        hint: hint(entry, bedrock.region),
      }));
  },
};

function hint(entry: ConfiguredModel, region: string): string {
  const turnOn = 'Set bedrock.crossRegionInference to true';
  if (entry.model?.inRegion.includes(region)) {
    return `${turnOn}, or use the in-region model ${JSON.stringify(entry.baseId)}, which ${region} offers.`;
  }
  if (entry.model) return `${turnOn}; ${region} does not offer ${JSON.stringify(entry.baseId)} in-region.`;
  return `${turnOn}, or use a base model ID that ${region} offers in-region.`;
}
