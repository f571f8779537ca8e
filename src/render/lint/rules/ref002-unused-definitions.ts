import type { TemplateFinding, TemplateRule } from '../template-rule.js';
import { collectReferences, type Reference } from './template-walk.js';

/**
 * A parameter or condition is used when a resource or output refers to it,
 * directly or through conditions that are themselves used: a condition that
 * only an unused condition mentions changes nothing either.
 */
export const unusedDefinitions: TemplateRule = {
  id: 'REF002',
  title: 'Every parameter and condition is used',
  check({ template }) {
    const all = collectReferences(template);
    const fromConditions = new Map<string, Reference[]>();
    for (const reference of all) {
      if (reference.section !== 'Conditions') continue;
      const list = fromConditions.get(reference.logicalId) ?? [];
      list.push(reference);
      fromConditions.set(reference.logicalId, list);
    }

    const usedParameters = new Set<string>();
    const usedConditions = new Set<string>();
    const pending: Reference[] = all.filter((reference) => reference.section !== 'Conditions');
    for (let reference = pending.pop(); reference !== undefined; reference = pending.pop()) {
      if (reference.kind === 'Ref' || (reference.kind === 'Fn::Sub' && reference.attribute === undefined)) {
        usedParameters.add(reference.target);
      } else if (reference.kind === 'Condition' && !usedConditions.has(reference.target)) {
        usedConditions.add(reference.target);
        pending.push(...(fromConditions.get(reference.target) ?? []));
      }
    }

    const findings: TemplateFinding[] = [];
    for (const name of Object.keys(template.Parameters ?? {})) {
      if (usedParameters.has(name)) continue;
      findings.push({
        ruleId: 'REF002',
        severity: 'error',
        logicalId: name,
        message: mentionedOnlyByUnused(fromConditions, usedConditions, 'Ref', name)
          ? 'this parameter is used only by conditions that nothing uses: its value changes nothing in the stack, which suggests a renderer mistake'
          : 'no resource, output or condition refers to this parameter: its value changes nothing in the stack, which suggests a renderer mistake',
      });
    }
    for (const name of Object.keys(template.Conditions ?? {})) {
      if (usedConditions.has(name)) continue;
      findings.push({
        ruleId: 'REF002',
        severity: 'error',
        logicalId: name,
        message: mentionedOnlyByUnused(fromConditions, usedConditions, 'Condition', name)
          ? 'this condition is used only by conditions that nothing uses: it decides nothing in the stack, which suggests a renderer mistake'
          : 'no resource, output, Fn::If or condition uses this condition: it decides nothing in the stack, which suggests a renderer mistake',
      });
    }
    return findings;
  },
};

function mentionedOnlyByUnused(
  fromConditions: ReadonlyMap<string, Reference[]>,
  usedConditions: ReadonlySet<string>,
  kind: 'Ref' | 'Condition',
  name: string,
): boolean {
  for (const [condition, references] of fromConditions) {
    if (usedConditions.has(condition)) continue;
    const mentions = references.some(
      (reference) =>
        reference.kind !== 'malformed' &&
        reference.target === name &&
        (reference.kind === kind || (kind === 'Ref' && reference.kind === 'Fn::Sub')),
    );
    if (mentions) return true;
  }
  return false;
}
