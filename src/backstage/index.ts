/**
 * dify-aws-kit/backstage: the scaffolder backend module (the default export) and its actions.
 *
 *   backend.add(import('dify-aws-kit/backstage'));
 */
export {
  createDifyEnvironmentCreateAction,
  ENVIRONMENT_CREATE_ACTION_ID,
} from './actions/environment-create.js';
export {
  createDifyEnvironmentPreflightAction,
  ENVIRONMENT_PREFLIGHT_ACTION_ID,
} from './actions/environment-preflight.js';
export { difyAwsKitScaffolderModule as default } from './module.js';
