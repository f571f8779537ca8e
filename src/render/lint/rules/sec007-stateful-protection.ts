import type { CloudFormationResource } from '../../cloudformation-template.js';
import type { TemplateFinding, TemplateRule } from '../template-rule.js';
import { describeValue, lookup } from './template-walk.js';

/** The resource types that hold Dify's data: deleting or replacing one loses it. */
export const STATEFUL_RESOURCE_TYPES = [
  'AWS::RDS::DBCluster',
  'AWS::ElastiCache::ReplicationGroup',
  'AWS::S3::Bucket',
  'AWS::SecretsManager::Secret',
] as const;

export type StatefulResourceType = (typeof STATEFUL_RESOURCE_TYPES)[number];

export function isStatefulResourceType(type: string): type is StatefulResourceType {
  return (STATEFUL_RESOURCE_TYPES as readonly string[]).includes(type);
}

type Policy = NonNullable<CloudFormationResource['DeletionPolicy']>;

/** The DeletionPolicy and UpdateReplacePolicy values each stateful type accepts, and what would be lost. */
const PROTECTION: Readonly<
  Record<StatefulResourceType, { readonly policies: readonly Policy[]; readonly holds: string }>
> = {
  'AWS::RDS::DBCluster': { policies: ['Snapshot'], holds: "Dify's database" },
  'AWS::ElastiCache::ReplicationGroup': {
    policies: ['Snapshot', 'Retain'],
    holds: 'the cache and its queued Celery tasks',
  },
  'AWS::S3::Bucket': { policies: ['Retain'], holds: "Dify's uploaded files" },
  'AWS::SecretsManager::Secret': { policies: ['Retain'], holds: "a secret Dify's data depends on" },
};

export const statefulProtection: TemplateRule = {
  id: 'SEC007',
  title: 'Stateful resources survive deletion and replacement',
  check({ template, environment }) {
    const findings: TemplateFinding[] = [];
    for (const [logicalId, resource] of Object.entries(template.Resources)) {
      if (!isStatefulResourceType(resource.Type)) continue;
      const { policies, holds } = PROTECTION[resource.Type];
      const wanted = policies.join(' or ');
      for (const [attribute, when] of [
        ['DeletionPolicy', 'deleting the stack or dropping the resource from the template'],
        ['UpdateReplacePolicy', 'a change that replaces the resource'],
      ] as const) {
        const value: unknown = resource[attribute];
        if (typeof value === 'string' && (policies as readonly string[]).includes(value)) continue;
        findings.push({
          ruleId: 'SEC007',
          severity: 'error',
          logicalId,
          path: attribute,
          message: `the ${attribute} is ${describeValue(value)}: ${when} would destroy ${holds}; it must be ${wanted}`,
        });
      }

      if (resource.Type === 'AWS::RDS::DBCluster') {
        // Without an environment to say otherwise, a database is protected.
        const wantedProtection = environment?.database.deletionProtection ?? true;
        for (const { value, path } of lookup(resource.Properties, 'Properties', ['DeletionProtection'])) {
          if (readBoolean(value) === wantedProtection) continue;
          findings.push({
            ruleId: 'SEC007',
            severity: 'error',
            logicalId,
            path,
            message: wantedProtection
              ? `the database cluster's DeletionProtection is ${describeValue(value)}, but the environment's database.deletionProtection is true: the cluster could be deleted with Dify's data`
              : `the database cluster's DeletionProtection is ${describeValue(value)}, but the environment's database.deletionProtection is false: the template must follow the environment, or retiring it would stop at a cluster it said was unprotected`,
          });
        }
      }
    }
    return findings;
  },
};

/** A boolean property as CloudFormation reads it: absent is false; an intrinsic is unknown. */
function readBoolean(value: unknown): boolean | undefined {
  if (value === undefined || value === false || value === 'false') return false;
  if (value === true || value === 'true') return true;
  return undefined;
}
