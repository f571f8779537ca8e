/** The parts of an IAM role ARN that error messages and hints name. */
export interface RoleArnParts {
  /** aws, aws-cn, aws-us-gov. */
  readonly partition: string;
  readonly accountId: string;
  /** The name after the last "/", without the path. */
  readonly roleName: string;
}

const ROLE_ARN = /^arn:(aws[a-z-]*):iam::(\d{12}):role\/(?:[\w+=,.@/-]*\/)?([\w+=,.@-]{1,64})$/;

/** Undefined when the text is not a full role ARN (a bare role name, a user ARN, a typo). */
export function parseRoleArn(arn: string): RoleArnParts | undefined {
  const match = ROLE_ARN.exec(arn);
  if (!match) return undefined;
  const [, partition = '', accountId = '', roleName = ''] = match;
  return { partition, accountId, roleName };
}
