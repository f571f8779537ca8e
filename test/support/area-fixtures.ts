import { permissionsBoundaryArn } from '../../src/bootstrap/identity-names.js';
import type { ResolvedEnvironment } from '../../src/environment/resolve-environment.js';
import { getAtt, ref, sub } from '../../src/render/intrinsics.js';
import type { DataModel, EmailModel, SecretsModel } from '../../src/render/model/area-contracts.js';
import { buildIamModel, type IamModel } from '../../src/render/model/iam-model.js';
import {
  buildLoadBalancerModel,
  type LoadBalancerModel,
} from '../../src/render/model/load-balancer-model.js';
import { buildNetworkModel, type NetworkModel } from '../../src/render/model/network-model.js';

/**
 * Small hand-made values of the secrets, data and email areas, typed by
 * area-contracts.ts, so the services and IAM models are tested on their own.
 */

export const secretsArea: SecretsModel = {
  databaseMaster: {
    logicalId: 'DatabaseMasterSecret',
    name: 'dify-test/database-master',
    username: 'postgres',
    secretStringTemplate: '{"username":"postgres"}',
    passwordLength: 48,
    tags: [],
  },
  generated: [],
  celeryBrokerUrl: {
    logicalId: 'CeleryBrokerUrlSecret',
    name: 'dify-test/celery-broker-url',
    secretString: ref('X'),
    tags: [],
  },
  valueFrom: {
    secretKey: ref('SecretKeySecret'),
    sandboxApiKey: ref('SandboxApiKeySecret'),
    pluginDaemonKey: ref('PluginDaemonKeySecret'),
    pluginInnerApiKey: ref('PluginInnerApiKeySecret'),
    cacheAuthToken: ref('CacheAuthTokenSecret'),
    celeryBrokerUrl: ref('CeleryBrokerUrlSecret'),
    databaseUsername: sub('${DatabaseMasterSecret}:username::'),
    databasePassword: sub('${DatabaseMasterSecret}:password::'),
  },
  readableSecretArns: [ref('SecretKeySecret'), ref('CeleryBrokerUrlSecret')],
  readableParameterArns: [],
};

export const dataArea: DataModel = {
  database: {
    host: getAtt('DatabaseCluster', 'Endpoint.Address'),
    port: 5432,
    name: 'dify',
    vectorDatabase: 'dify_vector',
    pluginDatabase: 'dify_plugin',
    clusterArn: getAtt('DatabaseCluster', 'DBClusterArn'),
    masterSecretArn: ref('DatabaseMasterSecret'),
    masterUsername: sub('{{resolve:secretsmanager:${DatabaseMasterSecret}:SecretString:username}}'),
    masterPassword: sub('{{resolve:secretsmanager:${DatabaseMasterSecret}:SecretString:password}}'),
  },
  cache: { host: getAtt('Cache', 'PrimaryEndPoint.Address'), port: getAtt('Cache', 'PrimaryEndPoint.Port') },
  bucket: { name: ref('StorageBucket'), arn: getAtt('StorageBucket', 'Arn') },
  pluginStoragePrefix: 'plugins',
  bootstrapPolicyStatements: [
    {
      Sid: 'PrepareDatabases',
      Effect: 'Allow',
      Action: ['rds-data:ExecuteStatement'],
      Resource: [getAtt('DatabaseCluster', 'DBClusterArn')],
    },
  ],
  bootstrapLogGroupArn: getAtt('BootstrapFunctionLogGroup', 'Arn'),
  servicesDependOn: ['DatabasePreparation'],
  resources: {
    database: {
      engineVersion: '16.6',
      scaling: { MinCapacity: 0.5, MaxCapacity: 4 },
      backupRetentionDays: 7,
      deletionProtection: true,
      subnetIds: [],
      tags: [],
      instanceTags: [],
    },
    cache: {
      engineVersion: '8.0',
      nodeType: 'cache.t4g.micro',
      numCacheClusters: 2,
      multiAz: true,
      authToken: ref('X'),
      subnetIds: [],
      tags: [],
    },
    bucket: { noncurrentVersionExpirationDays: 30, abortIncompleteUploadDays: 7, tags: [] },
    bootstrap: {
      logGroupLogicalId: 'BootstrapFunctionLogGroup',
      logRetentionDays: 30,
      timeoutSeconds: 300,
      serviceTimeoutSeconds: 600,
      tags: [],
      databases: [],
    },
  },
};

export function emailArea(smtpPort = 587): EmailModel {
  return {
    fromAddress: 'dify@example.com',
    smtpHost: 'email-smtp.ap-northeast-1.amazonaws.com',
    smtpPort,
    smtpUsernameValueFrom: { 'Fn::Join': ['', [ref('SmtpCredentialsSecret'), ':username::']] },
    smtpPasswordValueFrom: { 'Fn::Join': ['', [ref('SmtpCredentialsSecret'), ':password::']] },
    readableSecretArns: [ref('SmtpCredentialsSecret')],
    resources: {
      sendingDomain: 'example.com',
      dkimRecords: [],
      smtpUser: {
        logicalId: 'SmtpUser',
        path: '/dify-test/',
        permissionsBoundaryArn: permissionsBoundaryArn('dify-'),
        statements: [],
        tags: [],
      },
      credentialsSecret: {
        logicalId: 'SmtpCredentialsSecret',
        name: 'dify-test/smtp',
        description: 'SMTP',
        tags: [],
      },
      credentials: {
        logicalId: 'SmtpCredentials',
        userName: ref('SmtpUser'),
        secretArn: ref('SmtpCredentialsSecret'),
      },
    },
  };
}

export interface Areas {
  readonly network: NetworkModel;
  readonly loadBalancer: LoadBalancerModel;
  readonly secrets: SecretsModel;
  readonly data: DataModel;
  readonly iam: IamModel;
  readonly email?: EmailModel | undefined;
}

/** The areas the services model takes: the lead's network and load balancer, hand-made secrets, data and email. */
export function areasFor(
  env: ResolvedEnvironment,
  options: { secrets?: SecretsModel; email?: EmailModel } = {},
): Areas {
  const network = buildNetworkModel(env);
  const secrets = options.secrets ?? secretsArea;
  return {
    network,
    loadBalancer: buildLoadBalancerModel(env, network),
    secrets,
    data: dataArea,
    iam: buildIamModel(env, secrets, dataArea, options.email),
    email: options.email,
  };
}
