import { createHash } from 'node:crypto';
import { escapeUnsafe } from '../environment/unsafe-characters.js';
import { escapeForSub, type Intrinsic, sub } from '../render/intrinsics.js';
import {
  DIFY_STACK_PERMISSIONS,
  PASS_ROLE_SERVICES,
  type PermissionArea,
  type PermissionGroup,
  type ResourceScope,
  SERVICE_LINKED_ROLE_SERVICES,
} from './dify-stack-permissions.js';

/** What `dify-aws-kit bootstrap` is asked for. */
export interface BootstrapOptions {
  /** `OWNER/REPO`: the only repository whose workflows may assume the roles. */
  readonly githubRepo: string;
  /** GitHub environments the deploy role trusts; none trusts every workflow of the repository. */
  readonly environments?: readonly string[];
  /** The kit's stack names start with it; the deploy role may touch no other stack. Default `dify-`. */
  readonly stackPrefix?: string;
}

/** An option the bootstrap template cannot be rendered from: names the option, the value and how to fix it. */
export class BootstrapOptionsError extends Error {
  readonly option: '--github-repo' | '--environments' | '--stack-prefix';
  readonly hint: string;

  constructor(option: BootstrapOptionsError['option'], message: string, hint: string) {
    super(`${option}: ${message}. ${hint}`);
    this.name = 'BootstrapOptionsError';
    this.option = option;
    this.hint = hint;
  }
}

export const DEFAULT_STACK_PREFIX = 'dify-';
export const GITHUB_OIDC_URL = 'https://token.actions.githubusercontent.com';
export const GITHUB_OIDC_AUDIENCE = 'sts.amazonaws.com';
const GITHUB_OIDC_HOST = 'token.actions.githubusercontent.com';
/**
 * The bootstrap roles live on this IAM path, so that `role/<prefix>*`, which
 * the execution role may manage, never covers them (checked against the
 * prefix, and denied in the execution role's policy as well).
 */
export const BOOTSTRAP_ROLE_PATH = '/github-actions/';
/** Stack names for the bootstrap stack, the first that the prefix does not cover is suggested. */
const BOOTSTRAP_STACK_NAMES = ['dify-aws-kit-bootstrap', 'bootstrap-dify-aws-kit'] as const;
/** Days an uploaded template is kept: each deploy uploads its own (content-addressed) copy. */
export const ARTIFACT_EXPIRATION_DAYS = 30;
/** The pull-request preview's change sets start with it: the drift role may create, read and delete only these. */
export const PREVIEW_CHANGE_SET_PREFIX = 'dify-pr-';

// GitHub: owner (user or organisation) 1-39 alphanumerics or single inner hyphens; repository 1-100 of [A-Za-z0-9._-].
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const REPOSITORY = /^[A-Za-z0-9._-]{1,100}$/;
// Environment names as they appear in the OIDC subject; `*`, `?` and `${` would be IAM wildcards or variables.
const ENVIRONMENT = /^[A-Za-z0-9._-]{1,255}$/;
// A CloudFormation stack name starts with a letter and holds letters, digits and hyphens (128 at most).
const STACK_PREFIX = /^[A-Za-z][A-Za-z0-9-]{0,63}$/;

export interface PolicyStatement {
  readonly Sid: string;
  readonly Effect: 'Allow' | 'Deny';
  readonly Principal?: Readonly<Record<string, unknown>>;
  readonly Action: string | readonly string[];
  readonly Resource?: string | Intrinsic | readonly (string | Intrinsic)[];
  readonly Condition?: Readonly<Record<string, unknown>>;
}

export interface PolicyModel {
  readonly name: string;
  readonly statements: readonly PolicyStatement[];
}

export interface ManagedPolicyModel extends PolicyModel {
  readonly logicalId: string;
  readonly description: string;
}

export interface BootstrapRoleModel {
  readonly logicalId: string;
  readonly description: string;
  readonly trust: readonly PolicyStatement[];
  /** Inline policies (at most 10,240 characters in all). */
  readonly policies: readonly PolicyModel[];
  /** Refs to the managed policies the role holds. */
  readonly managedPolicyArns: readonly Intrinsic[];
  readonly tags: readonly { readonly Key: string; readonly Value: string }[];
}

export interface BootstrapModel {
  readonly description: string;
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly repository: string;
  readonly environments: readonly string[];
  readonly stackPrefix: string;
  readonly suggestedStackName: string;
  readonly oidc: {
    readonly url: string;
    readonly clientIds: readonly string[];
    readonly existingArnPattern: string;
    readonly tags: readonly { readonly Key: string; readonly Value: string }[];
  };
  readonly rolePath: string;
  /** Who may assume the deploy role: one `sub` per environment, or the whole repository. */
  readonly deploySubjects: readonly string[];
  /** Who may assume the drift role: pull requests and branch (scheduled) runs. */
  readonly driftSubjects: readonly string[];
  readonly roles: readonly BootstrapRoleModel[];
  /** The execution role's permissions, split to stay within IAM's 6,144 characters per managed policy. */
  readonly managedPolicies: readonly ManagedPolicyModel[];
  readonly artifactBucket: {
    readonly name: Intrinsic;
    readonly expirationDays: number;
    readonly tags: readonly { readonly Key: string; readonly Value: string }[];
  };
}

export const BootstrapLogicalIds = {
  oidcProvider: 'GitHubOidcProvider',
  deployRole: 'DeployRole',
  driftRole: 'DriftRole',
  executionRole: 'CloudFormationExecutionRole',
  artifactBucket: 'ArtifactBucket',
  artifactBucketPolicy: 'ArtifactBucketPolicy',
  createOidcProvider: 'CreateOidcProvider',
  existingOidcProviderArn: 'ExistingOidcProviderArn',
  executionPolicy: (group: PermissionGroup) =>
    `CloudFormationExecution${group.charAt(0).toUpperCase()}${group.slice(1)}Policy`,
} as const;

/** IAM's quota on a role trust policy (the default; it can be raised to 4,096). */
export const MAX_TRUST_POLICY_CHARACTERS = 2048;

const GROUP_DESCRIPTIONS: Readonly<Record<PermissionGroup, string>> = {
  network:
    'VPC, subnets, routes, security groups, endpoints, the NAT instance, load balancer, certificate, DNS, Cloud Map',
  services: 'ECS, Lambda, logs, Aurora, ElastiCache, the storage bucket, the secrets, SES',
  identity: "the stack's IAM roles and SMTP user, passing them to ECS and Lambda, service-linked roles",
};

/** The bootstrap template's model: pure, validated, the same options give the same model. */
export function buildBootstrapModel(options: BootstrapOptions, kitVersion: string): BootstrapModel {
  const repository = validateRepository(options.githubRepo);
  const environments = validateEnvironments(options.environments ?? []);
  const stackPrefix = validateStackPrefix(options.stackPrefix ?? DEFAULT_STACK_PREFIX);
  const suggestedStackName =
    BOOTSTRAP_STACK_NAMES.find((name) => !covers(stackPrefix, name)) ?? BOOTSTRAP_STACK_NAMES[1];

  const deploySubjects = deploySubjectsOf(repository, environments);
  const trustCharacters = trustPolicyCharacters(deploySubjects);
  if (trustCharacters > MAX_TRUST_POLICY_CHARACTERS) {
    throw new BootstrapOptionsError(
      '--environments',
      `the deploy role's trust policy would be ${trustCharacters} characters, and IAM accepts ${MAX_TRUST_POLICY_CHARACTERS}`,
      'Trust fewer or shorter environment names',
    );
  }
  const driftSubjects = [`repo:${repository}:pull_request`, `repo:${repository}:ref:refs/heads/*`];
  const tags = (role: string) => [
    { Key: 'dify-aws-kit:role', Value: role },
    { Key: 'dify-aws-kit:repository', Value: repository },
  ];
  const account = '${AWS::AccountId}';
  const placeholders = (arn: string) =>
    arn
      .replaceAll('${AccountId}', account)
      .replaceAll('${Prefix}', escapeForSub(stackPrefix))
      .replaceAll('${LowerPrefix}', escapeForSub(stackPrefix.toLowerCase()));
  const artifactBucketArn: Intrinsic = { 'Fn::GetAtt': [BootstrapLogicalIds.artifactBucket, 'Arn'] };
  const executionRoleArn: Intrinsic = { 'Fn::GetAtt': [BootstrapLogicalIds.executionRole, 'Arn'] };
  const stackArn = sub(
    `arn:\${AWS::Partition}:cloudformation:*:${account}:stack/${escapeForSub(stackPrefix)}*/*`,
  );
  const previewChangeSetArn = sub(
    `arn:\${AWS::Partition}:cloudformation:*:${account}:changeSet/${PREVIEW_CHANGE_SET_PREFIX}*/*`,
  );

  const identityStatements: PolicyStatement[] = [
    {
      Sid: 'PassStackRoles',
      Effect: 'Allow',
      Action: ['iam:PassRole'],
      Resource: [sub(placeholders('arn:${AWS::Partition}:iam::${AccountId}:role/${Prefix}*'))],
      Condition: { StringEquals: { 'iam:PassedToService': [...PASS_ROLE_SERVICES] } },
    },
    {
      Sid: 'CreateServiceLinkedRoles',
      Effect: 'Allow',
      Action: ['iam:CreateServiceLinkedRole'],
      Resource: [sub(placeholders('arn:${AWS::Partition}:iam::${AccountId}:role/aws-service-role/*'))],
      Condition: { StringEquals: { 'iam:AWSServiceName': [...SERVICE_LINKED_ROLE_SERVICES] } },
    },
    {
      // Whatever the prefix, the bootstrap's own roles and bucket stay out of the Dify stacks' reach.
      Sid: 'DenyBootstrapResources',
      Effect: 'Deny',
      Action: ['iam:*', 's3:*'],
      Resource: [
        sub(`arn:\${AWS::Partition}:iam::${account}:role${BOOTSTRAP_ROLE_PATH}*`),
        artifactBucketArn,
        sub(`\${${BootstrapLogicalIds.artifactBucket}.Arn}/*`),
      ],
    },
  ];
  const groups: readonly PermissionGroup[] = ['network', 'services', 'identity'];
  const managedPolicies: ManagedPolicyModel[] = groups.map((group) => ({
    logicalId: BootstrapLogicalIds.executionPolicy(group),
    name: group,
    description: `dify-aws-kit CloudFormation execution role, ${group}: ${GROUP_DESCRIPTIONS[group]}`,
    statements: [
      ...executionStatements(
        DIFY_STACK_PERMISSIONS.filter((area) => area.group === group),
        placeholders,
      ),
      ...(group === 'identity' ? identityStatements : []),
    ],
  }));

  return {
    description: `dify-aws-kit bootstrap for github.com/${repository}: the GitHub OIDC provider, the deploy, drift and CloudFormation execution roles, and the artifact bucket. Deploy once per account, as a stack whose name does not start with ${stackPrefix}.`,
    metadata: {
      kitVersion,
      githubRepository: repository,
      environments,
      stackPrefix,
      suggestedStackName,
    },
    repository,
    environments,
    stackPrefix,
    suggestedStackName,
    oidc: {
      url: GITHUB_OIDC_URL,
      clientIds: [GITHUB_OIDC_AUDIENCE],
      existingArnPattern: `^$|^arn:aws[a-z-]*:iam::[0-9]{12}:oidc-provider/${GITHUB_OIDC_HOST.replaceAll('.', '\\.')}$`,
      tags: [{ Key: 'dify-aws-kit:role', Value: 'github-oidc-provider' }],
    },
    rolePath: BOOTSTRAP_ROLE_PATH,
    deploySubjects,
    driftSubjects,
    roles: [
      {
        logicalId: BootstrapLogicalIds.deployRole,
        description: trimDescription(
          `dify-aws-kit deploy role: ${repository} ${environments.length > 0 ? `(environments ${environments.join(', ')})` : '(any workflow)'} deploys the ${stackPrefix}* stacks through change sets`,
        ),
        trust: [githubTrust(deploySubjects)],
        managedPolicyArns: [],
        policies: [
          {
            name: 'deploy',
            statements: [
              {
                Sid: 'DeployKitStacks',
                Effect: 'Allow',
                Action: [
                  'cloudformation:ContinueUpdateRollback',
                  'cloudformation:CreateChangeSet',
                  'cloudformation:DeleteChangeSet',
                  'cloudformation:DeleteStack',
                  'cloudformation:DescribeChangeSet',
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
                ],
                Resource: [stackArn],
              },
              {
                Sid: 'PassExecutionRoleToCloudFormation',
                Effect: 'Allow',
                Action: ['iam:PassRole'],
                Resource: [executionRoleArn],
                Condition: { StringEquals: { 'iam:PassedToService': 'cloudformation.amazonaws.com' } },
              },
              {
                Sid: 'UploadTemplates',
                Effect: 'Allow',
                Action: ['s3:GetObject', 's3:PutObject'],
                Resource: [sub(`\${${BootstrapLogicalIds.artifactBucket}.Arn}/*`)],
              },
            ],
          },
        ],
        tags: tags('deploy'),
      },
      {
        logicalId: BootstrapLogicalIds.driftRole,
        description: trimDescription(
          `dify-aws-kit drift and preflight role: ${repository} pull requests and scheduled runs read the ${stackPrefix}* stacks and preview change sets on them, never change them`,
        ),
        trust: [githubTrust(driftSubjects)],
        managedPolicyArns: [],
        policies: [
          {
            name: 'read-only',
            statements: [
              {
                Sid: 'ReadKitStacks',
                Effect: 'Allow',
                Action: [
                  'cloudformation:DescribeStackDriftDetectionStatus',
                  'cloudformation:DescribeStackEvents',
                  'cloudformation:DescribeStackResourceDrifts',
                  'cloudformation:DescribeStackResources',
                  'cloudformation:DescribeStacks',
                  'cloudformation:DetectStackDrift',
                  'cloudformation:DetectStackResourceDrift',
                  'cloudformation:GetTemplate',
                ],
                Resource: [stackArn],
              },
              // Drift detection reads each resource with the caller's credentials: the stack's read actions.
              ...readStatements(DIFY_STACK_PERMISSIONS, placeholders),
            ],
          },
          {
            name: 'preview',
            statements: [
              {
                // Pull-request previews: dify-pr-* change sets, no role passed (CloudFormation reuses the
                // stack's), no import. IAM has no ChangeSetType key: a CREATE on an absent name is not
                // refused; it leaves an empty REVIEW_IN_PROGRESS stack this role cannot execute or delete.
                Sid: 'PreviewChangeSets',
                Effect: 'Allow',
                Action: [
                  'cloudformation:CreateChangeSet',
                  'cloudformation:DeleteChangeSet',
                  'cloudformation:DescribeChangeSet',
                ],
                Resource: [stackArn, previewChangeSetArn],
                Condition: {
                  // The request names the change set, or gives its ARN (the kit describes it by ARN).
                  StringLike: {
                    'cloudformation:ChangeSetName': [
                      `${PREVIEW_CHANGE_SET_PREFIX}*`,
                      `arn:*:cloudformation:*:*:changeSet/${PREVIEW_CHANGE_SET_PREFIX}*/*`,
                    ],
                  },
                  Null: { 'cloudformation:RoleArn': 'true', 'cloudformation:ImportResourceTypes': 'true' },
                },
              },
              {
                // Templates over 51,200 bytes: the preview PUTs previews/<stack>/<sha>.yaml (never templates/,
                // which deploys trust), read by CloudFormation with this role's credentials.
                Sid: 'UploadPreviewTemplates',
                Effect: 'Allow',
                Action: ['s3:GetObject', 's3:PutObject'],
                Resource: [
                  sub(`\${${BootstrapLogicalIds.artifactBucket}.Arn}/previews/${escapeForSub(stackPrefix)}*`),
                ],
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
            ],
          },
        ],
        tags: tags('drift'),
      },
      {
        logicalId: BootstrapLogicalIds.executionRole,
        description: trimDescription(
          `dify-aws-kit CloudFormation execution role: what CloudFormation may do to create, update and delete the ${stackPrefix}* Dify stacks; only the deploy role may pass it`,
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
        managedPolicyArns: managedPolicies.map((policy) => ({ Ref: policy.logicalId })),
        tags: tags('cloudformation-execution'),
      },
    ],
    managedPolicies,
    artifactBucket: {
      // Starts with the account id, so no stack prefix (which starts with a letter) covers it.
      name: sub(`${account}-\${AWS::Region}-dify-artifacts-${shortHash(repository.toLowerCase())}`),
      expirationDays: ARTIFACT_EXPIRATION_DAYS,
      tags: tags('artifacts'),
    },
  };
}

/** The deploy role's subjects: one per GitHub environment, or the whole repository when none is given. */
export function deploySubjectsOf(repository: string, environments: readonly string[]): string[] {
  if (environments.length === 0) return [`repo:${repository}:*`];
  return environments.map((environment) => `repo:${repository}:environment:${environment}`);
}

/** The trust policy's size as IAM counts it, with the longest provider ARN in place of the intrinsic. */
function trustPolicyCharacters(subjects: readonly string[]): number {
  const statement = {
    ...githubTrust(subjects),
    Principal: { Federated: `arn:aws-us-gov:iam::123456789012:oidc-provider/${GITHUB_OIDC_HOST}` },
  };
  return JSON.stringify({ Version: '2012-10-17', Statement: [statement] }).length;
}

function githubTrust(subjects: readonly string[]): PolicyStatement {
  return {
    Sid: 'GitHubActions',
    Effect: 'Allow',
    Principal: {
      Federated: {
        'Fn::If': [
          BootstrapLogicalIds.createOidcProvider,
          { Ref: BootstrapLogicalIds.oidcProvider },
          { Ref: BootstrapLogicalIds.existingOidcProviderArn },
        ],
      },
    },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: {
      StringEquals: { [`${GITHUB_OIDC_HOST}:aud`]: GITHUB_OIDC_AUDIENCE },
      StringLike: { [`${GITHUB_OIDC_HOST}:sub`]: [...subjects] },
    },
  };
}

function resourcesOf(scope: ResourceScope, placeholders: (arn: string) => string): string | Intrinsic[] {
  if (scope.kind === 'any') return '*';
  return scope.arns.map((arn) => sub(placeholders(arn)));
}

function executionStatements(
  areas: readonly PermissionArea[],
  placeholders: (arn: string) => string,
): PolicyStatement[] {
  return areas.flatMap((area): PolicyStatement[] => {
    const statement = (Sid: string, Action: readonly string[], scope: ResourceScope): PolicyStatement => ({
      Sid,
      Effect: 'Allow',
      Action: [...Action],
      Resource: resourcesOf(scope, placeholders),
    });
    // One statement when reads and writes apply to the same resources; two when the reads take only "*".
    if (area.readScope === undefined)
      return [statement(area.sid, [...area.read, ...area.write].sort(), area.scope)];
    return [
      ...(area.read.length > 0 ? [statement(`${area.sid}Read`, area.read, area.readScope)] : []),
      ...(area.write.length > 0 ? [statement(`${area.sid}Write`, area.write, area.scope)] : []),
    ];
  });
}

function readStatements(
  areas: readonly PermissionArea[],
  placeholders: (arn: string) => string,
): PolicyStatement[] {
  return areas
    .filter((area) => area.read.length > 0)
    .map((area) => ({
      Sid: `Read${area.sid}`,
      Effect: 'Allow',
      Action: [...area.read],
      Resource: resourcesOf(area.readScope ?? area.scope, placeholders),
    }));
}

function validateRepository(slug: string): string {
  const hint =
    'Give the repository as OWNER/REPO, exactly as in its GitHub URL (github.com/OWNER/REPO), such as my-org/dify-infra';
  const parts = slug.split('/');
  if (parts.length !== 2) {
    throw new BootstrapOptionsError('--github-repo', `${show(slug)} is not OWNER/REPO`, hint);
  }
  const [owner = '', name = ''] = parts;
  if (!OWNER.test(owner)) {
    throw new BootstrapOptionsError(
      '--github-repo',
      `the owner ${show(owner)} is not a GitHub user or organisation name (1 to 39 letters, digits or single inner hyphens)`,
      hint,
    );
  }
  if (!REPOSITORY.test(name) || name === '.' || name === '..') {
    throw new BootstrapOptionsError(
      '--github-repo',
      `the repository ${show(name)} is not a GitHub repository name (1 to 100 letters, digits, ".", "-" or "_")`,
      hint,
    );
  }
  return `${owner}/${name}`;
}

function validateEnvironments(environments: readonly string[]): string[] {
  const hint =
    'Name the GitHub environments (Settings → Environments) separated by commas, such as dev,prod; letters, digits, ".", "-" and "_" only, so that no name acts as an IAM wildcard (*, ?) or variable (${…})';
  const seen = new Set<string>();
  for (const environment of environments) {
    if (!ENVIRONMENT.test(environment)) {
      throw new BootstrapOptionsError(
        '--environments',
        environment === ''
          ? 'an environment name is empty'
          : `${show(environment)} is not an environment name the deploy role can trust`,
        hint,
      );
    }
    // GitHub environment names are case-insensitive: dev and DEV are the same environment.
    const key = environment.toLowerCase();
    if (seen.has(key)) {
      throw new BootstrapOptionsError('--environments', `${show(environment)} is named twice`, hint);
    }
    seen.add(key);
  }
  return [...environments];
}

function validateStackPrefix(prefix: string): string {
  if (!STACK_PREFIX.test(prefix)) {
    throw new BootstrapOptionsError(
      '--stack-prefix',
      `${show(prefix)} cannot start a CloudFormation stack name`,
      'A stack name starts with a letter and holds letters, digits and hyphens; the default is dify-',
    );
  }
  if (covers(prefix, BOOTSTRAP_ROLE_PATH.slice(1))) {
    throw new BootstrapOptionsError(
      '--stack-prefix',
      `${show(prefix)} would also cover the bootstrap roles (IAM path ${BOOTSTRAP_ROLE_PATH}), which the Dify stacks must never manage`,
      'Choose a prefix that the environments’ stack names share, such as dify-',
    );
  }
  return prefix;
}

/** Whether names starting with `prefix` include `name`, as IAM's case-insensitive role names and S3's lower case see it. */
function covers(prefix: string, name: string): boolean {
  return name.toLowerCase().startsWith(prefix.toLowerCase());
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/** IAM role descriptions hold at most 1000 characters. */
function trimDescription(text: string): string {
  return text.length <= 1000 ? text : `${text.slice(0, 997)}...`;
}

/** A value shown in a message: quoted, bounded in length, control and bidirectional characters escaped. */
function show(value: string): string {
  const bounded = value.length > 80 ? `${value.slice(0, 80)}…` : value;
  return escapeUnsafe(JSON.stringify(bounded));
}
