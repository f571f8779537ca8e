import { type AcknowledgedFinding, acknowledgedFindings } from './acknowledged-findings.js';
import { validateWithCloudFormationRules } from './cloudformation-validator.js';
import { runTemplateRules } from './run-template-rules.js';
import type { TemplateFinding, TemplateRuleContext } from './template-rule.js';

export interface TemplateLint {
  /** Findings that count: errors stop a render or deploy, warnings are reported. */
  readonly findings: readonly TemplateFinding[];
  /** Validator findings accepted in acknowledged-findings.ts, with the reason shown. */
  readonly acknowledged: readonly { readonly finding: TemplateFinding; readonly reason: string }[];
  readonly errors: number;
  readonly warnings: number;
}

/**
 * Lints a rendered template before anything writes or deploys it: AWS's
 * validator (resource schemas, references, cfn-lint rules) and the kit's own
 * rules (references, limits, security).
 */
export function lintTemplate(
  context: TemplateRuleContext,
  acknowledged: readonly AcknowledgedFinding[] = acknowledgedFindings,
): TemplateLint {
  const all = [...validateWithCloudFormationRules(context.text), ...runTemplateRules(context)];
  const findings: TemplateFinding[] = [];
  const accepted: { finding: TemplateFinding; reason: string }[] = [];
  for (const finding of all) {
    const match = acknowledged.find(
      (a) => a.ruleId === finding.ruleId && (a.logicalId === undefined || a.logicalId === finding.logicalId),
    );
    if (match) accepted.push({ finding, reason: match.reason });
    else findings.push(finding);
  }
  return {
    findings,
    acknowledged: accepted,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
  };
}
