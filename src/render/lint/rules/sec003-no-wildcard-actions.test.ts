import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../../test/support/environment-fixtures.js';
import type { CloudFormationTemplate } from '../../cloudformation-template.js';
import { noWildcardActions } from './sec003-no-wildcard-actions.js';

const environment = contextFor().environment;
const check = (template: CloudFormationTemplate) =>
  noWildcardActions.check({ template, text: JSON.stringify(template), environment });

const error = (logicalId: string, path: string, message: string) => ({
  ruleId: 'SEC003',
  severity: 'error',
  logicalId,
  path,
  message,
});

const assumeByEcs = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
};

describe('SEC003 no wildcard actions', () => {
  it('accepts named actions, a wildcard Resource, and wildcards in Deny statements', () => {
    expect(
      check({
        Resources: {
          TaskRole: {
            Type: 'AWS::IAM::Role',
            Properties: {
              AssumeRolePolicyDocument: assumeByEcs,
              Policies: [
                {
                  PolicyName: 'exec',
                  PolicyDocument: {
                    Statement: [
                      {
                        Effect: 'Allow',
                        Action: ['ssmmessages:CreateControlChannel', 'ssmmessages:OpenDataChannel'],
                        Resource: '*',
                      },
                    ],
                  },
                },
              ],
            },
          },
          FilesPolicy: {
            Type: 'AWS::S3::BucketPolicy',
            Properties: {
              Bucket: { Ref: 'Files' },
              PolicyDocument: {
                Statement: {
                  Effect: 'Deny',
                  Principal: '*',
                  Action: 's3:*',
                  Resource: '*',
                  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
                },
              },
            },
          },
          Files: { Type: 'AWS::S3::Bucket' },
        },
      }),
    ).toEqual([]);
  });

  it('refuses *, service:* and partial wildcards in each kind of policy', () => {
    expect(
      check({
        Resources: {
          TaskRole: {
            Type: 'AWS::IAM::Role',
            Properties: {
              AssumeRolePolicyDocument: {
                Statement: [
                  { Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:*' },
                ],
              },
              Policies: [
                {
                  PolicyName: 'all',
                  PolicyDocument: { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
                },
              ],
            },
          },
          Inline: {
            Type: 'AWS::IAM::Policy',
            Properties: {
              PolicyDocument: {
                Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:Get*'], Resource: '*' }],
              },
            },
          },
          Managed: {
            Type: 'AWS::IAM::ManagedPolicy',
            Properties: {
              PolicyDocument: {
                Statement: {
                  Effect: 'Allow',
                  Action: { 'Fn::If': ['IsDev', 'bedrock:*', 'bedrock:InvokeModel'] },
                  Resource: '*',
                },
              },
            },
          },
          FilesPolicy: {
            Type: 'AWS::S3::BucketPolicy',
            Properties: {
              Bucket: { Ref: 'Files' },
              PolicyDocument: {
                Statement: [
                  {
                    Effect: 'Allow',
                    Principal: { AWS: 'arn:aws:iam::123456789012:root' },
                    Action: 's3:*Object',
                  },
                ],
              },
            },
          },
        },
      }),
    ).toEqual([
      error(
        'TaskRole',
        'Properties.AssumeRolePolicyDocument.Statement.0.Action',
        'the action "sts:*" is a wildcard: it allows every sts action, including actions AWS adds later; list the actions Dify needs',
      ),
      error(
        'TaskRole',
        'Properties.Policies.0.PolicyDocument.Statement.0.Action',
        'the action "*" is a wildcard: it allows every action on every service, including actions AWS adds later; list the actions Dify needs',
      ),
      error(
        'Inline',
        'Properties.PolicyDocument.Statement.0.Action.1',
        'the action "s3:Get*" is a wildcard: it allows every s3 action matching Get*, including actions AWS adds later; list the actions Dify needs',
      ),
      error(
        'Managed',
        'Properties.PolicyDocument.Statement.Action.Fn::If.1',
        'the action "bedrock:*" is a wildcard: it allows every bedrock action, including actions AWS adds later; list the actions Dify needs',
      ),
      error(
        'FilesPolicy',
        'Properties.PolicyDocument.Statement.0.Action',
        'the action "s3:*Object" is a wildcard: it allows every s3 action matching *Object, including actions AWS adds later; list the actions Dify needs',
      ),
    ]);
  });

  it('refuses NotAction in an Allow statement', () => {
    expect(
      check({
        Resources: {
          Inline: {
            Type: 'AWS::IAM::Policy',
            Properties: {
              PolicyDocument: { Statement: [{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }] },
            },
          },
        },
      }),
    ).toEqual([
      error(
        'Inline',
        'Properties.PolicyDocument.Statement.0.NotAction',
        'an Allow statement uses NotAction: it grants every action except those listed, including actions AWS adds later; name the allowed actions in Action instead',
      ),
    ]);
  });
});
