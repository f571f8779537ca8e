import { describe, expect, it } from 'vitest';
import {
  type BootstrapOptions,
  BootstrapOptionsError,
  type BootstrapRoleModel,
  buildBootstrapModel,
  type PolicyStatement,
} from './bootstrap-model.js';
import { DIFY_STACK_PERMISSIONS } from './dify-stack-permissions.js';

const build = (options: Partial<BootstrapOptions> = {}) =>
  buildBootstrapModel({ githubRepo: 'my-org/dify-infra', ...options }, 'test');

const role = (options: Partial<BootstrapOptions>, logicalId: string) => {
  const found = build(options).roles.find((r) => r.logicalId === logicalId);
  if (!found) throw new Error(`no role ${logicalId}`);
  return found;
};

/** The Allow statements of every inline policy of the role. */
const allowed = (r: BootstrapRoleModel): PolicyStatement[] =>
  r.policies.flatMap((policy) => policy.statements).filter((statement) => statement.Effect === 'Allow');

const subjectsOf = (statement: PolicyStatement | undefined): unknown =>
  (statement?.Condition?.StringLike as Record<string, unknown> | undefined)?.[
    'token.actions.githubusercontent.com:sub'
  ];

const rejection = (options: Partial<BootstrapOptions>): BootstrapOptionsError => {
  try {
    build(options);
  } catch (error) {
    if (error instanceof BootstrapOptionsError) return error;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(options)}`);
};

describe('the bootstrap model', () => {
  it('lets the deploy role be assumed only from the named GitHub environments of the repository', () => {
    const [trust] = role({ environments: ['dev', 'prod'] }, 'DeployRole').trust;
    expect(trust?.Action).toBe('sts:AssumeRoleWithWebIdentity');
    expect(trust?.Condition).toEqual({
      StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
      StringLike: {
        'token.actions.githubusercontent.com:sub': [
          'repo:my-org/dify-infra:environment:dev',
          'repo:my-org/dify-infra:environment:prod',
        ],
      },
    });
  });

  it('trusts every workflow of the repository only when no environment is given', () => {
    const model = build();
    expect(model.deploySubjects).toEqual(['repo:my-org/dify-infra:*']);
    expect(subjectsOf(role({}, 'DeployRole').trust[0])).toEqual(['repo:my-org/dify-infra:*']);
  });

  it('lets the drift role be assumed from pull requests and branch runs of the repository', () => {
    expect(subjectsOf(role({ environments: ['prod'] }, 'DriftRole').trust[0])).toEqual([
      'repo:my-org/dify-infra:pull_request',
      'repo:my-org/dify-infra:ref:refs/heads/*',
    ]);
  });

  it('trusts the provider it creates, or the existing one the parameter names', () => {
    const [trust] = role({}, 'DeployRole').trust;
    expect(trust?.Principal).toEqual({
      Federated: {
        'Fn::If': ['CreateOidcProvider', { Ref: 'GitHubOidcProvider' }, { Ref: 'ExistingOidcProviderArn' }],
      },
    });
  });

  it('lets the deploy role act on the prefixed stacks only, and pass only the execution role, only to CloudFormation', () => {
    const [policy] = role({ stackPrefix: 'acme-dify-' }, 'DeployRole').policies;
    const [stacks, passRole, upload] = policy?.statements ?? [];
    expect(stacks?.Resource).toEqual([
      { 'Fn::Sub': 'arn:${AWS::Partition}:cloudformation:*:${AWS::AccountId}:stack/acme-dify-*/*' },
    ]);
    expect(stacks?.Action).toEqual(
      expect.arrayContaining([
        'cloudformation:CreateChangeSet',
        'cloudformation:DescribeChangeSet',
        'cloudformation:ExecuteChangeSet',
        'cloudformation:DeleteChangeSet',
        'cloudformation:DescribeStacks',
        'cloudformation:DescribeStackEvents',
        'cloudformation:GetTemplate',
        'cloudformation:SetStackPolicy',
        'cloudformation:UpdateTerminationProtection',
        'cloudformation:DetectStackDrift',
        'cloudformation:DescribeStackDriftDetectionStatus',
        'cloudformation:DescribeStackResourceDrifts',
        'cloudformation:ContinueUpdateRollback',
        'cloudformation:DeleteStack',
      ]),
    );
    expect(passRole).toEqual({
      Sid: 'PassExecutionRoleToCloudFormation',
      Effect: 'Allow',
      Action: ['iam:PassRole'],
      Resource: [{ 'Fn::GetAtt': ['CloudFormationExecutionRole', 'Arn'] }],
      Condition: { StringEquals: { 'iam:PassedToService': 'cloudformation.amazonaws.com' } },
    });
    expect(upload?.Action).toEqual(['s3:GetObject', 's3:PutObject']);
  });

  it('gives the drift role no action that changes anything but drift detection and change-set previews', () => {
    const actions = allowed(role({}, 'DriftRole')).flatMap((statement) => statement.Action);
    const writes = actions.filter((action) => !/^[a-z0-9-]+:(Describe|Get|List)/.test(action));
    expect(writes).toEqual([
      'cloudformation:DetectStackDrift',
      'cloudformation:DetectStackResourceDrift',
      'cloudformation:CreateChangeSet',
      'cloudformation:DeleteChangeSet',
      's3:PutObject',
    ]);
    expect(actions).not.toContain('secretsmanager:GetSecretValue');
    expect(actions).not.toContain('cloudformation:ExecuteChangeSet');
    expect(actions).not.toContain('iam:PassRole');
  });

  it('lets the drift role preview only dify-pr-* change sets on the prefixed stacks, passing no role', () => {
    const [, preview] = role({ stackPrefix: 'acme-dify-' }, 'DriftRole').policies;
    expect(preview?.name).toBe('preview');
    expect(preview?.statements.find((statement) => statement.Sid === 'PreviewChangeSets')).toEqual({
      Sid: 'PreviewChangeSets',
      Effect: 'Allow',
      Action: [
        'cloudformation:CreateChangeSet',
        'cloudformation:DeleteChangeSet',
        'cloudformation:DescribeChangeSet',
      ],
      Resource: [
        { 'Fn::Sub': 'arn:${AWS::Partition}:cloudformation:*:${AWS::AccountId}:stack/acme-dify-*/*' },
        { 'Fn::Sub': 'arn:${AWS::Partition}:cloudformation:*:${AWS::AccountId}:changeSet/dify-pr-*/*' },
      ],
      Condition: {
        StringLike: {
          'cloudformation:ChangeSetName': ['dify-pr-*', 'arn:*:cloudformation:*:*:changeSet/dify-pr-*/*'],
        },
        Null: { 'cloudformation:RoleArn': 'true', 'cloudformation:ImportResourceTypes': 'true' },
      },
    });
  });

  it("lets the drift role upload and read only the prefixed stacks' templates in the artifact bucket", () => {
    const statements = role({ stackPrefix: 'acme-dify-' }, 'DriftRole').policies.flatMap((p) => p.statements);
    expect(statements.find((statement) => statement.Sid === 'UploadPreviewTemplates')).toEqual({
      Sid: 'UploadPreviewTemplates',
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:PutObject'],
      Resource: [{ 'Fn::Sub': '${ArtifactBucket.Arn}/previews/acme-dify-*' }],
    });
    const objects = allowed(role({}, 'DriftRole')).filter((statement) =>
      [statement.Action].flat().some((action) => /^s3:(Get|Put)Object$/.test(action)),
    );
    expect(objects.map((statement) => statement.Sid)).toEqual(['UploadPreviewTemplates']);
  });

  it('denies the drift role every call that creates, updates, deletes or executes on a stack', () => {
    const statements = role({}, 'DriftRole').policies.flatMap((policy) => policy.statements);
    expect(statements.filter((statement) => statement.Effect === 'Deny')).toEqual([
      {
        Sid: 'DenyStackChanges',
        Effect: 'Deny',
        Action: [
          'cloudformation:CreateStack',
          'cloudformation:DeleteStack',
          'cloudformation:ExecuteChangeSet',
          'cloudformation:UpdateStack',
        ],
        Resource: '*',
      },
    ]);
  });

  it('lists every action of the execution role by name, each area once', () => {
    const sids = DIFY_STACK_PERMISSIONS.map((area) => area.sid);
    expect(new Set(sids).size).toBe(sids.length);
    for (const area of DIFY_STACK_PERMISSIONS) {
      for (const action of [...area.read, ...area.write]) expect(action).toMatch(/^[a-z0-9-]+:[A-Za-z]+$/);
    }
  });

  it('scopes the stack-named resources to the prefix, in lower case for S3', () => {
    const statements = build({ stackPrefix: 'Acme-' }).managedPolicies.flatMap((p) => p.statements);
    const bySid = (sid: string) => statements.find((s) => s.Sid === sid)?.Resource;
    expect(bySid('S3')).toEqual([{ 'Fn::Sub': 'arn:${AWS::Partition}:s3:::acme-*' }]);
    expect(bySid('Secrets')).toEqual([
      { 'Fn::Sub': 'arn:${AWS::Partition}:secretsmanager:*:${AWS::AccountId}:secret:Acme-*' },
    ]);
    expect(bySid('Iam')).toEqual([
      { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/Acme-*' },
      { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:user/Acme-*' },
    ]);
  });

  it("keeps the bootstrap's own roles and bucket out of the execution role's reach", () => {
    const identity = build().managedPolicies.find((policy) => policy.name === 'identity');
    expect(identity?.statements.at(-1)).toEqual({
      Sid: 'DenyBootstrapResources',
      Effect: 'Deny',
      Action: ['iam:*', 's3:*'],
      Resource: [
        { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/github-actions/*' },
        { 'Fn::GetAtt': ['ArtifactBucket', 'Arn'] },
        { 'Fn::Sub': '${ArtifactBucket.Arn}/*' },
      ],
    });
  });

  it('suggests a bootstrap stack name the prefix does not cover', () => {
    expect(build().suggestedStackName).toBe('bootstrap-dify-aws-kit');
    expect(build({ stackPrefix: 'prod-' }).suggestedStackName).toBe('dify-aws-kit-bootstrap');
  });

  it('names the artifact bucket per account, region and repository, out of any prefix', () => {
    const { name } = build().artifactBucket;
    expect(name).toEqual({
      'Fn::Sub': expect.stringMatching(/^\$\{AWS::AccountId\}-\$\{AWS::Region\}-dify-artifacts-[0-9a-f]{8}$/),
    });
    expect(build({ githubRepo: 'other/repo' }).artifactBucket.name).not.toEqual(name);
  });
});

describe('bootstrap options', () => {
  it.each([
    ['', 'is not OWNER/REPO'],
    ['dify-infra', 'is not OWNER/REPO'],
    ['a/b/c', 'is not OWNER/REPO'],
    ['my-org/', 'the repository "" is not a GitHub repository name'],
    ['/dify', 'the owner "" is not a GitHub user or organisation name'],
    ['-org/dify', 'the owner "-org"'],
    ['my--org/dify', 'the owner "my--org"'],
    ['my-org/..', 'the repository ".."'],
    ['my-org/*', 'the repository "*"'],
    ['my-org/dify:environment:prod', 'the repository "dify:environment:prod"'],
    ['my-org/dify?', 'the repository "dify?"'],
    ['my-org/${aws:username}', 'the repository "${aws:username}"'],
    ['my-org/dify\ninjected: true', 'the repository "dify\\ninjected: true"'],
    ['my-org/dify\u202e', 'the repository "dify\\u202e"'],
    ['my-org/düfy', 'the repository "düfy"'],
    [`my-org/${'x'.repeat(101)}`, 'is not a GitHub repository name'],
    [`${'o'.repeat(40)}/dify`, 'is not a GitHub user or organisation name'],
  ])('refuses the repository %j', (githubRepo, message) => {
    const error = rejection({ githubRepo });
    expect(error.option).toBe('--github-repo');
    expect(error.message).toContain(message);
    expect(error.message).toContain('OWNER/REPO');
    expect(error.message).not.toMatch(/[\n\u202e]/);
  });

  it('accepts repository names GitHub accepts', () => {
    expect(build({ githubRepo: 'Org-1/my_repo.v2' }).repository).toBe('Org-1/my_repo.v2');
  });

  it.each([
    [['*'], '"*" is not an environment name'],
    [['prod*'], '"prod*"'],
    [['pr?d'], '"pr?d"'],
    [['${aws:username}'], '"${aws:username}"'],
    [['prod', ''], 'an environment name is empty'],
    [['prod:ref:refs/heads/main'], '"prod:ref:refs/heads/main"'],
    [['my env'], '"my env"'],
    [['prod\n'], '"prod\\n"'],
    [['prod', 'PROD'], '"PROD" is named twice'],
    [['x'.repeat(256)], 'is not an environment name'],
  ])('refuses the environments %j', (environments, message) => {
    const error = rejection({ environments });
    expect(error.option).toBe('--environments');
    expect(error.message).toContain(message);
  });

  it("refuses environments that would not fit IAM's trust policy quota", () => {
    const environments = Array.from({ length: 12 }, (_, i) => `environment-${i}-${'x'.repeat(150)}`);
    expect(rejection({ environments }).message).toContain("the deploy role's trust policy would be");
  });

  it.each([
    ['', 'cannot start a CloudFormation stack name'],
    ['1dify-', 'cannot start'],
    ['dify_', 'cannot start'],
    ['dify*', 'cannot start'],
    ['${AWS::StackName}', 'cannot start'],
    ['github-', 'would also cover the bootstrap roles'],
    ['G', 'would also cover the bootstrap roles'],
  ])('refuses the stack prefix %j', (stackPrefix, message) => {
    const error = rejection({ stackPrefix });
    expect(error.option).toBe('--stack-prefix');
    expect(error.message).toContain(message);
  });
});
