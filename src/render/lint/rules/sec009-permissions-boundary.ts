import { identityPath, permissionsBoundaryArn } from '../../../bootstrap/identity-names.js';
import type { CloudFormationResource } from '../../cloudformation-template.js';
import type { TemplateFinding, TemplateRule } from '../template-rule.js';
import { describeValue } from './template-walk.js';

const IDENTITY_TYPES = new Set(['AWS::IAM::Role', 'AWS::IAM::User']);

/**
 * Every role and user of a Dify stack carries the bootstrap's permissions
 * boundary, on the environment's IAM path: the execution role may create no
 * other (`dify-aws-kit bootstrap`), so a template without them would fail at
 * deploy, and a role without the boundary could hold any permission its inline
 * policy names. A template rendered from no environment (the bootstrap's own)
 * creates the roles that hold the boundary in place; its tests check it instead.
 */
export const permissionsBoundary: TemplateRule = {
  id: 'SEC009',
  title: "Every IAM role and user carries the bootstrap's permissions boundary, on the environment's path",
  check({ template, environment }) {
    if (environment === undefined) return [];
    const boundary = permissionsBoundaryArn(environment.stackPrefix);
    const path = identityPath(environment.stackPrefix, environment.name);
    const findings: TemplateFinding[] = [];
    for (const [logicalId, resource] of Object.entries(template.Resources)) {
      if (!IDENTITY_TYPES.has(resource.Type)) continue;
      findings.push(...identityProblems(logicalId, resource, boundary, path));
    }
    return findings;
  },
};

function identityProblems(
  logicalId: string,
  resource: CloudFormationResource,
  boundary: unknown,
  path: string,
): TemplateFinding[] {
  const kind = resource.Type === 'AWS::IAM::User' ? 'user' : 'role';
  const properties = resource.Properties ?? {};
  const finding = (property: string, message: string): TemplateFinding => ({
    ruleId: 'SEC009',
    severity: 'error',
    logicalId,
    path: `Properties.${property}`,
    message,
  });
  const findings: TemplateFinding[] = [];
  const actual = properties.PermissionsBoundary;
  if (actual === undefined) {
    findings.push(
      finding(
        'PermissionsBoundary',
        `the ${kind} has no permissions boundary: its inline policies alone would decide what it may do, and the execution role may create no ${kind} without the bootstrap's boundary; set PermissionsBoundary to ${describeValue(boundary)}`,
      ),
    );
  } else if (JSON.stringify(actual) !== JSON.stringify(boundary)) {
    findings.push(
      finding(
        'PermissionsBoundary',
        `the ${kind}'s permissions boundary is ${describeValue(actual)}, not the bootstrap's ${describeValue(boundary)}`,
      ),
    );
  }
  if (properties.Path !== path) {
    findings.push(
      finding(
        'Path',
        `the ${kind} is on the IAM path ${describeValue(properties.Path ?? '/')}, not the environment's ${JSON.stringify(path)}, the only one the execution role may manage`,
      ),
    );
  }
  return findings;
}
