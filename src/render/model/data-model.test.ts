import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import type { CloudFormationResource } from '../cloudformation-template.js';
import { renderEnvironment } from '../nunjucks-environment.js';
import { templateSources } from '../template-sources.generated.js';
import { buildDataModel } from './data-model.js';
import { buildNetworkModel } from './network-model.js';

type Overrides = Parameters<typeof contextFor>[0];

function dataFor(overrides: Overrides = {}) {
  const env = contextFor(overrides).environment;
  return buildDataModel(env, buildNetworkModel(env));
}

function renderData(overrides: Overrides = {}): {
  text: string;
  resources: Record<string, CloudFormationResource>;
} {
  const env = contextFor(overrides).environment;
  const network = buildNetworkModel(env);
  const text = renderEnvironment().render('partials/data.yaml.njk', {
    network,
    data: buildDataModel(env, network),
  });
  return {
    text,
    resources: (parse(`Resources:\n${text}`) as { Resources: Record<string, CloudFormationResource> })
      .Resources,
  };
}

const EXISTING_VPC = {
  network: {
    vpc: {
      mode: 'existing',
      id: 'vpc-0a1b2c3d4e5f67890',
      cidr: '10.20.0.0/16',
      privateSubnets: [
        { id: 'subnet-0ddd3333eeee4444f', availabilityZone: 'ap-northeast-1a', cidr: '10.20.10.0/24' },
        { id: 'subnet-0abc5555def66667a', availabilityZone: 'ap-northeast-1c', cidr: '10.20.11.0/24' },
      ],
    },
    loadBalancer: { scheme: 'internal' },
  },
};

const CLUSTER_ARN = { 'Fn::GetAtt': ['DatabaseCluster', 'DBClusterArn'] };
const MASTER_SECRET = { Ref: 'DatabaseMasterSecret' };

describe('the data area', () => {
  it('offers the database, cache and bucket by intrinsic, and the names of the databases the stack prepares', () => {
    const data = dataFor();
    expect(data.database).toEqual({
      host: { 'Fn::GetAtt': ['DatabaseCluster', 'Endpoint.Address'] },
      port: { 'Fn::GetAtt': ['DatabaseCluster', 'Endpoint.Port'] },
      name: 'dify',
      vectorDatabase: 'dify_vector',
      pluginDatabase: 'dify_plugin',
      clusterArn: CLUSTER_ARN,
      masterSecretArn: MASTER_SECRET,
      masterUsername: {
        'Fn::Sub': '{{resolve:secretsmanager:${DatabaseMasterSecret}:SecretString:username}}',
      },
      masterPassword: {
        'Fn::Sub': '{{resolve:secretsmanager:${DatabaseMasterSecret}:SecretString:password}}',
      },
    });
    expect(data.cache).toEqual({
      host: { 'Fn::GetAtt': ['Cache', 'PrimaryEndPoint.Address'] },
      port: { 'Fn::GetAtt': ['Cache', 'PrimaryEndPoint.Port'] },
    });
    expect(data.bucket).toEqual({
      name: { Ref: 'StorageBucket' },
      arn: { 'Fn::GetAtt': ['StorageBucket', 'Arn'] },
    });
    expect(data.pluginStoragePrefix).toBe('plugins');
    expect(data.servicesDependOn).toEqual(['DatabasePreparation', 'PluginStoragePlaceholder']);
    expect(data.bootstrapLogGroupArn).toEqual({ 'Fn::GetAtt': ['BootstrapFunctionLogGroup', 'Arn'] });
  });

  it('lets the bootstrap function run statements on the cluster, read the master secret and put exactly the plugin placeholder', () => {
    expect(dataFor().bootstrapPolicyStatements).toEqual([
      {
        Sid: 'PrepareDatabases',
        Effect: 'Allow',
        Action: ['rds-data:ExecuteStatement'],
        Resource: [CLUSTER_ARN],
      },
      {
        Sid: 'ReadMasterSecret',
        Effect: 'Allow',
        Action: ['secretsmanager:GetSecretValue'],
        Resource: [MASTER_SECRET],
      },
      {
        Sid: 'PutPluginPlaceholder',
        Effect: 'Allow',
        Action: ['s3:PutObject'],
        Resource: [{ 'Fn::Sub': '${StorageBucket.Arn}/plugins' }],
      },
    ]);
  });

  it("adds the SMTP user's access keys and the SMTP secret to the bootstrap function's rights when email is on", () => {
    const statements = dataFor({
      email: { sendingDomain: 'example.com', fromAddress: 'dify@example.com' },
    }).bootstrapPolicyStatements;
    expect(statements.slice(3)).toEqual([
      {
        Sid: 'ManageSmtpAccessKeys',
        Effect: 'Allow',
        Action: ['iam:CreateAccessKey', 'iam:DeleteAccessKey', 'iam:ListAccessKeys'],
        Resource: [{ 'Fn::GetAtt': ['SmtpUser', 'Arn'] }],
      },
      {
        Sid: 'StoreSmtpCredentials',
        Effect: 'Allow',
        Action: ['secretsmanager:PutSecretValue'],
        Resource: [{ Ref: 'SmtpCredentialsSecret' }],
      },
    ]);
  });

  it('writes an encrypted, snapshot-protected Aurora Serverless v2 cluster whose never-rotated master secret the stack generates, with the Data API', () => {
    const { resources } = renderData();
    expect(resources.DatabaseCluster).toEqual({
      Type: 'AWS::RDS::DBCluster',
      DeletionPolicy: 'Snapshot',
      UpdateReplacePolicy: 'Snapshot',
      Properties: {
        Engine: 'aurora-postgresql',
        EngineVersion: '16.13',
        DatabaseName: 'dify',
        MasterUsername: {
          'Fn::Sub': '{{resolve:secretsmanager:${DatabaseMasterSecret}:SecretString:username}}',
        },
        MasterUserPassword: {
          'Fn::Sub': '{{resolve:secretsmanager:${DatabaseMasterSecret}:SecretString:password}}',
        },
        Port: 5432,
        ServerlessV2ScalingConfiguration: { MinCapacity: 0.5, MaxCapacity: 4 },
        EnableHttpEndpoint: true,
        StorageEncrypted: true,
        DeletionProtection: true,
        BackupRetentionPeriod: 7,
        CopyTagsToSnapshot: true,
        DBSubnetGroupName: { Ref: 'DatabaseSubnetGroup' },
        VpcSecurityGroupIds: [{ Ref: 'DatabaseSecurityGroup' }],
        Tags: [
          { Key: 'Name', Value: 'dify-test-database' },
          { Key: 'dify-aws-kit:environment', Value: 'test' },
        ],
      },
    });
    expect(resources.DatabaseInstance?.Properties).toMatchObject({
      DBClusterIdentifier: { Ref: 'DatabaseCluster' },
      DBInstanceClass: 'db.serverless',
      PubliclyAccessible: false,
    });
  });

  it('pauses the database after ten idle minutes only when its minimum capacity is 0', () => {
    expect(dataFor({ database: { minCapacity: 0, maxCapacity: 2 } }).resources.database.scaling).toEqual({
      MinCapacity: 0,
      MaxCapacity: 2,
      SecondsUntilAutoPause: 600,
    });
    expect(dataFor({ database: { minCapacity: 1 } }).resources.database.scaling).toEqual({
      MinCapacity: 1,
      MaxCapacity: 4,
    });
  });

  it('follows the deletion protection and backup retention asked for', () => {
    const off = renderData({ database: { deletionProtection: false, backupRetentionDays: 35 } }).resources
      .DatabaseCluster;
    expect(off?.Properties).toMatchObject({ DeletionProtection: false, BackupRetentionPeriod: 35 });
    expect(off).toMatchObject({ DeletionPolicy: 'Snapshot', UpdateReplacePolicy: 'Snapshot' });
  });

  it('places the database and cache in the private subnets, created or existing', () => {
    const created = renderData().resources;
    const subnets = [{ Ref: 'PrivateSubnet1' }, { Ref: 'PrivateSubnet2' }];
    expect(created.DatabaseSubnetGroup?.Properties?.SubnetIds).toEqual(subnets);
    expect(created.CacheSubnetGroup?.Properties?.SubnetIds).toEqual(subnets);
    const existing = renderData(EXISTING_VPC).resources;
    expect(existing.DatabaseSubnetGroup?.Properties?.SubnetIds).toEqual([
      'subnet-0ddd3333eeee4444f',
      'subnet-0abc5555def66667a',
    ]);
    expect(existing.CacheSubnetGroup?.Properties?.SubnetIds).toEqual([
      'subnet-0ddd3333eeee4444f',
      'subnet-0abc5555def66667a',
    ]);
  });

  it('writes an encrypted Valkey cache with the auth token by dynamic reference, Multi-AZ only with a replica', () => {
    const withReplica = renderData({ cache: { replicas: 1 } }).resources.Cache;
    expect(withReplica).toEqual({
      Type: 'AWS::ElastiCache::ReplicationGroup',
      DeletionPolicy: 'Snapshot',
      UpdateReplacePolicy: 'Snapshot',
      Properties: {
        ReplicationGroupDescription: 'Dify cache and Celery broker',
        Engine: 'valkey',
        EngineVersion: '8.2',
        CacheNodeType: 'cache.t4g.micro',
        NumCacheClusters: 2,
        AutomaticFailoverEnabled: true,
        MultiAZEnabled: true,
        Port: 6379,
        TransitEncryptionEnabled: true,
        AtRestEncryptionEnabled: true,
        AuthToken: { 'Fn::Sub': '{{resolve:secretsmanager:${CacheAuthTokenSecret}:SecretString:::}}' },
        CacheSubnetGroupName: { Ref: 'CacheSubnetGroup' },
        SecurityGroupIds: [{ Ref: 'CacheSecurityGroup' }],
        Tags: [
          { Key: 'Name', Value: 'dify-test-cache' },
          { Key: 'dify-aws-kit:environment', Value: 'test' },
        ],
      },
    });
    const single = renderData({ cache: { replicas: 0, nodeType: 'cache.r7g.large' } }).resources.Cache;
    expect(single?.Properties).toMatchObject({
      CacheNodeType: 'cache.r7g.large',
      NumCacheClusters: 1,
      AutomaticFailoverEnabled: false,
      MultiAZEnabled: false,
    });
  });

  it('writes a private, encrypted, versioned bucket that is kept, expires old versions after 30 days and refuses plain HTTP', () => {
    const { resources } = renderData();
    expect(resources.StorageBucket).toMatchObject({
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        VersioningConfiguration: { Status: 'Enabled' },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
        LifecycleConfiguration: {
          Rules: [
            {
              Status: 'Enabled',
              NoncurrentVersionExpiration: { NoncurrentDays: 30 },
              AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
            },
          ],
        },
      },
    });
    expect(resources.StorageBucketPolicy?.Properties).toEqual({
      Bucket: { Ref: 'StorageBucket' },
      PolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'DenyInsecureTransport',
            Effect: 'Deny',
            Principal: '*',
            Action: 's3:*',
            Resource: [{ 'Fn::GetAtt': ['StorageBucket', 'Arn'] }, { 'Fn::Sub': '${StorageBucket.Arn}/*' }],
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          },
        ],
      },
    });
  });

  it('prepares the vector and plugin databases after the writer exists, and puts the plugin placeholder, through the bootstrap function', () => {
    const { resources } = renderData();
    expect(resources.DatabasePreparation).toEqual({
      Type: 'Custom::DatabasePreparation',
      DependsOn: 'DatabaseInstance',
      Properties: {
        ServiceToken: { 'Fn::GetAtt': ['BootstrapFunction', 'Arn'] },
        ServiceTimeout: 900,
        Task: 'prepare-databases',
        ClusterArn: CLUSTER_ARN,
        SecretArn: MASTER_SECRET,
        Databases: [
          { Name: 'dify_vector', Extensions: ['vector'] },
          { Name: 'dify_plugin', Extensions: [] },
        ],
      },
    });
    expect(resources.PluginStoragePlaceholder?.Properties).toMatchObject({
      Task: 'put-placeholder',
      Bucket: { Ref: 'StorageBucket' },
      Key: 'plugins',
    });
  });

  it('logs the bootstrap function to its own log group, kept as long as the container logs', () => {
    const { resources } = renderData({ operations: { logRetentionDays: 365 } });
    expect(resources.BootstrapFunctionLogGroup?.Properties).toMatchObject({ RetentionInDays: 365 });
    expect(resources.BootstrapFunction?.Properties).toMatchObject({
      Runtime: 'python3.12',
      Handler: 'index.handler',
      Timeout: 600,
      Role: { 'Fn::GetAtt': ['BootstrapFunctionRole', 'Arn'] },
      LoggingConfig: { LogGroup: { Ref: 'BootstrapFunctionLogGroup' } },
    });
  });

  it('ships the bootstrap code exactly as the template writes it, whatever the environment', () => {
    const source = templateSources['partials/data.yaml.njk'] ?? '';
    const written = source
      .slice(source.indexOf('        ZipFile: |\n') + '        ZipFile: |\n'.length)
      .split('\n')
      .map((line) => line.replace(/^ {10}/, ''))
      .join('\n');
    const code = (env: Overrides) =>
      (renderData(env).resources.BootstrapFunction?.Properties?.Code as { ZipFile: string } | undefined)
        ?.ZipFile;
    expect(code({})).toBe(written);
    expect(
      code({
        stackName: 'dify-other',
        tags: { Owner: 'x: - y = z @ w' },
        email: { sendingDomain: 'example.com', fromAddress: 'a@example.com' },
      }),
    ).toBe(written);
    expect(written).toContain("'11111111', region, 'ses', 'aws4_request', 'SendRawEmail'");
    expect(written).toContain('CREATE EXTENSION IF NOT EXISTS');
    expect(written).not.toMatch(/DROP|DELETE FROM|delete_object/);
  });

  it('renders the same text from the same environment', () => {
    expect(renderData({ database: { minCapacity: 0 } }).text).toBe(
      renderData({ database: { minCapacity: 0 } }).text,
    );
  });
});
