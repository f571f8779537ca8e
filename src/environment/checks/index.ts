import { modelOffered } from './bdr001-model-offered.js';
import { modelLifecycle } from './bdr002-model-lifecycle.js';
import { dataResidency } from './bdr003-data-residency.js';
import { crossRegionInference } from './bdr004-cross-region-inference.js';
import { closedNetworkBedrockRegion } from './bdr005-closed-network-bedrock-region.js';
import { capacityRange } from './db001-capacity-range.js';
import { certificateValidationZone } from './dom001-certificate-validation-zone.js';
import { certificateLocation } from './dom002-certificate-location.js';
import { certificateNameLength } from './dom003-certificate-name-length.js';
import { fargateTaskSize } from './ecs001-fargate-task-size.js';
import { apiTaskFits } from './ecs002-api-task-fits.js';
import { pluginDaemonMemory } from './ecs003-plugin-daemon-memory.js';
import { fromAddressDomain } from './eml001-from-address-domain.js';
import { managedVariable } from './env001-managed-variable.js';
import { literalSecret } from './env002-literal-secret.js';
import { floatingImageTag } from './img001-floating-image-tag.js';
import { compatibleVersions } from './img002-compatible-versions.js';
import { unpinnedVersion } from './img003-unpinned-version.js';
import { closedNetworkEndpointsCheck } from './net001-closed-network-endpoints.js';
import { closedNetworkImages } from './net002-closed-network-images.js';
import { closedNetworkPlugins } from './net003-closed-network-plugins.js';
import { subnetAvailabilityZones } from './net004-subnet-availability-zones.js';
import { subnetRanges } from './net005-subnet-ranges.js';
import { openLoadBalancer } from './net006-open-load-balancer.js';
import { plainHttp } from './net007-plain-http.js';
import { gatewayEndpointRouteTables } from './net008-gateway-endpoint-route-tables.js';
import type { PolicyCheck } from './policy-check.js';
import { knownRegion } from './reg001-known-region.js';
import { anySyscalls } from './sbx001-any-syscalls.js';
import { secretInSandbox } from './sbx002-secret-in-sandbox.js';
import { stackNamePrefix } from './stk001-stack-name-prefix.js';
import { previewChangeSetNames } from './stk002-preview-change-set-names.js';
import { v1Migration } from './upg001-v1-migration.js';

/** Every policy check, in id order. Adding a check means adding it here. */
export const allPolicyChecks: readonly PolicyCheck[] = [
  modelOffered,
  modelLifecycle,
  dataResidency,
  crossRegionInference,
  closedNetworkBedrockRegion,
  capacityRange,
  certificateValidationZone,
  certificateLocation,
  certificateNameLength,
  fargateTaskSize,
  apiTaskFits,
  pluginDaemonMemory,
  fromAddressDomain,
  managedVariable,
  literalSecret,
  floatingImageTag,
  compatibleVersions,
  unpinnedVersion,
  closedNetworkEndpointsCheck,
  closedNetworkImages,
  closedNetworkPlugins,
  subnetAvailabilityZones,
  subnetRanges,
  openLoadBalancer,
  plainHttp,
  gatewayEndpointRouteTables,
  knownRegion,
  anySyscalls,
  secretInSandbox,
  stackNamePrefix,
  previewChangeSetNames,
  v1Migration,
];
