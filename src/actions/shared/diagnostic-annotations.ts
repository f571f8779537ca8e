import * as core from '@actions/core';
import type { Diagnostic } from '../../environment/diagnostic.js';
import { escapeUnsafe } from '../../environment/unsafe-characters.js';

/**
 * Each diagnostic as a GitHub annotation on its file, line and column: errors
 * with `core.error`, warnings with `core.warning`. The text is the CLI's, minus
 * the location the annotation already carries.
 */
export function annotateDiagnostics(diagnostics: readonly Diagnostic[]): void {
  for (const diagnostic of diagnostics) {
    const properties = {
      file: diagnostic.file,
      startLine: diagnostic.position.line,
      startColumn: diagnostic.position.column,
    };
    const text = annotationText(diagnostic);
    if (diagnostic.severity === 'error') core.error(text, properties);
    else core.warning(text, properties);
  }
}

function annotationText(diagnostic: Diagnostic): string {
  const pointer = diagnostic.pointer === '' ? '' : `${diagnostic.pointer}: `;
  const hint = diagnostic.hint === undefined ? '' : ` — ${diagnostic.hint}`;
  const rule =
    diagnostic.ruleId === 'schema' || diagnostic.ruleId === 'syntax' ? '' : ` [${diagnostic.ruleId}]`;
  return escapeUnsafe(`${pointer}${diagnostic.message}${hint}${rule}`);
}
