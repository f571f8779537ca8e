import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { merge } from '../../test/support/environment-fixtures.js';
import { VERSION } from '../cli/version.js';
import { checkEnvironment } from '../environment/check-environment.js';
import type { CloudFormationTemplate } from '../render/cloudformation-template.js';
import { renderStack } from '../render/render-stack.js';
import { predictChanges, type ResourceLike, type TemplateLike } from './predict-changes.js';

/** examples/environments/<name>.json with `overrides` merged in, rendered as the preflight renders it. */
function renderExample(name: string, overrides: Record<string, unknown> = {}): CloudFormationTemplate {
  const file = `examples/environments/${name}.json`;
  const text = JSON.stringify(merge(JSON.parse(readFileSync(file, 'utf8')), overrides));
  const { environment, diagnostics } = checkEnvironment(text, { file });
  if (!environment) throw new Error(JSON.stringify(diagnostics, null, 2));
  return renderStack(environment, VERSION).template;
}

/** The template with one resource's properties changed, as a kit upgrade or a hand edit would. */
function withProperties(
  template: CloudFormationTemplate,
  logicalId: string,
  properties: Record<string, unknown>,
): CloudFormationTemplate {
  const resource = template.Resources[logicalId];
  if (!resource) throw new Error(`no resource ${logicalId}`);
  const changed = { ...resource, Properties: { ...resource.Properties, ...properties } };
  return { ...template, Resources: { ...template.Resources, [logicalId]: changed } };
}

function rowOf(changes: ReturnType<typeof predictChanges>, logicalId: string) {
  return changes.rows.find((row) => row.logicalId === logicalId);
}

function template(resources: Record<string, ResourceLike>): TemplateLike {
  return { Resources: resources };
}

const dev = renderExample('dev');

describe('predictChanges on the rendered examples', () => {
  it('adds every resource of a new environment and flags nothing', () => {
    const predicted = predictChanges(undefined, dev);
    expect(predicted.rows).toHaveLength(Object.keys(dev.Resources).length);
    expect(predicted.rows.every((row) => row.action === 'add')).toBe(true);
    expect(predicted.statefulReplacements).toEqual([]);
  });

  it('predicts no change for the same environment', () => {
    expect(predictChanges(dev, renderExample('dev'))).toEqual({ rows: [], statefulReplacements: [] });
  });

  it('only modifies the service whose desired count changes', () => {
    const next = renderExample('dev', { dify: { services: { api: { desiredCount: 2 } } } });
    expect(predictChanges(dev, next)).toEqual({
      rows: [
        {
          logicalId: 'ApiService',
          type: 'AWS::ECS::Service',
          action: 'modify',
          causes: ['DesiredCount'],
          causedBy: [],
        },
      ],
      statefulReplacements: [],
    });
  });

  it('modifies the database and the cache in place when their sizes change', () => {
    const next = renderExample('dev', {
      database: { maxCapacity: 4 },
      cache: { nodeType: 'cache.t4g.small' },
    });
    const predicted = predictChanges(dev, next);
    expect(predicted.rows.map(({ logicalId, action, causes }) => ({ logicalId, action, causes }))).toEqual([
      { logicalId: 'DatabaseCluster', action: 'modify', causes: ['ServerlessV2ScalingConfiguration'] },
      { logicalId: 'Cache', action: 'modify', causes: ['CacheNodeType'] },
    ]);
    expect(predicted.statefulReplacements).toEqual([]);
  });

  it('flags the database, the cache and the secrets when renaming the stack renames the secrets', () => {
    const predicted = predictChanges(dev, renderExample('dev', { stackName: 'dify-dev-2' }));

    expect(rowOf(predicted, 'DatabaseMasterSecret')).toMatchObject({ action: 'replace', causes: ['Name'] });
    expect(rowOf(predicted, 'DatabaseCluster')).toEqual({
      logicalId: 'DatabaseCluster',
      type: 'AWS::RDS::DBCluster',
      action: 'conditional-replace',
      causes: ['MasterUsername'],
      causedBy: ['DatabaseMasterSecret'],
      policyAction: 'ReplaceAndSnapshot',
    });
    expect(rowOf(predicted, 'Cache')).toMatchObject({
      action: 'conditional-replace',
      causes: ['AuthToken'],
      causedBy: ['CacheAuthTokenSecret'],
    });

    const cluster = predicted.statefulReplacements.find((change) => change.logicalId === 'DatabaseCluster');
    expect(cluster).toMatchObject({ action: 'conditional-replace', causes: ['MasterUsername'] });
    expect(cluster?.message).toBe(
      'this change may replace DatabaseCluster (AWS::RDS::DBCluster) because MasterUsername changes (through the replacement of DatabaseMasterSecret), depending on values known only at deploy time; the old resource would be deleted after a final snapshot, and Dify would start on an empty one',
    );
    expect(cluster?.hint).toContain('allow-replacement: DatabaseCluster');
    expect(predicted.statefulReplacements.map((change) => change.logicalId)).toEqual(
      expect.arrayContaining(['DatabaseMasterSecret', 'CacheAuthTokenSecret', 'Cache']),
    );
  });

  it('replaces the Aurora cluster, and its instance with it, when StorageEncrypted changes', () => {
    const predicted = predictChanges(
      dev,
      withProperties(dev, 'DatabaseCluster', { StorageEncrypted: false }),
    );

    expect(rowOf(predicted, 'DatabaseCluster')).toMatchObject({
      action: 'replace',
      causes: ['StorageEncrypted'],
      causedBy: [],
      policyAction: 'ReplaceAndSnapshot',
    });
    expect(rowOf(predicted, 'DatabaseInstance')).toMatchObject({
      action: 'replace',
      causes: ['DBClusterIdentifier'],
      causedBy: ['DatabaseCluster'],
    });
    expect(rowOf(predicted, 'DatabasePreparation')).toMatchObject({
      action: 'modify',
      causes: ['ClusterArn'],
      causedBy: ['DatabaseCluster'],
    });
    const [cluster, instance] = predicted.statefulReplacements;
    expect(cluster).toEqual({
      logicalId: 'DatabaseCluster',
      type: 'AWS::RDS::DBCluster',
      action: 'replace',
      causes: ['StorageEncrypted'],
      message:
        'this change replaces DatabaseCluster (AWS::RDS::DBCluster) because StorageEncrypted changes; the old resource would be deleted after a final snapshot, and Dify would start on an empty one',
      hint: 'Revert the change to StorageEncrypted; if replacing it is intended, take a snapshot or backup of its data first, then deploy with allow-replacement: DatabaseCluster.',
    });
    // Stateful by the specification only: the deploy guard does not stop for it, so no allowance is suggested.
    expect(instance).toMatchObject({ logicalId: 'DatabaseInstance', action: 'replace' });
    expect(instance?.hint).not.toContain('allow-replacement');
  });

  it('replaces the cache when its port changes, and the task definitions that read its endpoint', () => {
    const predicted = predictChanges(dev, withProperties(dev, 'Cache', { Port: 6380 }));
    expect(rowOf(predicted, 'Cache')).toEqual({
      logicalId: 'Cache',
      type: 'AWS::ElastiCache::ReplicationGroup',
      action: 'replace',
      causes: ['Port'],
      causedBy: [],
      policyAction: 'ReplaceAndSnapshot',
    });
    expect(rowOf(predicted, 'ApiTaskDefinition')).toMatchObject({
      action: 'replace',
      causes: ['ContainerDefinitions'],
      causedBy: ['Cache'],
    });
    expect(predicted.statefulReplacements.map(({ logicalId, causes }) => ({ logicalId, causes }))).toEqual([
      { logicalId: 'Cache', causes: ['Port'] },
    ]);
  });

  it('follows a replaced load balancer to its listeners and their rules, none of them stateful', () => {
    const next = renderExample('dev', {
      network: { loadBalancer: { scheme: 'internal', allowedCidrs: ['10.0.0.0/8'] } },
    });
    const predicted = predictChanges(dev, next);
    expect(rowOf(predicted, 'LoadBalancer')).toMatchObject({ action: 'replace', causes: ['Scheme'] });
    expect(rowOf(predicted, 'HttpsListener')).toMatchObject({
      action: 'replace',
      causes: ['LoadBalancerArn'],
      causedBy: ['LoadBalancer'],
    });
    expect(rowOf(predicted, 'ApiRoute1')).toMatchObject({
      action: 'replace',
      causes: ['ListenerArn'],
      causedBy: ['HttpsListener'],
    });
    expect(rowOf(predicted, 'DnsRecord')).toMatchObject({ action: 'modify', causedBy: ['LoadBalancer'] });
    expect(predicted.statefulReplacements).toEqual([]);
  });
});

describe('predictChanges on small templates', () => {
  const bucket: ResourceLike = {
    Type: 'AWS::S3::Bucket',
    DeletionPolicy: 'Retain',
    UpdateReplacePolicy: 'Retain',
    Properties: { Tags: [{ Key: 'a', Value: 'b' }] },
  };
  const vpc = (cidr: string): ResourceLike => ({ Type: 'AWS::EC2::VPC', Properties: { CidrBlock: cidr } });
  const securityGroup: ResourceLike = {
    Type: 'AWS::EC2::SecurityGroup',
    Properties: { GroupDescription: 'x', VpcId: { Ref: 'Vpc' } },
  };

  it('adds and removes by logical id, with what becomes of the removed resource', () => {
    const predicted = predictChanges(template({ Bucket: bucket }), template({ Vpc: vpc('10.0.0.0/16') }));
    expect(predicted.rows).toEqual([
      { logicalId: 'Vpc', type: 'AWS::EC2::VPC', action: 'add', causes: [], causedBy: [] },
      {
        logicalId: 'Bucket',
        type: 'AWS::S3::Bucket',
        action: 'remove',
        causes: [],
        causedBy: [],
        policyAction: 'Retain',
      },
    ]);
    expect(predicted.statefulReplacements).toEqual([
      {
        logicalId: 'Bucket',
        type: 'AWS::S3::Bucket',
        action: 'remove',
        causes: [],
        message:
          'this change removes Bucket (AWS::S3::Bucket) from the stack; the resource would be kept outside the stack, and Dify would stop using its data',
        hint: 'Keep Bucket in the template; if removing it is intended, take a snapshot or backup of its data first, then deploy with allow-replacement: Bucket.',
      },
    ]);
  });

  it('replaces a resource whose type changes, judged stateful by its old type', () => {
    const predicted = predictChanges(
      template({ Data: bucket }),
      template({ Data: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } } }),
    );
    expect(predicted.rows).toEqual([
      {
        logicalId: 'Data',
        type: 'AWS::EC2::VPC',
        action: 'replace',
        causes: ['Type'],
        causedBy: [],
        policyAction: 'ReplaceAndDelete',
      },
    ]);
    expect(predicted.statefulReplacements.map((change) => change.logicalId)).toEqual(['Data']);
  });

  it('may replace a resource when a property the specification says "maybe" changes', () => {
    const cluster = (username: string): ResourceLike => ({
      Type: 'AWS::RDS::DBCluster',
      Properties: { MasterUsername: username, BackupRetentionPeriod: 7 },
    });
    const predicted = predictChanges(
      template({ Db: cluster('postgres') }),
      template({ Db: cluster('admin') }),
    );
    expect(predicted.rows).toEqual([
      {
        logicalId: 'Db',
        type: 'AWS::RDS::DBCluster',
        action: 'conditional-replace',
        causes: ['MasterUsername'],
        causedBy: [],
        policyAction: 'ReplaceAndDelete',
      },
    ]);
    expect(predicted.statefulReplacements[0]?.hint).toBe(
      'Revert the change to MasterUsername; if replacing it is intended, take a snapshot or backup of its data first, then deploy with allow-replacement: Db.',
    );
  });

  it('names only the properties that replace, as a change set does', () => {
    const before = { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'a', VersioningConfiguration: 1 } };
    const after = { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'b', VersioningConfiguration: 2 } };
    expect(predictChanges(template({ B: before }), template({ B: after })).rows[0]).toMatchObject({
      action: 'replace',
      causes: ['BucketName'],
    });
  });

  it('carries a replacement through Ref, Fn::GetAtt and Fn::Sub to the resources that use it', () => {
    const base = template({
      Vpc: vpc('10.0.0.0/16'),
      Group: securityGroup,
      Subnet: {
        Type: 'AWS::EC2::Subnet',
        Properties: { VpcId: { 'Fn::GetAtt': ['Vpc', 'VpcId'] }, CidrBlock: '10.0.0.0/24' },
      },
      Rule: {
        Type: 'AWS::EC2::SecurityGroupIngress',
        Properties: { GroupId: { 'Fn::Sub': '${Group.GroupId}' }, IpProtocol: 'tcp' },
      },
    });
    const next = template({ ...base.Resources, Vpc: vpc('10.1.0.0/16') });
    expect(predictChanges(base, next).rows).toEqual([
      {
        logicalId: 'Vpc',
        type: 'AWS::EC2::VPC',
        action: 'replace',
        causes: ['CidrBlock'],
        causedBy: [],
        policyAction: 'ReplaceAndDelete',
      },
      {
        logicalId: 'Group',
        type: 'AWS::EC2::SecurityGroup',
        action: 'replace',
        causes: ['VpcId'],
        causedBy: ['Vpc'],
        policyAction: 'ReplaceAndDelete',
      },
      {
        logicalId: 'Subnet',
        type: 'AWS::EC2::Subnet',
        action: 'replace',
        causes: ['VpcId'],
        causedBy: ['Vpc'],
        policyAction: 'ReplaceAndDelete',
      },
      {
        logicalId: 'Rule',
        type: 'AWS::EC2::SecurityGroupIngress',
        action: 'replace',
        causes: ['GroupId'],
        causedBy: ['Group'],
        policyAction: 'ReplaceAndDelete',
      },
    ]);
  });

  it('only modifies a resource whose reference to a replaced resource sits in an updatable property', () => {
    const base = template({
      Vpc: vpc('10.0.0.0/16'),
      Group: securityGroup,
      Db: {
        Type: 'AWS::RDS::DBCluster',
        Properties: { VpcSecurityGroupIds: [{ Ref: 'Group' }] },
      },
    });
    const next = template({ ...base.Resources, Vpc: vpc('10.1.0.0/16') });
    const predicted = predictChanges(base, next);
    expect(rowOf(predicted, 'Db')).toEqual({
      logicalId: 'Db',
      type: 'AWS::RDS::DBCluster',
      action: 'modify',
      causes: ['VpcSecurityGroupIds'],
      causedBy: ['Group'],
    });
    expect(predicted.statefulReplacements).toEqual([]);
  });

  it('counts attribute and tag changes as modifications, and DependsOn by its set of names', () => {
    const before: ResourceLike = { ...bucket, DependsOn: ['A', 'B'], Metadata: { x: 1 } };
    const after: ResourceLike = {
      ...bucket,
      DependsOn: ['B', 'A'],
      Metadata: { x: 2 },
      DeletionPolicy: 'Delete',
      UpdatePolicy: { y: 1 },
      Properties: { Tags: [] },
    };
    expect(predictChanges(template({ B: before }), template({ B: after })).rows).toEqual([
      {
        logicalId: 'B',
        type: 'AWS::S3::Bucket',
        action: 'modify',
        causes: ['Tags', 'Metadata', 'DeletionPolicy', 'UpdatePolicy'],
        causedBy: [],
      },
    ]);
    expect(
      predictChanges(
        template({ B: { ...bucket, DependsOn: 'A' } }),
        template({ B: { ...bucket, DependsOn: ['A'] } }),
      ).rows,
    ).toEqual([]);
  });

  it('compares intrinsics as written, whatever the key order', () => {
    const group = (vpcId: unknown): ResourceLike => ({
      Type: 'AWS::EC2::SecurityGroup',
      Properties: { VpcId: vpcId, SecurityGroupIngress: [{ FromPort: 1, ToPort: 2 }] },
    });
    const same = {
      Type: 'AWS::EC2::SecurityGroup',
      Properties: { SecurityGroupIngress: [{ ToPort: 2, FromPort: 1 }], VpcId: { Ref: 'A' } },
    };
    expect(predictChanges(template({ G: group({ Ref: 'A' }) }), template({ G: same })).rows).toEqual([]);
    expect(
      predictChanges(template({ G: group({ Ref: 'A' }) }), template({ G: group({ Ref: 'B' }) })).rows[0],
    ).toMatchObject({ action: 'replace', causes: ['VpcId'] });
  });

  it('only modifies a resource of a type the table does not know', () => {
    const thing = (name: string): ResourceLike => ({
      Type: 'AWS::Example::Thing',
      Properties: { Name: name },
    });
    expect(predictChanges(template({ T: thing('a') }), template({ T: thing('b') })).rows).toEqual([
      { logicalId: 'T', type: 'AWS::Example::Thing', action: 'modify', causes: ['Name'], causedBy: [] },
    ]);
  });
});
