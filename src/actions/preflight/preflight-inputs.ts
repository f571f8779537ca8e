import { isAbsolute } from 'node:path';
import { DEFAULT_AUDIENCE } from '../../aws/credentials/index.js';
import { booleanInput, InputError, integerInput, listInput, optionalInput } from '../shared/action-inputs.js';

/** Every input of actions/preflight/action.yml, parsed; the defaults are action.yml's. */
export interface PreflightInputs {
  /** Glob patterns of the environment files, relative to the workspace. */
  readonly environmentFiles: readonly string[];
  /** Check every matching file, not only those the pull request changes. */
  readonly all: boolean;
  readonly failOnWarnings: boolean;
  /** The read-only role (DriftRoleArn of the bootstrap stack): with it, change sets preview the changes. */
  readonly roleArn: string | undefined;
  readonly awsRegion: string | undefined;
  readonly audience: string;
  readonly artifactBucket: string | undefined;
  readonly githubToken: string | undefined;
  /** Post (or update) the sticky comment on the pull request. */
  readonly comment: boolean;
  readonly timeoutMinutes: number;
  /** workflow_run mode: post the comments of a fork's report from this directory, check nothing. */
  readonly postCommentsFrom: string | undefined;
}

export const DEFAULT_ENVIRONMENT_FILES = 'environments/*.json';
export const PREFLIGHT_TIMEOUT_MINUTES = 10;

export function readPreflightInputs(): PreflightInputs {
  const patterns = listInput('environment-files');
  for (const pattern of patterns) {
    if (isAbsolute(pattern) || pattern.split(/[\\/]/).includes('..'))
      throw new InputError(
        `input environment-files has ${JSON.stringify(pattern)}: give patterns relative to the workspace, inside it (such as environments/*.json)`,
      );
  }
  return {
    environmentFiles: patterns.length === 0 ? [DEFAULT_ENVIRONMENT_FILES] : patterns,
    all: booleanInput('all', false),
    failOnWarnings: booleanInput('fail-on-warnings', false),
    roleArn: optionalInput('role-arn'),
    awsRegion: optionalInput('aws-region'),
    audience: optionalInput('audience') ?? DEFAULT_AUDIENCE,
    artifactBucket: optionalInput('artifact-bucket'),
    githubToken: optionalInput('github-token'),
    comment: booleanInput('comment', true),
    timeoutMinutes: integerInput('timeout-minutes', { min: 1, max: 120 }) ?? PREFLIGHT_TIMEOUT_MINUTES,
    postCommentsFrom: optionalInput('post-comments-from'),
  };
}
