import {
  type BedrockModel,
  bedrockModelTable,
  type ModelRole,
  type ProfileGeography,
} from '../data/bedrock-models.js';
import { joinPointer } from './json-pointer.js';

/**
 * The prefix of a system-defined inference profile ID. us-gov is GovCloud's:
 * the schema accepts it, the model table (commercial regions only) has none.
 */
export type ProfilePrefix = ProfileGeography | 'us-gov';

const PROFILE_PREFIXES: readonly string[] = ['us', 'eu', 'apac', 'jp', 'au', 'ca', 'global', 'us-gov'];

/** A model ID split into its inference-profile prefix, if any, and the base model ID. */
export interface ModelId {
  readonly profile?: ProfilePrefix;
  readonly baseId: string;
}

/** One model written in bedrock.models, with where it is and what the table knows of it. */
export interface ConfiguredModel extends ModelId {
  readonly role: ModelRole;
  /** The ID as written, e.g. "jp.anthropic.claude-sonnet-4-5-20250929-v1:0". */
  readonly id: string;
  /** e.g. "/bedrock/models/chat/0" */
  readonly pointer: string;
  /** The table's row for the base model, undefined when the table does not know it. */
  readonly model: BedrockModel | undefined;
}

const ROLES: readonly ModelRole[] = ['chat', 'embedding', 'rerank'];

// Narrowest geography first: the profile that keeps requests closest to the caller, global last.
const PROFILE_PREFERENCE: readonly ProfileGeography[] = ['jp', 'au', 'ca', 'eu', 'us', 'apac', 'global'];

const tableModels: readonly BedrockModel[] = bedrockModelTable.models;

function isProfilePrefix(value: string): value is ProfilePrefix {
  return PROFILE_PREFIXES.includes(value);
}

/** "jp.anthropic.claude-…" -> { profile: "jp", baseId: "anthropic.claude-…" }; a base ID has no profile. */
export function parseModelId(id: string): ModelId {
  const dot = id.indexOf('.');
  const head = id.slice(0, dot);
  const rest = id.slice(dot + 1);
  // A base ID is "<provider>.<model>", so a profile ID still has a dot after its prefix.
  if (dot > 0 && isProfilePrefix(head) && rest.includes('.')) return { profile: head, baseId: rest };
  return { baseId: id };
}

export function profileId(profile: ProfilePrefix, baseId: string): string {
  return `${profile}.${baseId}`;
}

export function findBedrockModel(baseId: string): BedrockModel | undefined {
  return tableModels.find((model) => model.id === baseId);
}

/** Every base model ID in the table. */
export function knownModelIds(): string[] {
  return tableModels.map((model) => model.id);
}

/** The regions from which "<profile>.<model>" can be called; empty when the model has no such profile. */
export function profileSources(model: BedrockModel, profile: ProfilePrefix): readonly string[] {
  return profile === 'us-gov' ? [] : (model.profiles[profile] ?? []);
}

export function hasProfile(model: BedrockModel, profile: ProfilePrefix): boolean {
  return profileSources(model, profile).length > 0;
}

/** Whether the ID (base or profile) of this model can be invoked from the region, per the table. */
export function isOfferedIn(model: BedrockModel, id: ModelId, region: string): boolean {
  return id.profile === undefined
    ? model.inRegion.includes(region)
    : profileSources(model, id.profile).includes(region);
}

/** The profiles of the model that the region can call, narrowest geography first. */
export function profilesCallableFrom(model: BedrockModel, region: string): ProfileGeography[] {
  return PROFILE_PREFERENCE.filter((profile) => profileSources(model, profile).includes(region));
}

/** "a chat model", "an embedding model", "a rerank model". */
export function aModelFor(role: ModelRole): string {
  return `${role === 'embedding' ? 'an' : 'a'} ${role} model`;
}

/** Every model in bedrock.models, in role order (chat, embedding, rerank) and then as written. */
export function configuredModels(
  models: Readonly<Partial<Record<ModelRole, readonly string[]>>>,
): ConfiguredModel[] {
  return ROLES.flatMap((role) =>
    (models[role] ?? []).map((id, index) => {
      const parsed = parseModelId(id);
      return {
        ...parsed,
        role,
        id,
        pointer: joinPointer(joinPointer('/bedrock/models', role), index),
        model: findBedrockModel(parsed.baseId),
      };
    }),
  );
}
