import type { Change, ResourceChange } from '@aws-sdk/client-cloudformation';
import { describe, expect, it } from 'vitest';
import { isEmptyChangeSet, judgeChangeSet } from './change-set-verdict.js';

function change(resourceChange: ResourceChange): Change {
  return { Type: 'Resource', ResourceChange: resourceChange };
}

/** The subnet group is replaced, and the cluster with it: what moving the database to new subnets does. */
const databaseReplaced = change({
  Action: 'Modify',
  LogicalResourceId: 'DatabaseCluster',
  PhysicalResourceId: 'dify-prod-databasecluster-abc',
  ResourceType: 'AWS::RDS::DBCluster',
  Replacement: 'True',
  PolicyAction: 'ReplaceAndSnapshot',
  Scope: ['Properties', 'Tags'],
  Details: [
    {
      Target: { Attribute: 'Properties', Name: 'DBSubnetGroupName', RequiresRecreation: 'Always' },
      Evaluation: 'Static',
      ChangeSource: 'ResourceReference',
      CausingEntity: 'DatabaseSubnetGroup',
    },
    {
      Target: { Attribute: 'Properties', Name: 'DBSubnetGroupName', RequiresRecreation: 'Always' },
      Evaluation: 'Dynamic',
      ChangeSource: 'DirectModification',
    },
    {
      Target: {
        Attribute: 'Properties',
        Name: 'ServerlessV2ScalingConfiguration',
        RequiresRecreation: 'Never',
      },
      Evaluation: 'Static',
      ChangeSource: 'DirectModification',
    },
    {
      Target: { Attribute: 'Tags', RequiresRecreation: 'Never' },
      Evaluation: 'Static',
      ChangeSource: 'DirectModification',
    },
  ],
});

const cacheMaybeReplaced = change({
  Action: 'Modify',
  LogicalResourceId: 'Cache',
  ResourceType: 'AWS::ElastiCache::ReplicationGroup',
  Replacement: 'Conditional',
  Details: [
    {
      Target: { Attribute: 'Properties', Name: 'CacheNodeType', RequiresRecreation: 'Never' },
      Evaluation: 'Static',
      ChangeSource: 'DirectModification',
    },
    {
      Target: {
        Attribute: 'Properties',
        Name: 'TransitEncryptionEnabled',
        RequiresRecreation: 'Conditionally',
      },
      Evaluation: 'Static',
      ChangeSource: 'ParameterReference',
      CausingEntity: 'CacheEncryption',
    },
  ],
});

const secretRemoved = change({
  Action: 'Remove',
  LogicalResourceId: 'SandboxApiKeySecret',
  ResourceType: 'AWS::SecretsManager::Secret',
  PolicyAction: 'Retain',
});

const taskDefinitionReplaced = change({
  Action: 'Modify',
  LogicalResourceId: 'ApiTaskDefinition',
  ResourceType: 'AWS::ECS::TaskDefinition',
  Replacement: 'True',
  Details: [
    {
      Target: { Attribute: 'Properties', Name: 'ContainerDefinitions', RequiresRecreation: 'Always' },
      Evaluation: 'Static',
      ChangeSource: 'DirectModification',
    },
  ],
});

const serviceModified = change({
  Action: 'Modify',
  LogicalResourceId: 'ApiService',
  ResourceType: 'AWS::ECS::Service',
  Replacement: 'False',
  Details: [
    {
      Target: { Attribute: 'Properties', Name: 'TaskDefinition', RequiresRecreation: 'Never' },
      Evaluation: 'Static',
      ChangeSource: 'ResourceReference',
      CausingEntity: 'ApiTaskDefinition',
    },
  ],
});

const alarmAdded = change({
  Action: 'Add',
  LogicalResourceId: 'ApiAlarm',
  ResourceType: 'AWS::CloudWatch::Alarm',
});
const bucketImported = change({
  Action: 'Import',
  LogicalResourceId: 'StorageBucket',
  ResourceType: 'AWS::S3::Bucket',
});

const TEMPLATE_TYPES = {
  DatabaseCluster: 'AWS::RDS::DBCluster',
  Cache: 'AWS::ElastiCache::ReplicationGroup',
  ApiTaskDefinition: 'AWS::ECS::TaskDefinition',
  ApiService: 'AWS::ECS::Service',
  ApiAlarm: 'AWS::CloudWatch::Alarm',
  StorageBucket: 'AWS::S3::Bucket',
};

describe('judgeChangeSet', () => {
  it('reads each change into a row with its action and the properties that cause it', () => {
    const { rows } = judgeChangeSet({
      changes: [
        databaseReplaced,
        cacheMaybeReplaced,
        secretRemoved,
        taskDefinitionReplaced,
        serviceModified,
        alarmAdded,
      ],
      templateTypes: TEMPLATE_TYPES,
      allowReplacement: [],
    });
    expect(rows).toEqual([
      {
        logicalId: 'DatabaseCluster',
        type: 'AWS::RDS::DBCluster',
        action: 'replace',
        causes: ['DBSubnetGroupName'],
        causedBy: ['DatabaseSubnetGroup'],
        policyAction: 'ReplaceAndSnapshot',
      },
      {
        logicalId: 'Cache',
        type: 'AWS::ElastiCache::ReplicationGroup',
        action: 'conditional-replace',
        causes: ['TransitEncryptionEnabled'],
        causedBy: ['CacheEncryption'],
      },
      {
        logicalId: 'SandboxApiKeySecret',
        type: 'AWS::SecretsManager::Secret',
        action: 'remove',
        causes: [],
        causedBy: [],
        policyAction: 'Retain',
      },
      {
        logicalId: 'ApiTaskDefinition',
        type: 'AWS::ECS::TaskDefinition',
        action: 'replace',
        causes: ['ContainerDefinitions'],
        causedBy: [],
      },
      {
        logicalId: 'ApiService',
        type: 'AWS::ECS::Service',
        action: 'modify',
        causes: ['TaskDefinition'],
        causedBy: ['ApiTaskDefinition'],
      },
      { logicalId: 'ApiAlarm', type: 'AWS::CloudWatch::Alarm', action: 'add', causes: [], causedBy: [] },
    ]);
  });

  it('lists every changed property and attribute of an in-place change', () => {
    const { rows } = judgeChangeSet({
      changes: [change({ ...databaseReplaced.ResourceChange, Replacement: 'False' })],
      templateTypes: TEMPLATE_TYPES,
      allowReplacement: [],
    });
    expect(rows.map(({ action, causes }) => ({ action, causes }))).toEqual([
      { action: 'modify', causes: ['DBSubnetGroupName', 'ServerlessV2ScalingConfiguration', 'Tags'] },
    ]);
  });

  it('refuses a change set that replaces the database, naming the property that causes it', () => {
    const { statefulGuard } = judgeChangeSet({
      changes: [databaseReplaced, taskDefinitionReplaced, serviceModified],
      templateTypes: TEMPLATE_TYPES,
      allowReplacement: [],
    });
    expect(statefulGuard).toEqual({
      verdict: 'refuse',
      refused: [
        {
          logicalId: 'DatabaseCluster',
          type: 'AWS::RDS::DBCluster',
          action: 'replace',
          causes: ['DBSubnetGroupName'],
          message:
            'the change set replaces DatabaseCluster (AWS::RDS::DBCluster) because DBSubnetGroupName changes (through DatabaseSubnetGroup); the old resource would be deleted after a final snapshot, and Dify would start on an empty one',
          hint: 'Revert the change to DBSubnetGroupName; if replacing it is intended, add DatabaseCluster to allow-replacement.',
        },
      ],
      allowed: [],
      unusedAllowances: [],
    });
  });

  it('refuses a conditional replacement of the cache and the removal of a secret', () => {
    const { statefulGuard } = judgeChangeSet({
      changes: [cacheMaybeReplaced, secretRemoved],
      templateTypes: TEMPLATE_TYPES,
      allowReplacement: [],
    });
    expect(
      statefulGuard.verdict === 'refuse' &&
        statefulGuard.refused.map(({ message, hint }) => ({ message, hint })),
    ).toEqual([
      {
        message:
          'the change set may replace Cache (AWS::ElastiCache::ReplicationGroup) because TransitEncryptionEnabled changes (through CacheEncryption), depending on values CloudFormation only knows while it runs; the old resource and its data would be deleted',
        hint: 'Revert the change to TransitEncryptionEnabled; if replacing it is intended, add Cache to allow-replacement.',
      },
      {
        message:
          'the change set removes SandboxApiKeySecret (AWS::SecretsManager::Secret) from the stack; the resource would be kept outside the stack, and Dify would stop using its data',
        hint: 'Keep SandboxApiKeySecret in the template; if removing it is intended, add SandboxApiKeySecret to allow-replacement.',
      },
    ]);
  });

  it('lets a replacement through when allow-replacement names the resource, and reports allowances that match nothing', () => {
    const { statefulGuard } = judgeChangeSet({
      changes: [databaseReplaced, taskDefinitionReplaced],
      templateTypes: TEMPLATE_TYPES,
      allowReplacement: ['DatabaseCluster', 'ApiTaskDefinition', 'DatabseCluster'],
    });
    expect(statefulGuard.verdict).toBe('pass');
    expect(statefulGuard.allowed.map((allowed) => allowed.logicalId)).toEqual(['DatabaseCluster']);
    expect(statefulGuard.unusedAllowances).toEqual(['ApiTaskDefinition', 'DatabseCluster']);
  });

  it('refuses the resources allow-replacement does not name, and allows those it does', () => {
    const { statefulGuard } = judgeChangeSet({
      changes: [databaseReplaced, secretRemoved],
      templateTypes: TEMPLATE_TYPES,
      allowReplacement: ['SandboxApiKeySecret'],
    });
    expect(statefulGuard.verdict).toBe('refuse');
    expect(
      statefulGuard.verdict === 'refuse' && statefulGuard.refused.map((refused) => refused.logicalId),
    ).toEqual(['DatabaseCluster']);
    expect(statefulGuard.allowed.map((allowed) => allowed.logicalId)).toEqual(['SandboxApiKeySecret']);
  });

  it('passes in-place changes, additions and imports of stateful resources', () => {
    const { rows, statefulGuard } = judgeChangeSet({
      changes: [change({ ...databaseReplaced.ResourceChange, Replacement: 'False' }), bucketImported],
      templateTypes: TEMPLATE_TYPES,
      allowReplacement: [],
    });
    expect(rows.map((row) => row.action)).toEqual(['modify', 'add']);
    expect(statefulGuard).toEqual({ verdict: 'pass', allowed: [], unusedAllowances: [] });
  });

  it("takes a resource's type from the template when the change does not give it", () => {
    const { rows, statefulGuard } = judgeChangeSet({
      changes: [change({ ...databaseReplaced.ResourceChange, ResourceType: undefined })],
      templateTypes: TEMPLATE_TYPES,
      allowReplacement: [],
    });
    expect(rows[0]?.type).toBe('AWS::RDS::DBCluster');
    expect(statefulGuard.verdict).toBe('refuse');
  });

  it('explains a replacement whose cause CloudFormation does not name by what changes', () => {
    const { statefulGuard } = judgeChangeSet({
      changes: [
        change({
          Action: 'Modify',
          LogicalResourceId: 'StorageBucket',
          ResourceType: 'AWS::S3::Bucket',
          Replacement: 'True',
          Details: [],
        }),
      ],
      templateTypes: TEMPLATE_TYPES,
      allowReplacement: [],
    });
    expect(statefulGuard.verdict === 'refuse' && statefulGuard.refused[0]).toEqual({
      logicalId: 'StorageBucket',
      type: 'AWS::S3::Bucket',
      action: 'replace',
      causes: [],
      message:
        'the change set replaces StorageBucket (AWS::S3::Bucket); the old resource and its data would be deleted',
      hint: 'Revert the change to StorageBucket; if replacing it is intended, add StorageBucket to allow-replacement.',
    });
  });

  it('ignores changes that are not resource changes', () => {
    expect(
      judgeChangeSet({ changes: [{ HookInvocationCount: 1 }], templateTypes: {}, allowReplacement: [] }),
    ).toEqual({
      rows: [],
      statefulGuard: { verdict: 'pass', allowed: [], unusedAllowances: [] },
    });
  });
});

describe('isEmptyChangeSet', () => {
  it('recognises both wordings of a change set with nothing to change', () => {
    expect(
      isEmptyChangeSet(
        'FAILED',
        "The submitted information didn't contain changes. Submit different information to create a change set.",
      ),
    ).toBe(true);
    expect(isEmptyChangeSet('FAILED', 'No updates are to be performed.')).toBe(true);
  });

  it('treats every other failure, and a change set that did not fail, as not empty', () => {
    expect(isEmptyChangeSet('FAILED', 'Template format error: Unresolved resource dependencies [Vpc]')).toBe(
      false,
    );
    expect(isEmptyChangeSet('FAILED', undefined)).toBe(false);
    expect(isEmptyChangeSet('CREATE_COMPLETE', 'No updates are to be performed.')).toBe(false);
    expect(isEmptyChangeSet(undefined, undefined)).toBe(false);
  });
});
