import { describe, expect, it } from 'vitest';
import { exampleEnvironment } from '../../test/support/environment-fixtures.js';
import { actionExists, conditionKeysOf, keyMatches } from '../../test/support/iam-reference.js';
import { isRecord } from '../render/lint/rules/template-walk.js';
import { renderStack } from '../render/render-stack.js';
import type { BootstrapOptions } from './bootstrap-options.js';
import { renderBootstrap } from './render-bootstrap.js';

interface Found {
  readonly where: string;
  readonly statement: Record<string, unknown>;
}

/** Every statement of the identity policies and boundaries of a template (trust policies aside). */
function permissionStatements(
  resources: Record<string, { Type: string; Properties?: Record<string, unknown> }>,
) {
  const found: Found[] = [];
  for (const [logicalId, resource] of Object.entries(resources)) {
    const properties = resource.Properties ?? {};
    const documents: unknown[] = [];
    if (resource.Type === 'AWS::IAM::ManagedPolicy') documents.push(properties.PolicyDocument);
    if (resource.Type === 'AWS::IAM::Role' || resource.Type === 'AWS::IAM::User') {
      for (const policy of Array.isArray(properties.Policies) ? properties.Policies : []) {
        if (isRecord(policy)) documents.push(policy.PolicyDocument);
      }
    }
    for (const document of documents) {
      if (!isRecord(document)) continue;
      const statements = Array.isArray(document.Statement) ? document.Statement : [document.Statement];
      for (const statement of statements.filter(isRecord)) {
        found.push({ where: `${logicalId} ${String(statement.Sid ?? '')}`, statement });
      }
    }
  }
  return found;
}

/**
 * Problems IAM would not report: an action that does not exist grants nothing
 * and hides a missing permission; a condition key the action never carries
 * makes an Allow never apply (or, with IfExists, apply unchecked) and a Deny
 * always apply. The one leeway: aws:RequestTag with IfExists, which only the
 * actions that create or tag carry.
 */
async function problems(found: readonly Found[]): Promise<string[]> {
  const result: string[] = [];
  for (const { where, statement } of found) {
    const actions = [statement.Action]
      .flat()
      .filter((action): action is string => typeof action === 'string');
    for (const action of actions) {
      if (/[*?]/.test(action)) continue;
      if (!(await actionExists(action))) {
        result.push(`${where}: IAM has no action ${action}`);
        continue;
      }
      const keys = await conditionKeysOf(action);
      for (const [operator, entries] of Object.entries(
        isRecord(statement.Condition) ? statement.Condition : {},
      )) {
        for (const key of Object.keys(isRecord(entries) ? entries : {})) {
          if (keyMatches(key, keys)) continue;
          if (operator.endsWith('IfExists') && /^aws:RequestTag\//i.test(key)) continue;
          result.push(`${where}: ${action} carries no ${key} (${operator})`);
        }
      }
    }
  }
  return result;
}

const BOOTSTRAPS: readonly (readonly [string, BootstrapOptions])[] = [
  ['per environment', { githubRepo: 'my-org/dify-infra', environments: ['dev', 'prod'] }],
  ['for named branches', { githubRepo: 'my-org/dify-infra', branches: ['main'] }],
];

describe('policies checked against the Service Authorization Reference', () => {
  it.each(BOOTSTRAPS)(
    'the bootstrap template names only actions that exist, and condition keys their requests carry (%s)',
    async (_name, options) => {
      const { template } = renderBootstrap(options, 'test');
      const found = permissionStatements(template.Resources);
      expect(found.length).toBeGreaterThan(30);
      expect(await problems(found)).toEqual([]);
    },
  );

  it.each(['dev', 'prod-closed'])(
    'the Dify stack’s roles name only actions that exist, and condition keys their requests carry (%s)',
    async (name) => {
      const { template } = renderStack(exampleEnvironment(name), 'test');
      expect(await problems(permissionStatements(template.Resources))).toEqual([]);
    },
  );

  it('finds a made-up condition key, as a change-set type would be', async () => {
    const found: Found[] = [
      {
        where: 'Example',
        statement: {
          Effect: 'Allow',
          Action: ['cloudformation:CreateChangeSet', 'iam:PassRoles'],
          Resource: '*',
          Condition: { StringEquals: { 'cloudformation:ChangeSetType': 'UPDATE' } },
        },
      },
    ];
    expect(await problems(found)).toEqual([
      'Example: cloudformation:CreateChangeSet carries no cloudformation:ChangeSetType (StringEquals)',
      'Example: IAM has no action iam:PassRoles',
    ]);
  });
});
