import type { EnvironmentCheckResult } from '../environment/check-environment.js';
import type { PolicyCheck } from '../environment/checks/policy-check.js';
import { countBySeverity, type Diagnostic } from '../environment/diagnostic.js';
import { summarizeEnvironment } from './environment-summary.js';
import { code, escapeMarkdown, plural, table } from './markdown.js';

export interface PreflightReportInput {
  readonly results: readonly EnvironmentCheckResult[];
  readonly checks: readonly PolicyCheck[];
}

/** The preflight as Markdown: a status line, then per file its findings and what it describes. */
export function renderPreflightReport({ results, checks }: PreflightReportInput): string {
  const all = results.flatMap((r) => r.diagnostics);
  const { errors, warnings } = countBySeverity(all);
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

function renderFile(result: EnvironmentCheckResult): string {
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
  return parts.join('\n\n');
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
