import type { TemplateRule } from '../template-rule.js';
import { templateLimits } from './lim001-template-limits.js';
import { references } from './ref001-references.js';
import { unusedDefinitions } from './ref002-unused-definitions.js';
import { openIngress } from './sec001-open-ingress.js';
import { storageEncrypted } from './sec002-storage-encrypted.js';
import { noWildcardActions } from './sec003-no-wildcard-actions.js';
import { noPublicTaskIp } from './sec004-no-public-task-ip.js';
import { bucketNotPublic } from './sec005-bucket-not-public.js';
import { httpsWhenDomain } from './sec006-https-when-domain.js';
import { statefulProtection } from './sec007-stateful-protection.js';
import { noPlaintextSecrets } from './sec008-no-plaintext-secrets.js';
import { permissionsBoundary } from './sec009-permissions-boundary.js';

/** Every kit rule over a rendered template, in id order. Adding a rule means adding it here. */
export const templateRules: readonly TemplateRule[] = [
  templateLimits,
  references,
  unusedDefinitions,
  openIngress,
  storageEncrypted,
  noWildcardActions,
  noPublicTaskIp,
  bucketNotPublic,
  httpsWhenDomain,
  statefulProtection,
  noPlaintextSecrets,
  permissionsBoundary,
];
