import { fargateTaskSize } from './ecs001-fargate-task-size.js';
import { floatingImageTag } from './img001-floating-image-tag.js';
import { closedNetworkEndpointsCheck } from './net001-closed-network-endpoints.js';
import type { PolicyCheck } from './policy-check.js';

/** Every policy check, in id order. Adding a check means adding it here. */
export const allPolicyChecks: readonly PolicyCheck[] = [closedNetworkEndpointsCheck, fargateTaskSize, floatingImageTag];
