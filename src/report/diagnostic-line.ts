import type { Diagnostic } from '../environment/diagnostic.js';

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
export function printable(text: string): string {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028-\u202e\u2066-\u2069]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
