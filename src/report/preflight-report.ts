import type { PolicyCheck } from '../environment/checks/policy-check.js';
import { countBySeverity, type Diagnostic } from '../environment/diagnostic.js';
import { countPreflightFindings, type PreflightResult } from '../preflight/preflight-environment.js';
import type { TemplateLint } from '../render/lint/lint-template.js';
import type { StackPlan } from '../render/render-stack.js';
import { code, escapeMarkdown, table } from '../text/markdown.js';
import { plural } from '../text/plural.js';
import { renderCostTable } from './cost-table.js';
import { summarizeEnvironment } from './environment-summary.js';

/** CloudFormation takes a template body up to this size inline; larger ones go through S3. */
const INLINE_TEMPLATE_BYTES = 51_200;

export interface PreflightReportInput {
  readonly results: readonly PreflightResult[];
  readonly checks: readonly PolicyCheck[];
}

/** The preflight as Markdown: a status line, then per file its findings and what it describes. */
export function renderPreflightReport({ results, checks }: PreflightReportInput): string {
  const { errors, warnings } = countPreflightFindings(results);
  const sections = [`# Dify environment preflight`, statusLine(errors, warnings, results.length)];
  for (const result of results) sections.push(renderFile(result));
  sections.push(
    [
      '<details><summary>Policy checks run</summary>',
      '',
      table(
        ['Rule', 'Severity', 'Ensures'],
        checks.map((c) => [c.id, c.severity, escapeMarkdown(c.title)]),
      ),
      '',
      '</details>',
    ].join('\n'),
  );
  return `${sections.join('\n\n')}\n`;
}

function statusLine(errors: number, warnings: number, files: number): string {
  const scope = plural(files, 'file');
  if (errors > 0) return `❌ **${plural(errors, 'error')}**, ${plural(warnings, 'warning')} in ${scope}`;
  if (warnings > 0) return `⚠️ **${plural(warnings, 'warning')}**, no errors in ${scope}`;
  return `✅ **No problems** in ${scope}`;
}

function renderFile(preflight: PreflightResult): string {
  const result = preflight.check;
  const { errors, warnings } = countBySeverity(result.diagnostics);
  const env = result.environment;
  const title = env
    ? `## ${code(result.file)}: ${code(env.name)} in ${env.region}`
    : `## ${code(result.file)}`;
  const parts = [title];
  parts.push(
    result.diagnostics.length === 0
      ? '✅ Valid; every policy check passes.'
      : `${errors > 0 ? '❌' : '⚠️'} ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
  );
  if (result.diagnostics.length > 0) parts.push(findingsTable(result.diagnostics));
  if (env) {
    parts.push(
      table(
        ['', 'This environment'],
        summarizeEnvironment(env).map((row) => [`**${row.aspect}**`, escapeMarkdown(row.value)]),
      ),
    );
  } else {
    parts.push('The file is not valid yet, so it was not checked further: fix the errors above first.');
  }
  if (preflight.stack) {
    parts.push(renderStackSection(preflight.stack.plan, preflight.stack.lint));
  } else if (env) {
    parts.push('The template was not rendered: fix the errors above first.');
  }
  if (preflight.cost) parts.push(`### Estimated monthly cost\n\n${renderCostTable(preflight.cost)}`);
  else if (preflight.costUnavailable)
    parts.push(`### Estimated monthly cost\n\n${escapeMarkdown(preflight.costUnavailable)}`);
  return parts.join('\n\n');
}

function renderStackSection(plan: StackPlan, lint: TemplateLint): string {
  const size =
    plan.templateBytes > INLINE_TEMPLATE_BYTES
      ? `${(plan.templateBytes / 1024).toFixed(1)} KiB (deployed through the artifact bucket: over the ${INLINE_TEMPLATE_BYTES / 1024} KiB inline limit)`
      : `${(plan.templateBytes / 1024).toFixed(1)} KiB`;
  const lines = [
    '### CloudFormation',
    '',
    `Stack ${code(plan.stackName)}: **${plan.resourceCount} resources**, template ${size}.`,
    '',
    lint.findings.length === 0
      ? `✅ The template passes the lint (AWS CloudFormation validator and the kit's rules)${lint.acknowledged.length ? `; ${plural(lint.acknowledged.length, 'acknowledged finding')}` : ''}.`
      : table(
          ['', 'Resource', 'Problem', 'Rule'],
          lint.findings.map((f) => [
            f.severity === 'error' ? '❌' : '⚠️',
            code([f.logicalId, f.path].filter(Boolean).join('.') || '(template)'),
            escapeMarkdown(f.message),
            f.ruleId,
          ]),
        ),
    '',
    '<details><summary>Resources by type</summary>',
    '',
    table(
      ['Type', 'Count'],
      Object.entries(plan.resourcesByType).map(([type, count]) => [code(type), String(count)]),
    ),
    '',
    '</details>',
  ];
  return lines.join('\n');
}

function findingsTable(diagnostics: readonly Diagnostic[]): string {
  return table(
    ['', 'Line', 'Field', 'Problem', 'Fix', 'Rule'],
    diagnostics.map((d) => [
      d.severity === 'error' ? '❌' : '⚠️',
      `${d.position.line}:${d.position.column}`,
      d.pointer === '' ? '(file)' : code(d.pointer),
      escapeMarkdown(d.message),
      escapeMarkdown(d.hint ?? ''),
      d.ruleId,
    ]),
  );
}
