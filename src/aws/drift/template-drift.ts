import { type CloudFormationClient, GetTemplateCommand } from '@aws-sdk/client-cloudformation';
import { parse, type Tags } from 'yaml';
import type { CloudFormationResource, CloudFormationTemplate } from '../../render/cloudformation-template.js';
import { type RetryOptions, retry } from '../credentials/retry.js';
import { DriftError, explainDriftFailure } from './drift-error.js';

export interface TemplateResourceRef {
  readonly logicalId: string;
  readonly type: string;
}

export interface ChangedTemplateResource {
  readonly logicalId: string;
  /** The type in the rendered template. */
  readonly type: string;
  /** The type deployed, when it differs (a replacement). */
  readonly deployedType: string | undefined;
  /** Top-level property names whose values differ, added or removed, sorted. */
  readonly properties: readonly string[];
  /** Other resource attributes that differ: DeletionPolicy, DependsOn, Condition, …, sorted. */
  readonly attributes: readonly string[];
}

/** How the template deployed differs from the one the repository renders. */
export interface TemplateDrift {
  /** In the rendered template, not deployed. */
  readonly added: readonly TemplateResourceRef[];
  /** Deployed, not in the rendered template. */
  readonly removed: readonly TemplateResourceRef[];
  readonly changed: readonly ChangedTemplateResource[];
  readonly outputs: {
    readonly added: readonly string[];
    readonly removed: readonly string[];
    readonly changed: readonly string[];
  };
}

/** Whether the two templates differ at all. */
export function hasTemplateDrift(drift: TemplateDrift): boolean {
  return (
    drift.added.length + drift.removed.length + drift.changed.length > 0 ||
    drift.outputs.added.length + drift.outputs.removed.length + drift.outputs.changed.length > 0
  );
}

/**
 * Compares the template deployed (GetTemplate's TemplateBody, YAML or JSON,
 * short-form intrinsics such as `!Ref` understood) with the template rendered
 * from the repository: resources added, removed and changed, and outputs.
 * Pure; every list sorted.
 */
export function compareTemplates(deployed: string, rendered: CloudFormationTemplate): TemplateDrift {
  const before = parseDeployedTemplate(deployed);
  const beforeResources = before.Resources;
  const afterResources = rendered.Resources;
  const ids = sortedUnion(Object.keys(beforeResources), Object.keys(afterResources));
  const added: TemplateResourceRef[] = [];
  const removed: TemplateResourceRef[] = [];
  const changed: ChangedTemplateResource[] = [];
  for (const logicalId of ids) {
    const old = beforeResources[logicalId];
    const current = afterResources[logicalId];
    if (old === undefined && current !== undefined) added.push({ logicalId, type: current.Type });
    else if (old !== undefined && current === undefined) removed.push({ logicalId, type: old.Type });
    else if (old !== undefined && current !== undefined) {
      const change = compareResource(logicalId, old, current);
      if (change !== undefined) changed.push(change);
    }
  }
  return { added, removed, changed, outputs: compareRecords(before.Outputs ?? {}, rendered.Outputs ?? {}) };
}

function compareResource(
  logicalId: string,
  old: CloudFormationResource,
  current: CloudFormationResource,
): ChangedTemplateResource | undefined {
  const properties = differingKeys(old.Properties ?? {}, current.Properties ?? {});
  const attributes = differingKeys(withoutProperties(old), withoutProperties(current)).filter(
    (attribute) => attribute !== 'Type',
  );
  const deployedType = old.Type === current.Type ? undefined : old.Type;
  if (properties.length === 0 && attributes.length === 0 && deployedType === undefined) return undefined;
  return { logicalId, type: current.Type, deployedType, properties, attributes };
}

function withoutProperties(resource: CloudFormationResource): Record<string, unknown> {
  const { Properties: _properties, ...rest } = resource;
  return rest;
}

function compareRecords(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): TemplateDrift['outputs'] {
  const names = sortedUnion(Object.keys(before), Object.keys(after));
  return {
    added: names.filter((name) => !(name in before)),
    removed: names.filter((name) => !(name in after)),
    changed: names.filter((name) => name in before && name in after && !sameValue(before[name], after[name])),
  };
}

function differingKeys(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): string[] {
  return sortedUnion(Object.keys(before), Object.keys(after)).filter(
    (key) => !sameValue(before[key], after[key]),
  );
}

function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** JSON with object keys sorted, so that key order never counts as a change. */
function canonical(value: unknown): string {
  return (
    JSON.stringify(value, (_key, inner: unknown) =>
      typeof inner === 'object' && inner !== null && !Array.isArray(inner)
        ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => compare(a, b)))
        : inner,
    ) ?? 'undefined'
  );
}

function sortedUnion(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort(compare);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The short-form intrinsics of CloudFormation YAML, read as their long forms. */
const INTRINSICS = [
  'Base64',
  'Cidr',
  'FindInMap',
  'GetAZs',
  'ImportValue',
  'Join',
  'Select',
  'Split',
  'Sub',
  'Transform',
  'If',
  'Equals',
  'Not',
  'And',
  'Or',
  'Contains',
  'EachMemberEquals',
  'EachMemberIn',
  'RefAll',
  'ValueOf',
  'ValueOfAll',
  'GetAtt',
  'Length',
  'ToJsonString',
];

function cloudFormationTags(): Tags {
  const tags: Tags = [
    { tag: '!Ref', resolve: (value: string) => ({ Ref: value }) },
    { tag: '!Condition', resolve: (value: string) => ({ Condition: value }) },
  ];
  for (const name of INTRINSICS) {
    const key = `Fn::${name}`;
    tags.push({
      tag: `!${name}`,
      resolve: (value: string) => ({ [key]: name === 'GetAtt' ? splitGetAtt(value) : value }),
    });
    for (const collection of ['seq', 'map'] as const) {
      tags.push({
        tag: `!${name}`,
        collection,
        resolve: (node) => ({ [key]: node.toJSON() }),
      });
    }
  }
  return tags;
}

function splitGetAtt(value: string): string[] {
  const dot = value.indexOf('.');
  return dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)];
}

/** The deployed template, parsed; a DriftError when it is neither YAML nor JSON with Resources. */
export function parseDeployedTemplate(text: string): CloudFormationTemplate {
  let parsed: unknown;
  try {
    parsed = parse(text, { customTags: cloudFormationTags(), maxAliasCount: 1_000 });
  } catch (error) {
    throw unreadable(`it is not valid YAML or JSON: ${(error as Error).message}`, error);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw unreadable('it is not a mapping');
  const resources = (parsed as Record<string, unknown>).Resources;
  if (typeof resources !== 'object' || resources === null || Array.isArray(resources))
    throw unreadable('it has no Resources');
  return parsed as CloudFormationTemplate;
}

function unreadable(why: string, cause?: unknown): DriftError {
  return new DriftError(
    'unreadable-template',
    `the template deployed could not be read: ${why}`,
    'Look at the template in the CloudFormation console (Template tab); redeploy from the repository to replace it.',
    cause === undefined ? undefined : { cause },
  );
}

/** The template the stack was last deployed with, as submitted (GetTemplate, TemplateStage Original). */
export async function fetchDeployedTemplate(
  cloudFormation: CloudFormationClient,
  stackName: string,
  retryOptions: RetryOptions = {},
): Promise<string> {
  try {
    const answer = await retry(
      () => cloudFormation.send(new GetTemplateCommand({ StackName: stackName, TemplateStage: 'Original' })),
      retryOptions,
    );
    if (answer.TemplateBody === undefined) throw unreadable('GetTemplate returned no template body');
    return answer.TemplateBody;
  } catch (error) {
    throw explainDriftFailure(error, stackName, 'GetTemplate');
  }
}
