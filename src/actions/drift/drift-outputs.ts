import { declareOutputs } from '../shared/action-outputs.js';

/** Every output of actions/drift/action.yml. */
export const DRIFT_OUTPUTS = declareOutputs(['drifted', 'drifted-count', 'report']);
