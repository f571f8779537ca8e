import type {
  Change,
  ChangeSetStatus,
  PolicyAction,
  RequiresRecreation,
  ResourceChange,
  ResourceChangeDetail,
  ResourceTargetDefinition,
} from '@aws-sdk/client-cloudformation';
import { isStatefulResourceType } from '../../render/lint/rules/sec007-stateful-protection.js';

export type ChangeRowAction = 'add' | 'modify' | 'replace' | 'remove' | 'conditional-replace';

/** One resource the change set touches, as the change table shows it. */
export interface ChangeRow {
  readonly logicalId: string;
  readonly type: string;
  readonly action: ChangeRowAction;
  /**
   * The properties (or attributes: Tags, Metadata, UpdatePolicy…) that change. For a
   * replacement, only those that require it, when CloudFormation names them.
   */
  readonly causes: readonly string[];
  /** The parameters or resources whose change reaches those properties (CausingEntity). */
  readonly causedBy: readonly string[];
  /** What happens to the old resource: Delete, Retain, Snapshot, ReplaceAndRetain… */
  readonly policyAction?: PolicyAction;
}

/** A stateful resource that the change set would replace or remove. */
export interface GuardedChange {
  readonly logicalId: string;
  readonly type: string;
  readonly action: 'replace' | 'conditional-replace' | 'remove';
  readonly causes: readonly string[];
  readonly message: string;
  readonly hint: string;
}

export type StatefulGuardVerdict =
  | {
      readonly verdict: 'pass';
      /** Replacements and removals that `allowReplacement` let through. */
      readonly allowed: readonly GuardedChange[];
      /** Ids in `allowReplacement` that no replaced or removed stateful resource has: typos, or stale. */
      readonly unusedAllowances: readonly string[];
    }
  | {
      readonly verdict: 'refuse';
      readonly refused: readonly GuardedChange[];
      readonly allowed: readonly GuardedChange[];
      readonly unusedAllowances: readonly string[];
    };

export interface ChangeSetVerdict {
  readonly rows: readonly ChangeRow[];
  readonly statefulGuard: StatefulGuardVerdict;
}

export interface ChangeSetVerdictInput {
  /** `Changes` of DescribeChangeSet (every page), read with IncludePropertyValues. */
  readonly changes: readonly Change[];
  /** Logical id → resource type, from the template being deployed. */
  readonly templateTypes: Readonly<Record<string, string>>;
  /** Logical ids of stateful resources the user allows to be replaced or removed. */
  readonly allowReplacement: readonly string[];
}

/** Reads a change set into rows and decides whether it may run. */
export function judgeChangeSet({
  changes,
  templateTypes,
  allowReplacement,
}: ChangeSetVerdictInput): ChangeSetVerdict {
  const rows = changes.flatMap((change) =>
    change.ResourceChange === undefined ? [] : [rowOf(change.ResourceChange, templateTypes)],
  );
  return { rows, statefulGuard: guardStatefulResources(rows, allowReplacement) };
}

function rowOf(change: ResourceChange, templateTypes: Readonly<Record<string, string>>): ChangeRow {
  const logicalId = change.LogicalResourceId ?? '(unnamed)';
  const type =
    change.ResourceType ?? (Object.hasOwn(templateTypes, logicalId) ? templateTypes[logicalId] : undefined);
  const action = actionOf(change);
  const details = action === 'add' || action === 'remove' ? [] : causingDetails(change.Details ?? [], action);
  const row: ChangeRow = {
    logicalId,
    type: type ?? 'unknown type',
    action,
    causes: unique(details.flatMap(({ Target }) => changedName(Target) ?? [])),
    causedBy: unique(details.flatMap((detail) => detail.CausingEntity ?? [])),
  };
  return change.PolicyAction === undefined ? row : { ...row, policyAction: change.PolicyAction };
}

/**
 * Add and Import bring a resource in; Remove takes it out; Modify, Dynamic and
 * SyncWithActual change it, in place or by replacement as `Replacement` says.
 */
function actionOf(change: ResourceChange): ChangeRowAction {
  switch (change.Action) {
    case 'Add':
    case 'Import':
      return 'add';
    case 'Remove':
      return 'remove';
    default:
      if (change.Replacement === 'True') return 'replace';
      if (change.Replacement === 'Conditional') return 'conditional-replace';
      return 'modify';
  }
}

/**
 * The details that explain the row: for a replacement, those that require
 * recreation (Always first, then Conditionally); otherwise, or when CloudFormation
 * names none, every change.
 */
function causingDetails(
  details: readonly ResourceChangeDetail[],
  action: ChangeRowAction,
): ResourceChangeDetail[] {
  const requiring = (...levels: readonly RequiresRecreation[]) =>
    details.filter(
      ({ Target }) => Target?.RequiresRecreation !== undefined && levels.includes(Target.RequiresRecreation),
    );
  const candidates =
    action === 'replace'
      ? [requiring('Always'), requiring('Always', 'Conditionally')]
      : action === 'conditional-replace'
        ? [requiring('Always', 'Conditionally')]
        : [];
  return candidates.find((found) => found.length > 0) ?? [...details];
}

/** A property's name, or the attribute (Tags, Metadata, UpdatePolicy…) that changes. */
function changedName(target: ResourceTargetDefinition | undefined): string | undefined {
  if (target === undefined) return undefined;
  return target.Attribute === 'Properties' || target.Attribute === undefined ? target.Name : target.Attribute;
}

function guardStatefulResources(
  rows: readonly ChangeRow[],
  allowReplacement: readonly string[],
): StatefulGuardVerdict {
  const guarded = rows.flatMap((row) => {
    if (!isStatefulResourceType(row.type)) return [];
    if (row.action !== 'replace' && row.action !== 'conditional-replace' && row.action !== 'remove')
      return [];
    return [guardedChange(row, row.action)];
  });
  const allowed = guarded.filter((change) => allowReplacement.includes(change.logicalId));
  const refused = guarded.filter((change) => !allowReplacement.includes(change.logicalId));
  const unusedAllowances = unique(
    allowReplacement.filter((id) => !guarded.some((change) => change.logicalId === id)),
  );
  return refused.length === 0
    ? { verdict: 'pass', allowed, unusedAllowances }
    : { verdict: 'refuse', refused, allowed, unusedAllowances };
}

function guardedChange(row: ChangeRow, action: GuardedChange['action']): GuardedChange {
  const subject = `${row.logicalId} (${row.type})`;
  const because =
    row.causes.length === 0
      ? ''
      : ` because ${list(row.causes)} ${row.causes.length === 1 ? 'changes' : 'change'}${
          row.causedBy.length === 0 ? '' : ` (through ${list(row.causedBy)})`
        }`;
  const fate = DATA_FATE[row.policyAction ?? (action === 'remove' ? 'Delete' : 'ReplaceAndDelete')];
  const message =
    action === 'remove'
      ? `the change set removes ${subject} from the stack; ${fate}`
      : action === 'replace'
        ? `the change set replaces ${subject}${because}; ${fate}`
        : `the change set may replace ${subject}${because}, depending on values CloudFormation only knows while it runs; ${fate}`;
  const hint =
    action === 'remove'
      ? `Keep ${row.logicalId} in the template; if removing it is intended, add ${row.logicalId} to allow-replacement.`
      : `Revert the change to ${row.causes.length === 0 ? row.logicalId : list(row.causes)}; if replacing it is intended, add ${row.logicalId} to allow-replacement.`;
  return { logicalId: row.logicalId, type: row.type, action, causes: row.causes, message, hint };
}

/** What becomes of the old resource's data, by the change's PolicyAction (the offline prediction says the same). */
export const DATA_FATE: Readonly<Record<PolicyAction, string>> = {
  Delete: 'the resource and its data would be deleted',
  ReplaceAndDelete: 'the old resource and its data would be deleted',
  Retain: 'the resource would be kept outside the stack, and Dify would stop using its data',
  ReplaceAndRetain: 'the old resource would be kept outside the stack, and Dify would start on an empty one',
  Snapshot: 'the resource would be deleted after a final snapshot',
  ReplaceAndSnapshot:
    'the old resource would be deleted after a final snapshot, and Dify would start on an empty one',
};

/**
 * True when a FAILED change set failed only because there was nothing to change:
 * a success with changed=false (the change set is then deleted).
 */
export function isEmptyChangeSet(
  status: ChangeSetStatus | undefined,
  statusReason: string | undefined,
): boolean {
  return status === 'FAILED' && statusReason !== undefined && EMPTY_CHANGE_SET.test(statusReason);
}

/**
 * "The submitted information didn't contain changes. Submit different information to create a change set."
 * and "No updates are to be performed."
 */
const EMPTY_CHANGE_SET = /didn['’]t contain changes|no updates are to be performed/i;

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function list(values: readonly string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} and ${values[values.length - 1]}`;
}
