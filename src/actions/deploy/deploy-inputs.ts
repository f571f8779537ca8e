import { DEPLOY_TIMEOUT_MINUTES } from '../../aws/deploy/index.js';
import {
  booleanInput,
  type InputValues,
  integerInput,
  listInput,
  optionalText,
  readInputs,
} from '../shared/action-inputs.js';
import { commonInputs } from '../shared/common-inputs.js';

/** Every input of actions/deploy/action.yml, with its default; the YAML is held to it by a test. */
export const DEPLOY_INPUTS = {
  ...commonInputs(DEPLOY_TIMEOUT_MINUTES),
  roleDurationSeconds: integerInput('role-duration-seconds', { min: 900, max: 43_200 }),
  execute: booleanInput('execute', true),
  allowReplacement: listInput('allow-replacement', {
    check: (id) => (/^[A-Za-z0-9]+$/.test(id) ? undefined : 'give logical ids (letters and digits)'),
  }),
  recreateFailedStack: booleanInput('recreate-failed-stack', false),
  waitForInProgress: booleanInput('wait-for-in-progress', true),
  continueUpdateRollback: booleanInput('continue-update-rollback', false),
  terminationProtection: booleanInput('termination-protection', true),
  artifactBucket: optionalText('artifact-bucket'),
  cloudFormationRoleArn: optionalText('cloudformation-role-arn'),
  exportCredentials: booleanInput('export-credentials', false),
} as const;

export type DeployInputs = InputValues<typeof DEPLOY_INPUTS>;

export function readDeployInputs(): DeployInputs {
  return readInputs(DEPLOY_INPUTS);
}
