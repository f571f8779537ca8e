import { isAbsolute } from 'node:path';
import { DEFAULT_AUDIENCE } from '../../aws/credentials/index.js';
import {
  booleanInput,
  type InputValues,
  integerInput,
  listInput,
  optionalText,
  readInputs,
  regionInput,
  textWithDefault,
} from '../shared/action-inputs.js';

/** Every input of actions/preflight/action.yml, with its default; the YAML is held to it by a test. */
export const PREFLIGHT_INPUTS = {
  /** Glob patterns of the environment files, relative to the workspace. */
  environmentFiles: listInput('environment-files', {
    default: 'environments/*.json',
    check: (pattern) =>
      isAbsolute(pattern) || pattern.split(/[\\/]/).includes('..')
        ? 'give patterns relative to the workspace, inside it (such as environments/*.json)'
        : undefined,
  }),
  /** Check every matching file, not only those the pull request changes. */
  all: booleanInput('all', false),
  failOnWarnings: booleanInput('fail-on-warnings', false),
  /** The read-only role (DriftRoleArn of the bootstrap stack): with it, change sets preview the changes. */
  roleArn: optionalText('role-arn'),
  awsRegion: regionInput('aws-region'),
  audience: textWithDefault('audience', DEFAULT_AUDIENCE),
  artifactBucket: optionalText('artifact-bucket'),
  githubToken: optionalText('github-token', '${{ github.token }}'),
  /** Post (or update) the sticky comment on the pull request. */
  comment: booleanInput('comment', true),
  timeoutMinutes: integerInput('timeout-minutes', { min: 1, max: 120, default: 10 }),
  /** workflow_run mode: post the comments of a fork's report from this directory, check nothing. */
  postCommentsFrom: optionalText('post-comments-from'),
} as const;

export type PreflightInputs = InputValues<typeof PREFLIGHT_INPUTS>;

export function readPreflightInputs(): PreflightInputs {
  return readInputs(PREFLIGHT_INPUTS);
}
