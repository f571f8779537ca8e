import { allPolicyChecks } from './checks/index.js';
import type { PolicyCheck } from './checks/policy-check.js';
import { compareDiagnostics, type Diagnostic } from './diagnostic.js';
import type { Environment, EnvironmentFile } from './environment.types.js';
import { parseEnvironmentJson } from './parse-environment-json.js';
import { type ResolvedEnvironment, resolveEnvironment } from './resolve-environment.js';
import { validateAgainstSchema } from './validate-schema.js';

export interface CheckOptions {
  /** The file name used in diagnostics. */
  readonly file: string;
  /** The text of the base version of the same file, when known (pull requests). */
  readonly baseText?: string | undefined;
  /** The checks to run; all of them by default. */
  readonly checks?: readonly PolicyCheck[];
}

export interface EnvironmentCheckResult {
  readonly file: string;
  /** Every problem found, sorted by position. */
  readonly diagnostics: readonly Diagnostic[];
  /** The environment with defaults decided, when it passed the schema. */
  readonly environment?: ResolvedEnvironment;
}

/**
 * Parse, validate against the schema and run the policy checks: everything
 * offline that can be said about one environment file.
 */
export function checkEnvironment(text: string, options: CheckOptions): EnvironmentCheckResult {
  const { file } = options;
  const parsed = parseEnvironmentJson(text);
  if (!parsed.ok) {
    return {
      file,
      diagnostics: parsed.problems.map((p) => ({
        file,
        position: p.position,
        severity: 'error',
        pointer: p.pointer,
        message: p.message,
        ...(p.hint ? { hint: p.hint } : {}),
        ruleId: 'syntax',
      })),
    };
  }

  const diagnostics: Diagnostic[] = parsed.problems.map((p) => ({
    file,
    position: p.position,
    severity: 'error',
    pointer: p.pointer,
    message: p.message,
    ...(p.hint ? { hint: p.hint } : {}),
    ruleId: 'syntax',
  }));

  const validation = validateAgainstSchema(parsed.value);
  if (!validation.valid) {
    for (const problem of validation.problems) {
      diagnostics.push({
        file,
        position: parsed.sourceMap.positionOf(problem.locate.pointer, problem.locate.at),
        severity: 'error',
        pointer: problem.pointer,
        message: problem.message,
        ...(problem.hint ? { hint: problem.hint } : {}),
        ruleId: 'schema',
      });
    }
    return { file, diagnostics: diagnostics.sort(compareDiagnostics) };
  }

  const environment = resolveEnvironment(validation.withDefaults as Environment);
  const context = {
    environment,
    written: parsed.value as EnvironmentFile,
    ...(options.baseText !== undefined ? { base: parseBase(options.baseText) } : {}),
  };
  for (const policy of options.checks ?? allPolicyChecks) {
    for (const finding of policy.check(context)) {
      diagnostics.push({
        file,
        position: parsed.sourceMap.positionOf(finding.pointer, 'value'),
        severity: finding.severity ?? policy.severity,
        pointer: finding.pointer,
        message: finding.message,
        hint: finding.hint,
        ruleId: policy.id,
      });
    }
  }
  return { file, diagnostics: diagnostics.sort(compareDiagnostics), environment };
}

/** The base file only informs upgrade checks; if it does not parse, there is nothing to compare. */
function parseBase(text: string): unknown {
  const parsed = parseEnvironmentJson(text);
  return parsed.ok ? parsed.value : undefined;
}
