/** Where something is in a file: 1-based line and column. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export type Severity = 'error' | 'warning';

/**
 * One problem found in an environment file, located and explained.
 * Every face (CLI, action, Backstage) prints these; none builds its own.
 */
export interface Diagnostic {
  readonly file: string;
  readonly position: Position;
  readonly severity: Severity;
  /** JSON pointer of the offending value, "" for the whole document. */
  readonly pointer: string;
  readonly message: string;
  /** What to do about it, when there is more to say than the message. */
  readonly hint?: string;
  /** Stable id of the policy check (NET001), or "schema" / "syntax". */
  readonly ruleId: string;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.file.localeCompare(b.file) ||
    a.position.line - b.position.line ||
    a.position.column - b.position.column ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.message.localeCompare(b.message)
  );
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}
