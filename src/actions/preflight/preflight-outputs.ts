import { declareOutputs } from '../shared/action-outputs.js';

/** Every output of actions/preflight/action.yml. */
export const PREFLIGHT_OUTPUTS = declareOutputs([
  'valid',
  'errors',
  'warnings',
  'report',
  'cost-monthly-usd',
  'cost-delta-usd',
  'replacements',
  'from-fork',
]);
