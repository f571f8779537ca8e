import type { DeployOutcome, DeployStatus } from '../../aws/deploy/index.js';
import { formatEvent } from '../../aws/deploy/index.js';
import { inertCode, table } from '../../text/markdown.js';
import { plural } from '../../text/plural.js';

export interface DeploySummaryInput {
  readonly environment: string;
  readonly stackName: string;
  readonly region: string;
  readonly outcome: DeployOutcome;
  readonly difyUrl: string | undefined;
}

const HEADLINES: Readonly<Record<DeployStatus, string>> = {
  deployed: '✅ **Deployed**',
  unchanged: '✅ **No changes**',
  previewed: '👀 **Change set ready for review** (execute: false)',
  refused: '⛔ **Refused**',
  failed: '❌ **Failed**',
  'timed-out': '⏱️ **Timed out**',
};

/** At most this many rows in the change table; the rest are counted. */
const MAX_ROWS = 100;

/** The job summary of a deploy: outcome, URL, change table, root cause and durations. */
export function renderDeploySummary(input: DeploySummaryInput): string {
  const { outcome } = input;
  const sections = [
    `## Deploy of ${inertCode(input.environment)}`,
    `${HEADLINES[outcome.status]}: stack ${inertCode(input.stackName)} (${inertCode(input.region)}) — ${inertCode(outcome.message)}`,
  ];
  if (input.difyUrl !== undefined) sections.push(`Dify: ${inertCode(input.difyUrl)}`);
  sections.push(changeSection(outcome));
  if (outcome.rootCause.length > 0) {
    sections.push(
      ['### Root cause', ...outcome.rootCause.map((event) => `- ${inertCode(formatEvent(event))}`)].join(
        '\n\n',
      ),
    );
  }
  sections.push(
    table(
      ['Step', 'Duration'],
      [
        ['Change set', seconds(outcome.durations.changeSetMs)],
        ['Execution', seconds(outcome.durations.executeMs)],
      ],
    ),
  );
  return `${sections.join('\n\n')}\n`;
}

function changeSection(outcome: DeployOutcome): string {
  const { rows } = outcome;
  if (rows.length === 0) return `Change set ${inertCode(outcome.changeSetName)}: no resource changes.`;
  const count = (...actions: string[]) => rows.filter((row) => actions.includes(row.action)).length;
  const refused = new Set(
    outcome.guard?.verdict === 'refuse' ? outcome.guard.refused.map((change) => change.logicalId) : [],
  );
  const body = rows
    .slice(0, MAX_ROWS)
    .map((row) => [
      row.action + (refused.has(row.logicalId) ? ' ⛔' : ''),
      inertCode(row.logicalId),
      inertCode(row.type),
      row.causes.length === 0 ? '—' : row.causes.map(inertCode).join(', '),
    ]);
  const more = rows.length > MAX_ROWS ? `\n\n… and ${plural(rows.length - MAX_ROWS, 'more change')}.` : '';
  return [
    `### Change set ${inertCode(outcome.changeSetName)}`,
    `${count('add')} to add, ${count('modify')} to modify, ${count('replace', 'conditional-replace')} to replace, ${count('remove')} to remove.`,
    table(['Action', 'Resource', 'Type', 'Properties'], body) + more,
  ].join('\n\n');
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
