/**
 * The names that tie an environment to the bootstrap's roles: every role the
 * bootstrap grants may act only on stacks and resources whose names start with
 * `<stack prefix><environment name>`, and on resources tagged with the
 * environment. An environment file and the bootstrap must agree on the prefix.
 */

/** The prefix the bootstrap's `--stack-prefix` and an environment's `stackPrefix` default to. */
export const DEFAULT_STACK_PREFIX = 'dify-';

/**
 * A stack prefix: it starts a CloudFormation stack name (a letter, then
 * letters, digits and hyphens), and has at least 3 characters, since a shorter
 * one (`d`) would widen every scope granted on it to most names of the account.
 */
export const STACK_PREFIX_PATTERN = /^[A-Za-z][A-Za-z0-9-]{2,63}$/;

/** The tag every resource of a Dify stack carries; IAM conditions of the bootstrap's roles rely on it. */
export const ENVIRONMENT_TAG_KEY = 'dify-aws-kit:environment';

/** `<prefix><name>`: the stack name an environment gets unless it names one. */
export function defaultStackName(stackPrefix: string, environmentName: string): string {
  return `${stackPrefix}${environmentName}`;
}

/**
 * Whether a stack name belongs to the environment: exactly `<prefix><name>`,
 * or that followed by a hyphen and more (`dify-prod-blue`). `dify-prodx` does
 * not, since it would be `prodx`'s.
 */
export function stackNameBelongsTo(stackName: string, stackPrefix: string, environmentName: string): boolean {
  const base = defaultStackName(stackPrefix, environmentName);
  return stackName === base || stackName.startsWith(`${base}-`);
}
