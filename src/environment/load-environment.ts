import { checkEnvironment, type EnvironmentCheckResult } from './check-environment.js';
import { readEnvironmentFile } from './read-environment-file.js';

export interface LoadOptions {
  /** Path of the base version of the same file (a pull request's base), when known. */
  readonly basePath?: string | undefined;
}

/**
 * Reads an environment file from disk and checks it: the file-system edge of
 * checkEnvironment. Throws UnreadableFileError when a path cannot be read.
 */
export async function loadEnvironment(
  file: string,
  options: LoadOptions = {},
): Promise<EnvironmentCheckResult> {
  const read = await readEnvironmentFile(file);
  if (!read.ok) return unreadableFileCheck(file, read.message, read.hint);
  let baseText: string | undefined;
  if (options.basePath !== undefined) {
    const base = await readEnvironmentFile(options.basePath);
    baseText = base.ok ? base.text : undefined;
  }
  return checkEnvironment(read.text, { file, baseText });
}

/** A file that could not be read as an environment: one error at its first line. */
export function unreadableFileCheck(file: string, message: string, hint: string): EnvironmentCheckResult {
  return {
    file,
    diagnostics: [
      {
        file,
        position: { line: 1, column: 1 },
        severity: 'error',
        pointer: '',
        message,
        hint,
        ruleId: 'syntax',
      },
    ],
  };
}
