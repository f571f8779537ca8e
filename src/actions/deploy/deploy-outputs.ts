import { declareOutputs } from '../shared/action-outputs.js';

/** Every output of actions/deploy/action.yml. */
export const DEPLOY_OUTPUTS = declareOutputs([
  'stack-id',
  'stack-status',
  'changed',
  'dify-url',
  'outputs',
  'change-set-name',
]);
