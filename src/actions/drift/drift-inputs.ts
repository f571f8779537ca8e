import { booleanInput, optionalInput } from '../shared/action-inputs.js';
import { type CommonInputs, readCommonInputs } from '../shared/common-inputs.js';

/** Every input of actions/drift/action.yml, parsed; the defaults are action.yml's. */
export interface DriftInputs extends CommonInputs {
  /** Empty outside GitHub; action.yml defaults it to the job's token. */
  readonly githubToken: string | undefined;
  readonly openIssue: boolean;
}

export const DRIFT_TIMEOUT_MINUTES = 15;

export function readDriftInputs(): DriftInputs {
  return {
    ...readCommonInputs(DRIFT_TIMEOUT_MINUTES),
    githubToken: optionalInput('github-token'),
    openIssue: booleanInput('open-issue', true),
  };
}
