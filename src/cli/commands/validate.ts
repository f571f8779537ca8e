import { countBySeverity } from '../../environment/diagnostic.js';
import { loadEnvironment } from '../../environment/load-environment.js';
import { formatDiagnosticLine } from '../../report/diagnostic-line.js';
import { type CliIo, EXIT_FINDINGS, EXIT_OK } from '../cli-io.js';
import { parseCommandOptions } from './parse-command-options.js';

/** `dify-aws-kit validate FILE...`: one line per problem, exit 1 on errors. */
export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const options = parseCommandOptions('validate', args, ['base', 'strict']);
  let failed = false;
  for (const file of options.files) {
    const result = await loadEnvironment(file, { basePath: options.base });
    for (const diagnostic of result.diagnostics) io.stdout(`${formatDiagnosticLine(diagnostic)}\n`);
    const { errors, warnings } = countBySeverity(result.diagnostics);
    if (errors > 0 || (options.strict && warnings > 0)) failed = true;
  }
  return failed ? EXIT_FINDINGS : EXIT_OK;
}
