import { describe, expect, it } from 'vitest';
import {
  decide,
  type Request,
  type RequestContext,
  type Statement,
} from '../../test/support/iam-policy-evaluation.js';
import {
  ACCOUNT,
  principalOf,
  principalTags,
  REGION,
  resolver,
  statementsOf,
} from '../../test/support/template-policies.js';
import { renderBootstrap } from './render-bootstrap.js';

/**
 * What the bootstrap's roles may and may not do, decided by evaluating the
 * rendered template's policies (test/support/iam-policy-evaluation.ts), the
 * way an attacker who holds one of them would try it.
 */

const STACK = 'bootstrap-dify-aws-kit';
const { template } = renderBootstrap(
  { githubRepo: 'my-org/dify-infra', environments: ['dev', 'prod'] },
  'test',
);
const { resolve, ref } = resolver(template, STACK);
const BOUNDARY = ref('PermissionsBoundary');
const ARTIFACTS = ref('ArtifactBucket');
const boundaryStatements = statementsOf(
  template.Resources.PermissionsBoundary?.Properties?.PolicyDocument,
  resolve,
);

/** A role of the template as a principal: its statements and its tags as principal tags. */
function asRole(logicalId: string) {
  const { identity } = principalOf(template, logicalId, STACK);
  const tags = { ...principalTags(template, logicalId), 'aws:PrincipalAccount': ACCOUNT };
  return (action: string, resource: string, context: RequestContext = {}) =>
    decide({ identity }, { action, resource, context: { ...tags, ...context } });
}

const stack = (name: string) =>
  `arn:aws:cloudformation:${REGION}:${ACCOUNT}:stack/${name}/4a5b6c7d-0000-1111-2222-333344445555`;
const role = (path: string, name: string) => `arn:aws:iam::${ACCOUNT}:role${path}${name}`;
const executionRoleOf = (environment: string) => ({
  'iam:PassedToService': 'cloudformation.amazonaws.com',
  'aws:ResourceTag/dify-aws-kit:role': 'cloudformation-execution',
  'aws:ResourceTag/dify-aws-kit:environment': environment,
});
const inAccount = { 'aws:ResourceAccount': ACCOUNT };
const taggedFor = (environment: string) => ({ 'aws:ResourceTag/dify-aws-kit:environment': environment });

describe("the dev deploy role (assumed by the dev environment's jobs)", () => {
  const dev = asRole('DeployRoleDev');

  it("deploys dify-dev and dify-dev-* through change sets, with dev's execution role", () => {
    for (const name of ['dify-dev', 'dify-dev-blue']) {
      expect(
        dev('cloudformation:CreateChangeSet', stack(name), { 'cloudformation:ChangeSetName': 'dify-dev-42' }),
      ).toBe('allowed');
      expect(
        dev('cloudformation:ExecuteChangeSet', stack(name), {
          'cloudformation:ChangeSetName': 'dify-dev-42',
        }),
      ).toBe('allowed');
    }
    expect(
      dev(
        'iam:PassRole',
        role('/github-actions/', 'x-CloudFormationExecutionRoleDev-1'),
        executionRoleOf('dev'),
      ),
    ).toBe('allowed');
    expect(dev('s3:PutObject', `arn:aws:s3:::${ARTIFACTS}/templates/dify-dev/0123.yaml`, inAccount)).toBe(
      'allowed',
    );
  });

  it.each([
    ['cloudformation:ExecuteChangeSet', 'dify-prod'],
    ['cloudformation:CreateChangeSet', 'dify-prod'],
    ['cloudformation:DeleteStack', 'dify-prod'],
    ['cloudformation:UpdateTerminationProtection', 'dify-prod'],
    ['cloudformation:SetStackPolicy', 'dify-prod-blue'],
    ['cloudformation:UpdateStack', 'dify-prod'],
    ['cloudformation:ExecuteChangeSet', 'dify-devops'],
    ['cloudformation:ExecuteChangeSet', 'bootstrap-dify-aws-kit'],
  ])('may not %s on %s', (action, name) => {
    expect(dev(action, stack(name), { 'cloudformation:ChangeSetName': 'dify-dev-42' })).not.toBe('allowed');
  });

  it('reads why early validation refused its change set (DescribeEvents), not a change set of prod', () => {
    const changeSet = (name: string) => `arn:aws:cloudformation:${REGION}:${ACCOUNT}:changeSet/${name}/0000`;
    expect(dev('cloudformation:DescribeEvents', stack('dify-dev'))).toBe('allowed');
    expect(dev('cloudformation:DescribeEvents', changeSet('dify-dev-42'))).toBe('allowed');
    expect(dev('cloudformation:DescribeEvents', changeSet('dify-prod-42'))).not.toBe('allowed');
  });

  it("may not pass prod's execution role, nor any other role, to CloudFormation", () => {
    expect(
      dev(
        'iam:PassRole',
        role('/github-actions/', 'x-CloudFormationExecutionRoleProd-1'),
        executionRoleOf('prod'),
      ),
    ).toBe('not allowed');
    expect(
      dev('iam:PassRole', role('/github-actions/', 'x-DeployRoleDev-1'), {
        ...executionRoleOf('dev'),
        'aws:ResourceTag/dify-aws-kit:role': 'deploy',
      }),
    ).toBe('not allowed');
    expect(
      dev('iam:PassRole', role('/', 'Admin'), { 'iam:PassedToService': 'cloudformation.amazonaws.com' }),
    ).toBe('not allowed');
  });

  it("may not plant a template under prod's keys, nor write to another account's bucket of the same name", () => {
    expect(dev('s3:PutObject', `arn:aws:s3:::${ARTIFACTS}/templates/dify-prod/0123.yaml`, inAccount)).toBe(
      'not allowed',
    );
    expect(
      dev('s3:PutObject', `arn:aws:s3:::${ARTIFACTS}/templates/dify-dev/0123.yaml`, {
        'aws:ResourceAccount': '999999999999',
      }),
    ).toBe('not allowed');
  });

  it('may never execute a pull-request preview, nor import resources', () => {
    for (const name of [
      'dify-pr-7-abc',
      `arn:aws:cloudformation:${REGION}:${ACCOUNT}:changeSet/dify-pr-7-abc/1`,
    ]) {
      expect(
        dev('cloudformation:ExecuteChangeSet', stack('dify-dev'), { 'cloudformation:ChangeSetName': name }),
      ).toBe('denied');
    }
    expect(
      dev('cloudformation:CreateChangeSet', stack('dify-dev'), {
        'cloudformation:ChangeSetName': 'dify-dev-42',
        'cloudformation:ImportResourceTypes': ['AWS::RDS::DBCluster'],
      }),
    ).toBe('denied');
  });
});

describe("dev's CloudFormation execution role (what a dev template can make CloudFormation do)", () => {
  const dev = asRole('CloudFormationExecutionRoleDev');
  const devRole = role('/dify-dev/', 'dify-dev-TaskRole-1');
  const bounded = (environment = 'dev') => ({
    'iam:PermissionsBoundary': BOUNDARY,
    'aws:RequestTag/dify-aws-kit:environment': environment,
  });

  it('creates and manages roles on the dev path, with the boundary, tagged dev', () => {
    expect(dev('iam:CreateRole', devRole, bounded())).toBe('allowed');
    expect(
      dev('iam:CreateUser', `arn:aws:iam::${ACCOUNT}:user/dify-dev/dify-dev-SmtpUser-1`, bounded()),
    ).toBe('allowed');
    expect(dev('iam:PutRolePolicy', devRole, { 'iam:PermissionsBoundary': BOUNDARY })).toBe('allowed');
    expect(dev('iam:UpdateAssumeRolePolicy', devRole, { 'iam:PermissionsBoundary': BOUNDARY })).toBe(
      'allowed',
    );
    expect(dev('iam:PassRole', devRole, { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' })).toBe(
      'allowed',
    );
  });

  it.each([
    ['without a boundary', {}],
    ['with another boundary', { 'iam:PermissionsBoundary': 'arn:aws:iam::aws:policy/AdministratorAccess' }],
    [
      'with a boundary of the same name on another path',
      { 'iam:PermissionsBoundary': `arn:aws:iam::${ACCOUNT}:policy/dify-permissions-boundary` },
    ],
  ])('may not create a role %s: an administrator role is denied', (_case, context) => {
    expect(
      dev('iam:CreateRole', devRole, { ...context, 'aws:RequestTag/dify-aws-kit:environment': 'dev' }),
    ).toBe('denied');
    expect(dev('iam:CreateUser', `arn:aws:iam::${ACCOUNT}:user/dify-dev/u`, context)).toBe('denied');
    expect(dev('iam:PutRolePolicy', devRole, context)).toBe('denied');
    expect(dev('iam:PutUserPolicy', `arn:aws:iam::${ACCOUNT}:user/dify-dev/u`, context)).toBe('denied');
  });

  it("may not create a role tagged for prod, on prod's path, or outside any environment's path", () => {
    expect(dev('iam:CreateRole', devRole, bounded('prod'))).toBe('not allowed');
    expect(dev('iam:CreateRole', role('/dify-prod/', 'x'), bounded('prod'))).toBe('not allowed');
    expect(dev('iam:CreateRole', role('/', 'dify-dev-admin'), bounded())).toBe('not allowed');
    expect(dev('iam:TagRole', devRole, { 'aws:RequestTag/dify-aws-kit:environment': 'prod' })).toBe(
      'not allowed',
    );
    expect(dev('iam:UntagRole', devRole, { 'aws:TagKeys': ['dify-aws-kit:environment'] })).toBe(
      'not allowed',
    );
  });

  it('may not remove or replace the boundary, nor change the boundary policy', () => {
    expect(
      dev('iam:PutRolePermissionsBoundary', devRole, {
        'iam:PermissionsBoundary': 'arn:aws:iam::aws:policy/AdministratorAccess',
      }),
    ).toBe('denied');
    expect(dev('iam:PutRolePermissionsBoundary', devRole, { 'iam:PermissionsBoundary': BOUNDARY })).toBe(
      'allowed',
    );
    expect(dev('iam:DeleteRolePermissionsBoundary', devRole, { 'iam:PermissionsBoundary': BOUNDARY })).toBe(
      'denied',
    );
    expect(dev('iam:DeleteUserPermissionsBoundary', `arn:aws:iam::${ACCOUNT}:user/dify-dev/u`)).toBe(
      'denied',
    );
    for (const action of [
      'iam:CreatePolicyVersion',
      'iam:SetDefaultPolicyVersion',
      'iam:DeletePolicy',
      'iam:DeletePolicyVersion',
      'iam:TagPolicy',
    ]) {
      expect(dev(action, BOUNDARY)).toBe('denied');
    }
  });

  it('has no other way to a stronger role', () => {
    const admin = role('/', 'Admin');
    const checks: Request[] = [
      { action: 'iam:CreatePolicy', resource: `arn:aws:iam::${ACCOUNT}:policy/dify-dev/x` },
      { action: 'iam:AttachRolePolicy', resource: devRole, context: { 'iam:PermissionsBoundary': BOUNDARY } },
      { action: 'iam:UpdateAssumeRolePolicy', resource: admin },
      { action: 'iam:UpdateAssumeRolePolicy', resource: role('/dify-dev/', 'unbounded') },
      {
        action: 'iam:CreateInstanceProfile',
        resource: `arn:aws:iam::${ACCOUNT}:instance-profile/dify-dev/x`,
      },
      { action: 'iam:AddRoleToInstanceProfile', resource: `arn:aws:iam::${ACCOUNT}:instance-profile/x` },
      { action: 'iam:PassRole', resource: devRole, context: { 'iam:PassedToService': 'ec2.amazonaws.com' } },
      { action: 'iam:PassRole', resource: admin, context: { 'iam:PassedToService': 'lambda.amazonaws.com' } },
      {
        action: 'iam:PassRole',
        resource: role('/dify-prod/', 'x'),
        context: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' },
      },
      { action: 'iam:CreateAccessKey', resource: `arn:aws:iam::${ACCOUNT}:user/dify-dev/u` },
      {
        action: 'iam:CreateServiceLinkedRole',
        resource: role('/aws-service-role/', 'x'),
        context: { 'iam:AWSServiceName': 'autoscaling.amazonaws.com' },
      },
      { action: 'sts:AssumeRole', resource: admin },
      {
        action: 'lambda:InvokeFunction',
        resource: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:admin-tool`,
      },
      {
        action: 'lambda:CreateFunctionUrlConfig',
        resource: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:dify-dev-x`,
      },
      { action: 'ecs:RunTask', resource: `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/dify-dev-api:1` },
      { action: 'cloudformation:CreateStack', resource: stack('dify-dev-nested') },
    ];
    for (const { action, resource, context } of checks) {
      expect(`${action} ${dev(action, resource, context)}`).not.toBe(`${action} allowed`);
    }
  });

  it("may not touch the bootstrap's own roles, policies or bucket, whatever the prefix", () => {
    expect(
      dev('iam:UpdateAssumeRolePolicy', role('/github-actions/', 'x-DeployRoleProd-1'), {
        'iam:PermissionsBoundary': BOUNDARY,
      }),
    ).toBe('denied');
    expect(
      dev('iam:PassRole', role('/github-actions/', 'x-CloudFormationExecutionRoleProd-1'), {
        'iam:PassedToService': 'lambda.amazonaws.com',
      }),
    ).toBe('denied');
    expect(
      dev('iam:CreatePolicyVersion', `arn:aws:iam::${ACCOUNT}:policy/github-actions/x-DeployPolicy-1`),
    ).toBe('denied');
    expect(dev('s3:PutObject', `arn:aws:s3:::${ARTIFACTS}/templates/dify-prod/0123.yaml`)).toBe('denied');
    expect(dev('s3:PutBucketPolicy', `arn:aws:s3:::${ARTIFACTS}`, inAccount)).toBe('denied');
  });

  it("acts on dev's resources, and on untagged ones (an existing VPC of the network team)", () => {
    const sg = `arn:aws:ec2:${REGION}:${ACCOUNT}:security-group/sg-0123456789abcdef0`;
    expect(dev('ec2:AuthorizeSecurityGroupIngress', sg, taggedFor('dev'))).toBe('allowed');
    expect(dev('ec2:CreateSecurityGroup', `arn:aws:ec2:${REGION}:${ACCOUNT}:vpc/vpc-1`)).toBe('allowed');
    expect(
      dev(
        'secretsmanager:GetSecretValue',
        `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:dify-dev/database-master-AbCdEf`,
      ),
    ).toBe('allowed');
    expect(dev('s3:PutBucketPolicy', 'arn:aws:s3:::dify-dev-storagebucket-1a2b3c', inAccount)).toBe(
      'allowed',
    );
  });

  it.each([
    [
      'ec2:AuthorizeSecurityGroupIngress',
      `arn:aws:ec2:${REGION}:${ACCOUNT}:security-group/sg-prod`,
      taggedFor('prod'),
    ],
    [
      'ec2:RevokeSecurityGroupEgress',
      `arn:aws:ec2:${REGION}:${ACCOUNT}:security-group/sg-prod`,
      taggedFor('prod'),
    ],
    [
      'ec2:CreateTags',
      `arn:aws:ec2:${REGION}:${ACCOUNT}:security-group/sg-prod`,
      { ...taggedFor('prod'), 'aws:RequestTag/dify-aws-kit:environment': 'dev' },
    ],
    ['ec2:DeleteTags', `arn:aws:ec2:${REGION}:${ACCOUNT}:security-group/sg-prod`, taggedFor('prod')],
    [
      'ec2:CreateTags',
      `arn:aws:ec2:${REGION}:${ACCOUNT}:security-group/sg-dev`,
      { ...taggedFor('dev'), 'aws:RequestTag/dify-aws-kit:environment': 'prod' },
    ],
    ['ec2:CreateRoute', `arn:aws:ec2:${REGION}:${ACCOUNT}:route-table/rtb-prod`, taggedFor('prod')],
    ['ec2:RunInstances', `arn:aws:ec2:${REGION}:${ACCOUNT}:subnet/subnet-prod`, taggedFor('prod')],
    ['ec2:TerminateInstances', `arn:aws:ec2:${REGION}:${ACCOUNT}:instance/i-prod`, taggedFor('prod')],
    [
      'rds:DeleteDBCluster',
      `arn:aws:rds:${REGION}:${ACCOUNT}:cluster:dify-prod-databasecluster-1`,
      taggedFor('prod'),
    ],
    [
      'rds:ModifyDBCluster',
      `arn:aws:rds:${REGION}:${ACCOUNT}:cluster:dify-prod-databasecluster-1`,
      taggedFor('prod'),
    ],
    [
      'elasticache:DeleteReplicationGroup',
      `arn:aws:elasticache:${REGION}:${ACCOUNT}:replicationgroup:dify-prod-cache`,
      taggedFor('prod'),
    ],
    [
      'elasticloadbalancing:ModifyListener',
      `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:listener/app/dify-prod/1/2`,
      taggedFor('prod'),
    ],
    [
      'servicediscovery:TagResource',
      `arn:aws:servicediscovery:${REGION}:${ACCOUNT}:namespace/ns-prod`,
      { 'aws:TagKeys': ['dify-aws-kit:environment'] },
    ],
    [
      'secretsmanager:GetSecretValue',
      `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:dify-prod/database-master-AbCdEf`,
      {},
    ],
    [
      'secretsmanager:PutSecretValue',
      `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:dify-prod/secret-key-AbCdEf`,
      {},
    ],
    ['s3:PutBucketPolicy', 'arn:aws:s3:::dify-prod-storagebucket-1a2b3c', inAccount],
    [
      's3:PutBucketPolicy',
      'arn:aws:s3:::dify-dev-storagebucket-1a2b3c',
      { 'aws:ResourceAccount': '999999999999' },
    ],
    [
      'lambda:UpdateFunctionCode',
      `arn:aws:lambda:${REGION}:${ACCOUNT}:function:dify-prod-BootstrapFunction-1`,
      {},
    ],
    [
      'lambda:InvokeFunction',
      `arn:aws:lambda:${REGION}:${ACCOUNT}:function:dify-prod-BootstrapFunction-1`,
      {},
    ],
    ['ecs:UpdateService', `arn:aws:ecs:${REGION}:${ACCOUNT}:service/dify-prod/api`, {}],
    ['logs:DeleteLogGroup', `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/dify/prod/api`, {}],
    [
      'cloudformation:ExecuteChangeSet',
      stack('dify-dev'),
      { 'cloudformation:ChangeSetName': 'dify-pr-1-abc' },
    ],
  ])("may not %s of prod (or another account's)", (action, resource, context) => {
    expect(dev(action, resource, context)).not.toBe('allowed');
  });
});

describe('the drift and preview role (assumed by pull requests and branch runs)', () => {
  const drift = asRole('DriftRole');
  const preview = (name: string, context: RequestContext = {}) =>
    drift('cloudformation:CreateChangeSet', stack(name), {
      'cloudformation:ChangeSetName': 'dify-pr-7-abc',
      ...context,
    });

  it("previews a dify-pr-* change set on an existing kit stack, and reads the stack's resources", () => {
    expect(preview('dify-prod', taggedFor('prod'))).toBe('allowed');
    expect(drift('cloudformation:DetectStackDrift', stack('dify-prod'))).toBe('allowed');
    expect(drift('ecs:DescribeTaskDefinition', '*')).toBe('allowed');
  });

  it('reads why early validation refused a preview (DescribeEvents), on the stack and its change set', () => {
    const changeSet = `arn:aws:cloudformation:${REGION}:${ACCOUNT}:changeSet/dify-pr-7-abc/0000`;
    expect(drift('cloudformation:DescribeEvents', stack('dify-prod'))).toBe('allowed');
    expect(drift('cloudformation:DescribeEvents', changeSet)).toBe('allowed');
  });

  it('may not create a stack, not even an empty one through a CREATE change set', () => {
    expect(preview('dify-new')).toBe('denied');
    expect(drift('cloudformation:CreateStack', stack('dify-new'))).toBe('denied');
  });

  it('may not execute, pass a role, import, or name a change set like a deploy', () => {
    expect(
      drift('cloudformation:ExecuteChangeSet', stack('dify-prod'), {
        'cloudformation:ChangeSetName': 'dify-pr-7-abc',
      }),
    ).toBe('denied');
    expect(
      preview('dify-prod', { ...taggedFor('prod'), 'cloudformation:RoleArn': role('/github-actions/', 'x') }),
    ).toBe('not allowed');
    expect(
      preview('dify-prod', {
        ...taggedFor('prod'),
        'cloudformation:ImportResourceTypes': ['AWS::S3::Bucket'],
      }),
    ).toBe('not allowed');
    expect(
      drift('cloudformation:CreateChangeSet', stack('dify-prod'), {
        ...taggedFor('prod'),
        'cloudformation:ChangeSetName': 'dify-prod-1',
      }),
    ).toBe('not allowed');
  });

  it('reads no secret value and writes no template a deploy trusts', () => {
    expect(
      drift(
        'secretsmanager:GetSecretValue',
        `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:dify-prod/secret-key-AbCdEf`,
      ),
    ).toBe('not allowed');
    expect(drift('s3:PutObject', `arn:aws:s3:::${ARTIFACTS}/templates/dify-prod/0123.yaml`, inAccount)).toBe(
      'not allowed',
    );
    expect(drift('s3:PutObject', `arn:aws:s3:::${ARTIFACTS}/previews/dify-prod/0123.yaml`, inAccount)).toBe(
      'allowed',
    );
  });
});

describe('the permissions boundary (what a role a dev template creates can ever do)', () => {
  /** A role of the dev stack whose own policy allows everything: only the boundary holds it. */
  const administrator: Statement[] = [{ Effect: 'Allow', Action: '*', Resource: '*' }];
  const asDevRole = (action: string, resource: string, context: RequestContext = {}) =>
    decide(
      { identity: administrator, boundary: boundaryStatements },
      {
        action,
        resource,
        context: {
          'aws:PrincipalTag/dify-aws-kit:environment': 'dev',
          'aws:PrincipalAccount': ACCOUNT,
          ...context,
        },
      },
    );

  it("reaches dev's secrets, bucket, database and SMTP user", () => {
    expect(
      asDevRole(
        'secretsmanager:GetSecretValue',
        `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:dify-dev/secret-key-AbCdEf`,
      ),
    ).toBe('allowed');
    expect(
      asDevRole(
        'secretsmanager:GetSecretValue',
        `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:dify/dev/sentry-AbCdEf`,
        taggedFor('dev'),
      ),
    ).toBe('allowed');
    expect(
      asDevRole('s3:GetObject', 'arn:aws:s3:::dify-dev-storagebucket-1a2b3c/upload/file', inAccount),
    ).toBe('allowed');
    expect(
      asDevRole(
        'rds-data:ExecuteStatement',
        `arn:aws:rds:${REGION}:${ACCOUNT}:cluster:dify-dev-db`,
        taggedFor('dev'),
      ),
    ).toBe('allowed');
    expect(
      asDevRole('iam:CreateAccessKey', `arn:aws:iam::${ACCOUNT}:user/dify-dev/dify-dev-SmtpUser-1`),
    ).toBe('allowed');
  });

  it.each([
    [
      'secretsmanager:GetSecretValue',
      `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:dify-prod/database-master-AbCdEf`,
      {},
    ],
    [
      'secretsmanager:GetSecretValue',
      `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:dify/prod/sentry-AbCdEf`,
      taggedFor('prod'),
    ],
    [
      'secretsmanager:GetSecretValue',
      `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:platform/root-AbCdEf`,
      {},
    ],
    ['ssm:GetParameters', `arn:aws:ssm:${REGION}:${ACCOUNT}:parameter/dify/prod/token`, taggedFor('prod')],
    ['kms:Decrypt', `arn:aws:kms:${REGION}:${ACCOUNT}:key/1a2b`, {}],
    ['s3:GetObject', 'arn:aws:s3:::dify-prod-storagebucket-1a2b3c/upload/file', inAccount],
    [
      's3:GetObject',
      'arn:aws:s3:::dify-dev-storagebucket-1a2b3c/upload/file',
      { 'aws:ResourceAccount': '999999999999' },
    ],
    ['rds-data:ExecuteStatement', `arn:aws:rds:${REGION}:${ACCOUNT}:cluster:dify-prod-db`, taggedFor('prod')],
    ['iam:CreateAccessKey', `arn:aws:iam::${ACCOUNT}:user/dify-prod/dify-prod-SmtpUser-1`, {}],
    ['iam:CreateAccessKey', `arn:aws:iam::${ACCOUNT}:user/admin`, {}],
    ['iam:CreateRole', role('/dify-dev/', 'x'), { 'iam:PermissionsBoundary': BOUNDARY }],
    ['iam:PassRole', role('/dify-dev/', 'x'), {}],
    ['sts:AssumeRole', role('/', 'Admin'), {}],
    ['cloudformation:CreateStack', stack('dify-dev-x'), {}],
    ['ec2:RunInstances', `arn:aws:ec2:${REGION}:${ACCOUNT}:instance/*`, {}],
    ['logs:PutLogEvents', `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/dify/prod/api:log-stream:x`, {}],
  ])('holds it off %s on %s', (action, resource, context) => {
    expect(asDevRole(action, resource, context)).toBe('not allowed');
  });

  it('grants nothing to a role without the environment tag', () => {
    const untagged = decide(
      { identity: administrator, boundary: boundaryStatements },
      {
        action: 'secretsmanager:GetSecretValue',
        resource: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:dify-dev/secret-key-AbCdEf`,
      },
    );
    expect(untagged).toBe('not allowed');
  });
});

describe('one deploy role for named branches', () => {
  const branches = renderBootstrap({ githubRepo: 'my-org/dify-infra', branches: ['main'] }, 'test').template;
  const { identity } = principalOf(branches, 'DeployRole', STACK);
  const deploy = (action: string, resource: string, context: RequestContext = {}) =>
    decide({ identity }, { action, resource, context });

  it('deploys every prefixed stack, with the one execution role, and no other stack', () => {
    expect(
      deploy('cloudformation:ExecuteChangeSet', stack('dify-prod'), {
        'cloudformation:ChangeSetName': 'dify-prod-1',
      }),
    ).toBe('allowed');
    expect(deploy('cloudformation:ExecuteChangeSet', stack('bootstrap-dify-aws-kit'))).toBe('not allowed');
    expect(
      deploy('iam:PassRole', role('/github-actions/', 'x-CloudFormationExecutionRole-1'), {
        'iam:PassedToService': 'cloudformation.amazonaws.com',
        'aws:ResourceTag/dify-aws-kit:role': 'cloudformation-execution',
      }),
    ).toBe('allowed');
    expect(
      deploy('cloudformation:ExecuteChangeSet', stack('dify-prod'), {
        'cloudformation:ChangeSetName': 'dify-pr-1',
      }),
    ).toBe('denied');
  });
});
