import { describe, expect, it } from 'vitest';
import {
  parseStackPolicy,
  protectiveStackPolicy,
  stackPolicyAllowing,
  statefulLogicalIds,
} from './stack-policy.js';
import { templateResourceTypes } from './template-resources.js';

const TEMPLATE = `Resources:
  StorageBucket:
    Type: AWS::S3::Bucket
    Properties: {"BucketName": {"Fn::Sub": "dify-\${AWS::AccountId}"}}
  DatabaseCluster:
    Type: AWS::RDS::DBCluster
  Cache:
    Type: AWS::ElastiCache::ReplicationGroup
  SecretKeySecret:
    Type: AWS::SecretsManager::Secret
  ApiService:
    Type: AWS::ECS::Service
`;

describe('stack policy', () => {
  it('finds the stateful resources of a rendered template', () => {
    expect(statefulLogicalIds(templateResourceTypes(TEMPLATE))).toEqual([
      'Cache',
      'DatabaseCluster',
      'SecretKeySecret',
      'StorageBucket',
    ]);
  });

  it('denies replacing and deleting the stateful resources and allows every other update', () => {
    expect(JSON.parse(protectiveStackPolicy(['StorageBucket', 'DatabaseCluster']))).toEqual({
      Statement: [
        { Effect: 'Allow', Principal: '*', Action: 'Update:*', Resource: '*' },
        {
          Effect: 'Deny',
          Principal: '*',
          Action: ['Update:Replace', 'Update:Delete'],
          Resource: ['LogicalResourceId/DatabaseCluster', 'LogicalResourceId/StorageBucket'],
        },
      ],
    });
    expect(JSON.parse(protectiveStackPolicy([]))).toEqual({
      Statement: [{ Effect: 'Allow', Principal: '*', Action: 'Update:*', Resource: '*' }],
    });
  });

  it('allows, for one deploy, only the resources allow-replacement names', () => {
    const policy = protectiveStackPolicy(['StorageBucket', 'DatabaseCluster']);
    expect(JSON.parse(stackPolicyAllowing(policy, ['DatabaseCluster'])).Statement[1].Resource).toEqual([
      'LogicalResourceId/StorageBucket',
    ]);
    expect(
      JSON.parse(stackPolicyAllowing(policy, ['DatabaseCluster', 'StorageBucket'])).Statement,
    ).toHaveLength(1);
    expect(stackPolicyAllowing(policy, ['NotThere'])).toBe(policy);
  });

  it('refuses a policy that is not one', () => {
    expect(() => parseStackPolicy('{')).toThrow('the stack policy is not JSON');
    expect(() => parseStackPolicy('{}')).toThrow('no Statement list');
  });
});
