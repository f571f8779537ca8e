import { describe, expect, it } from 'vitest';
import {
  type BootstrapOptions,
  BootstrapOptionsError,
  type BootstrapRoleModel,
  buildBootstrapModel,
  type PolicyStatement,
} from './bootstrap-model.js';
import { DIFY_STACK_PERMISSIONS } from './dify-stack-permissions.js';

/** One deploy role for main unless the test names environments or branches. */
const build = (options: Partial<BootstrapOptions> = {}) =>
  buildBootstrapModel(
    {
      githubRepo: 'my-org/dify-infra',
      ...(options.environments === undefined && options.branches === undefined ? { branches: ['main'] } : {}),
      ...options,
    },
    'test',
  );

const role = (options: Partial<BootstrapOptions>, logicalId: string) => {
  const found = build(options).roles.find((r) => r.logicalId === logicalId);
  if (!found) throw new Error(`no role ${logicalId}`);
  return found;
};

/** The statements of every inline policy of the role. */
const inline = (r: BootstrapRoleModel): PolicyStatement[] =>
  r.policies.flatMap((policy) => policy.statements);

const rejection = (options: Partial<BootstrapOptions>): BootstrapOptionsError => {
  try {
    build(options);
  } catch (error) {
    if (error instanceof BootstrapOptionsError) return error;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(options)}`);
};

const SUB = 'token.actions.githubusercontent.com:sub';

describe('the bootstrap model', () => {
  it('gives each named GitHub environment its own deploy role, trusted by that environment of the repository only', () => {
    const model = build({ environments: ['dev', 'prod'] });
    expect(model.roles.map((r) => r.logicalId)).toEqual([
      'DeployRoleDev',
      'CloudFormationExecutionRoleDev',
      'DeployRoleProd',
      'CloudFormationExecutionRoleProd',
      'DriftRole',
    ]);
    const [trust] = role({ environments: ['dev', 'prod'] }, 'DeployRoleProd').trust;
    expect(trust?.Action).toBe('sts:AssumeRoleWithWebIdentity');
    expect(trust?.Condition).toEqual({
      StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
      StringEqualsIgnoreCase: { [SUB]: ['repo:my-org/dify-infra:environment:prod'] },
    });
  });

  it('tags each environment’s deploy and execution roles with the environment, which their policies rely on', () => {
    for (const logicalId of ['DeployRoleDev', 'CloudFormationExecutionRoleDev']) {
      expect(role({ environments: ['dev', 'prod'] }, logicalId).tags).toContainEqual({
        Key: 'dify-aws-kit:environment',
        Value: 'dev',
      });
    }
  });

  it('without environments, gives one deploy role to the named branches, never to every ref of the repository', () => {
    const model = build({ branches: ['main', 'release/1.x'] });
    expect(model.roles.map((r) => r.logicalId)).toEqual([
      'DeployRole',
      'CloudFormationExecutionRole',
      'DriftRole',
    ]);
    const [trust] = role({ branches: ['main', 'release/1.x'] }, 'DeployRole').trust;
    expect(trust?.Condition).toEqual({
      StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
      StringEqualsIgnoreCase: {
        [SUB]: [
          'repo:my-org/dify-infra:ref:refs/heads/main',
          'repo:my-org/dify-infra:ref:refs/heads/release/1.x',
        ],
      },
      StringLike: { [SUB]: ['repo:*:ref:refs/heads/main', 'repo:*:ref:refs/heads/release/1.x'] },
    });
    for (const r of model.roles) expect(JSON.stringify(r.trust)).not.toContain('dify-infra:*');
  });

  it('lets the drift role be assumed from pull requests and branch runs of the repository', () => {
    const trust = role({ environments: ['prod'] }, 'DriftRole').trust;
    expect(trust.map((statement) => statement.Condition)).toEqual([
      {
        StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
        StringEqualsIgnoreCase: { [SUB]: 'repo:my-org/dify-infra:pull_request' },
      },
      {
        StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
        StringLike: { [SUB]: 'repo:my-org/dify-infra:ref:refs/heads/*' },
      },
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

  it('gives the drift role no action that changes anything but drift detection and change-set previews', () => {
    const actions = inline(role({}, 'DriftRole'))
      .filter((statement) => statement.Effect === 'Allow')
      .flatMap((statement) => statement.Action);
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

  it('lets the drift role create dify-pr-* change sets on existing kit stacks only, passing no role', () => {
    const [, preview] = role({ stackPrefix: 'acme-dify-' }, 'DriftRole').policies;
    expect(preview?.name).toBe('preview');
    expect(preview?.statements.find((statement) => statement.Sid === 'PreviewChangeSets')).toEqual({
      Sid: 'PreviewChangeSets',
      Effect: 'Allow',
      Action: ['cloudformation:CreateChangeSet'],
      Resource: [
        { 'Fn::Sub': 'arn:${AWS::Partition}:cloudformation:*:${AWS::AccountId}:stack/acme-dify-*/*' },
      ],
      Condition: {
        StringLike: {
          'cloudformation:ChangeSetName': ['dify-pr-*', 'arn:*:cloudformation:*:*:changeSet/dify-pr-*/*'],
        },
        Null: {
          'cloudformation:RoleArn': 'true',
          'cloudformation:ImportResourceTypes': 'true',
          'aws:ResourceTag/dify-aws-kit:environment': 'false',
        },
      },
    });
  });

  it("lets the drift role upload and read only the prefixed stacks' previews in the artifact bucket of this account", () => {
    const statements = inline(role({ stackPrefix: 'acme-dify-' }, 'DriftRole'));
    expect(statements.find((statement) => statement.Sid === 'UploadPreviewTemplates')).toEqual({
      Sid: 'UploadPreviewTemplates',
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:PutObject'],
      Resource: [{ 'Fn::Sub': '${ArtifactBucket.Arn}/previews/acme-dify-*' }],
      Condition: { StringEquals: { 'aws:ResourceAccount': { Ref: 'AWS::AccountId' } } },
    });
    const objects = inline(role({}, 'DriftRole')).filter(
      (statement) =>
        statement.Effect === 'Allow' && [statement.Action].flat().some((a) => /^s3:(Get|Put)Object$/.test(a)),
    );
    expect(objects.map((statement) => statement.Sid)).toEqual(['UploadPreviewTemplates']);
  });

  it('denies the drift role every call that creates, updates, deletes or executes on a stack, and change sets on stacks the kit did not tag', () => {
    const statements = inline(role({}, 'DriftRole'));
    expect(statements.filter((statement) => statement.Effect === 'Deny')).toEqual([
      {
        Sid: 'DenyNewStacks',
        Effect: 'Deny',
        Action: ['cloudformation:CreateChangeSet'],
        Resource: '*',
        Condition: { Null: { 'aws:ResourceTag/dify-aws-kit:environment': 'true' } },
      },
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

  it('lists every action of the execution role by name, each area once, each saying how it is kept to one environment', () => {
    const sids = DIFY_STACK_PERMISSIONS.map((area) => area.sid);
    expect(new Set(sids).size).toBe(sids.length);
    for (const area of DIFY_STACK_PERMISSIONS) {
      for (const action of [...area.read, ...area.write]) expect(action).toMatch(/^[a-z0-9-]+:[A-Za-z]+$/);
      if (area.environmentScope.by !== 'name') expect(area.environmentScope.why.length).toBeGreaterThan(10);
      if (area.environmentScope.by === 'name') expect(area.scope.kind).toBe('stack-prefix');
    }
  });

  it('scopes the stack-named resources to the prefix, in lower case for S3, when one role serves every environment', () => {
    const statements = build({ stackPrefix: 'Acme-' }).managedPolicies.flatMap((p) => p.statements);
    const bySid = (sid: string) => statements.find((s) => s.Sid === sid)?.Resource;
    expect(bySid('S3')).toEqual([{ 'Fn::Sub': 'arn:${AWS::Partition}:s3:::acme-*' }]);
    expect(bySid('Secrets')).toEqual([
      { 'Fn::Sub': 'arn:${AWS::Partition}:secretsmanager:*:${AWS::AccountId}:secret:Acme-*' },
    ]);
    expect(bySid('Iam')).toEqual([
      { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/Acme-*/*' },
      { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:user/Acme-*/*' },
    ]);
  });

  it("scopes them to the execution role's own environment, by its tag, when each environment has one", () => {
    const statements = build({ environments: ['dev'] }).managedPolicies.flatMap((p) => p.statements);
    expect(statements.find((s) => s.Sid === 'Secrets')?.Resource).toEqual([
      {
        'Fn::Sub':
          'arn:${AWS::Partition}:secretsmanager:*:${AWS::AccountId}:secret:dify-${!aws:PrincipalTag/dify-aws-kit:environment}*',
      },
    ]);
  });

  it("keeps the bootstrap's own roles, policies (the boundary among them) and bucket out of the execution role's reach", () => {
    const guards = build().managedPolicies.find((policy) => policy.name === 'guards');
    expect(guards?.statements.find((s) => s.Sid === 'DenyBootstrapResources')).toEqual({
      Sid: 'DenyBootstrapResources',
      Effect: 'Deny',
      Action: ['iam:*', 's3:*'],
      Resource: [
        { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/github-actions/*' },
        { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/github-actions/*' },
        { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/dify-aws-kit/*' },
        { 'Fn::GetAtt': ['ArtifactBucket', 'Arn'] },
        { 'Fn::Sub': '${ArtifactBucket.Arn}/*' },
      ],
    });
  });

  it('names the permissions boundary after the prefix, on its own path, as the Dify stacks expect it', () => {
    const boundary = build({ stackPrefix: 'acme-' }).managedPolicies.find(
      (p) => p.logicalId === 'PermissionsBoundary',
    );
    expect(boundary).toMatchObject({
      managedPolicyName: 'acme-permissions-boundary',
      path: '/dify-aws-kit/',
    });
  });

  it('outputs each environment’s role ARNs under its own name', () => {
    expect(build({ environments: ['dev', 'prod-jp'] }).outputs.map((output) => output.logicalId)).toEqual([
      'DeployRoleArnDev',
      'CloudFormationExecutionRoleArnDev',
      'DeployRoleArnProdJp',
      'CloudFormationExecutionRoleArnProdJp',
      'DriftRoleArn',
      'ArtifactBucketName',
      'PermissionsBoundaryArn',
      'OidcProviderArn',
    ]);
  });

  it('suggests a bootstrap stack name the prefix does not cover', () => {
    expect(build().suggestedStackName).toBe('bootstrap-dify-aws-kit');
    expect(build({ stackPrefix: 'prod-' }).suggestedStackName).toBe('dify-aws-kit-bootstrap');
    expect(build({ stackName: 'platform-dify-bootstrap' }).suggestedStackName).toBe(
      'platform-dify-bootstrap',
    );
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
    ['https://gitlab.com/my-org/dify-infra', 'is not OWNER/REPO'],
    ['https://github.com/my-org/dify-infra/tree/main', 'is not OWNER/REPO'],
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
    'my-org/dify-infra.git',
    ' my-org/dify-infra ',
    'https://github.com/my-org/dify-infra',
    'https://github.com/my-org/dify-infra.git',
    'https://github.com/my-org/dify-infra/',
    'HTTPS://GitHub.com/my-org/dify-infra',
    'github.com/my-org/dify-infra',
    'git@github.com:my-org/dify-infra.git',
    'ssh://git@github.com/my-org/dify-infra.git',
  ])('reads the repository from %j', (githubRepo) => {
    expect(build({ githubRepo }).repository).toBe('my-org/dify-infra');
  });

  it('trusts the repository without regard to case where the subject is exact, since GitHub spells it as github.com shows it', () => {
    const [trust] = role({ githubRepo: 'My-Org/Dify-Infra', environments: ['dev'] }, 'DeployRoleDev').trust;
    expect(Object.keys(trust?.Condition ?? {})).toEqual(['StringEquals', 'StringEqualsIgnoreCase']);
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
    [['Prod'], '"Prod" is not an environment name'],
    [['prod', 'prod'], '"prod" is named twice'],
    [['x'.repeat(21)], 'is not an environment name'],
    [['pr'], 'dify-pr-'],
    [['pr-1'], 'dify-pr-'],
    [['prod', 'prod-jp'], '"prod-jp" starts with "prod"'],
    [['devops', 'dev'], '"devops" starts with "dev"'],
  ])('refuses the environments %j', (environments, message) => {
    const error = rejection({ environments });
    expect(error.option).toBe('--environments');
    expect(error.message).toContain(message);
  });

  it.each([
    [['*'], '"*" is not a branch'],
    [['main*'], '"main*"'],
    [['feature/*'], '"feature/*"'],
    [['${aws:username}'], '"${aws:username}"'],
    [['main', ''], 'a branch name is empty'],
    [['main:environment:prod'], '"main:environment:prod"'],
    [['/main'], '"/main"'],
    [['a..b'], '"a..b"'],
    [['main', 'main'], '"main" is named twice'],
  ])('refuses the branches %j', (branches, message) => {
    const error = rejection({ branches });
    expect(error.option).toBe('--branches');
    expect(error.message).toContain(message);
  });

  it('refuses to render a deploy role without environments or branches, and with both', () => {
    expect(rejection({ branches: [] }).message).toContain('say who may deploy');
    expect(rejection({ environments: ['dev'], branches: ['main'] }).message).toContain('not both');
  });

  it("refuses environments that would not fit IAM's trust policy quota", () => {
    const branches = Array.from({ length: 12 }, (_, i) => `branch-${i}-${'x'.repeat(150)}`);
    expect(rejection({ branches }).message).toContain("the deploy role's trust policy would be");
  });

  it.each([
    ['', 'cannot start a CloudFormation stack name'],
    ['1dify-', 'cannot start'],
    ['dify_', 'cannot start'],
    ['dify*', 'cannot start'],
    ['${AWS::StackName}', 'cannot start'],
    ['github-', 'would also cover the bootstrap roles'],
    ['G', 'shorter than 3 characters'],
    ['di', 'shorter than 3 characters'],
  ])('refuses the stack prefix %j', (stackPrefix, message) => {
    const error = rejection({ stackPrefix });
    expect(error.option).toBe('--stack-prefix');
    expect(error.message).toContain(message);
  });

  it('refuses a bootstrap stack name that the prefix covers: the deploy roles could change the stack that defines them', () => {
    const error = rejection({ stackName: 'dify-bootstrap' });
    expect(error.option).toBe('--stack-name');
    expect(error.message).toContain('starts with the stack prefix "dify-"');
    expect(rejection({ stackPrefix: 'boot', stackName: 'Bootstrap' }).option).toBe('--stack-name');
  });
});
