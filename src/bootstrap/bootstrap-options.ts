import { stringFormats } from '../environment/formats.js';
import { DEFAULT_STACK_PREFIX, STACK_PREFIX_PATTERN } from '../environment/stack-prefix.js';
import { escapeUnsafe } from '../environment/unsafe-characters.js';

/** What `dify-aws-kit bootstrap` is asked for. */
export interface BootstrapOptions {
  /** `OWNER/REPO` (or its URL): the only repository whose workflows may assume the roles. */
  readonly githubRepo: string;
  /** GitHub environments, one deploy role and one execution role each, trusted only by that environment. */
  readonly environments?: readonly string[];
  /** Branches whose workflows may assume the one deploy role, when no environment is given. */
  readonly branches?: readonly string[];
  /** The kit's stack names start with it; the roles may touch no other stack. Default `dify-`. */
  readonly stackPrefix?: string;
  /** The bootstrap stack's own name when the caller chooses it (`--stack-name`): the prefix must not cover it. */
  readonly stackName?: string;
}

export type BootstrapOption =
  | '--github-repo'
  | '--environments'
  | '--branches'
  | '--stack-prefix'
  | '--stack-name';

/** An option the bootstrap template cannot be rendered from: names the option, the value and how to fix it. */
export class BootstrapOptionsError extends Error {
  readonly option: BootstrapOption;
  readonly hint: string;

  constructor(option: BootstrapOption, message: string, hint: string) {
    super(`${option}: ${message}. ${hint}`);
    this.name = 'BootstrapOptionsError';
    this.option = option;
    this.hint = hint;
  }
}

/** Who may deploy: one role per GitHub environment, or one role for the named branches. */
export type DeployTrust =
  | { readonly kind: 'environments'; readonly environments: readonly string[] }
  | { readonly kind: 'branches'; readonly branches: readonly string[] };

export interface ValidatedOptions {
  readonly repository: string;
  readonly trust: DeployTrust;
  readonly stackPrefix: string;
  readonly stackName: string;
}

/** Stack names for the bootstrap stack; the first that the prefix does not cover is suggested. */
const BOOTSTRAP_STACK_NAMES = ['dify-aws-kit-bootstrap', 'bootstrap-dify-aws-kit'] as const;

// GitHub: owner (user or organisation) 1-39 alphanumerics or single inner hyphens; repository 1-100 of [A-Za-z0-9._-].
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const REPOSITORY = /^[A-Za-z0-9._-]{1,100}$/;
/** The forms of a repository people paste: its web or clone URL, with or without `.git`. */
const REPOSITORY_URL =
  /^(?:(?:https?:\/\/|ssh:\/\/git@|git@)?(?:www\.)?github\.com[:/])([^/]*\/[^/]*?)(?:\.git)?\/?$/i;
/** A branch as it appears in the OIDC subject (`ref:refs/heads/<branch>`); `*`, `?` and `${` would be IAM wildcards or variables. */
const BRANCH = /^[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/;
const CLONE_SUFFIX = /\.git$/i;
/** The pull-request previews' change sets start with `dify-pr-`; a deploy's are `dify-<environment>-…`. */
const PREVIEW_ENVIRONMENT = /^pr(?:-|$)/;

/** Checks and normalises the options; throws BootstrapOptionsError naming the first one it cannot use. */
export function validateBootstrapOptions(options: BootstrapOptions): ValidatedOptions {
  const repository = normaliseRepository(options.githubRepo);
  const trust = validateTrust(options.environments ?? [], options.branches ?? []);
  const stackPrefix = validateStackPrefix(options.stackPrefix ?? DEFAULT_STACK_PREFIX);
  const stackName = validateStackName(stackPrefix, options.stackName);
  return { repository, trust, stackPrefix, stackName };
}

/**
 * `OWNER/REPO`, from that form or a github.com URL, without a trailing `.git`
 * or slash. The case is kept: the trust policies compare the repository
 * without regard to case wherever IAM can (see github-trust.ts).
 */
export function normaliseRepository(given: string): string {
  const hint =
    'Give the repository as OWNER/REPO, as in its GitHub URL (github.com/OWNER/REPO), such as my-org/dify-infra';
  const trimmed = given.trim();
  const slug = (REPOSITORY_URL.exec(trimmed)?.[1] ?? trimmed).replace(CLONE_SUFFIX, '');
  const parts = slug.split('/');
  if (parts.length !== 2) {
    throw new BootstrapOptionsError('--github-repo', `${show(given)} is not OWNER/REPO`, hint);
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

function validateTrust(environments: readonly string[], branches: readonly string[]): DeployTrust {
  if (environments.length > 0 && branches.length > 0) {
    throw new BootstrapOptionsError(
      '--branches',
      'give --environments or --branches, not both',
      'With --environments each GitHub environment gets its own deploy role (its protection rules choose the branches); --branches gives one deploy role to workflows of the named branches',
    );
  }
  if (environments.length > 0)
    return { kind: 'environments', environments: validateEnvironments(environments) };
  if (branches.length > 0) return { kind: 'branches', branches: validateBranches(branches) };
  throw new BootstrapOptionsError(
    '--environments',
    'say who may deploy: no deploy role is rendered that every branch and pull request of the repository could assume',
    'Give --environments dev,prod (one deploy role per GitHub environment, recommended: protect prod with required reviewers), or --branches main',
  );
}

function validateEnvironments(environments: readonly string[]): string[] {
  const hint =
    'Name the GitHub environments (Settings → Environments) as the environment files name them (their "name"), separated by commas, such as dev,prod: 2 to 20 lowercase letters, digits and hyphens, starting with a letter';
  const seen: string[] = [];
  for (const environment of environments) {
    if (!stringFormats['environment-name']?.validate(environment)) {
      throw new BootstrapOptionsError(
        '--environments',
        environment === ''
          ? 'an environment name is empty'
          : `${show(environment)} is not an environment name (the "name" of an environment file)`,
        hint,
      );
    }
    if (PREVIEW_ENVIRONMENT.test(environment)) {
      throw new BootstrapOptionsError(
        '--environments',
        `${show(environment)} would name its deploy change sets dify-pr-…, which are pull-request previews that no role may execute`,
        'Choose a name that is not pr and does not start with pr-',
      );
    }
    if (seen.includes(environment)) {
      throw new BootstrapOptionsError('--environments', `${show(environment)} is named twice`, hint);
    }
    // IAM matches names by prefix: dev's scope, <prefix>dev*, would take in devops's resources.
    const overlapping = seen.find((other) => other.startsWith(environment) || environment.startsWith(other));
    if (overlapping !== undefined) {
      const [shorter, longer] =
        overlapping.length < environment.length ? [overlapping, environment] : [environment, overlapping];
      throw new BootstrapOptionsError(
        '--environments',
        `${show(longer)} starts with ${show(shorter)}: the names of ${shorter}'s resources (<prefix>${shorter}…) would take in ${longer}'s, since IAM matches names by prefix`,
        'Name the environments so that none starts with another (prod-jp and prod-us rather than prod and prod-jp), or bootstrap them in separate accounts',
      );
    }
    seen.push(environment);
  }
  return seen;
}

function validateBranches(branches: readonly string[]): string[] {
  const hint =
    'Name the branches whose workflows may deploy, separated by commas, such as main: letters, digits, ".", "-", "_" and "/" between parts, no wildcard';
  const seen: string[] = [];
  for (const branch of branches) {
    if (
      !BRANCH.test(branch) ||
      branch.length > 255 ||
      branch.split('/').some((part) => /^\.|\.\.|\.lock$/.test(part))
    ) {
      throw new BootstrapOptionsError(
        '--branches',
        branch === ''
          ? 'a branch name is empty'
          : `${show(branch)} is not a branch the deploy role can trust`,
        hint,
      );
    }
    if (seen.includes(branch))
      throw new BootstrapOptionsError('--branches', `${show(branch)} is named twice`, hint);
    seen.push(branch);
  }
  return seen;
}

/** IAM's path of the bootstrap roles, which no prefix may cover (bootstrap-model.ts). */
const BOOTSTRAP_ROLE_PATH_NAME = 'github-actions';

function validateStackPrefix(prefix: string): string {
  if (!STACK_PREFIX_PATTERN.test(prefix)) {
    throw new BootstrapOptionsError(
      '--stack-prefix',
      prefix.length < 3 && /^[A-Za-z][A-Za-z0-9-]*$/.test(prefix)
        ? `${show(prefix)} is shorter than 3 characters, and would widen every scope granted on it to most names of the account`
        : `${show(prefix)} cannot start a CloudFormation stack name`,
      'A stack prefix has 3 to 64 letters, digits and hyphens and starts with a letter; the default is dify-',
    );
  }
  if (covers(prefix, BOOTSTRAP_ROLE_PATH_NAME)) {
    throw new BootstrapOptionsError(
      '--stack-prefix',
      `${show(prefix)} would also cover the bootstrap roles (IAM path /${BOOTSTRAP_ROLE_PATH_NAME}/), which the Dify stacks must never manage`,
      'Choose a prefix that the environments’ stack names share, such as dify-',
    );
  }
  return prefix;
}

function validateStackName(prefix: string, stackName: string | undefined): string {
  if (stackName === undefined) {
    return BOOTSTRAP_STACK_NAMES.find((name) => !covers(prefix, name)) ?? BOOTSTRAP_STACK_NAMES[1];
  }
  if (covers(prefix, stackName)) {
    throw new BootstrapOptionsError(
      '--stack-name',
      `the bootstrap stack ${show(stackName)} starts with the stack prefix ${show(prefix)}, so the deploy roles could change the stack that defines them`,
      `Name it so that it does not start with ${prefix}, such as ${BOOTSTRAP_STACK_NAMES.find((name) => !covers(prefix, name)) ?? BOOTSTRAP_STACK_NAMES[1]}`,
    );
  }
  return stackName;
}

/** Whether names starting with `prefix` include `name`, as IAM's case-insensitive role names and S3's lower case see it. */
export function covers(prefix: string, name: string): boolean {
  return name.toLowerCase().startsWith(prefix.toLowerCase());
}

/** A value shown in a message: quoted, bounded in length, control and bidirectional characters escaped. */
function show(value: string): string {
  const bounded = value.length > 80 ? `${value.slice(0, 80)}…` : value;
  return escapeUnsafe(JSON.stringify(bounded));
}
