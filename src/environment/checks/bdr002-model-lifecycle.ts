import type { BedrockModel } from '../../data/bedrock-models.js';
import {
  type ConfiguredModel,
  configuredModels,
  findBedrockModel,
  hasProfile,
  profileId,
} from '../bedrock-model-ids.js';
import type { Finding, PolicyCheck } from './policy-check.js';

export const modelLifecycle: PolicyCheck = {
  id: 'BDR002',
  title: 'No configured Bedrock model is legacy or past its end of life',
  severity: 'error',
  check({ environment }) {
    // A model the table does not know is BDR001's finding.
    return configuredModels(environment.bedrock.models).flatMap((entry) =>
      entry.model ? lifecycleFindings(entry, entry.model) : [],
    );
  },
};

function lifecycleFindings(entry: ConfiguredModel, model: BedrockModel): Finding[] {
  const { status, legacyDate, eolDate } = model.lifecycle;
  const subject = `${JSON.stringify(entry.id)} (${model.name})`;
  const replacement = replacementId(entry, model);
  if (status === 'EOL') {
    return [
      {
        pointer: entry.pointer,
        message: `${subject} is past end of life${eolDate ? ` on ${eolDate}` : ''}`,
        hint: replacement
          ? `Replace it with ${JSON.stringify(replacement)}.`
          : `Replace it with an active ${entry.role} model; src/data/bedrock-models.ts names no successor.`,
      },
    ];
  }
  if (status === 'LEGACY') {
    const since = legacyDate ? ` since ${legacyDate}` : '';
    const until = eolDate ? ` and reaches end of life on ${eolDate}` : '';
    const move = replacement
      ? `Move to ${JSON.stringify(replacement)}`
      : `Move to an active ${entry.role} model`;
    return [
      {
        pointer: entry.pointer,
        severity: 'warning',
        message: `${subject} is legacy${since}${until}`,
        hint: `${move}: new accounts cannot use a legacy model, and accounts that leave it unused for 15 days may lose access.`,
      },
    ];
  }
  return [];
}

/** The table's replacement, behind the same profile prefix when the replacement has that profile. */
function replacementId(entry: ConfiguredModel, model: BedrockModel): string | undefined {
  const replacement = model.lifecycle.replacement;
  if (replacement === undefined) return undefined;
  const successor = findBedrockModel(replacement);
  if (entry.profile !== undefined && successor && hasProfile(successor, entry.profile)) {
    return profileId(entry.profile, replacement);
  }
  return replacement;
}
