import type { Severity } from '../diagnostic.js';
import type { EnvironmentFile } from '../environment.types.js';
import type { ResolvedEnvironment } from '../resolve-environment.js';

export interface CheckContext {
  /** The environment with every default decided. */
  readonly environment: ResolvedEnvironment;
  /** The file as written, to tell a value the user chose from a default. */
  readonly written: EnvironmentFile;
  /**
   * The base version of the same file (a pull request's base branch), parsed
   * but not validated: it may predate the current schema. Read it defensively.
   */
  readonly base?: unknown;
}

/** One thing a check found, at a JSON pointer of the environment. */
export interface Finding {
  readonly pointer: string;
  readonly message: string;
  /** What to do about it. */
  readonly hint: string;
  /** Overrides the check's severity for this finding. */
  readonly severity?: Severity;
}

/** A rule beyond the schema: its id is stable, its findings say what to fix. */
export interface PolicyCheck {
  /** Stable id such as NET001; never reused for another rule. */
  readonly id: string;
  /** What the rule ensures, as a short sentence. */
  readonly title: string;
  readonly severity: Severity;
  readonly check: (context: CheckContext) => Finding[];
}
