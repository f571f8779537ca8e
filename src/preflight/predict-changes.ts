import { isDeepStrictEqual } from 'node:util';
import type { PolicyAction, RequiresRecreation } from '@aws-sdk/client-cloudformation';
import {
  type ChangeRow,
  type ChangeRowAction,
  DATA_FATE,
  type GuardedChange,
} from '../aws/deploy/change-set-verdict.js';
import {
  type ReplacementProperties,
  replacementProperties,
} from '../data/replacement-properties.generated.js';
import type { CloudFormationResource } from '../render/cloudformation-template.js';
import { isStatefulResourceType } from '../render/lint/rules/sec007-stateful-protection.js';
import { collectReferences } from '../render/lint/rules/template-walk.js';

/** A resource as compared: the kit's resource type, plus attributes the kit never writes but a template may. */
export type ResourceLike = CloudFormationResource & {
  readonly UpdatePolicy?: unknown;
  readonly CreationPolicy?: unknown;
};

/** The part of a parsed template the prediction reads; a rendered CloudFormationTemplate is one. */
export interface TemplateLike {
  readonly Resources: Readonly<Record<string, ResourceLike>>;
}

export interface PredictedChanges {
  /** What a deploy would do to each resource, in the shape of a real change set's rows. */
  readonly rows: readonly ChangeRow[];
  /** The stateful resources among the rows that would be replaced or removed, with what to do about it. */
  readonly statefulReplacements: readonly GuardedChange[];
}

/**
 * Predicts, without AWS, what deploying `next` over a stack made from `base` does to
 * each resource (base undefined: a new stack, every resource is added). Which property
 * changes replace a resource comes from the CloudFormation specification, through the
 * generated replacement table. Values only known at deploy time are not resolved: a
 * property that points at a resource being replaced counts as changed by it.
 */
export function predictChanges(base: TemplateLike | undefined, next: TemplateLike): PredictedChanges {
  const rows =
    base === undefined
      ? Object.entries(next.Resources).map(([logicalId, resource]) => addedRow(logicalId, resource))
      : compareTemplates(base, next);
  return { rows, statefulReplacements: rows.flatMap((row) => statefulReplacement(row, base)) };
}

/** True when losing the resource loses data: the kit's own list (the deploy guard's), or the specification's. */
export function isStatefulType(type: string): boolean {
  return isStatefulResourceType(type) || rulesOf(type)?.stateful === true;
}

/** One changed property or attribute, and whether changing it recreates the resource. */
interface Change {
  readonly name: string;
  readonly recreation: RequiresRecreation;
  /** The replaced resources whose new identity reaches an otherwise unchanged property. */
  readonly causedBy: readonly string[];
}

/** How sure a replacement is. */
type Certainty = Exclude<RequiresRecreation, 'Never'>;

/** Logical id → how sure the resource is to be replaced. */
type Replacements = ReadonlyMap<string, Certainty>;

/**
 * Replacing a resource changes its Ref and attributes, which may replace the resources
 * that point at it, and so on: the rows are computed again until the replacements settle.
 * They only ever grow, so this ends.
 */
function compareTemplates(base: TemplateLike, next: TemplateLike): ChangeRow[] {
  const references = propertyReferences(next);
  let replacements: Replacements = new Map();
  for (;;) {
    const rows = rowsOf(base, next, references, replacements);
    const found = replacementsOf(rows);
    if (sameReplacements(found, replacements)) return rows;
    replacements = found;
  }
}

function rowsOf(
  base: TemplateLike,
  next: TemplateLike,
  references: PropertyReferences,
  replacements: Replacements,
): ChangeRow[] {
  const rows: ChangeRow[] = [];
  for (const [logicalId, resource] of Object.entries(next.Resources)) {
    const before = resourceOf(base, logicalId);
    if (before === undefined) {
      rows.push(addedRow(logicalId, resource));
      continue;
    }
    const changes = changesOf(before, resource, references.get(logicalId), replacements);
    if (changes.length > 0) rows.push(changedRow(logicalId, resource, changes));
  }
  for (const [logicalId, resource] of Object.entries(base.Resources)) {
    if (resourceOf(next, logicalId) === undefined) rows.push(removedRow(logicalId, resource));
  }
  return rows;
}

function changesOf(
  before: ResourceLike,
  after: ResourceLike,
  references: ReadonlyMap<string, readonly string[]> | undefined,
  replacements: Replacements,
): Change[] {
  if (before.Type !== after.Type) return [{ name: 'Type', recreation: 'Always', causedBy: [] }];
  return [...propertyChanges(before, after, references, replacements), ...attributeChanges(before, after)];
}

/**
 * Each top-level property whose value differs (intrinsics compared as written), or that
 * points (Ref, Fn::GetAtt, Fn::Sub) at a resource being replaced.
 */
function propertyChanges(
  before: ResourceLike,
  after: ResourceLike,
  references: ReadonlyMap<string, readonly string[]> | undefined,
  replacements: Replacements,
): Change[] {
  const rules = rulesOf(after.Type);
  const old = before.Properties ?? {};
  const now = after.Properties ?? {};
  const changes: Change[] = [];
  for (const name of new Set([...Object.keys(old), ...Object.keys(now)])) {
    if (!isDeepStrictEqual(old[name], now[name])) {
      changes.push({ name, recreation: recreationOf(name, rules, 'Always'), causedBy: [] });
      continue;
    }
    const causedBy = (references?.get(name) ?? []).filter((id) => replacements.has(id));
    if (causedBy.length === 0) continue;
    const certainty = causedBy.some((id) => replacements.get(id) === 'Always') ? 'Always' : 'Conditionally';
    changes.push({ name, recreation: recreationOf(name, rules, certainty), causedBy });
  }
  return changes;
}

/**
 * What changing the property does: `certainty` when the specification says it replaces
 * the resource, Conditionally when it says it may. A type the table does not know (not
 * one the kit renders) is only ever modified: the prediction never claims a replacement
 * it cannot back with the specification.
 */
function recreationOf(
  name: string,
  rules: ReplacementProperties | undefined,
  certainty: Certainty,
): RequiresRecreation {
  if (rules?.replacedBy.includes(name)) return certainty;
  if (rules?.mayReplaceBy.includes(name)) return 'Conditionally';
  return 'Never';
}

/** The resource attributes whose change updates the resource in place (or only the stack's record of it). */
const ATTRIBUTES = [
  'Metadata',
  'DependsOn',
  'DeletionPolicy',
  'UpdateReplacePolicy',
  'Condition',
  'CreationPolicy',
  'UpdatePolicy',
] as const;

function attributeChanges(before: ResourceLike, after: ResourceLike): Change[] {
  return ATTRIBUTES.filter((name) =>
    name === 'DependsOn'
      ? !isDeepStrictEqual(dependencies(before.DependsOn), dependencies(after.DependsOn))
      : !isDeepStrictEqual(before[name], after[name]),
  ).map((name) => ({ name, recreation: 'Never', causedBy: [] }));
}

/** `DependsOn: A` and `DependsOn: [A]` say the same; so does any order. */
function dependencies(dependsOn: ResourceLike['DependsOn']): readonly string[] {
  return dependsOn === undefined ? [] : typeof dependsOn === 'string' ? [dependsOn] : [...dependsOn].sort();
}

/**
 * The row of a changed resource, as the change table reads a real change set: a
 * replacement names only the changes that require it (Always first, then
 * Conditionally); a modification names every change.
 */
function changedRow(logicalId: string, resource: ResourceLike, changes: readonly Change[]): ChangeRow {
  const always = changes.filter((change) => change.recreation === 'Always');
  const possibly = changes.filter((change) => change.recreation !== 'Never');
  const [action, causing]: [ChangeRowAction, readonly Change[]] =
    always.length > 0
      ? ['replace', always]
      : possibly.length > 0
        ? ['conditional-replace', possibly]
        : ['modify', changes];
  const row: ChangeRow = {
    logicalId,
    type: resource.Type,
    action,
    causes: unique(causing.map((change) => change.name)),
    causedBy: unique(causing.flatMap((change) => change.causedBy)),
  };
  return action === 'modify' ? row : { ...row, policyAction: replacePolicyAction(resource) };
}

function addedRow(logicalId: string, resource: ResourceLike): ChangeRow {
  return { logicalId, type: resource.Type, action: 'add', causes: [], causedBy: [] };
}

function removedRow(logicalId: string, resource: ResourceLike): ChangeRow {
  return {
    logicalId,
    type: resource.Type,
    action: 'remove',
    causes: [],
    causedBy: [],
    policyAction: removePolicyAction(resource),
  };
}

/** What becomes of the old resource on replacement, by the new template's UpdateReplacePolicy. */
function replacePolicyAction(resource: ResourceLike): PolicyAction {
  if (resource.UpdateReplacePolicy === 'Retain') return 'ReplaceAndRetain';
  if (resource.UpdateReplacePolicy === 'Snapshot') return 'ReplaceAndSnapshot';
  return 'ReplaceAndDelete';
}

/** What becomes of a removed resource, by its DeletionPolicy in the template it leaves. */
function removePolicyAction(resource: ResourceLike): PolicyAction {
  if (resource.DeletionPolicy === 'Retain' || resource.DeletionPolicy === 'RetainExceptOnCreate')
    return 'Retain';
  if (resource.DeletionPolicy === 'Snapshot') return 'Snapshot';
  return 'Delete';
}

function replacementsOf(rows: readonly ChangeRow[]): Replacements {
  const replacements = new Map<string, Certainty>();
  for (const row of rows) {
    if (row.action === 'replace') replacements.set(row.logicalId, 'Always');
    if (row.action === 'conditional-replace') replacements.set(row.logicalId, 'Conditionally');
  }
  return replacements;
}

function sameReplacements(a: Replacements, b: Replacements): boolean {
  return a.size === b.size && [...a].every(([id, certainty]) => b.get(id) === certainty);
}

/** Logical id → property name → the logical ids its value points at (Ref, Fn::GetAtt, Fn::Sub). */
type PropertyReferences = ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;

function propertyReferences(template: TemplateLike): PropertyReferences {
  const byResource = new Map<string, Map<string, string[]>>();
  for (const reference of collectReferences({ Resources: template.Resources })) {
    if (reference.kind !== 'Ref' && reference.kind !== 'Fn::GetAtt' && reference.kind !== 'Fn::Sub') continue;
    const [section, property] = reference.path.split('.');
    if (section !== 'Properties' || property === undefined) continue;
    const byProperty = byResource.get(reference.logicalId) ?? new Map<string, string[]>();
    byResource.set(reference.logicalId, byProperty);
    byProperty.set(property, [...(byProperty.get(property) ?? []), reference.target]);
  }
  return byResource;
}

/**
 * The warning for a stateful resource the change would replace or remove, worded like
 * the deploy guard's; the stateful type is the old resource's, whose data would be lost.
 */
function statefulReplacement(row: ChangeRow, base: TemplateLike | undefined): GuardedChange[] {
  if (row.action !== 'replace' && row.action !== 'conditional-replace' && row.action !== 'remove') return [];
  const oldType = (base && resourceOf(base, row.logicalId)?.Type) ?? row.type;
  if (!isStatefulType(oldType)) return [];
  const subject = `${row.logicalId} (${row.type})`;
  const because =
    row.causes.length === 0
      ? ''
      : ` because ${list(row.causes)} ${row.causes.length === 1 ? 'changes' : 'change'}${
          row.causedBy.length === 0 ? '' : ` (through the replacement of ${list(row.causedBy)})`
        }`;
  const fate = DATA_FATE[row.policyAction ?? (row.action === 'remove' ? 'Delete' : 'ReplaceAndDelete')];
  // Only the kit's stateful types stop the deploy; allowing another one would be reported as unused.
  const allow = isStatefulResourceType(oldType)
    ? `take a snapshot or backup of its data first, then deploy with allow-replacement: ${row.logicalId}`
    : 'take a snapshot or backup of its data first (the deploy does not stop for this type)';
  const message =
    row.action === 'remove'
      ? `this change removes ${subject} from the stack; ${fate}`
      : row.action === 'replace'
        ? `this change replaces ${subject}${because}; ${fate}`
        : `this change may replace ${subject}${because}, depending on values known only at deploy time; ${fate}`;
  const hint =
    row.action === 'remove'
      ? `Keep ${row.logicalId} in the template; if removing it is intended, ${allow}.`
      : `Revert the change to ${revertTarget(row)}; if replacing it is intended, ${allow}.`;
  return [
    { logicalId: row.logicalId, type: row.type, action: row.action, causes: row.causes, message, hint },
  ];
}

/** What to revert: the changed properties, or the replaced resources they follow. */
function revertTarget(row: ChangeRow): string {
  if (row.causedBy.length > 0) return `what replaces ${list(row.causedBy)}`;
  return row.causes.length === 0 ? row.logicalId : list(row.causes);
}

function rulesOf(type: string): ReplacementProperties | undefined {
  return Object.hasOwn(replacementProperties, type) ? replacementProperties[type] : undefined;
}

function resourceOf(template: TemplateLike, logicalId: string): ResourceLike | undefined {
  return Object.hasOwn(template.Resources, logicalId) ? template.Resources[logicalId] : undefined;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function list(values: readonly string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} and ${values[values.length - 1]}`;
}
