import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../../test/support/environment-fixtures.js';
import type { ResolvedEnvironment } from '../../../environment/resolve-environment.js';
import type { CloudFormationResource, CloudFormationTemplate } from '../../cloudformation-template.js';
import {
  isStatefulResourceType,
  STATEFUL_RESOURCE_TYPES,
  statefulProtection,
} from './sec007-stateful-protection.js';

const protectedDatabase = contextFor({ database: { deletionProtection: true } }).environment;
const unprotectedDatabase = contextFor({ database: { deletionProtection: false } }).environment;

const check = (template: CloudFormationTemplate, environment: ResolvedEnvironment = protectedDatabase) =>
  statefulProtection.check({ template, text: JSON.stringify(template), environment });

const error = (logicalId: string, path: string, message: string) => ({
  ruleId: 'SEC007',
  severity: 'error',
  logicalId,
  path,
  message,
});

const deletion = 'deleting the stack or dropping the resource from the template';
const replacement = 'a change that replaces the resource';

const protectedResources: Record<string, CloudFormationResource> = {
  Database: {
    Type: 'AWS::RDS::DBCluster',
    DeletionPolicy: 'Snapshot',
    UpdateReplacePolicy: 'Snapshot',
    Properties: { DeletionProtection: true },
  },
  Cache: {
    Type: 'AWS::ElastiCache::ReplicationGroup',
    DeletionPolicy: 'Snapshot',
    UpdateReplacePolicy: 'Retain',
  },
  Files: { Type: 'AWS::S3::Bucket', DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' },
  SecretKey: { Type: 'AWS::SecretsManager::Secret', DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' },
  Logs: { Type: 'AWS::Logs::LogGroup' },
};

describe('SEC007 stateful protection', () => {
  it('names the stateful types for the deploy engine', () => {
    expect(STATEFUL_RESOURCE_TYPES).toEqual([
      'AWS::RDS::DBCluster',
      'AWS::ElastiCache::ReplicationGroup',
      'AWS::S3::Bucket',
      'AWS::SecretsManager::Secret',
    ]);
    expect(isStatefulResourceType('AWS::S3::Bucket')).toBe(true);
    expect(isStatefulResourceType('AWS::Logs::LogGroup')).toBe(false);
  });

  it('accepts stateful resources that survive deletion and replacement', () => {
    expect(check({ Resources: protectedResources })).toEqual([]);
  });

  it('accepts a database without deletion protection when the environment turns it off', () => {
    const database: CloudFormationResource = {
      Type: 'AWS::RDS::DBCluster',
      DeletionPolicy: 'Snapshot',
      UpdateReplacePolicy: 'Snapshot',
    };
    expect(check({ Resources: { Database: database } }, unprotectedDatabase)).toEqual([]);
    expect(
      check(
        { Resources: { Database: { ...database, Properties: { DeletionProtection: false } } } },
        unprotectedDatabase,
      ),
    ).toEqual([]);
  });

  it('refuses missing or weaker policies on each stateful type', () => {
    expect(
      check({
        Resources: {
          Database: {
            Type: 'AWS::RDS::DBCluster',
            DeletionPolicy: 'Retain',
            Properties: { DeletionProtection: true },
          },
          Cache: {
            Type: 'AWS::ElastiCache::ReplicationGroup',
            DeletionPolicy: 'Delete',
            UpdateReplacePolicy: 'Retain',
          },
          Files: { Type: 'AWS::S3::Bucket', DeletionPolicy: 'Snapshot', UpdateReplacePolicy: 'Retain' },
          SecretKey: { Type: 'AWS::SecretsManager::Secret', DeletionPolicy: 'RetainExceptOnCreate' },
        },
      }),
    ).toEqual([
      error(
        'Database',
        'DeletionPolicy',
        `the DeletionPolicy is "Retain": ${deletion} would destroy Dify's database; it must be Snapshot`,
      ),
      error(
        'Database',
        'UpdateReplacePolicy',
        `the UpdateReplacePolicy is not set: ${replacement} would destroy Dify's database; it must be Snapshot`,
      ),
      error(
        'Cache',
        'DeletionPolicy',
        `the DeletionPolicy is "Delete": ${deletion} would destroy the cache and its queued Celery tasks; it must be Snapshot or Retain`,
      ),
      error(
        'Files',
        'DeletionPolicy',
        `the DeletionPolicy is "Snapshot": ${deletion} would destroy Dify's uploaded files; it must be Retain`,
      ),
      error(
        'SecretKey',
        'DeletionPolicy',
        `the DeletionPolicy is "RetainExceptOnCreate": ${deletion} would destroy a secret Dify's data depends on; it must be Retain`,
      ),
      error(
        'SecretKey',
        'UpdateReplacePolicy',
        `the UpdateReplacePolicy is not set: ${replacement} would destroy a secret Dify's data depends on; it must be Retain`,
      ),
    ]);
  });

  it("refuses database deletion protection that differs from the environment's", () => {
    const database = (properties: Record<string, unknown>): CloudFormationTemplate => ({
      Resources: {
        Database: {
          Type: 'AWS::RDS::DBCluster',
          DeletionPolicy: 'Snapshot',
          UpdateReplacePolicy: 'Snapshot',
          Properties: properties,
        },
      },
    });
    expect(check(database({}))).toEqual([
      error(
        'Database',
        'Properties.DeletionProtection',
        "the database cluster's DeletionProtection is not set, but the environment's database.deletionProtection is true: the cluster could be deleted with Dify's data",
      ),
    ]);
    expect(check(database({ DeletionProtection: { Ref: 'Protect' } }))).toEqual([
      error(
        'Database',
        'Properties.DeletionProtection',
        'the database cluster\'s DeletionProtection is {"Ref":"Protect"}, but the environment\'s database.deletionProtection is true: the cluster could be deleted with Dify\'s data',
      ),
    ]);
    expect(check(database({ DeletionProtection: true }), unprotectedDatabase)).toEqual([
      error(
        'Database',
        'Properties.DeletionProtection',
        "the database cluster's DeletionProtection is true, but the environment's database.deletionProtection is false: the template must follow the environment, or retiring it would stop at a cluster it said was unprotected",
      ),
    ]);
  });
});

describe('SEC007 without an environment (bootstrap templates)', () => {
  it('holds a database to deletion protection', () => {
    const template = {
      Resources: {
        Db: {
          Type: 'AWS::RDS::DBCluster',
          DeletionPolicy: 'Snapshot' as const,
          UpdateReplacePolicy: 'Snapshot' as const,
          Properties: { DeletionProtection: false },
        },
      },
    };
    const findings = statefulProtection.check({ template, text: '' });
    expect(findings.map((f) => f.path)).toEqual(['Properties.DeletionProtection']);
  });
});
