import { countBySeverity } from '../../environment/diagnostic.js';
import { loadEnvironment } from '../../environment/load-environment.js';
import type { ResolvedEnvironment } from '../../environment/resolve-environment.js';
import { annotateDiagnostics } from './diagnostic-annotations.js';
import { StepFailure } from './failure.js';
import * as log from './log.js';

/**
 * Loads and checks the environment file, annotating every diagnostic on it;
 * a file with errors stops the step before anything touches AWS.
 */
export async function checkedEnvironment(file: string): Promise<ResolvedEnvironment> {
  const checked = await loadEnvironment(file);
  annotateDiagnostics(checked.diagnostics);
  const { errors, warnings } = countBySeverity(checked.diagnostics);
  if (errors > 0 || checked.environment === undefined) {
    throw new StepFailure(
      `${file} has ${errors} ${errors === 1 ? 'error' : 'errors'} (annotated on the file): fix them and run again; nothing was sent to AWS. Run \`dify-aws-kit validate ${file}\` locally to check.`,
    );
  }
  if (warnings > 0) log.info(`${file}: ${warnings} ${warnings === 1 ? 'warning' : 'warnings'} (annotated)`);
  return checked.environment;
}
