import type { TemplateFinding, TemplateRule } from '../template-rule.js';
import { describeValue, listItems, lookup } from './template-walk.js';

/** Properties that must be true, by resource type, and what an unencrypted resource exposes. */
const MUST_BE_TRUE: Readonly<Record<string, readonly (readonly [property: string, message: string])[]>> = {
  'AWS::RDS::DBCluster': [
    [
      'StorageEncrypted',
      "the database cluster is not encrypted at rest: Dify's data, accounts and API keys would sit unencrypted on disk and in snapshots, and encrypting later means replacing the cluster",
    ],
  ],
  'AWS::ElastiCache::ReplicationGroup': [
    [
      'AtRestEncryptionEnabled',
      'the cache is not encrypted at rest: Celery task payloads and cached sessions would sit unencrypted on disk and in backups, and encrypting later means replacing the cache',
    ],
    [
      'TransitEncryptionEnabled',
      'the cache is not encrypted in transit: its auth token and the Celery broker traffic would cross the VPC in plain text, and encrypting later means replacing the cache',
    ],
  ],
};

export const storageEncrypted: TemplateRule = {
  id: 'SEC002',
  title: 'Stateful storage is encrypted at rest (and the cache in transit)',
  check({ template }) {
    const findings: TemplateFinding[] = [];
    for (const [logicalId, resource] of Object.entries(template.Resources)) {
      for (const [property, why] of MUST_BE_TRUE[resource.Type] ?? []) {
        for (const { value, path } of lookup(resource.Properties, 'Properties', [property])) {
          if (value === true || value === 'true') continue;
          findings.push({
            ruleId: 'SEC002',
            severity: 'error',
            logicalId,
            path,
            message: `${why} (${property} is ${describeValue(value)})`,
          });
        }
      }

      if (resource.Type === 'AWS::ElastiCache::CacheCluster') {
        findings.push({
          ruleId: 'SEC002',
          severity: 'error',
          logicalId,
          path: 'Type',
          message:
            'a single ElastiCache cache cluster cannot be encrypted at rest: use an AWS::ElastiCache::ReplicationGroup with AtRestEncryptionEnabled and TransitEncryptionEnabled',
        });
      }

      if (resource.Type === 'AWS::S3::Bucket') {
        for (const encryption of lookup(resource.Properties, 'Properties', ['BucketEncryption'])) {
          const rules = lookup(encryption.value, encryption.path, ['ServerSideEncryptionConfiguration']);
          for (const { value, path } of rules) {
            if (listItems(value, path).length > 0) continue;
            findings.push({
              ruleId: 'SEC002',
              severity: 'error',
              logicalId,
              path: encryption.value === undefined ? encryption.path : path,
              message:
                "the bucket declares no server-side encryption: the template should state how Dify's uploaded files are encrypted at rest rather than rely on the account's default",
            });
          }
        }
      }
    }
    return findings;
  },
};
