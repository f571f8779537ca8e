import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../../test/support/environment-fixtures.js';
import type { CloudFormationTemplate } from '../../cloudformation-template.js';
import { permissionsBoundary } from './sec009-permissions-boundary.js';

const environment = contextFor().environment;
const check = (template: CloudFormationTemplate, env: typeof environment | undefined = environment) =>
  permissionsBoundary.check({ template, text: JSON.stringify(template), environment: env });

const boundary = {
  'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/dify-aws-kit/dify-permissions-boundary',
};
const assumeByEcs = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
};
const role = (properties: Record<string, unknown>) => ({
  Type: 'AWS::IAM::Role',
  Properties: { AssumeRolePolicyDocument: assumeByEcs, ...properties },
});

describe('SEC009 permissions boundary', () => {
  it("accepts roles and users that carry the boundary on the environment's path", () => {
    expect(
      check({
        Resources: {
          TaskRole: role({ Path: '/dify-test/', PermissionsBoundary: boundary }),
          SmtpUser: {
            Type: 'AWS::IAM::User',
            Properties: { Path: '/dify-test/', PermissionsBoundary: boundary },
          },
          Bucket: { Type: 'AWS::S3::Bucket' },
        },
      }),
    ).toEqual([]);
  });

  it('refuses a role that could be an administrator: no boundary', () => {
    expect(
      check({
        Resources: {
          AdminRole: role({
            Path: '/dify-test/',
            Policies: [
              {
                PolicyName: 'admin',
                PolicyDocument: { Statement: [{ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }] },
              },
            ],
          }),
        },
      }),
    ).toEqual([
      {
        ruleId: 'SEC009',
        severity: 'error',
        logicalId: 'AdminRole',
        path: 'Properties.PermissionsBoundary',
        message: `the role has no permissions boundary: its inline policies alone would decide what it may do, and the execution role may create no role without the bootstrap's boundary; set PermissionsBoundary to ${JSON.stringify(boundary)}`,
      },
    ]);
  });

  it('refuses another boundary, a user without one, and identities off the environment path', () => {
    const findings = check({
      Resources: {
        Other: role({
          Path: '/dify-test/',
          PermissionsBoundary: 'arn:aws:iam::aws:policy/AdministratorAccess',
        }),
        Elsewhere: role({ PermissionsBoundary: boundary }),
        Neighbour: role({ Path: '/dify-prod/', PermissionsBoundary: boundary }),
        User: { Type: 'AWS::IAM::User', Properties: { Path: '/dify-test/' } },
      },
    });
    expect(findings.map(({ logicalId, path }) => `${logicalId} ${path}`)).toEqual([
      'Other Properties.PermissionsBoundary',
      'Elsewhere Properties.Path',
      'Neighbour Properties.Path',
      'User Properties.PermissionsBoundary',
    ]);
    expect(findings[0]?.message).toBe(
      `the role's permissions boundary is "arn:aws:iam::aws:policy/AdministratorAccess", not the bootstrap's ${JSON.stringify(boundary)}`,
    );
    expect(findings[1]?.message).toBe(
      'the role is on the IAM path "/", not the environment\'s "/dify-test/", the only one the execution role may manage',
    );
    expect(findings[3]?.message).toContain('the user has no permissions boundary');
  });

  it("names the boundary after the environment's stack prefix", () => {
    const acme = contextFor({ stackPrefix: 'acme-' }).environment;
    const [finding] = check(
      { Resources: { TaskRole: role({ Path: '/acme-test/', PermissionsBoundary: boundary }) } },
      acme,
    );
    expect(finding?.message).toContain('policy/dify-aws-kit/acme-permissions-boundary');
  });

  it('leaves a template rendered from no environment (the bootstrap) to its own tests', () => {
    const template = { Resources: { DeployRole: role({}) } };
    expect(permissionsBoundary.check({ template, text: '', environment: undefined })).toEqual([]);
  });
});
