import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../../test/support/environment-fixtures.js';
import type { CloudFormationTemplate } from '../../cloudformation-template.js';
import { references } from './ref001-references.js';

const environment = contextFor().environment;
const check = (template: CloudFormationTemplate) =>
  references.check({ template, text: JSON.stringify(template), environment });

const finding = (logicalId: string, path: string, message: string) => ({
  ruleId: 'REF001',
  severity: 'error',
  logicalId,
  path,
  message,
});

const valid: CloudFormationTemplate = {
  Parameters: { Env: { Type: 'String' } },
  Mappings: { Sizes: { prod: { cpu: 1024 } } },
  Conditions: {
    IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] },
    IsBigProd: {
      'Fn::And': [{ Condition: 'IsProd' }, { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'] }],
    },
  },
  Resources: {
    Bucket: {
      Type: 'AWS::S3::Bucket',
      Condition: 'IsProd',
      Properties: {
        BucketName: { 'Fn::Sub': ['${AWS::StackName}-${Env}-${!Literal}-${Suffix}', { Suffix: 'files' }] },
        Tags: [{ Key: 'cpu', Value: { 'Fn::FindInMap': ['Sizes', { Ref: 'Env' }, 'cpu'] } }],
      },
    },
    Role: {
      Type: 'AWS::IAM::Role',
      DependsOn: ['Bucket'],
      Properties: {
        Description: { 'Fn::Sub': 'reads ${Bucket.Arn} in ${AWS::Region}' },
        Path: { 'Fn::If': ['IsBigProd', { 'Fn::GetAtt': 'Bucket.Arn' }, { Ref: 'AWS::NoValue' }] },
      },
    },
  },
  Outputs: {
    RoleArn: { Value: { 'Fn::GetAtt': ['Role', 'Arn'] }, Condition: 'IsProd' },
    BucketName: { Value: { Ref: 'Bucket' }, Export: { Name: { 'Fn::Sub': '${AWS::StackName}-bucket' } } },
  },
};

describe('REF001 references', () => {
  it('accepts a template whose references all resolve', () => {
    expect(check(valid)).toEqual([]);
  });

  it('refuses a Ref to nothing, and to an unknown pseudo parameter', () => {
    expect(
      check({
        Resources: {
          Topic: {
            Type: 'AWS::SNS::Topic',
            Properties: { TopicName: { 'Fn::Join': ['-', [{ Ref: 'Missing' }, { Ref: 'AWS::Regoin' }]] } },
          },
        },
      }),
    ).toEqual([
      finding(
        'Topic',
        'Properties.TopicName.Fn::Join.1.0.Ref',
        'the Ref to "Missing" points at no parameter or resource, so CloudFormation rejects the template',
      ),
      finding(
        'Topic',
        'Properties.TopicName.Fn::Join.1.1.Ref',
        'the Ref to "AWS::Regoin" names no pseudo parameter CloudFormation knows, so the template is rejected',
      ),
    ]);
  });

  it('refuses Fn::GetAtt of a missing resource or of a parameter', () => {
    expect(
      check({
        Parameters: { Env: { Type: 'String' } },
        Resources: { Topic: { Type: 'AWS::SNS::Topic' } },
        Outputs: {
          A: { Value: { 'Fn::GetAtt': ['Queue', 'Arn'] } },
          B: { Value: { 'Fn::GetAtt': 'Env.Value' } },
          C: { Value: { 'Fn::GetAtt': 'Topic.TopicArn' } },
        },
      }),
    ).toEqual([
      finding(
        'A',
        'Value.Fn::GetAtt',
        'the Fn::GetAtt of "Queue" points at no resource, so CloudFormation rejects the template',
      ),
      finding(
        'B',
        'Value.Fn::GetAtt',
        'the Fn::GetAtt reads an attribute of "Env", which is a parameter: only resources have attributes, so the template is rejected',
      ),
    ]);
  });

  it('refuses Fn::Sub variables that are defined nowhere', () => {
    expect(
      check({
        Resources: {
          Topic: {
            Type: 'AWS::SNS::Topic',
            Properties: {
              TopicName: { 'Fn::Sub': ['${Prefix}-${Missing}-${Gone.Arn}-${!Literal}', { Prefix: 'dify' }] },
            },
          },
        },
      }),
    ).toEqual([
      finding(
        'Topic',
        'Properties.TopicName.Fn::Sub.0',
        'the Fn::Sub variable ${Missing} is no parameter, resource, pseudo parameter or entry of its variables map, so CloudFormation rejects the template',
      ),
      finding(
        'Topic',
        'Properties.TopicName.Fn::Sub.0',
        'the Fn::Sub variable ${Gone.Arn} reads an attribute of "Gone", which is no resource, so CloudFormation rejects the template',
      ),
    ]);
  });

  it('refuses DependsOn on something that is not a resource', () => {
    expect(
      check({
        Parameters: { Env: { Type: 'String' } },
        Resources: {
          Topic: { Type: 'AWS::SNS::Topic', DependsOn: 'Queue' },
          Other: {
            Type: 'AWS::SNS::Topic',
            DependsOn: ['Topic', 'Env'],
            Properties: { TopicName: { Ref: 'Env' } },
          },
        },
      }),
    ).toEqual([
      finding(
        'Topic',
        'DependsOn',
        'the DependsOn names "Queue", which is no resource, so CloudFormation rejects the template',
      ),
      finding(
        'Other',
        'DependsOn.1',
        'the DependsOn names "Env", which is no resource, so CloudFormation rejects the template',
      ),
    ]);
  });

  it('refuses conditions that are not defined, wherever they are named', () => {
    expect(
      check({
        Conditions: { IsBig: { 'Fn::Or': [{ Condition: 'IsHuge' }, { 'Fn::Equals': ['a', 'b'] }] } },
        Resources: {
          Topic: {
            Type: 'AWS::SNS::Topic',
            Condition: 'IsProd',
            Properties: { TopicName: { 'Fn::If': ['IsDev', 'a', 'b'] } },
          },
        },
        Outputs: { Name: { Value: 'x', Condition: 'IsTest' } },
      }),
    ).toEqual([
      finding(
        'Topic',
        'Condition',
        'the condition "IsProd" is not defined in Conditions, so CloudFormation rejects the template',
      ),
      finding(
        'Topic',
        'Properties.TopicName.Fn::If.0',
        'the condition "IsDev" is not defined in Conditions, so CloudFormation rejects the template',
      ),
      finding(
        'Name',
        'Condition',
        'the condition "IsTest" is not defined in Conditions, so CloudFormation rejects the template',
      ),
      finding(
        'IsBig',
        'Fn::Or.0.Condition',
        'the condition "IsHuge" is not defined in Conditions, so CloudFormation rejects the template',
      ),
    ]);
  });

  it('lets conditions refer to parameters only', () => {
    expect(
      check({
        Parameters: { Env: { Type: 'String' } },
        Conditions: {
          OnTopic: { 'Fn::Equals': [{ Ref: 'Topic' }, 'x'] },
          OnNothing: { 'Fn::Equals': [{ Ref: 'Nothing' }, { Ref: 'Env' }] },
        },
        Resources: { Topic: { Type: 'AWS::SNS::Topic' } },
      }),
    ).toEqual([
      finding(
        'OnTopic',
        'Fn::Equals.0.Ref',
        'the Ref to "Topic" in a condition points at a resource: conditions can refer only to parameters, so the template is rejected',
      ),
      finding(
        'OnNothing',
        'Fn::Equals.0.Ref',
        'the Ref to "Nothing" points at no parameter, so CloudFormation rejects the template',
      ),
    ]);
  });

  it('refuses Fn::FindInMap on a map that is not defined', () => {
    expect(
      check({
        Resources: {
          Topic: {
            Type: 'AWS::SNS::Topic',
            Properties: { TopicName: { 'Fn::FindInMap': ['Names', 'a', 'b'] } },
          },
        },
      }),
    ).toEqual([
      finding(
        'Topic',
        'Properties.TopicName.Fn::FindInMap.0',
        'the Fn::FindInMap map "Names" is not defined in Mappings, so CloudFormation rejects the template',
      ),
    ]);
  });

  it('refuses malformed intrinsics', () => {
    const template = {
      Resources: {
        Topic: {
          Type: 'AWS::SNS::Topic',
          Properties: { TopicName: { 'Fn::GetAtt': 'Topic' }, DisplayName: { Ref: { Ref: 'X' } } },
        },
      },
    } as unknown as CloudFormationTemplate;
    expect(check(template)).toEqual([
      finding(
        'Topic',
        'Properties.TopicName.Fn::GetAtt',
        'malformed Fn::GetAtt: Fn::GetAtt takes [logicalId, attribute] or "logicalId.attribute", so CloudFormation rejects the template',
      ),
      finding(
        'Topic',
        'Properties.DisplayName.Ref',
        'malformed Ref: Ref takes the logical id of a parameter or resource as a string, so CloudFormation rejects the template',
      ),
      finding(
        'Topic',
        'Properties.DisplayName.Ref.Ref',
        'the Ref to "X" points at no parameter or resource, so CloudFormation rejects the template',
      ),
    ]);
  });
});
