/**
 * Types of `dify-aws-kit/backstage` (dist/backstage/index.js). Written by hand because the bundle
 * is built by ncc, which emits no declarations; test/backstage/package-types.ts makes
 * `npm run typecheck` fail when the module's real exports stop matching them.
 */
import type { BackendFeature } from '@backstage/backend-plugin-api';
import type { TemplateAction } from '@backstage/plugin-scaffolder-node';
import type { JsonObject } from '@backstage/types';

/** The scaffolder module: `backend.add(import('dify-aws-kit/backstage'))`. */
declare const difyAwsKitScaffolderModule: BackendFeature;
export default difyAwsKitScaffolderModule;

export declare const ENVIRONMENT_CREATE_ACTION_ID: 'dify:environment:create';
export declare const ENVIRONMENT_PREFLIGHT_ACTION_ID: 'dify:environment:preflight';

/** `dify:environment:create`: the form's values → a checked environments/<name>.json in the workspace. */
export declare function createDifyEnvironmentCreateAction(): TemplateAction<
  { environment: Record<string, unknown> },
  {
    name: string;
    filePath: string;
    environment: Record<string, unknown>;
    kitRef: string;
    warnings: string[];
  },
  'v2'
>;

/** `dify:environment:preflight`: renders and lints the stack, outputs its resources and monthly cost. */
export declare function createDifyEnvironmentPreflightAction(): TemplateAction<
  { filePath: string },
  {
    stackName: string;
    region: string;
    resourceCount: number;
    resourcesByType: Record<string, number>;
    resourceSummary: string;
    monthlyCostUsd?: number | undefined;
    lintWarnings: string[];
    summary: string;
  },
  'v2'
>;

export type { JsonObject };
