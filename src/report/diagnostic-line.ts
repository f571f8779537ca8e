import type { Diagnostic } from '../environment/diagnostic.js';
import { escapeUnsafe } from '../environment/unsafe-characters.js';

/**
 * One problem as one line, the format editors and CI annotate from:
 * `FILE:LINE:COL: error: POINTER: MESSAGE — HINT [RULE]`.
 */
export function formatDiagnosticLine(d: Diagnostic): string {
  const hint = d.hint ? ` — ${d.hint}` : '';
  const rule = d.ruleId === 'schema' || d.ruleId === 'syntax' ? '' : ` [${d.ruleId}]`;
  return `${d.file}:${d.position.line}:${d.position.column}: ${d.severity}: ${printable(d.pointer)}: ${printable(d.message)}${printable(hint)}${rule}`;
}

/** Keys in pointers come from the user's file: never let one start a new line or move the cursor. */
export const printable = escapeUnsafe;
