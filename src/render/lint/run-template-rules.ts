import { templateRules } from './rules/index.js';
import type { TemplateFinding, TemplateRule, TemplateRuleContext } from './template-rule.js';

/**
 * Runs the kit's template rules and returns their findings sorted by logical
 * id, then path (template-wide findings first; rule order among equals). A
 * rule that throws is reported as an error finding instead of hiding the
 * other rules' findings.
 */
export function runTemplateRules(
  context: TemplateRuleContext,
  rules: readonly TemplateRule[] = templateRules,
): TemplateFinding[] {
  const findings = rules.flatMap((rule): TemplateFinding[] => {
    try {
      return rule.check(context);
    } catch (error) {
      return [
        {
          ruleId: rule.id,
          severity: 'error',
          message: `the rule could not check this template (${error instanceof Error ? error.message : String(error)}), so this stays unverified: ${rule.title}`,
        },
      ];
    }
  });
  return findings.sort((a, b) => compare(a.logicalId, b.logicalId) || compare(a.path, b.path));
}

/** Orders undefined first, then by UTF-16 code units (stable across locales). */
function compare(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}
