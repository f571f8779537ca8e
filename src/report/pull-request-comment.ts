import { SECRET_PLACEHOLDER } from '../aws/drift/mask-secret-values.js';
import { code, escapeMarkdown, table } from '../text/markdown.js';
import { plural } from '../text/plural.js';
import { markdownLinkUrl, urlPathSegment } from '../text/url.js';
import type {
  CommentChangeRow,
  CommentChanges,
  CommentComparison,
  CommentCostDelta,
  CommentDiagnostic,
  CommentFieldChange,
  CommentResourceCountChange,
  CommentStackLocation,
  CommentStatefulChange,
} from './comment-data.generated.js';
import type { EnvironmentComment } from './comment-data.js';
import { commentFindingCounts, shownFieldValue } from './comment-data.js';
import { renderCostTable } from './cost-table.js';

/** Where the pull request's files can be linked: `SERVER/REPOSITORY/blob/HEAD_SHA/FILE#LLINE`. */
export interface SourceLinks {
  readonly serverUrl: string;
  readonly repository: string;
  readonly headSha: string;
}

export interface PullRequestCommentInput {
  /** The hidden marker the sticky comment is found by; the first line of the body. */
  readonly marker: string;
  /** What the comment shows: computed by this run, or a fork's run's data checked against the artifact schema. */
  readonly comment: EnvironmentComment;
  readonly links: SourceLinks | undefined;
  readonly kitVersion: string;
  /** The run that checked the files: its job summary has the whole report. */
  readonly runUrl?: string | undefined;
  /** A fork's run checked the files; this repository's workflow only rendered what it reported. */
  readonly fromFork?: boolean;
}

type ChangeRowAction = CommentChangeRow['action'];

/** Tables longer than this are collapsed, so the comment stays readable at a glance. */
const COLLAPSE_ROWS = 12;

/**
 * The pull-request comment for one environment: the status first, then what to
 * fix (with links to the lines), what the change does to AWS, and what it costs.
 * Every value that is not the kit's own text is escaped or shown as code: the
 * data may come from a fork's run.
 */
export function renderPullRequestComment(input: PullRequestCommentInput): string {
  const { comment } = input;
  const sections = [
    input.marker,
    statusLine(comment.environment, commentFindingCounts(comment)),
    factsLine(comment, input.links),
    findingsSection(comment, input.links),
    changesSection(comment),
    costSection(comment),
    footer(input),
  ];
  return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}

function statusLine(environment: string, { errors, warnings }: { errors: number; warnings: number }): string {
  const name = code(environment);
  if (errors > 0)
    return `### ❌ Dify preflight ${name}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  if (warnings > 0) return `### ⚠️ Dify preflight ${name}: ${plural(warnings, 'warning')}, no errors`;
  return `### ✅ Dify preflight ${name}: no problems`;
}

function factsLine(comment: EnvironmentComment, links: SourceLinks | undefined): string {
  const { stack, comparison, cost } = comment;
  const facts = [fileLink(comment.file, undefined, links)];
  if (stack) {
    const counts = comparison?.base === 'compared' ? resourceTotalDelta(comparison.resourceCounts) : 0;
    facts.push(`stack ${code(stack.stackName)} in ${code(stack.region)}`);
    facts.push(`${plural(stack.resourceCount, 'resource')}${counts === 0 ? '' : ` (${signed(counts)})`}`);
    facts.push(
      stack.lint.length === 0
        ? 'template lint clean'
        : `template lint: ${plural(stack.lint.length, 'finding')}`,
    );
  }
  if (cost) {
    const delta = comparison?.base === 'compared' ? comparison.cost : undefined;
    facts.push(
      `about **${usd(cost.totalMonthlyUsd)}/month**${delta && delta.deltaUsd !== 0 ? ` (${signedUsd(delta.deltaUsd)})` : ''}`,
    );
  }
  return facts.join(' · ');
}

function findingsSection(comment: EnvironmentComment, links: SourceLinks | undefined): string {
  const { diagnostics, stack } = comment;
  const lint = stack?.lint ?? [];
  if (diagnostics.length === 0 && lint.length === 0) return '';
  const parts = ['#### Findings'];
  if (diagnostics.length > 0) parts.push(diagnosticsTable(comment.file, diagnostics, links));
  if (lint.length > 0) {
    parts.push(
      'In the rendered CloudFormation template:',
      table(
        ['', 'Resource', 'Problem', 'Rule'],
        lint.map((finding) => [
          severityIcon(finding.severity),
          code([finding.logicalId, finding.path].filter(Boolean).join('.') || '(template)'),
          escapeMarkdown(finding.message),
          escapeMarkdown(finding.ruleId),
        ]),
      ),
    );
  }
  if (stack === undefined && comment.valid)
    parts.push('The template was not rendered, so nothing below is known yet: fix the errors first.');
  if (!comment.valid)
    parts.push('The file is not valid yet, so nothing below is known: fix the errors first.');
  return parts.join('\n\n');
}

function diagnosticsTable(
  file: string,
  diagnostics: readonly CommentDiagnostic[],
  links: SourceLinks | undefined,
): string {
  return table(
    ['', 'Where', 'Field', 'Problem', 'Fix', 'Rule'],
    diagnostics.map((d) => [
      severityIcon(d.severity),
      lineLink(file, d.line, d.column, links),
      d.pointer === '' ? '(file)' : code(d.pointer),
      escapeMarkdown(d.message),
      escapeMarkdown(d.hint ?? ''),
      escapeMarkdown(d.ruleId),
    ]),
  );
}

function changesSection(comment: EnvironmentComment): string {
  const { comparison, changes, stack } = comment;
  const parts: string[] = [];
  if (comparison !== undefined && comparison.base !== 'new-file')
    parts.push(fieldChangesPart(comparison.fieldChanges));
  if (comparison?.base === 'invalid')
    parts.push(
      'The base branch’s version of this file does not pass its checks, so the template and the cost are not compared with it.',
    );
  if (comparison?.base === 'compared' && comparison.movedFrom !== undefined)
    parts.push(movedWarning(comparison.movedFrom, changes));
  if (changes !== undefined) parts.push(awsChangesPart(changes, comparison));
  if (comparison?.base === 'compared' && comparison.resourceCounts.length > 0)
    parts.push(resourceCountsPart(comparison.resourceCounts));
  if (stack !== undefined) parts.push(resourcesByTypePart(stack.resourcesByType, stack.resourceCount));
  if (parts.length === 0) return '';
  return ['#### What changes', ...parts].join('\n\n');
}

function awsChangesPart(changes: CommentChanges, comparison: CommentComparison | undefined): string {
  if (changes.source === 'new-stack')
    return `The stack does not exist yet: a deploy **would create ${plural(changes.resourceCount, 'resource')}**. Nothing was created by this check.`;
  const parts: string[] = [];
  if (changes.stateful.length > 0) parts.push(statefulCaution(changes.stateful));
  if (changes.source === 'change-set') {
    parts.push(
      changes.rows.length === 0
        ? `CloudFormation change set ${code(changes.changeSetName)} found **nothing to change** in the stack. (It was deleted again; nothing was executed.)`
        : `From CloudFormation change set ${code(changes.changeSetName)} (deleted again; nothing was executed): ${actionSummary(changes.rows)}.`,
    );
  } else if (comparison?.base === 'new-file' || (comparison?.base === 'compared' && comparison.movedFrom)) {
    const what = comparison.base === 'new-file' ? 'A new environment' : 'In the new stack';
    parts.push(
      `${what}: a deploy **would create ${plural(changes.rows.length, 'resource')}** (predicted offline: ${escapeMarkdown(changes.why)}).`,
    );
    return parts.join('\n\n');
  } else {
    parts.push(
      changes.rows.length === 0
        ? `The template is the same as on the base branch: a deploy changes nothing (predicted offline: ${escapeMarkdown(changes.why)}).`
        : `Predicted offline by comparing the base branch’s template with this one (${escapeMarkdown(changes.why)}): ${actionSummary(changes.rows)}. CloudFormation decides some replacements only at deploy time; a change set with credentials confirms them.`,
    );
  }
  if (changes.rows.length > 0)
    parts.push(
      collapsible(changeRowsTable(changes.rows), 'Every resource that changes', changes.rows.length),
    );
  return parts.join('\n\n');
}

function movedWarning(from: CommentStackLocation, changes: CommentChanges | undefined): string {
  const where = `${code(from.stackName)} in ${code(from.region)}, account ${code(from.accountId)}`;
  return [
    '> [!WARNING]',
    `> **The stack moves**: on the base branch this file deploys ${where}. A deploy of this version creates a new stack${changes?.source === 'new-stack' ? '' : ' (every resource added)'} and leaves the old one, and its data, as they are: move the data, then delete the old stack by hand.`,
  ].join('\n');
}

/** GitHub shows a CAUTION alert in red: the one thing a reviewer must not miss. */
function statefulCaution(stateful: readonly CommentStatefulChange[]): string {
  const lines = [
    '> [!CAUTION]',
    `> **${plural(stateful.length, 'stateful resource')} would be ${stateful.some((c) => c.action === 'remove') ? 'replaced or removed' : 'replaced'}**: Dify would start on ${stateful.length === 1 ? 'a new, empty one' : 'new, empty ones'} (the old data is kept only as a snapshot or a retained resource, as the deletion policy says). The deploy refuses this unless it is allowed explicitly.`,
    '>',
  ];
  for (const change of stateful) {
    const causes = change.causes.length === 0 ? '' : ` because of ${change.causes.map(code).join(', ')}`;
    lines.push(
      `> - ${code(change.logicalId)} (${code(change.type)}): ${actionWords[change.action]}${causes}. ${escapeMarkdown(change.hint)}`,
    );
  }
  return lines.join('\n');
}

const actionWords: Record<ChangeRowAction, string> = {
  add: 'added',
  modify: 'changed in place',
  replace: 'replaced',
  'conditional-replace': 'possibly replaced',
  remove: 'removed',
};

const actionLabels: Record<ChangeRowAction, string> = {
  remove: '🗑️ remove',
  replace: '🔁 replace',
  'conditional-replace': '🔁 maybe replace',
  add: '➕ add',
  modify: '✏️ modify',
};

/** Most consequential first. */
const actionOrder: readonly ChangeRowAction[] = ['remove', 'replace', 'conditional-replace', 'add', 'modify'];

function actionSummary(rows: readonly CommentChangeRow[]): string {
  return actionOrder
    .map((action) => [action, rows.filter((row) => row.action === action).length] as const)
    .filter(([, count]) => count > 0)
    .map(([action, count]) => `${count} ${actionWords[action]}`)
    .join(', ');
}

function changeRowsTable(rows: readonly CommentChangeRow[]): string {
  const sorted = [...rows].sort(
    (a, b) =>
      actionOrder.indexOf(a.action) - actionOrder.indexOf(b.action) || a.logicalId.localeCompare(b.logicalId),
  );
  return table(
    ['Action', 'Resource', 'Type', 'Because of'],
    sorted.map((row) => [
      actionLabels[row.action],
      code(row.logicalId),
      code(row.type),
      [...row.causes.map(code), ...row.causedBy.map((entity) => `via ${code(entity)}`)].join(', '),
    ]),
  );
}

function fieldChangesPart(changes: readonly CommentFieldChange[]): string {
  if (changes.length === 0) return 'No field of the file changes (only its formatting).';
  const rows = changes.map((change) => [
    change.pointer === '' ? '(whole file)' : code(change.pointer),
    fieldValue(change.pointer, change.before),
    fieldValue(change.pointer, change.after),
  ]);
  return labelled(
    `${plural(changes.length, 'field')} of the file ${changes.length === 1 ? 'changes' : 'change'}`,
    table(['Field', 'Base branch', 'This pull request'], rows),
    changes.length,
  );
}

/** The whole stack, collapsed: what the template holds, whatever changes. */
function resourcesByTypePart(
  resourcesByType: Readonly<Record<string, number>>,
  resourceCount: number,
): string {
  return collapsible(
    table(
      ['Resource type', 'Count'],
      Object.entries(resourcesByType).map(([type, count]) => [code(type), String(count)]),
    ),
    `The template by resource type`,
    resourceCount,
    true,
  );
}

function resourceCountsPart(changes: readonly CommentResourceCountChange[]): string {
  return labelled(
    'Resources by type, where the count changes',
    table(
      ['Resource type', 'Base branch', 'This pull request'],
      changes.map((change) => [code(change.type), String(change.before), String(change.after)]),
    ),
    changes.length,
  );
}

function costSection(comment: EnvironmentComment): string {
  const { cost, comparison } = comment;
  if (cost === undefined)
    return comment.costUnavailable ? `#### Cost\n\n${escapeMarkdown(comment.costUnavailable)}` : '';
  const delta = comparison?.base === 'compared' ? comparison.cost : undefined;
  const parts = ['#### Estimated monthly cost'];
  parts.push(
    delta === undefined
      ? `About **${usd(cost.totalMonthlyUsd)}** a month at on-demand prices.`
      : delta.deltaUsd === 0
        ? `About **${usd(cost.totalMonthlyUsd)}** a month at on-demand prices, the same as the base branch.`
        : `About **${usd(cost.totalMonthlyUsd)}** a month at on-demand prices: **${signedUsd(delta.deltaUsd)}** from the base branch’s ${usd(delta.beforeUsd)}.`,
  );
  if (delta !== undefined && delta.components.length > 0) parts.push(costDeltaTable(delta));
  parts.push(
    ['<details><summary>The whole estimate</summary>', '', renderCostTable(cost), '', '</details>'].join(
      '\n',
    ),
  );
  return parts.join('\n\n');
}

function costDeltaTable(delta: CommentCostDelta): string {
  return table(
    ['Component', 'Base branch', 'This pull request', 'Change'],
    delta.components.map((component) => [
      escapeMarkdown(component.component),
      usd(component.beforeUsd),
      usd(component.afterUsd),
      signedUsd(component.deltaUsd),
    ]),
  );
}

function footer({ kitVersion, runUrl, links, fromFork }: PullRequestCommentInput): string {
  const parts = [`dify-aws-kit ${escapeMarkdown(kitVersion)}`];
  if (links) parts.push(`commit ${code(links.headSha.slice(0, 7))}`);
  if (fromFork) parts.push('checked by the fork’s run, rendered by this repository’s workflow');
  if (runUrl) parts.push(`[the run](${markdownLinkUrl(runUrl)})`);
  parts.push('this comment is updated on every push');
  return `<sub>${parts.join(' · ')}</sub>`;
}

/** A bold label over a short table; a long one collapses under the label. */
function labelled(label: string, body: string, rows: number): string {
  return rows <= COLLAPSE_ROWS ? `**${label}:**\n\n${body}` : collapsible(body, label, rows);
}

/** Collapsed when longer than COLLAPSE_ROWS rows, or always. */
function collapsible(body: string, summary: string, rows: number, always = false): string {
  if (!always && rows <= COLLAPSE_ROWS) return body;
  return [`<details><summary>${summary} (${rows})</summary>`, '', body, '', '</details>'].join('\n');
}

function fileLink(file: string, line: number | undefined, links: SourceLinks | undefined): string {
  const shown = code(file);
  if (links === undefined) return shown;
  return `[${shown}](${blobUrl(links, file)}${line === undefined ? '' : `#L${line}`})`;
}

function lineLink(file: string, line: number, column: number, links: SourceLinks | undefined): string {
  const where = `line ${line}:${column}`;
  return links === undefined ? where : `[${where}](${blobUrl(links, file)}#L${line})`;
}

/** Each path segment percent-encoded, parentheses too: a file name cannot end the link or add markup. */
function blobUrl(links: SourceLinks, file: string): string {
  const path = file.replace(/^\.\//, '').split('/').map(urlPathSegment).join('/');
  return `${links.serverUrl}/${links.repository}/blob/${links.headSha}/${path}`;
}

/** A changed field's value as code; the masking rule runs again on whatever the data says. */
function fieldValue(pointer: string, shown: string | undefined): string {
  if (shown === undefined) return '(not set)';
  const masked = shownFieldValue(pointer, shown);
  return masked === SECRET_PLACEHOLDER ? masked : code(masked);
}

function severityIcon(severity: 'error' | 'warning'): string {
  return severity === 'error' ? '❌' : '⚠️';
}

function resourceTotalDelta(changes: readonly CommentResourceCountChange[]): number {
  return changes.reduce((sum, change) => sum + change.after - change.before, 0);
}

function signed(count: number): string {
  return count > 0 ? `+${count}` : `−${-count}`;
}

function usd(value: number): string {
  return `$${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

function signedUsd(value: number): string {
  return value > 0 ? `+${usd(value)}` : value < 0 ? `−${usd(-value)}` : usd(0);
}
