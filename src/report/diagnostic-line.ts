import type { Diagnostic } from '../environment/diagnostic.js';
import { printable } from '../text/printable.js';

/**
 * One problem as one line, the format editors and CI annotate from:
 * `FILE:LINE:COL: error: POINTER: MESSAGE — HINT [RULE]`. The file name and the
 * keys in pointers and messages are the user's: the line is made printable, so
 * none can start a new line, move the cursor or issue a workflow command in CI.
 */
export function formatDiagnosticLine(d: Diagnostic): string {
  const hint = d.hint ? ` — ${d.hint}` : '';
  const rule = d.ruleId === 'schema' || d.ruleId === 'syntax' ? '' : ` [${d.ruleId}]`;
  return printable(
    `${d.file}:${d.position.line}:${d.position.column}: ${d.severity}: ${d.pointer}: ${d.message}${hint}${rule}`,
  );
}
