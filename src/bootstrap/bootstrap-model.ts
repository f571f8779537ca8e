import { createHash } from 'node:crypto';
import { ENVIRONMENT_TAG_KEY } from '../environment/stack-prefix.js';
import { escapeForSub, type Intrinsic, sub } from '../render/intrinsics.js';
import {
  type BootstrapOptions,
  BootstrapOptionsError,
  type DeployTrust,
  validateBootstrapOptions,
} from './bootstrap-options.js';
import { DIFY_STACK_PERMISSIONS, type PermissionGroup } from './dify-stack-permissions.js';
import {
  areaStatements,
  denyPreviewExecution,
  guardStatements,
  IN_THIS_ACCOUNT,
  identityStatements,
  PREVIEW_CHANGE_SET_NAMES,
  type Reach,
  readStatements,
} from './execution-policies.js';
import {
  branchSubject,
  branchTrust,
  environmentSubject,
  environmentTrust,
  GITHUB_OIDC_AUDIENCE,
  GITHUB_OIDC_HOST,
  GITHUB_OIDC_URL,
  pullRequestSubject,
  readOnlyTrust,
  trustPolicyCharacters,
} from './github-trust.js';
import { PERMISSIONS_BOUNDARY_PATH, permissionsBoundaryName } from './identity-names.js';
import { PRINCIPAL_ENVIRONMENT, permissionsBoundaryStatements } from './permissions-boundary.js';
import type { PolicyStatement } from './policy-statement.js';

export type { BootstrapOptions } from './bootstrap-options.js';
export { BootstrapOptionsError } from './bootstrap-options.js';
export type { PolicyStatement } from './policy-statement.js';

/**
 * The bootstrap roles live on this IAM path, so that no role the execution
 * role may manage (on `/<prefix><environment>/`) is one of them; the execution
 * role is denied every IAM action on it as well.
 */
export const BOOTSTRAP_ROLE_PATH = '/github-actions/';
/** Days an uploaded template is kept: each deploy uploads its own (content-addressed) copy. */
export const ARTIFACT_EXPIRATION_DAYS = 30;
/** `${aws:PrincipalTag/…}` inside an `Fn::Sub`, where `${!…}` is a literal `${…}`. */
const ENVIRONMENT_IN_SUB = `\${!aws:PrincipalTag/${ENVIRONMENT_TAG_KEY}}`;
/** IAM's quota on a role trust policy (the default; it can be raised to 4,096). */
export const MAX_TRUST_POLICY_CHARACTERS = 2048;

type Tags = readonly { readonly Key: string; readonly Value: string }[];

export interface PolicyModel {
  readonly name: string;
  readonly statements: readonly PolicyStatement[];
}

export interface ManagedPolicyModel extends PolicyModel {
  readonly logicalId: string;
  readonly description: string;
  /** Set for the permissions boundary, whose ARN the Dify stacks derive from its name. */
  readonly managedPolicyName?: string;
  readonly path: string;
}

export interface BootstrapRoleModel {
  readonly logicalId: string;
  readonly description: string;
  readonly trust: readonly PolicyStatement[];
  /** Inline policies (at most 10,240 characters in all). */
  readonly policies: readonly PolicyModel[];
  /** Refs to the managed policies the role holds. */
  readonly managedPolicyArns: readonly Intrinsic[];
  readonly tags: Tags;
}

export interface BootstrapOutput {
  /** The output's logical id: letters and digits only. */
  readonly logicalId: string;
  readonly description: string;
  /** An intrinsic (Ref, Fn::GetAtt, Fn::If). */
  readonly value: unknown;
}

/** One deploy role and the execution role it passes: per GitHub environment, or one for the named branches. */
export interface DeployTarget {
  /** The GitHub environment, when the roles are per environment. */
  readonly environment?: string;
  readonly subjects: readonly string[];
  readonly deployRoleLogicalId: string;
  readonly executionRoleLogicalId: string;
  /** The outputs with the roles' ARNs end with it: `DeployRoleArn<suffix>`. */
  readonly outputSuffix: string;
  /** The stacks the deploy role may act on, as the ARN patterns it is granted. */
  readonly stackPatterns: readonly string[];
}

export interface BootstrapModel {
  readonly description: string;
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly repository: string;
  readonly trust: DeployTrust;
  readonly stackPrefix: string;
  readonly suggestedStackName: string;
  readonly oidc: {
    readonly url: string;
    readonly clientIds: readonly string[];
    readonly existingArnPattern: string;
    readonly tags: Tags;
  };
  readonly rolePath: string;
  readonly targets: readonly DeployTarget[];
  /** Who may assume the read-only (drift and preview) role. */
  readonly readOnlySubjects: readonly string[];
  readonly roles: readonly BootstrapRoleModel[];
  /** The permissions boundary, and the execution roles' permissions (split to stay within 6,144 characters each). */
  readonly managedPolicies: readonly ManagedPolicyModel[];
  readonly artifactBucket: { readonly name: Intrinsic; readonly expirationDays: number; readonly tags: Tags };
  readonly outputs: readonly BootstrapOutput[];
}

export const BootstrapLogicalIds = {
  oidcProvider: 'GitHubOidcProvider',
  driftRole: 'DriftRole',
  permissionsBoundary: 'PermissionsBoundary',
  deployPolicy: 'DeployPolicy',
  artifactBucket: 'ArtifactBucket',
  createOidcProvider: 'CreateOidcProvider',
  existingOidcProviderArn: 'ExistingOidcProviderArn',
  deployRole: (suffix: string) => `DeployRole${suffix}`,
  executionRole: (suffix: string) => `CloudFormationExecutionRole${suffix}`,
  executionPolicy: (group: PermissionGroup | 'guards') =>
    `CloudFormationExecution${group.charAt(0).toUpperCase()}${group.slice(1)}Policy`,
} as const;

const GROUP_DESCRIPTIONS: Readonly<Record<PermissionGroup | 'guards', string>> = {
  network: 'VPC, subnets, routes, security groups, endpoints, the NAT instance, Cloud Map',
  edge: 'load balancer, certificate, DNS records, SES identity',
  services: 'ECS, Lambda, logs, Aurora, ElastiCache, the storage bucket, the secrets',
  identity:
    "the stack's IAM roles and SMTP user, each with the permissions boundary, passing them to ECS and Lambda, service-linked roles",
  guards:
    "denies: no role or user without the permissions boundary, no boundary removed, the bootstrap's roles, policies and bucket out of reach, no preview change set executed",
};

/** The actions a deploy needs on its stack (src/aws/deploy/). */
const DEPLOY_STACK_ACTIONS = [
  'cloudformation:ContinueUpdateRollback',
  'cloudformation:CreateChangeSet',
  'cloudformation:DeleteChangeSet',
  'cloudformation:DeleteStack',
  'cloudformation:DescribeChangeSet',
  // Why early validation refused a change set (src/aws/deploy/change-set-events.ts).
  'cloudformation:DescribeEvents',
  'cloudformation:DescribeStackDriftDetectionStatus',
  'cloudformation:DescribeStackEvents',
  'cloudformation:DescribeStackResourceDrifts',
  'cloudformation:DescribeStacks',
  'cloudformation:DetectStackDrift',
  'cloudformation:DetectStackResourceDrift',
  'cloudformation:ExecuteChangeSet',
  'cloudformation:GetTemplate',
  'cloudformation:SetStackPolicy',
  'cloudformation:UpdateTerminationProtection',
];

/** The bootstrap template's model: pure, validated, the same options give the same model. */
export function buildBootstrapModel(options: BootstrapOptions, kitVersion: string): BootstrapModel {
  const { repository, trust, stackPrefix, stackName } = validateBootstrapOptions(options);
  const prefix = escapeForSub(stackPrefix);
  const reach: Reach = trust.kind === 'environments' ? 'tagged-environment' : 'every-environment';
  const targets = deployTargets(repository, trust, stackPrefix);
  const repositoryTags = (role: string) => [
    { Key: 'dify-aws-kit:role', Value: role },
    { Key: 'dify-aws-kit:repository', Value: repository },
  ];

  const managedPolicies = [
    ...executionPolicies(stackPrefix, reach),
    {
      logicalId: BootstrapLogicalIds.deployPolicy,
      name: 'deploy',
      path: BOOTSTRAP_ROLE_PATH,
      description: `dify-aws-kit deploy roles: change sets on ${trust.kind === 'environments' ? "the stacks of the role's environment" : `the ${stackPrefix}* stacks`}, passing the execution role of the same environment`,
      statements: deployStatements(reach, prefix),
    },
  ];
  const executionPolicyArns = managedPolicies
    .filter((policy) => policy.logicalId.startsWith('CloudFormationExecution'))
    .map((policy) => ({ Ref: policy.logicalId }));
  const stackArns = (patterns: readonly string[]) =>
    patterns.map((pattern) =>
      sub(`arn:\${AWS::Partition}:cloudformation:*:\${AWS::AccountId}:stack/${pattern}`),
    );

  const roles: BootstrapRoleModel[] = targets.flatMap((target) => {
    const who =
      target.environment === undefined
        ? `branches ${trustedBranches(trust)}`
        : `environment ${target.environment}`;
    const names =
      target.environment === undefined ? `${stackPrefix}*` : `${stackPrefix}${target.environment}`;
    const deployRole: BootstrapRoleModel = {
      logicalId: target.deployRoleLogicalId,
      description: trimDescription(
        `dify-aws-kit deploy role: ${repository} (${who}) deploys the ${names} stacks`,
      ),
      trust: [
        target.environment === undefined
          ? branchTrust(repository, trust.kind === 'branches' ? trust.branches : [])
          : environmentTrust(repository, [target.environment]),
      ],
      managedPolicyArns: [{ Ref: BootstrapLogicalIds.deployPolicy }],
      policies: [],
      tags: [
        ...repositoryTags('deploy'),
        ...(target.environment === undefined
          ? []
          : [{ Key: ENVIRONMENT_TAG_KEY, Value: target.environment }]),
      ],
    };
    const executionRole: BootstrapRoleModel = {
      logicalId: target.executionRoleLogicalId,
      description: trimDescription(
        `dify-aws-kit CloudFormation execution role of the ${names} stacks; only their deploy role passes it`,
      ),
      trust: [
        {
          Sid: 'CloudFormation',
          Effect: 'Allow',
          Principal: { Service: 'cloudformation.amazonaws.com' },
          Action: 'sts:AssumeRole',
        },
      ],
      policies: [],
      managedPolicyArns: executionPolicyArns,
      // The execution policies name the environment through this tag (aws:PrincipalTag): it is what keeps
      // one environment's execution role to that environment. No role can change it (the bootstrap path is denied).
      tags: [
        ...repositoryTags('cloudformation-execution'),
        ...(target.environment === undefined
          ? []
          : [{ Key: ENVIRONMENT_TAG_KEY, Value: target.environment }]),
      ],
    };
    return [deployRole, executionRole];
  });

  for (const role of roles) {
    const characters = trustPolicyCharacters(
      role.trust.filter((statement) => statement.Principal?.Federated),
    );
    if (characters > MAX_TRUST_POLICY_CHARACTERS) {
      throw new BootstrapOptionsError(
        trust.kind === 'environments' ? '--environments' : '--branches',
        `the deploy role's trust policy would be ${characters} characters, and IAM accepts ${MAX_TRUST_POLICY_CHARACTERS}`,
        'Trust fewer or shorter names',
      );
    }
  }

  const readOnly = readOnlyTrust(repository);
  roles.push({
    logicalId: BootstrapLogicalIds.driftRole,
    description: trimDescription(
      `dify-aws-kit drift and preflight role: ${repository} pull requests and branch runs read the ${stackPrefix}* stacks and preview change sets on them, never change them`,
    ),
    trust: readOnly,
    managedPolicyArns: [],
    policies: [
      {
        name: 'read-only',
        statements: [
          {
            Sid: 'ReadKitStacks',
            Effect: 'Allow',
            Action: [
              // Also why early validation refused a preview: DescribeEvents, on the stack and its change sets.
              'cloudformation:DescribeEvents',
              'cloudformation:DescribeStackDriftDetectionStatus',
              'cloudformation:DescribeStackEvents',
              'cloudformation:DescribeStackResourceDrifts',
              'cloudformation:DescribeStackResources',
              'cloudformation:DescribeStacks',
              'cloudformation:DetectStackDrift',
              'cloudformation:DetectStackResourceDrift',
              'cloudformation:GetTemplate',
            ],
            Resource: [
              ...stackArns([`${prefix}*/*`]),
              sub(
                `arn:\${AWS::Partition}:cloudformation:*:\${AWS::AccountId}:changeSet/${PREVIEW_CHANGE_SET_NAMES[0]}/*`,
              ),
            ],
          },
          // Drift detection reads each resource with the caller's credentials: the stack's read actions.
          // None of them returns a secret value: task definitions hold none (every secret reaches a
          // container through ECS Secrets, lint rule SEC008), and no secretsmanager:GetSecretValue is here.
          ...readStatements(stackPrefix),
        ],
      },
      { name: 'preview', statements: previewStatements(stackArns([`${prefix}*/*`]), prefix) },
    ],
    tags: repositoryTags('drift'),
  });

  return {
    description: `dify-aws-kit bootstrap for github.com/${repository}: the GitHub OIDC provider, the deploy, drift and CloudFormation execution roles, the permissions boundary of the Dify stacks' roles, and the artifact bucket. Deploy once per account, as a stack whose name does not start with ${stackPrefix}.`,
    metadata: {
      kitVersion,
      githubRepository: repository,
      ...(trust.kind === 'environments'
        ? { environments: trust.environments }
        : { branches: trust.branches }),
      stackPrefix,
      suggestedStackName: stackName,
    },
    repository,
    trust,
    stackPrefix,
    suggestedStackName: stackName,
    oidc: {
      url: GITHUB_OIDC_URL,
      clientIds: [GITHUB_OIDC_AUDIENCE],
      existingArnPattern: `^$|^arn:aws[a-z-]*:iam::[0-9]{12}:oidc-provider/${GITHUB_OIDC_HOST.replaceAll('.', '\\.')}$`,
      tags: [{ Key: 'dify-aws-kit:role', Value: 'github-oidc-provider' }],
    },
    rolePath: BOOTSTRAP_ROLE_PATH,
    targets,
    readOnlySubjects: [pullRequestSubject(repository), branchSubject(repository, '*')],
    roles,
    managedPolicies,
    artifactBucket: {
      // Starts with the account id, so no stack prefix (which starts with a letter) covers it.
      name: sub(`\${AWS::AccountId}-\${AWS::Region}-dify-artifacts-${shortHash(repository.toLowerCase())}`),
      expirationDays: ARTIFACT_EXPIRATION_DAYS,
      tags: repositoryTags('artifacts'),
    },
    outputs: outputsOf(targets),
  };
}

/** One target per environment (roles `DeployRoleDev`, …), or one for the branches (`DeployRole`). */
function deployTargets(repository: string, trust: DeployTrust, stackPrefix: string): DeployTarget[] {
  const prefix = escapeForSub(stackPrefix);
  if (trust.kind === 'branches') {
    return [
      {
        subjects: trust.branches.map((branch) => branchSubject(repository, branch)),
        deployRoleLogicalId: BootstrapLogicalIds.deployRole(''),
        executionRoleLogicalId: BootstrapLogicalIds.executionRole(''),
        outputSuffix: '',
        stackPatterns: [`${prefix}*/*`],
      },
    ];
  }
  const suffixes = new Map<string, string>();
  return trust.environments.map((environment) => {
    const suffix = pascalCase(environment);
    const clash = suffixes.get(suffix);
    if (clash !== undefined) {
      throw new BootstrapOptionsError(
        '--environments',
        `${JSON.stringify(clash)} and ${JSON.stringify(environment)} would both name their roles ${BootstrapLogicalIds.deployRole(suffix)}`,
        'Rename one of them so that they differ by more than hyphens before digits',
      );
    }
    suffixes.set(suffix, environment);
    return {
      environment,
      subjects: [environmentSubject(repository, environment)],
      deployRoleLogicalId: BootstrapLogicalIds.deployRole(suffix),
      executionRoleLogicalId: BootstrapLogicalIds.executionRole(suffix),
      outputSuffix: suffix,
      // <prefix><env> and <prefix><env>-…: the stack names validate accepts (STK001), and not <prefix><env>x.
      stackPatterns: [`${prefix}${environment}/*`, `${prefix}${environment}-*/*`],
    };
  });
}

/**
 * What a deploy role may do, as one managed policy every deploy role holds.
 * With one role per environment the policy names the environment through the
 * role's own tag (aws:PrincipalTag), which no role of the account may change:
 * the role acts on `<prefix><env>` and `<prefix><env>-…` stacks only, passes
 * only the execution role tagged with its environment, and writes only its
 * environment's template keys.
 */
function deployStatements(reach: Reach, prefix: string): PolicyStatement[] {
  const one = reach === 'tagged-environment';
  const names = one ? `${prefix}${ENVIRONMENT_IN_SUB}` : prefix;
  const stacks = (one ? [`${names}/*`, `${names}-*/*`] : [`${names}*/*`]).map((pattern) =>
    sub(`arn:\${AWS::Partition}:cloudformation:*:\${AWS::AccountId}:stack/${pattern}`),
  );
  const templates = one ? [`templates/${names}/*`, `templates/${names}-*`] : [`templates/${names}*`];
  return [
    {
      // The change sets too: DescribeEvents of a change set (why early validation refused it) may be
      // authorised on its ARN; the deploy names them dify-<environment>-<run> (aws/deploy/change-set-name.ts).
      Sid: 'DeployKitStacks',
      Effect: 'Allow',
      Action: [...DEPLOY_STACK_ACTIONS],
      Resource: [
        ...stacks,
        sub(
          `arn:\${AWS::Partition}:cloudformation:*:\${AWS::AccountId}:changeSet/dify-${one ? `${ENVIRONMENT_IN_SUB}-` : ''}*/*`,
        ),
      ],
    },
    {
      Sid: 'PassExecutionRoleToCloudFormation',
      Effect: 'Allow',
      Action: ['iam:PassRole'],
      Resource: [sub(`arn:\${AWS::Partition}:iam::\${AWS::AccountId}:role${BOOTSTRAP_ROLE_PATH}*`)],
      Condition: {
        StringEquals: {
          'iam:PassedToService': 'cloudformation.amazonaws.com',
          'aws:ResourceTag/dify-aws-kit:role': 'cloudformation-execution',
          ...(one ? { [`aws:ResourceTag/${ENVIRONMENT_TAG_KEY}`]: PRINCIPAL_ENVIRONMENT } : {}),
        },
      },
    },
    {
      // Templates over 51,200 bytes, under templates/<stack>/: only the environment's own keys, so that no
      // other environment can plant the template a deploy of this one would reuse.
      Sid: 'UploadTemplates',
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:PutObject'],
      Resource: templates.map((key) => sub(`\${ArtifactBucket.Arn}/${key}`)),
      Condition: IN_THIS_ACCOUNT,
    },
    {
      // The kit never imports: an import would adopt a resource that another stack (or no stack) owns.
      Sid: 'DenyImports',
      Effect: 'Deny',
      Action: ['cloudformation:CreateChangeSet'],
      Resource: '*',
      Condition: { Null: { 'cloudformation:ImportResourceTypes': 'false' } },
    },
    denyPreviewExecution(),
  ];
}

/**
 * Pull-request previews: dify-pr-* change sets on the kit's existing stacks,
 * no role passed (CloudFormation reuses the stack's), no import. IAM has no
 * change-set-type key; a CREATE change set names a stack that does not exist,
 * which carries no tag, so requiring (and denying the lack of) the
 * environment tag on the stack closes that path: this role never creates a
 * stack, not even an empty one in REVIEW_IN_PROGRESS.
 */
function previewStatements(stacks: Intrinsic[], prefix: string): PolicyStatement[] {
  const changeSets = sub(
    `arn:\${AWS::Partition}:cloudformation:*:\${AWS::AccountId}:changeSet/${PREVIEW_CHANGE_SET_NAMES[0]}/*`,
  );
  const previewName = { StringLike: { 'cloudformation:ChangeSetName': PREVIEW_CHANGE_SET_NAMES } };
  const stackTag = `aws:ResourceTag/${ENVIRONMENT_TAG_KEY}`;
  return [
    {
      Sid: 'PreviewChangeSets',
      Effect: 'Allow',
      Action: ['cloudformation:CreateChangeSet'],
      Resource: stacks,
      Condition: {
        ...previewName,
        Null: {
          'cloudformation:RoleArn': 'true',
          'cloudformation:ImportResourceTypes': 'true',
          [stackTag]: 'false',
        },
      },
    },
    {
      Sid: 'ReadAndDeletePreviews',
      Effect: 'Allow',
      Action: ['cloudformation:DeleteChangeSet', 'cloudformation:DescribeChangeSet'],
      Resource: [...stacks, changeSets],
      Condition: previewName,
    },
    {
      // Templates over 51,200 bytes: the preview PUTs previews/<stack>/<sha>.yaml (never templates/,
      // which deploys trust), read by CloudFormation with this role's credentials.
      Sid: 'UploadPreviewTemplates',
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:PutObject'],
      Resource: [sub(`\${ArtifactBucket.Arn}/previews/${prefix}*`)],
      Condition: IN_THIS_ACCOUNT,
    },
    {
      Sid: 'DenyNewStacks',
      Effect: 'Deny',
      Action: ['cloudformation:CreateChangeSet'],
      Resource: '*',
      Condition: { Null: { [stackTag]: 'true' } },
    },
    {
      // Belt and braces: whatever policy is attached to this role later, it never changes a stack.
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
  ];
}

/** The execution roles' managed policies (one set, shared: the roles' environment tag scopes them), and the boundary. */
function executionPolicies(stackPrefix: string, reach: Reach): ManagedPolicyModel[] {
  const groups: readonly PermissionGroup[] = ['network', 'edge', 'services', 'identity'];
  const policy = (group: PermissionGroup | 'guards', statements: PolicyStatement[]): ManagedPolicyModel => ({
    logicalId: BootstrapLogicalIds.executionPolicy(group),
    name: group,
    description: `dify-aws-kit CloudFormation execution role, ${group}: ${GROUP_DESCRIPTIONS[group]}`,
    path: BOOTSTRAP_ROLE_PATH,
    statements,
  });
  return [
    {
      logicalId: BootstrapLogicalIds.permissionsBoundary,
      name: 'permissions-boundary',
      managedPolicyName: permissionsBoundaryName(stackPrefix),
      path: PERMISSIONS_BOUNDARY_PATH,
      description: `dify-aws-kit permissions boundary of every role and user of the ${stackPrefix}* Dify stacks: the most any of them may do, each within the environment it is tagged with`,
      statements: permissionsBoundaryStatements(stackPrefix),
    },
    ...groups.map((group) =>
      policy(group, [
        ...areaStatements(
          DIFY_STACK_PERMISSIONS.filter((area) => area.group === group),
          stackPrefix,
          reach,
        ),
        ...(group === 'identity' ? identityStatements(stackPrefix, reach) : []),
      ]),
    ),
    policy('guards', guardStatements(stackPrefix, BOOTSTRAP_ROLE_PATH)),
  ];
}

function outputsOf(targets: readonly DeployTarget[]): BootstrapOutput[] {
  const perTarget = targets.flatMap((target): BootstrapOutput[] => {
    const suffix = target.outputSuffix;
    const forWhom = target.environment === undefined ? '' : ` of the ${target.environment} environment`;
    return [
      {
        logicalId: `DeployRoleArn${suffix}`,
        description: `role-arn of the deploy workflow${forWhom} (the deploy action's role-arn input)`,
        value: { 'Fn::GetAtt': [target.deployRoleLogicalId, 'Arn'] },
      },
      {
        logicalId: `CloudFormationExecutionRoleArn${suffix}`,
        description: `The service role the deploy${forWhom} passes to CloudFormation (the deploy action's cloudformation-role-arn input)`,
        value: { 'Fn::GetAtt': [target.executionRoleLogicalId, 'Arn'] },
      },
    ];
  });
  return [
    ...perTarget,
    {
      logicalId: 'DriftRoleArn',
      description:
        'role-arn of the drift and preflight workflows: reads stacks and previews change sets; never changes a stack',
      value: { 'Fn::GetAtt': [BootstrapLogicalIds.driftRole, 'Arn'] },
    },
    {
      logicalId: 'ArtifactBucketName',
      description:
        "Where templates over 51,200 bytes are uploaded (the deploy action's artifact-bucket input)",
      value: { Ref: BootstrapLogicalIds.artifactBucket },
    },
    {
      logicalId: 'PermissionsBoundaryArn',
      description: 'The permissions boundary every role and user of the Dify stacks carries',
      value: { Ref: BootstrapLogicalIds.permissionsBoundary },
    },
    {
      logicalId: 'OidcProviderArn',
      description: 'The GitHub OIDC provider the roles trust',
      value: {
        'Fn::If': [
          BootstrapLogicalIds.createOidcProvider,
          sub(`arn:\${AWS::Partition}:iam::\${AWS::AccountId}:oidc-provider/${GITHUB_OIDC_HOST}`),
          { Ref: BootstrapLogicalIds.existingOidcProviderArn },
        ],
      },
    },
  ];
}

/** `prod-jp` → `ProdJp`: a logical id suffix (letters and digits only). */
function pascalCase(name: string): string {
  return name
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function trustedBranches(trust: DeployTrust): string {
  return trust.kind === 'branches' ? trust.branches.join(', ') : '';
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/** IAM role descriptions hold at most 1000 characters. */
function trimDescription(text: string): string {
  return text.length <= 1000 ? text : `${text.slice(0, 997)}...`;
}
