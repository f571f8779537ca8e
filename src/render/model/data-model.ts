import type { ResolvedEnvironment } from '../../environment/resolve-environment.js';
import { getAtt, ref, sub, tagList } from '../intrinsics.js';
import { LogicalIds } from '../logical-ids.js';
import type { DataModel, IamStatement } from './area-contracts.js';
import { smtpBootstrapStatements } from './email-model.js';
import type { NetworkModel } from './network-model.js';
import { cacheAuthTokenReference, masterCredential, masterSecretArn } from './secrets-model.js';

export type { DataModel } from './area-contracts.js';

/**
 * Aurora PostgreSQL 16.13: the newest 16.x minor, so the longest time before
 * AWS retires it and forces an upgrade. Any 16.3 or later can scale to 0 ACU
 * (auto-pause) and offers the Data API for Serverless v2; 16.x ships pgvector
 * 0.8. A new minor takes a deploy; auto minor version upgrades may move the
 * running cluster ahead of this value.
 */
export const DATABASE_ENGINE_VERSION = '16.13';
export const DATABASE_NAME = 'dify';
export const VECTOR_DATABASE_NAME = 'dify_vector';
export const PLUGIN_DATABASE_NAME = 'dify_plugin';
/**
 * With minCapacity 0, pause after ten idle minutes: a short break costs no
 * 15-second resume, nights and weekends still pause.
 */
export const SECONDS_UNTIL_AUTO_PAUSE = 600;

/** Valkey 8.2, the newest 8.x on ElastiCache (aws-samples runs 8.0; Celery and redis-py need nothing newer). */
export const CACHE_ENGINE_VERSION = '8.2';

/** The key the plugin daemon HEADs before it reloads installed plugins from S3 (dify-plugin-daemon#35). */
export const PLUGIN_STORAGE_PREFIX = 'plugins';
/** Overwritten and deleted files stay recoverable for 30 days, then go. */
export const NONCURRENT_VERSION_EXPIRATION_DAYS = 30;
export const ABORT_INCOMPLETE_UPLOAD_DAYS = 7;

/** The bootstrap function's own limit, and how long CloudFormation waits for its answer (a little longer). */
export const BOOTSTRAP_TIMEOUT_SECONDS = 600;
export const BOOTSTRAP_SERVICE_TIMEOUT_SECONDS = 900;

/** Logical ids only the data area uses. */
export const DataLogicalIds = {
  bootstrapLogGroup: 'BootstrapFunctionLogGroup',
} as const;

export function buildDataModel(env: ResolvedEnvironment, network: NetworkModel): DataModel {
  const tags = (suffix: string) => tagList(`${env.stackName}-${suffix}`, env.tags);
  const { minCapacity, maxCapacity, backupRetentionDays, deletionProtection } = env.database;
  const replicas = env.cache.replicas;

  const clusterArn = getAtt(LogicalIds.databaseCluster, 'DBClusterArn');
  const masterSecret = masterSecretArn();
  const bucketArn = getAtt(LogicalIds.bucket, 'Arn');
  const placeholderArn = sub(`\${${LogicalIds.bucket}.Arn}/${PLUGIN_STORAGE_PREFIX}`);

  const bootstrapPolicyStatements: IamStatement[] = [
    {
      Sid: 'PrepareDatabases',
      Effect: 'Allow',
      Action: ['rds-data:ExecuteStatement'],
      Resource: [clusterArn],
    },
    {
      Sid: 'ReadMasterSecret',
      Effect: 'Allow',
      Action: ['secretsmanager:GetSecretValue'],
      Resource: [masterSecret],
    },
    { Sid: 'PutPluginPlaceholder', Effect: 'Allow', Action: ['s3:PutObject'], Resource: [placeholderArn] },
    ...(env.email ? smtpBootstrapStatements() : []),
  ];

  return {
    database: {
      host: getAtt(LogicalIds.databaseCluster, 'Endpoint.Address'),
      port: getAtt(LogicalIds.databaseCluster, 'Endpoint.Port'),
      name: DATABASE_NAME,
      vectorDatabase: VECTOR_DATABASE_NAME,
      pluginDatabase: PLUGIN_DATABASE_NAME,
      clusterArn,
      masterSecretArn: masterSecret,
      masterUsername: masterCredential('username'),
      masterPassword: masterCredential('password'),
    },
    cache: {
      host: getAtt(LogicalIds.cache, 'PrimaryEndPoint.Address'),
      port: getAtt(LogicalIds.cache, 'PrimaryEndPoint.Port'),
    },
    bucket: { name: ref(LogicalIds.bucket), arn: bucketArn },
    pluginStoragePrefix: PLUGIN_STORAGE_PREFIX,
    bootstrapPolicyStatements,
    bootstrapLogGroupArn: getAtt(DataLogicalIds.bootstrapLogGroup, 'Arn'),
    servicesDependOn: [LogicalIds.databasePreparation, LogicalIds.pluginStoragePlaceholder],
    resources: {
      database: {
        engineVersion: DATABASE_ENGINE_VERSION,
        scaling: {
          MinCapacity: minCapacity,
          MaxCapacity: maxCapacity,
          ...(minCapacity === 0 ? { SecondsUntilAutoPause: SECONDS_UNTIL_AUTO_PAUSE } : {}),
        },
        backupRetentionDays,
        deletionProtection,
        subnetIds: network.privateSubnetIds,
        tags: tags('database'),
        instanceTags: tags('database-writer'),
      },
      cache: {
        engineVersion: CACHE_ENGINE_VERSION,
        nodeType: env.cache.nodeType,
        numCacheClusters: 1 + replicas,
        multiAz: replicas >= 1,
        authToken: cacheAuthTokenReference(),
        subnetIds: network.privateSubnetIds,
        tags: tags('cache'),
      },
      bucket: {
        noncurrentVersionExpirationDays: NONCURRENT_VERSION_EXPIRATION_DAYS,
        abortIncompleteUploadDays: ABORT_INCOMPLETE_UPLOAD_DAYS,
        tags: tags('storage'),
      },
      bootstrap: {
        logGroupLogicalId: DataLogicalIds.bootstrapLogGroup,
        logRetentionDays: env.operations.logRetentionDays,
        timeoutSeconds: BOOTSTRAP_TIMEOUT_SECONDS,
        serviceTimeoutSeconds: BOOTSTRAP_SERVICE_TIMEOUT_SECONDS,
        tags: tags('bootstrap'),
        databases: [
          { Name: VECTOR_DATABASE_NAME, Extensions: ['vector'] },
          { Name: PLUGIN_DATABASE_NAME, Extensions: [] },
        ],
      },
    },
  };
}
