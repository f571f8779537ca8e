import type { EnvironmentCheckResult } from '../../environment/check-environment.js';
import { countBySeverity } from '../../environment/diagnostic.js';
import {
  type LoadOptions,
  loadEnvironment,
  unreadableFileCheck,
} from '../../environment/load-environment.js';
import { UnreadableFileError } from '../../environment/read-environment-file.js';
import { formatDiagnosticLine } from '../../report/diagnostic-line.js';
import { type CliIo, EXIT_FINDINGS, EXIT_OK } from '../cli-io.js';
import { parseCommandOptions } from './parse-command-options.js';

/**
 * `dify-aws-kit validate FILE...`: one line per problem, exit 1 on errors. A file
 * that cannot be read is one error line of its own; the other files are still checked.
 */
export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const options = parseCommandOptions('validate', args, ['base', 'strict']);
  let failed = false;
  for (const file of options.files) {
    const result = await loadOrExplain(file, { basePath: options.base });
    for (const diagnostic of result.diagnostics) io.stdout(`${formatDiagnosticLine(diagnostic)}\n`);
    const { errors, warnings } = countBySeverity(result.diagnostics);
    if (errors > 0 || (options.strict && warnings > 0)) failed = true;
  }
  return failed ? EXIT_FINDINGS : EXIT_OK;
}

/** The file checked, or, when it cannot be read (missing, a folder, a link loop), one error at its line 1. */
export async function loadOrExplain(file: string, options: LoadOptions): Promise<EnvironmentCheckResult> {
  try {
    return await loadEnvironment(file, options);
  } catch (error) {
    if (!(error instanceof UnreadableFileError) || error.file !== file) throw error;
    return unreadableFileCheck(file, `cannot read the file: ${error.reason}`, 'Check the path.');
  }
}
