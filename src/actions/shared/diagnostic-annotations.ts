import type { Diagnostic } from '../../environment/diagnostic.js';
import * as log from './log.js';

/**
 * Each diagnostic as a GitHub annotation on its file, line and column: errors
 * as error annotations, warnings as warning annotations. The text is the CLI's, minus
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
    if (diagnostic.severity === 'error') log.error(text, properties);
    else log.warning(text, properties);
  }
}

function annotationText(diagnostic: Diagnostic): string {
  const pointer = diagnostic.pointer === '' ? '' : `${diagnostic.pointer}: `;
  const hint = diagnostic.hint === undefined ? '' : ` — ${diagnostic.hint}`;
  const rule =
    diagnostic.ruleId === 'schema' || diagnostic.ruleId === 'syntax' ? '' : ` [${diagnostic.ruleId}]`;
  return `${pointer}${diagnostic.message}${hint}${rule}`;
}
