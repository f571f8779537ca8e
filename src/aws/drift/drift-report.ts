import { inertCode, table } from '../../text/markdown.js';
import { plural } from '../../text/plural.js';
import { markdownLinkUrl, urlPathSegment } from '../../text/url.js';
import type { DriftOutcome, ResourceDrift } from './drift-outcome.js';
import { maskDifference } from './mask-secret-values.js';
import { hasTemplateDrift, type TemplateDrift } from './template-drift.js';

/** Everything one drift check found, for the job summary and the GitHub issue. */
export interface DriftReport {
  readonly environment: string;
  readonly stackName: string;
  readonly region: string;
  readonly drift: DriftOutcome;
  /** How the template deployed differs from the one the repository renders; undefined when not compared. */
  readonly templateDrift: TemplateDrift | undefined;
  /** ISO 8601. */
  readonly checkedAt: string;
  readonly runUrl?: string;
}

/**
 * `failed` when detection failed or timed out (nothing is known), `drifted`
 * when a resource or the template drifted, `in-sync` only when neither did.
 */
export type DriftStatus = 'in-sync' | 'drifted' | 'failed';

export function driftStatus(report: DriftReport): DriftStatus {
  if (report.drift.outcome === 'detection-failed' || report.drift.outcome === 'timed-out') return 'failed';
  if (report.drift.outcome === 'drifted') return 'drifted';
  return report.templateDrift !== undefined && hasTemplateDrift(report.templateDrift) ? 'drifted' : 'in-sync';
}

/** Resources that drifted, in the stack and in the template. */
export function driftedCount(report: DriftReport): number {
  const resources = report.drift.outcome === 'drifted' ? report.drift.drifted.length : 0;
  const template = report.templateDrift;
  return template === undefined
    ? resources
    : resources + template.added.length + template.removed.length + template.changed.length;
}

/** The hidden line that finds an environment's issue again; the name is percent-encoded, so it cannot end the comment. */
export function driftMarker(environment: string): string {
  return `<!-- dify-aws-kit:drift:${urlPathSegment(environment)} -->`;
}

/** The most table rows a report shows; the rest are counted. An issue body holds at most 65,536 characters. */
export const MAX_ROWS = 100;

/** Markdown for the job summary and the issue: marker, status line, drifted resources, template drift. */
export function renderDriftReport(report: DriftReport): string {
  const sections = [
    driftMarker(report.environment),
    `## Drift in ${inertCode(report.environment)}`,
    statusLine(report),
  ];
  if (report.drift.outcome === 'drifted') sections.push(resourceSection(report.drift.drifted));
  if (report.templateDrift !== undefined && hasTemplateDrift(report.templateDrift))
    sections.push(templateSection(report.templateDrift));
  else if (report.templateDrift === undefined)
    sections.push('The template deployed was not compared with the repository.');
  sections.push(footer(report));
  return `${sections.join('\n\n')}\n`;
}

function statusLine(report: DriftReport): string {
  const stack = `stack ${inertCode(report.stackName)} (${inertCode(report.region)})`;
  const { drift } = report;
  switch (drift.outcome) {
    case 'detection-failed':
      return `❌ **Drift detection failed** on ${stack}: ${inertCode(cut(drift.reason, 2_000))}. Whether the stack drifted is not known; this is not "in sync".`;
    case 'timed-out': {
      const line = `❌ **Drift detection timed out** on ${stack} after ${Math.round(drift.elapsedMs / 1_000)} s; whether the stack drifted is not known. The detection may still be running in CloudFormation`;
      if (!PLAIN.test(report.region) || !PLAIN.test(drift.detectionId))
        return `${line}: detection ${inertCode(drift.detectionId)}.`;
      return [
        `${line}:`,
        '',
        '```sh',
        `aws cloudformation describe-stack-drift-detection-status --region ${report.region} --stack-drift-detection-id ${drift.detectionId}`,
        '```',
      ].join('\n');
    }
    case 'drifted':
      return `⚠️ **Drifted**: ${plural(drift.drifted.length, 'resource')} of ${stack} changed outside CloudFormation.`;
    case 'in-sync':
      return driftStatus(report) === 'drifted'
        ? `⚠️ **Drifted**: the resources of ${stack} match the template deployed, but that template is not the one the repository renders.`
        : `✅ **In sync**: ${stack} matches its template${report.templateDrift === undefined ? '' : ', and that template is the one the repository renders'}.`;
  }
}

function resourceSection(drifted: readonly ResourceDrift[]): string {
  const rows: string[][] = [];
  for (const resource of drifted) {
    const head = [inertCode(resource.logicalId), inertCode(resource.type), resource.status];
    if (resource.differences.length === 0) rows.push([...head, '—', '—', '—', '—']);
    for (const raw of resource.differences) {
      const difference = maskDifference(raw);
      rows.push([
        ...head,
        inertCode(difference.path),
        difference.differenceType,
        difference.expected === '' ? '—' : inertCode(difference.expected),
        difference.actual === '' ? '—' : inertCode(difference.actual),
      ]);
    }
  }
  return [
    '### Resources changed outside CloudFormation',
    limited(
      table(
        ['Resource', 'Type', 'Drift', 'Property', 'Difference', 'Expected', 'Actual'],
        rows.slice(0, MAX_ROWS),
      ),
      rows.length,
    ),
    'Revert the change by hand, or deploy again from the repository to put the template back (a deleted resource is not recreated by an update: remove it from CloudFormation’s view or restore it first).',
  ].join('\n\n');
}

function templateSection(drift: TemplateDrift): string {
  const rows: string[][] = [
    ...drift.added.map((r) => [
      'added',
      inertCode(r.logicalId),
      inertCode(r.type),
      'in the repository, not deployed',
    ]),
    ...drift.removed.map((r) => [
      'removed',
      inertCode(r.logicalId),
      inertCode(r.type),
      'deployed, not in the repository',
    ]),
    ...drift.changed.map((r) => [
      'changed',
      inertCode(r.logicalId),
      r.deployedType === undefined
        ? inertCode(r.type)
        : `${inertCode(r.deployedType)} → ${inertCode(r.type)}`,
      [...r.properties, ...r.attributes].map(inertCode).join(', ') || 'type',
    ]),
  ];
  const outputs = [
    ...drift.outputs.added.map((name) => `${inertCode(name)} added`),
    ...drift.outputs.removed.map((name) => `${inertCode(name)} removed`),
    ...drift.outputs.changed.map((name) => `${inertCode(name)} changed`),
  ];
  return [
    '### Template drift',
    'The template deployed is not the one the repository renders from environment.json: someone may have deployed from a branch, or the repository changed since the last deploy.',
    ...(rows.length > 0
      ? [limited(table(['Change', 'Resource', 'Type', 'What differs'], rows.slice(0, MAX_ROWS)), rows.length)]
      : []),
    ...(outputs.length > 0 ? [`Outputs: ${outputs.join('; ')}.`] : []),
    'Deploy from the default branch to bring the stack back to the repository.',
  ].join('\n\n');
}

function footer(report: DriftReport): string {
  const run = report.runUrl === undefined ? '' : ` in [this run](${markdownLinkUrl(report.runUrl)})`;
  return `Checked ${inertCode(report.checkedAt)}${run}.`;
}

function limited(markdown: string, total: number): string {
  return total > MAX_ROWS ? `${markdown}\n\n… and ${plural(total - MAX_ROWS, 'more row')}.` : markdown;
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A word that can go into a shell command and a code block as it is. */
const PLAIN = /^[A-Za-z0-9._:/-]+$/;
