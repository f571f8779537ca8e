import { SECRET_PLACEHOLDER } from '../aws/drift/mask-secret-values.js';
import { splitPointer } from '../environment/json-pointer.js';
import { holdsSecret, looksSecret } from '../environment/secret-names.js';
import type { AwsChanges } from '../preflight/aws-changes.js';
import type { BaseComparison } from '../preflight/compare-with-base.js';
import type { FieldChange } from '../preflight/environment-diff.js';
import type { EnvironmentPreflight } from '../preflight/preflight-pull-request-file.js';
import { countFindings, type FindingCounts } from '../preflight/preflight-totals.js';
import type {
  CommentChanges,
  CommentComparison,
  CommentFieldChange,
  EnvironmentComment,
} from './comment-data.generated.js';

export type { EnvironmentComment } from './comment-data.generated.js';

/*
 * The data of one environment's pull-request comment: all the renderer reads,
 * as plain JSON, the same whether this run computed it or a fork's run carried
 * it here in an artifact. Its shape and bounds are
 * schemas/preflight-comment-artifact.schema.json; the types are generated from it.
 */

/** The schema's bounds, which data built here always keeps (a fork's own run must not write an artifact the poster refuses). */
const MAX_NAME = 256;
const MAX_TEXT = 4_000;
const MAX_POINTER = 1_024;
const MAX_FILE = 1_024;
const MAX_LIST = 5_000;
const MAX_NAMES = 200;
/** A changed field's value is shown at most this long. */
const MAX_SHOWN_VALUE = 80;

/** What the comment shows about one environment of the pull request. */
export function environmentCommentOf(
  preflight: EnvironmentPreflight,
  changes: AwsChanges | undefined,
): EnvironmentComment {
  const { result } = preflight;
  const stack = result.stack;
  const comment: EnvironmentComment = {
    environment: bounded(preflight.environmentName, MAX_NAME) || '(unnamed)',
    file: bounded(preflight.file, MAX_FILE),
    valid: result.check.environment !== undefined,
    diagnostics: result.check.diagnostics.slice(0, MAX_LIST).map((d) => ({
      line: d.position.line,
      column: d.position.column,
      severity: d.severity,
      pointer: bounded(d.pointer, MAX_POINTER),
      message: bounded(d.message, MAX_TEXT),
      ...(d.hint === undefined ? {} : { hint: bounded(d.hint, MAX_TEXT) }),
      ruleId: ruleIdOf(d.ruleId),
    })),
  };
  return {
    ...comment,
    ...(stack === undefined
      ? {}
      : {
          stack: {
            stackName: bounded(stack.plan.stackName, MAX_NAME),
            region: bounded(stack.plan.region, MAX_NAME),
            resourceCount: stack.plan.resourceCount,
            resourcesByType: Object.fromEntries(
              Object.entries(stack.plan.resourcesByType)
                .slice(0, 1_000)
                .map(([type, count]) => [bounded(type, MAX_NAME), count]),
            ),
            lint: stack.lint.findings.slice(0, MAX_LIST).map((finding) => ({
              ruleId: ruleIdOf(finding.ruleId),
              severity: finding.severity,
              ...(finding.logicalId ? { logicalId: bounded(finding.logicalId, MAX_NAME) } : {}),
              ...(finding.path ? { path: bounded(finding.path, MAX_POINTER) } : {}),
              message: bounded(finding.message, MAX_TEXT),
            })),
          },
        }),
    ...(result.cost === undefined
      ? {}
      : {
          cost: {
            region: bounded(result.cost.region, MAX_NAME),
            currency: result.cost.currency,
            hoursPerMonth: result.cost.hoursPerMonth,
            totalMonthlyUsd: result.cost.totalMonthlyUsd,
            lines: result.cost.lines.slice(0, 200).map((line) => ({
              component: bounded(line.component, MAX_NAME),
              detail: bounded(line.detail, MAX_TEXT),
              monthlyUsd: line.monthlyUsd,
            })),
            assumptions: result.cost.assumptions.slice(0, 100).map((item) => bounded(item, MAX_TEXT)),
            excluded: result.cost.excluded.slice(0, 100).map((item) => bounded(item, MAX_TEXT)),
          },
        }),
    ...(result.costUnavailable === undefined
      ? {}
      : { costUnavailable: bounded(result.costUnavailable, MAX_TEXT) }),
    ...(preflight.comparison === undefined ? {} : { comparison: comparisonOf(preflight.comparison) }),
    ...(changes === undefined ? {} : { changes: changesOf(changes) }),
  };
}

/** Errors and warnings, by the same rule as the action's outputs (preflight-totals.ts). */
export function commentFindingCounts(comment: EnvironmentComment): FindingCounts {
  const { changes, comparison } = comment;
  return countFindings({
    diagnostics: comment.diagnostics,
    lint: comment.stack?.lint ?? [],
    statefulChanges: changes === undefined || changes.source === 'new-stack' ? 0 : changes.stateful.length,
    stackMoves: comparison?.base === 'compared' && comparison.movedFrom !== undefined,
  });
}

/**
 * A changed field's value as the comment shows it: JSON, shortened; a value that
 * is or holds a secret (a field named like one, or a list or object with such a
 * key or a `{ "name": "API_KEY", "value": … }` entry: the drift report's rules) is
 * never shown. The renderer applies it again to what it is given.
 */
export function shownFieldValue(pointer: string, json: string, nameBeside?: string): string {
  const name = splitPointer(pointer).at(-1) ?? '';
  if (
    looksSecret(name.toUpperCase()) ||
    holdsSecret({ path: pointer, name: nameBeside, value: textOf(json) })
  )
    return SECRET_PLACEHOLDER;
  const characters = [...json];
  return characters.length > MAX_SHOWN_VALUE ? `${characters.slice(0, MAX_SHOWN_VALUE - 1).join('')}…` : json;
}

/** A JSON string's text (what the secret rules judge), or the JSON itself for any other value. */
function textOf(json: string): string {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'string' ? value : json;
  } catch {
    return json;
  }
}

function comparisonOf(comparison: BaseComparison): CommentComparison {
  switch (comparison.base) {
    case 'new-file':
      return { base: 'new-file' };
    case 'invalid':
      return { base: 'invalid', fieldChanges: comparison.fieldChanges.slice(0, MAX_LIST).map(fieldChangeOf) };
    case 'compared':
      return {
        base: 'compared',
        ...(comparison.movedFrom === undefined
          ? {}
          : {
              movedFrom: {
                stackName: bounded(comparison.movedFrom.stackName, MAX_NAME),
                region: bounded(comparison.movedFrom.region, MAX_NAME),
                accountId: bounded(comparison.movedFrom.accountId, MAX_NAME),
              },
            }),
        fieldChanges: comparison.fieldChanges.slice(0, MAX_LIST).map(fieldChangeOf),
        resourceCounts: comparison.resourceCounts.slice(0, 1_000).map((change) => ({
          type: bounded(change.type, MAX_NAME),
          before: change.before,
          after: change.after,
        })),
        ...(comparison.cost === undefined
          ? {}
          : {
              cost: {
                beforeUsd: comparison.cost.beforeUsd,
                afterUsd: comparison.cost.afterUsd,
                deltaUsd: comparison.cost.deltaUsd,
                components: comparison.cost.components.slice(0, 200).map((component) => ({
                  component: bounded(component.component, MAX_NAME),
                  beforeUsd: component.beforeUsd,
                  afterUsd: component.afterUsd,
                  deltaUsd: component.deltaUsd,
                })),
              },
            }),
      };
  }
}

function fieldChangeOf(change: FieldChange): CommentFieldChange {
  const shown = (value: unknown) =>
    value === undefined
      ? {}
      : { value: shownFieldValue(change.pointer, JSON.stringify(value) ?? 'null', change.nameBeside) };
  const before = change.kind === 'added' ? {} : shown(change.before);
  const after = change.kind === 'removed' ? {} : shown(change.after);
  return {
    pointer: bounded(change.pointer, MAX_POINTER),
    kind: change.kind,
    ...('value' in before ? { before: before.value } : {}),
    ...('value' in after ? { after: after.value } : {}),
  };
}

function changesOf(changes: AwsChanges): CommentChanges {
  if (changes.source === 'new-stack') return { source: 'new-stack', resourceCount: changes.resourceCount };
  const rows = changes.rows.slice(0, MAX_LIST).map((row) => ({
    logicalId: bounded(row.logicalId, MAX_NAME),
    type: bounded(row.type, MAX_NAME),
    action: row.action,
    causes: names(row.causes),
    causedBy: names(row.causedBy),
  }));
  const stateful = changes.stateful.slice(0, 500).map((change) => ({
    logicalId: bounded(change.logicalId, MAX_NAME),
    type: bounded(change.type, MAX_NAME),
    action: change.action,
    causes: names(change.causes),
    hint: bounded(change.hint, MAX_TEXT),
  }));
  return changes.source === 'change-set'
    ? { source: 'change-set', changeSetName: bounded(changes.changeSetName, MAX_NAME), rows, stateful }
    : { source: 'predicted', rows, stateful, why: bounded(changes.why, MAX_TEXT) };
}

function names(list: readonly string[]): string[] {
  return list.slice(0, MAX_NAMES).map((name) => bounded(name, MAX_NAME) || '-');
}

/** The schema's rule ids: letters, digits, `_` and `-`, at most 40. */
function ruleIdOf(ruleId: string): string {
  return ruleId.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 40) || 'rule';
}

/** At most `max` UTF-16 units, cut before a surrogate pair rather than through it. */
function bounded(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}
