import type { TemplateFinding } from '../render/lint/template-rule.js';
import { printable } from '../text/printable.js';

/** One template finding as one line: `template.yaml: error: Resource.Path: message [RULE]`. */
export function formatTemplateFindingLine(finding: TemplateFinding, file = 'template.yaml'): string {
  const where = [finding.logicalId, finding.path].filter(Boolean).join('.');
  return printable(
    `${file}: ${finding.severity}: ${where || '(template)'}: ${finding.message} [${finding.ruleId}]`,
  );
}
