import { booleanInput, integerInput, listInput, optionalInput } from '../shared/action-inputs.js';
import { type CommonInputs, readCommonInputs } from '../shared/common-inputs.js';

/** Every input of actions/deploy/action.yml, parsed; the defaults are action.yml's. */
export interface DeployInputs extends CommonInputs {
  readonly roleDurationSeconds: number | undefined;
  readonly execute: boolean;
  readonly allowReplacement: readonly string[];
  readonly recreateFailedStack: boolean;
  readonly waitForInProgress: boolean;
  readonly continueUpdateRollback: boolean;
  readonly terminationProtection: boolean;
  readonly artifactBucket: string | undefined;
  readonly cloudFormationRoleArn: string | undefined;
  readonly exportCredentials: boolean;
}

export const DEPLOY_TIMEOUT_MINUTES = 60;

export function readDeployInputs(): DeployInputs {
  return {
    ...readCommonInputs(DEPLOY_TIMEOUT_MINUTES),
    roleDurationSeconds: integerInput('role-duration-seconds', { min: 900, max: 43_200 }),
    execute: booleanInput('execute', true),
    allowReplacement: listInput('allow-replacement'),
    recreateFailedStack: booleanInput('recreate-failed-stack', false),
    waitForInProgress: booleanInput('wait-for-in-progress', true),
    continueUpdateRollback: booleanInput('continue-update-rollback', false),
    terminationProtection: booleanInput('termination-protection', true),
    artifactBucket: optionalInput('artifact-bucket'),
    cloudFormationRoleArn: optionalInput('cloudformation-role-arn'),
    exportCredentials: booleanInput('export-credentials', false),
  };
}
