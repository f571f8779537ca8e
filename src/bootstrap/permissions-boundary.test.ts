import { describe, expect, it } from 'vitest';
import { exampleEnvironment } from '../../test/support/environment-fixtures.js';
import { decide, type RequestContext } from '../../test/support/iam-policy-evaluation.js';
import { principalOf, principalTags, resolver, statementsOf } from '../../test/support/template-policies.js';
import { ENVIRONMENT_TAG_KEY } from '../environment/stack-prefix.js';
import { isRecord } from '../render/lint/rules/template-walk.js';
import { renderStack } from '../render/render-stack.js';
import { renderBootstrap } from './render-bootstrap.js';

/** A concrete resource or condition value for a pattern: every wildcard stands for one character. */
const concrete = (pattern: string) => pattern.replaceAll('*', 'x').replaceAll('?', 'x');

/** The context a request needs for the statement's own conditions to hold: their first values, made concrete. */
function contextFor(condition: unknown): Record<string, string> {
  const context: Record<string, string> = {};
  for (const entries of Object.values(isRecord(condition) ? condition : {})) {
    for (const [key, values] of Object.entries(isRecord(entries) ? entries : {})) {
      const [first] = [values].flat();
      if (typeof first === 'string') context[key] = concrete(first);
    }
  }
  return context;
}

describe("the permissions boundary, against the Dify stacks' own roles", () => {
  it.each(['dev', 'prod-closed'])(
    'allows every action on every resource that the roles and user of %s ask for, within their environment',
    (example) => {
      const environment = exampleEnvironment(example);
      const { template } = renderStack(environment, 'test');
      const bootstrap = renderBootstrap(
        {
          githubRepo: 'my-org/dify-infra',
          environments: [environment.name],
          stackPrefix: environment.stackPrefix,
        },
        'test',
      ).template;
      const boundary = statementsOf(
        bootstrap.Resources.PermissionsBoundary?.Properties?.PolicyDocument,
        resolver(bootstrap, 'bootstrap-dify-aws-kit', environment.accountId).resolve,
      );
      const refused: string[] = [];
      let checked = 0;
      for (const [logicalId, resource] of Object.entries(template.Resources)) {
        if (resource.Type !== 'AWS::IAM::Role' && resource.Type !== 'AWS::IAM::User') continue;
        const { identity, boundaryArn } = principalOf(
          template,
          logicalId,
          environment.stackName,
          environment.accountId,
        );
        expect(boundaryArn).toBe(
          `arn:aws:iam::${environment.accountId}:policy/dify-aws-kit/${environment.stackPrefix}permissions-boundary`,
        );
        const base: RequestContext = {
          ...principalTags(template, logicalId),
          'aws:PrincipalAccount': environment.accountId,
          'aws:ResourceAccount': environment.accountId,
          // What the stack creates carries the tag; what a file names (secrets, parameters, the ECS Exec key) must.
          [`aws:ResourceTag/${ENVIRONMENT_TAG_KEY}`]: environment.name,
        };
        for (const statement of identity.filter((s) => s.Effect === 'Allow')) {
          for (const action of [statement.Action ?? []].flat()) {
            for (const pattern of [statement.Resource ?? []].flat()) {
              checked += 1;
              const request = {
                action,
                resource: concrete(pattern),
                context: { ...base, ...contextFor(statement.Condition) },
              };
              if (decide({ identity, boundary }, request) !== 'allowed') {
                refused.push(`${logicalId} ${statement.Sid ?? ''}: ${action} on ${pattern}`);
              }
            }
          }
        }
      }
      expect(checked).toBeGreaterThan(20);
      expect(refused).toEqual([]);
    },
  );

  it('is named by the file’s stack prefix, as the bootstrap with the same --stack-prefix creates it', () => {
    const environment = exampleEnvironment('dev');
    const acme = renderStack(
      { ...environment, stackPrefix: 'acme-', stackName: 'acme-dev' },
      'test',
    ).template;
    const { boundaryArn } = principalOf(acme, 'TaskRole', 'acme-dev', environment.accountId);
    const bootstrap = renderBootstrap(
      { githubRepo: 'o/r', branches: ['main'], stackPrefix: 'acme-' },
      'test',
    ).template;
    expect(resolver(bootstrap, 'b', environment.accountId).ref('PermissionsBoundary')).toBe(boundaryArn);
  });
});
