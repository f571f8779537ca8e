import type { CloudFormationTemplate } from '../../cloudformation-template.js';
import type { TemplateFinding, TemplateRule } from '../template-rule.js';
import { collectReferences, PSEUDO_PARAMETERS, type Reference } from './template-walk.js';

const MALFORMED: Readonly<Record<string, string>> = {
  Ref: 'Ref takes the logical id of a parameter or resource as a string',
  Condition: 'a condition is named by a string',
  DependsOn: 'DependsOn takes a logical id or a list of them, as strings',
  'Fn::GetAtt': 'Fn::GetAtt takes [logicalId, attribute] or "logicalId.attribute"',
  'Fn::Sub': 'Fn::Sub takes a string or [string, { variables }]',
  'Fn::If': 'Fn::If takes [conditionName, valueIfTrue, valueIfFalse]',
  'Fn::FindInMap': 'Fn::FindInMap takes [mapName, topLevelKey, secondLevelKey]',
};

export const references: TemplateRule = {
  id: 'REF001',
  title: 'Every reference points at something the template defines',
  check({ template }) {
    const findings: TemplateFinding[] = [];
    for (const reference of collectReferences(template)) {
      const message = problem(template, reference);
      if (message === undefined) continue;
      findings.push({
        ruleId: 'REF001',
        severity: 'error',
        logicalId: reference.logicalId,
        path: reference.path,
        message,
      });
    }
    return findings;
  },
};

function problem(template: CloudFormationTemplate, reference: Reference): string | undefined {
  if (reference.kind === 'malformed') {
    return `malformed ${reference.name}: ${MALFORMED[reference.name] ?? 'it cannot be read'}, so CloudFormation rejects the template`;
  }
  const { kind, target, section } = reference;
  const isParameter = Object.hasOwn(template.Parameters ?? {}, target);
  const isResource = Object.hasOwn(template.Resources, target);
  const shown = JSON.stringify(target);

  switch (kind) {
    case 'Ref':
      if (PSEUDO_PARAMETERS.has(target)) return undefined;
      if (target.startsWith('AWS::')) {
        return `the Ref to ${shown} names no pseudo parameter CloudFormation knows, so the template is rejected`;
      }
      if (section === 'Conditions') {
        if (isParameter) return undefined;
        return isResource
          ? `the Ref to ${shown} in a condition points at a resource: conditions can refer only to parameters, so the template is rejected`
          : `the Ref to ${shown} points at no parameter, so CloudFormation rejects the template`;
      }
      if (isParameter || isResource) return undefined;
      return `the Ref to ${shown} points at no parameter or resource, so CloudFormation rejects the template`;
    case 'Fn::GetAtt':
      if (isResource) return undefined;
      return isParameter
        ? `the Fn::GetAtt reads an attribute of ${shown}, which is a parameter: only resources have attributes, so the template is rejected`
        : `the Fn::GetAtt of ${shown} points at no resource, so CloudFormation rejects the template`;
    case 'Fn::Sub': {
      if (reference.attribute !== undefined) {
        if (isResource) return undefined;
        return `the Fn::Sub variable \${${target}.${reference.attribute}} reads an attribute of ${shown}, which is no resource, so CloudFormation rejects the template`;
      }
      if (PSEUDO_PARAMETERS.has(target) || isParameter || isResource) return undefined;
      return `the Fn::Sub variable \${${target}} is no parameter, resource, pseudo parameter or entry of its variables map, so CloudFormation rejects the template`;
    }
    case 'DependsOn':
      if (isResource) return undefined;
      return `the DependsOn names ${shown}, which is no resource, so CloudFormation rejects the template`;
    case 'Condition':
      if (Object.hasOwn(template.Conditions ?? {}, target)) return undefined;
      return `the condition ${shown} is not defined in Conditions, so CloudFormation rejects the template`;
    case 'Fn::FindInMap':
      if (Object.hasOwn(template.Mappings ?? {}, target)) return undefined;
      return `the Fn::FindInMap map ${shown} is not defined in Mappings, so CloudFormation rejects the template`;
  }
}
