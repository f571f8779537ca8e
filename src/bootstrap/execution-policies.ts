import { ENVIRONMENT_TAG_KEY } from '../environment/stack-prefix.js';
import { escapeForSub, type Intrinsic, sub } from '../render/intrinsics.js';
import {
  DIFY_STACK_PERMISSIONS,
  PASS_ROLE_SERVICES,
  type PermissionArea,
  type ResourceScope,
  SERVICE_LINKED_ROLE_SERVICES,
} from './dify-stack-permissions.js';
import { PERMISSIONS_BOUNDARY_PATH, permissionsBoundaryArn } from './identity-names.js';
import { PRINCIPAL_ENVIRONMENT } from './permissions-boundary.js';
import type { PolicyStatement } from './policy-statement.js';

/**
 * Whose resources a set of statements may reach: one environment's, the one
 * the execution role is tagged with (one role per environment, `--environments`),
 * or every environment under the prefix (one role, `--branches`, and the
 * read-only role).
 */
export type Reach = 'tagged-environment' | 'every-environment';

/** `${aws:PrincipalTag/…}` inside an `Fn::Sub`, where `${!…}` is a literal `${…}`. */
const ENVIRONMENT_IN_SUB = `\${!aws:PrincipalTag/${ENVIRONMENT_TAG_KEY}}`;

/** Fills the placeholders of dify-stack-permissions.ts for a stack prefix and a reach. */
export function placeholders(stackPrefix: string, reach: Reach): (arn: string) => string {
  const prefix = escapeForSub(stackPrefix);
  const lowerPrefix = escapeForSub(stackPrefix.toLowerCase());
  const one = reach === 'tagged-environment';
  return (arn) =>
    arn
      .replaceAll('${AccountId}', '${AWS::AccountId}')
      .replaceAll('${Names}', one ? `${prefix}${ENVIRONMENT_IN_SUB}` : prefix)
      .replaceAll('${LowerNames}', one ? `${lowerPrefix}${ENVIRONMENT_IN_SUB}` : lowerPrefix)
      .replaceAll('${Path}', one ? `${prefix}${ENVIRONMENT_IN_SUB}` : `${prefix}*`)
      .replaceAll('${Environment}', one ? ENVIRONMENT_IN_SUB : '*');
}

export function resourcesOf(scope: ResourceScope, fill: (arn: string) => string): string | Intrinsic[] {
  if (scope.kind === 'any') return '*';
  return scope.arns.map((arn) => sub(fill(arn)));
}

/** A write may not touch a resource tagged for another environment, nor tag one for another environment. */
const TAGGED_FOR_THIS_ENVIRONMENT_IF_TAGGED = {
  StringEqualsIfExists: {
    [`aws:ResourceTag/${ENVIRONMENT_TAG_KEY}`]: PRINCIPAL_ENVIRONMENT,
    [`aws:RequestTag/${ENVIRONMENT_TAG_KEY}`]: PRINCIPAL_ENVIRONMENT,
  },
};

/** Bucket ARNs name no account: act on this account's buckets only, never on a same-named one elsewhere. */
export const IN_THIS_ACCOUNT = { StringEquals: { 'aws:ResourceAccount': { Ref: 'AWS::AccountId' } } };

/**
 * The execution role's statements for the areas of the Dify stack: reads
 * wherever IAM requires, writes on the environment's names, or on resources
 * not tagged for another environment (see each area's `environmentScope` for
 * why, and for what cannot be scoped).
 */
export function areaStatements(
  areas: readonly PermissionArea[],
  stackPrefix: string,
  reach: Reach,
): PolicyStatement[] {
  const fill = placeholders(stackPrefix, reach);
  return areas.flatMap((area): PolicyStatement[] => {
    const byTag = reach === 'tagged-environment' && area.environmentScope.by === 'tag';
    const statement = (
      Sid: string,
      Action: readonly string[],
      scope: ResourceScope,
      Condition?: PolicyStatement['Condition'],
    ): PolicyStatement => ({
      Sid,
      Effect: 'Allow',
      Action: [...Action],
      Resource: resourcesOf(scope, fill),
      ...(Condition ? { Condition } : {}),
    });
    if (area.sid === 'S3') return bucketStatements(area, fill);
    // One statement when reads and writes apply alike; apart when the reads take only "*" or are not tag-bound.
    if (area.readScope === undefined && !byTag)
      return [statement(area.sid, [...area.read, ...area.write].sort(), area.scope)];
    const tagging = byTag ? (area.taggingWithoutResourceTag ?? []) : [];
    const writes = area.write.filter((action) => !tagging.includes(action));
    const bound = byTag ? TAGGED_FOR_THIS_ENVIRONMENT_IF_TAGGED : undefined;
    const untouchedTag = { 'ForAllValues:StringNotEquals': { 'aws:TagKeys': [ENVIRONMENT_TAG_KEY] } };
    return [
      ...(area.read.length > 0
        ? [statement(`${area.sid}Read`, area.read, area.readScope ?? area.scope)]
        : []),
      ...(writes.length > 0 ? [statement(`${area.sid}Write`, writes, area.scope, bound)] : []),
      ...(tagging.length > 0 ? [statement(`${area.sid}Tagging`, tagging, area.scope, untouchedTag)] : []),
    ];
  });
}

/**
 * The storage bucket: every call held to this account's buckets, except
 * CreateBucket, which makes the bucket in the caller's account by definition
 * (a name taken in another account makes it fail, it never reaches that bucket).
 */
function bucketStatements(area: PermissionArea, fill: (arn: string) => string): PolicyStatement[] {
  const creates = area.write.filter((action) => action === 's3:CreateBucket');
  const rest = [...area.read, ...area.write.filter((action) => action !== 's3:CreateBucket')].sort();
  return [
    { Sid: 'S3Create', Effect: 'Allow', Action: creates, Resource: resourcesOf(area.scope, fill) },
    {
      Sid: area.sid,
      Effect: 'Allow',
      Action: rest,
      Resource: resourcesOf(area.scope, fill),
      Condition: IN_THIS_ACCOUNT,
    },
  ];
}

/** The read statements of every area, for the read-only role (which reads every environment's stacks). */
export function readStatements(stackPrefix: string): PolicyStatement[] {
  const fill = placeholders(stackPrefix, 'every-environment');
  return DIFY_STACK_PERMISSIONS.filter((area) => area.read.length > 0).map((area) => ({
    Sid: `Read${area.sid}`,
    Effect: 'Allow',
    Action: [...area.read],
    Resource: resourcesOf(area.readScope ?? area.scope, fill),
  }));
}

/**
 * What the execution role may do to the stack's own roles and user, and to
 * nothing else in IAM. Every role and user it creates carries the boundary, on
 * the environment's path, tagged with the environment; nothing it may do
 * removes or replaces the boundary, or changes the boundary policy. What the
 * other paths to more privilege meet:
 * - CreatePolicy, CreatePolicyVersion, AttachRolePolicy, AttachUserPolicy,
 *   AddUserToGroup, CreateInstanceProfile, AddRoleToInstanceProfile,
 *   CreateAccessKey, CreateLoginProfile: never allowed (the stack uses inline
 *   policies only); Attach* is also denied without the boundary.
 * - UpdateAssumeRolePolicy (letting another principal assume a role): only on
 *   roles that carry the boundary, so whoever assumes one gets no more than it.
 * - PassRole: only roles on the environment's path (which carry the boundary),
 *   only to ECS tasks and Lambda; never to EC2 (no instance profile), never
 *   the bootstrap's roles (denied below).
 * - Service-linked roles: only the four services the stack uses; their
 *   policies are AWS's and no principal of the account can assume them.
 * - Lambda and ECS run with a role passed to them, hence a bounded one; a
 *   custom resource may invoke only the environment's functions.
 */
export function identityStatements(stackPrefix: string, reach: Reach): PolicyStatement[] {
  const fill = placeholders(stackPrefix, reach);
  const boundary = permissionsBoundaryArn(stackPrefix);
  const roles = sub(fill('arn:${AWS::Partition}:iam::${AccountId}:role/${Path}/*'));
  const users = sub(fill('arn:${AWS::Partition}:iam::${AccountId}:user/${Path}/*'));
  const withBoundary = { ArnEquals: { 'iam:PermissionsBoundary': boundary } };
  const one = reach === 'tagged-environment';
  const environmentTag = `aws:RequestTag/${ENVIRONMENT_TAG_KEY}`;
  return [
    {
      Sid: 'CreateBoundedIdentities',
      Effect: 'Allow',
      Action: ['iam:CreateRole', 'iam:CreateUser'],
      Resource: [roles, users],
      Condition: {
        ...withBoundary,
        ...(one ? { StringEquals: { [environmentTag]: PRINCIPAL_ENVIRONMENT } } : {}),
      },
    },
    {
      Sid: 'ManageBoundedIdentities',
      Effect: 'Allow',
      Action: [
        'iam:DeleteRole',
        'iam:DeleteRolePolicy',
        'iam:DeleteUserPolicy',
        'iam:PutRolePermissionsBoundary',
        'iam:PutRolePolicy',
        'iam:PutUserPermissionsBoundary',
        'iam:PutUserPolicy',
        'iam:UpdateAssumeRolePolicy',
        'iam:UpdateRole',
        'iam:UpdateRoleDescription',
      ],
      Resource: [roles, users],
      Condition: withBoundary,
    },
    {
      // IAM offers no boundary condition for these: the path keeps them to the stack's own identities.
      Sid: 'TagIdentities',
      Effect: 'Allow',
      Action: ['iam:TagRole', 'iam:TagUser'],
      Resource: [roles, users],
      ...(one ? { Condition: { StringEqualsIfExists: { [environmentTag]: PRINCIPAL_ENVIRONMENT } } } : {}),
    },
    {
      Sid: 'UntagIdentities',
      Effect: 'Allow',
      Action: ['iam:UntagRole', 'iam:UntagUser'],
      Resource: [roles, users],
      Condition: { 'ForAllValues:StringNotEquals': { 'aws:TagKeys': [ENVIRONMENT_TAG_KEY] } },
    },
    { Sid: 'DeleteUsers', Effect: 'Allow', Action: ['iam:DeleteUser'], Resource: [users] },
    {
      Sid: 'PassStackRoles',
      Effect: 'Allow',
      Action: ['iam:PassRole'],
      Resource: [roles],
      Condition: { StringEquals: { 'iam:PassedToService': [...PASS_ROLE_SERVICES] } },
    },
    {
      Sid: 'CreateServiceLinkedRoles',
      Effect: 'Allow',
      Action: ['iam:CreateServiceLinkedRole'],
      Resource: [sub('arn:${AWS::Partition}:iam::${AWS::AccountId}:role/aws-service-role/*')],
      Condition: { StringEquals: { 'iam:AWSServiceName': [...SERVICE_LINKED_ROLE_SERVICES] } },
    },
  ];
}

/**
 * Denies that hold whatever else is attached to the role later: no role or
 * user without the boundary, no boundary removed, the bootstrap's own roles,
 * policies (the boundary among them) and bucket out of reach, no preview
 * change set executed.
 */
export function guardStatements(stackPrefix: string, bootstrapPath: string): PolicyStatement[] {
  return [
    {
      // ArnNotEquals also holds when the request names no boundary at all.
      Sid: 'DenyUnboundedIdentities',
      Effect: 'Deny',
      Action: [
        'iam:AttachRolePolicy',
        'iam:AttachUserPolicy',
        'iam:CreateRole',
        'iam:CreateUser',
        'iam:PutRolePermissionsBoundary',
        'iam:PutRolePolicy',
        'iam:PutUserPermissionsBoundary',
        'iam:PutUserPolicy',
      ],
      Resource: '*',
      Condition: { ArnNotEquals: { 'iam:PermissionsBoundary': permissionsBoundaryArn(stackPrefix) } },
    },
    {
      Sid: 'DenyBoundaryRemoval',
      Effect: 'Deny',
      Action: ['iam:DeleteRolePermissionsBoundary', 'iam:DeleteUserPermissionsBoundary'],
      Resource: '*',
    },
    {
      // Whatever the prefix: the bootstrap's roles and managed policies (the boundary among them) and its bucket.
      Sid: 'DenyBootstrapResources',
      Effect: 'Deny',
      Action: ['iam:*', 's3:*'],
      Resource: [
        sub(`arn:\${AWS::Partition}:iam::\${AWS::AccountId}:role${bootstrapPath}*`),
        sub(`arn:\${AWS::Partition}:iam::\${AWS::AccountId}:policy${bootstrapPath}*`),
        sub(`arn:\${AWS::Partition}:iam::\${AWS::AccountId}:policy${PERMISSIONS_BOUNDARY_PATH}*`),
        { 'Fn::GetAtt': ['ArtifactBucket', 'Arn'] },
        sub('${ArtifactBucket.Arn}/*'),
      ],
    },
    denyPreviewExecution(),
  ];
}

/** The pull-request previews' change sets: created by the read-only role, never executed by anyone. */
export const PREVIEW_CHANGE_SET_PREFIX = 'dify-pr-';
/** How a change set is named in a request: by name, or by ARN. */
export const PREVIEW_CHANGE_SET_NAMES = [
  `${PREVIEW_CHANGE_SET_PREFIX}*`,
  `arn:*:cloudformation:*:*:changeSet/${PREVIEW_CHANGE_SET_PREFIX}*/*`,
];

/** Every role the bootstrap makes carries it. */
export function denyPreviewExecution(): PolicyStatement {
  return {
    Sid: 'DenyPreviewExecution',
    Effect: 'Deny',
    Action: ['cloudformation:ExecuteChangeSet'],
    Resource: '*',
    Condition: { StringLike: { 'cloudformation:ChangeSetName': PREVIEW_CHANGE_SET_NAMES } },
  };
}
