import { createBackendModule } from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createDifyEnvironmentCreateAction } from './actions/environment-create.js';
import { createDifyEnvironmentPreflightAction } from './actions/environment-preflight.js';

/**
 * The scaffolder module of dify-aws-kit: adds `dify:environment:create` and
 * `dify:environment:preflight` to the scaffolder's actions.
 */
export const difyAwsKitScaffolderModule = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'dify-aws-kit',
  register(reg) {
    reg.registerInit({
      deps: { scaffolder: scaffolderActionsExtensionPoint },
      async init({ scaffolder }) {
        scaffolder.addActions(createDifyEnvironmentCreateAction(), createDifyEnvironmentPreflightAction());
      },
    });
  },
});
