/**
 * Compile-time only (npm run typecheck): the hand-written types of dify-aws-kit/backstage
 * (types/backstage.d.ts) must describe what src/backstage/index.ts really exports.
 */

import type * as actual from '../../src/backstage/index.js';
import type * as declared from '../../types/backstage.js';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

export type DefaultExport = Assert<Same<typeof declared.default, typeof actual.default>>;
export type CreateAction = Assert<
  Same<
    ReturnType<typeof declared.createDifyEnvironmentCreateAction>,
    ReturnType<typeof actual.createDifyEnvironmentCreateAction>
  >
>;
export type PreflightAction = Assert<
  Same<
    ReturnType<typeof declared.createDifyEnvironmentPreflightAction>,
    ReturnType<typeof actual.createDifyEnvironmentPreflightAction>
  >
>;
export type CreateId = Assert<Same<typeof declared.ENVIRONMENT_CREATE_ACTION_ID, 'dify:environment:create'>>;
