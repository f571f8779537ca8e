import { escapeForSub, type Intrinsic, sub } from '../render/intrinsics.js';

/**
 * The names the bootstrap template and the Dify stack template must agree on:
 * the permissions boundary every role and user of a Dify stack carries, and
 * the IAM path they live on. Both derive from the stack prefix (and the
 * environment's name) alone, so the stack knows the boundary's ARN without a
 * parameter.
 */

/** The IAM path of the permissions boundary: no stack prefix can cover it. */
export const PERMISSIONS_BOUNDARY_PATH = '/dify-aws-kit/';

/** `<prefix>permissions-boundary`: one per stack prefix, so two bootstraps with different prefixes can share an account. */
export function permissionsBoundaryName(stackPrefix: string): string {
  return `${stackPrefix}permissions-boundary`;
}

/** The boundary's ARN in the account and partition the template is deployed to. */
export function permissionsBoundaryArn(stackPrefix: string): Intrinsic {
  return sub(
    `arn:\${AWS::Partition}:iam::\${AWS::AccountId}:policy${PERMISSIONS_BOUNDARY_PATH}${escapeForSub(permissionsBoundaryName(stackPrefix))}`,
  );
}

/**
 * `/<prefix><environment>/`: the IAM path of an environment's roles and users.
 * The execution role may manage roles on its environment's path only, and a
 * path ends with a slash, so `/dify-dev/` never covers `/dify-devops/`; and the
 * execution role creates roles there only with the boundary, so a role named
 * like the stack's elsewhere (an administrator's `dify-dev-admin`) is out of its reach.
 */
export function identityPath(stackPrefix: string, environmentName: string): string {
  return `/${stackPrefix}${environmentName}/`;
}
