import type { PreflightResult } from '../../preflight/preflight-environment.js';
import * as log from '../shared/log.js';

/**
 * The lint's findings on the rendered template, annotated on the environment file
 * they come from: the template has no lines in the pull request to point at.
 */
export function annotateTemplateFindings(file: string, result: PreflightResult): void {
  for (const finding of result.stack?.lint.findings ?? []) {
    const where = [finding.logicalId, finding.path].filter(Boolean).join('.') || 'the template';
    const message = `rendered template, ${where}: ${finding.message} [${finding.ruleId}]`;
    const properties = { file, title: 'CloudFormation template' };
    if (finding.severity === 'error') log.error(message, properties);
    else log.warning(message, properties);
  }
}
