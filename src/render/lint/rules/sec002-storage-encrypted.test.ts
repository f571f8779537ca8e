import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../../test/support/environment-fixtures.js';
import type { CloudFormationTemplate } from '../../cloudformation-template.js';
import { storageEncrypted } from './sec002-storage-encrypted.js';

const environment = contextFor().environment;
const check = (template: CloudFormationTemplate) =>
  storageEncrypted.check({ template, text: JSON.stringify(template), environment });

const error = (logicalId: string, path: string, message: string) => ({
  ruleId: 'SEC002',
  severity: 'error',
  logicalId,
  path,
  message,
});

const database =
  "the database cluster is not encrypted at rest: Dify's data, accounts and API keys would sit unencrypted on disk and in snapshots, and encrypting later means replacing the cluster";
const cacheAtRest =
  'the cache is not encrypted at rest: Celery task payloads and cached sessions would sit unencrypted on disk and in backups, and encrypting later means replacing the cache';
const cacheInTransit =
  'the cache is not encrypted in transit: its auth token and the Celery broker traffic would cross the VPC in plain text, and encrypting later means replacing the cache';
const bucket =
  "the bucket declares no server-side encryption: the template should state how Dify's uploaded files are encrypted at rest rather than rely on the account's default";

describe('SEC002 storage encrypted', () => {
  it('accepts encrypted storage, and log groups and secrets without a KMS key', () => {
    expect(
      check({
        Resources: {
          Database: {
            Type: 'AWS::RDS::DBCluster',
            Properties: { Engine: 'aurora-postgresql', StorageEncrypted: true },
          },
          Cache: {
            Type: 'AWS::ElastiCache::ReplicationGroup',
            Properties: { AtRestEncryptionEnabled: true, TransitEncryptionEnabled: 'true' },
          },
          Files: {
            Type: 'AWS::S3::Bucket',
            Properties: {
              BucketEncryption: {
                ServerSideEncryptionConfiguration: [
                  { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
                ],
              },
            },
          },
          Logs: { Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 30 } },
          Secret: { Type: 'AWS::SecretsManager::Secret', Properties: { GenerateSecretString: {} } },
        },
      }),
    ).toEqual([]);
  });

  it('refuses an unencrypted database cluster', () => {
    expect(
      check({
        Resources: {
          Absent: { Type: 'AWS::RDS::DBCluster', Properties: { Engine: 'aurora-postgresql' } },
          False: { Type: 'AWS::RDS::DBCluster', Properties: { StorageEncrypted: false } },
          Conditional: {
            Type: 'AWS::RDS::DBCluster',
            Properties: { StorageEncrypted: { 'Fn::If': ['IsProd', true, { Ref: 'AWS::NoValue' }] } },
          },
        },
      }),
    ).toEqual([
      error('Absent', 'Properties.StorageEncrypted', `${database} (StorageEncrypted is not set)`),
      error('False', 'Properties.StorageEncrypted', `${database} (StorageEncrypted is false)`),
      error(
        'Conditional',
        'Properties.StorageEncrypted.Fn::If.2',
        `${database} (StorageEncrypted is not set)`,
      ),
    ]);
  });

  it('refuses a cache unencrypted at rest or in transit, and a cache cluster, which cannot be encrypted', () => {
    expect(
      check({
        Resources: {
          Cache: {
            Type: 'AWS::ElastiCache::ReplicationGroup',
            Properties: { TransitEncryptionEnabled: false },
          },
          Single: { Type: 'AWS::ElastiCache::CacheCluster', Properties: { Engine: 'valkey' } },
        },
      }),
    ).toEqual([
      error(
        'Cache',
        'Properties.AtRestEncryptionEnabled',
        `${cacheAtRest} (AtRestEncryptionEnabled is not set)`,
      ),
      error(
        'Cache',
        'Properties.TransitEncryptionEnabled',
        `${cacheInTransit} (TransitEncryptionEnabled is false)`,
      ),
      error(
        'Single',
        'Type',
        'a single ElastiCache cache cluster cannot be encrypted at rest: use an AWS::ElastiCache::ReplicationGroup with AtRestEncryptionEnabled and TransitEncryptionEnabled',
      ),
    ]);
  });

  it('refuses a bucket without BucketEncryption or with an empty configuration', () => {
    expect(
      check({
        Resources: {
          Files: { Type: 'AWS::S3::Bucket' },
          Empty: {
            Type: 'AWS::S3::Bucket',
            Properties: { BucketEncryption: { ServerSideEncryptionConfiguration: [] } },
          },
        },
      }),
    ).toEqual([
      error('Files', 'Properties.BucketEncryption', bucket),
      error('Empty', 'Properties.BucketEncryption.ServerSideEncryptionConfiguration', bucket),
    ]);
  });
});
