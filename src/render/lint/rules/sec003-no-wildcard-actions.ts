import type { CloudFormationResource } from '../../cloudformation-template.js';
import type { TemplateFinding, TemplateRule } from '../template-rule.js';
import { type Found, isRecord, listItems, literalText, lookup, oneOrMany } from './template-walk.js';

/**
 * Allow statements name each action. Deny statements may use wildcards: a
 * broader deny only takes permissions away (the bucket policy that refuses
 * plain HTTP denies s3:*).
 */
export const noWildcardActions: TemplateRule = {
  id: 'SEC003',
  title: 'IAM policies allow named actions only',
  check({ template }) {
    const findings: TemplateFinding[] = [];
    for (const [logicalId, resource] of Object.entries(template.Resources)) {
      for (const document of policyDocuments(resource)) {
        for (const statements of lookup(document.value, document.path, ['Statement'])) {
          for (const statement of oneOrMany(statements.value, statements.path)) {
            findings.push(...statementProblems(logicalId, statement));
          }
        }
      }
    }
    return findings;
  },
};

/** The policy documents a resource carries, by type. */
function policyDocuments(resource: CloudFormationResource): Found[] {
  const properties = resource.Properties;
  switch (resource.Type) {
    case 'AWS::IAM::Role':
      return [
        ...lookup(properties, 'Properties', ['AssumeRolePolicyDocument']),
        ...lookup(properties, 'Properties', ['Policies']).flatMap((list) =>
          listItems(list.value, list.path).flatMap((policy) =>
            lookup(policy.value, policy.path, ['PolicyDocument']),
          ),
        ),
      ].filter((found) => found.value !== undefined);
    case 'AWS::IAM::Policy':
    case 'AWS::IAM::ManagedPolicy':
    case 'AWS::S3::BucketPolicy':
      return lookup(properties, 'Properties', ['PolicyDocument']).filter(
        (found) => found.value !== undefined,
      );
    default:
      return [];
  }
}

function statementProblems(logicalId: string, statement: Found): TemplateFinding[] {
  if (!isRecord(statement.value) || statement.value.Effect === 'Deny') return [];
  const findings: TemplateFinding[] = [];
  if (statement.value.NotAction !== undefined) {
    findings.push({
      ruleId: 'SEC003',
      severity: 'error',
      logicalId,
      path: `${statement.path}.NotAction`,
      message:
        'an Allow statement uses NotAction: it grants every action except those listed, including actions AWS adds later; name the allowed actions in Action instead',
    });
  }
  const actions = lookup(statement.value, statement.path, ['Action']).flatMap((found) =>
    oneOrMany(found.value, found.path),
  );
  for (const { value, path } of actions) {
    const action = literalText(value);
    if (action === undefined || !/[*?]/.test(action)) continue;
    findings.push({
      ruleId: 'SEC003',
      severity: 'error',
      logicalId,
      path,
      message: `the action ${JSON.stringify(action)} is a wildcard: ${wildcardScope(action)}, including actions AWS adds later; list the actions Dify needs`,
    });
  }
  return findings;
}

function wildcardScope(action: string): string {
  if (action === '*') return 'it allows every action on every service';
  const [service, name] = action.split(':');
  if (name === '*') return `it allows every ${service} action`;
  return `it allows every ${service} action matching ${name ?? action}`;
}
