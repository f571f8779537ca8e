import { DRIFT_TIMEOUT_MINUTES } from '../../aws/drift/index.js';
import { booleanInput, type InputValues, optionalText, readInputs } from '../shared/action-inputs.js';
import { commonInputs } from '../shared/common-inputs.js';

/** Every input of actions/drift/action.yml, with its default; the YAML is held to it by a test. */
export const DRIFT_INPUTS = {
  ...commonInputs(DRIFT_TIMEOUT_MINUTES),
  /** Empty outside GitHub; action.yml defaults it to the job's token. */
  githubToken: optionalText('github-token', '${{ github.token }}'),
  openIssue: booleanInput('open-issue', true),
} as const;

export type DriftInputs = InputValues<typeof DRIFT_INPUTS>;

export function readDriftInputs(): DriftInputs {
  return readInputs(DRIFT_INPUTS);
}
