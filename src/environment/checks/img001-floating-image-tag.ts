import { isFloatingTag } from '../dify-versions.js';
import type { Finding, PolicyCheck } from './policy-check.js';

const PINNED = [
  { field: 'version', label: 'Dify' },
  { field: 'pluginDaemonVersion', label: 'plugin daemon' },
  { field: 'sandboxVersion', label: 'sandbox' },
] as const;

export const floatingImageTag: PolicyCheck = {
  id: 'IMG001',
  title: 'Images are pinned to a release, never a floating tag such as latest',
  severity: 'error',
  check({ environment }) {
    const findings: Finding[] = [];
    for (const { field, label } of PINNED) {
      const tag = environment.dify[field];
      if (tag === undefined || !isFloatingTag(tag)) continue;
      findings.push({
        pointer: `/dify/${field}`,
        message: `the ${label} image tag ${JSON.stringify(tag)} moves with every release`,
        hint:
          field === 'version'
            ? 'Pin an exact release such as "1.13.3"; a floating tag changes what runs without a change here.'
            : `Remove ${field} to use the version released with Dify ${environment.dify.version}, or pin an exact tag.`,
      });
    }
    return findings;
  },
};
