import { describe, expect, it } from 'vitest';
import type { CloudFormationTemplate } from '../../cloudformation-template.js';
import {
  alternatives,
  childPath,
  collectReferences,
  getAttTarget,
  intrinsicName,
  listItems,
  literalText,
  lookup,
  oneOrMany,
  referencedLogicalId,
  refTarget,
  resolveString,
  subArguments,
  subVariables,
} from './template-walk.js';

describe('intrinsic helpers', () => {
  it('joins dot paths from the root', () => {
    expect(childPath('', 'Properties')).toBe('Properties');
    expect(childPath('Properties.SecurityGroupIngress', 0)).toBe('Properties.SecurityGroupIngress.0');
  });

  it('recognises an intrinsic only as an object with that single key', () => {
    expect(intrinsicName({ Ref: 'Vpc' })).toBe('Ref');
    expect(intrinsicName({ 'Fn::Join': ['', []] })).toBe('Fn::Join');
    expect(intrinsicName({ Condition: 'IsProd' })).toBe('Condition');
    expect(intrinsicName({ Ref: 'Vpc', Other: 1 })).toBeUndefined();
    expect(intrinsicName({ Name: 'x' })).toBeUndefined();
    expect(intrinsicName(['Ref'])).toBeUndefined();
    expect(intrinsicName('Ref')).toBeUndefined();
  });

  it('reads Ref and both forms of Fn::GetAtt', () => {
    expect(refTarget({ Ref: 'Vpc' })).toBe('Vpc');
    expect(refTarget({ Ref: 1 })).toBeUndefined();
    expect(getAttTarget({ 'Fn::GetAtt': ['Database', 'Endpoint.Address'] })).toEqual({
      logicalId: 'Database',
      attribute: 'Endpoint.Address',
    });
    expect(getAttTarget({ 'Fn::GetAtt': 'Database.Endpoint.Address' })).toEqual({
      logicalId: 'Database',
      attribute: 'Endpoint.Address',
    });
    expect(getAttTarget({ 'Fn::GetAtt': 'Database' })).toBeUndefined();
    expect(getAttTarget({ 'Fn::GetAtt': ['Database'] })).toBeUndefined();
    expect(referencedLogicalId({ 'Fn::GetAtt': ['LoadBalancerGroup', 'GroupId'] })).toBe('LoadBalancerGroup');
    expect(referencedLogicalId({ Ref: 'LoadBalancerGroup' })).toBe('LoadBalancerGroup');
    expect(referencedLogicalId('sg-0123')).toBeUndefined();
  });

  it('reads Fn::Sub in both forms and its variables without escapes', () => {
    expect(subArguments({ 'Fn::Sub': 'a${B}' })).toEqual({ text: 'a${B}', variables: {} });
    expect(subArguments({ 'Fn::Sub': ['a${B}', { B: 'b' }] })).toEqual({
      text: 'a${B}',
      variables: { B: 'b' },
    });
    expect(subArguments({ 'Fn::Sub': ['a${B}'] })).toBeUndefined();
    expect(subVariables('arn:${AWS::Partition}:s3:::${Bucket}/${Bucket.Arn}/${!Literal}')).toEqual([
      'AWS::Partition',
      'Bucket',
      'Bucket.Arn',
    ]);
    expect(literalText({ 'Fn::Sub': ['${Service}:*', { Service: 's3' }] })).toBe('${Service}:*');
    expect(literalText('s3:GetObject')).toBe('s3:GetObject');
    expect(literalText({ Ref: 'Action' })).toBeUndefined();
  });

  it('expands Fn::If branches, reading AWS::NoValue as absent', () => {
    expect(
      alternatives({ 'Fn::If': ['IsProd', 'a', { 'Fn::If': ['IsBig', 'b', { Ref: 'AWS::NoValue' }] }] }, 'P'),
    ).toEqual([
      { value: 'a', path: 'P.Fn::If.1' },
      { value: 'b', path: 'P.Fn::If.2.Fn::If.1' },
      { value: undefined, path: 'P.Fn::If.2.Fn::If.2' },
    ]);
    expect(alternatives('plain', 'P')).toEqual([{ value: 'plain', path: 'P' }]);
  });

  it('looks values up through Fn::If, naming the whole path when something is missing', () => {
    const properties = {
      NetworkConfiguration: {
        'Fn::If': [
          'IsPublic',
          { AwsvpcConfiguration: { AssignPublicIp: 'ENABLED' } },
          { AwsvpcConfiguration: {} },
        ],
      },
    };
    expect(
      lookup(properties, 'Properties', ['NetworkConfiguration', 'AwsvpcConfiguration', 'AssignPublicIp']),
    ).toEqual([
      {
        value: 'ENABLED',
        path: 'Properties.NetworkConfiguration.Fn::If.1.AwsvpcConfiguration.AssignPublicIp',
      },
      {
        value: undefined,
        path: 'Properties.NetworkConfiguration.Fn::If.2.AwsvpcConfiguration.AssignPublicIp',
      },
    ]);
    expect(lookup(undefined, 'Properties', ['A', 0, 'B'])).toEqual([
      { value: undefined, path: 'Properties.A.0.B' },
    ]);
    expect(lookup({ A: ['x', 'y'] }, 'Properties', ['A', 1])).toEqual([
      { value: 'y', path: 'Properties.A.1' },
    ]);
  });

  it('lists items through Fn::If, dropping absent ones, and reads one-or-many statements', () => {
    expect(listItems(['a', { 'Fn::If': ['C', 'b', { Ref: 'AWS::NoValue' }] }], 'L')).toEqual([
      { value: 'a', path: 'L.0' },
      { value: 'b', path: 'L.1.Fn::If.1' },
    ]);
    expect(listItems('not a list', 'L')).toEqual([]);
    expect(oneOrMany({ Effect: 'Allow' }, 'S')).toEqual([{ value: { Effect: 'Allow' }, path: 'S' }]);
    expect(oneOrMany([{ Effect: 'Allow' }], 'S')).toEqual([{ value: { Effect: 'Allow' }, path: 'S.0' }]);
    expect(oneOrMany(undefined, 'S')).toEqual([]);
  });

  it('resolves a string, or the default of the parameter a Ref names', () => {
    const template: CloudFormationTemplate = {
      Parameters: { Open: { Type: 'String', Default: '0.0.0.0/0' }, NoDefault: { Type: 'String' } },
      Resources: {},
    };
    expect(resolveString(template, '10.0.0.0/16')).toBe('10.0.0.0/16');
    expect(resolveString(template, { Ref: 'Open' })).toBe('0.0.0.0/0');
    expect(resolveString(template, { Ref: 'NoDefault' })).toBeUndefined();
    expect(resolveString(template, { Ref: 'Missing' })).toBeUndefined();
  });
});

describe('collectReferences', () => {
  it('finds every kind of reference, with where it sits', () => {
    const template: CloudFormationTemplate = {
      Parameters: { Env: { Type: 'String' } },
      Mappings: { Sizes: { prod: { cpu: 1024 } } },
      Conditions: {
        IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] },
        IsBigProd: { 'Fn::And': [{ Condition: 'IsProd' }, { 'Fn::Equals': ['a', 'a'] }] },
      },
      Resources: {
        Bucket: {
          Type: 'AWS::S3::Bucket',
          Condition: 'IsProd',
          DependsOn: ['Role', 'Queue'],
          Properties: {
            BucketName: {
              'Fn::Sub': [
                '${AWS::StackName}-${Env}-${Role.Arn}-${!Escaped}-${Local}',
                { Local: { Ref: 'Name' } },
              ],
            },
            Tags: [{ Key: 'cpu', Value: { 'Fn::FindInMap': ['Sizes', { Ref: 'Env' }, 'cpu'] } }],
            Policy: {
              Statement: [{ Effect: 'Allow', Condition: { Bool: { 'aws:SecureTransport': 'true' } } }],
            },
          },
        },
        Role: {
          Type: 'AWS::IAM::Role',
          DependsOn: 'Bucket',
          Properties: { Path: { 'Fn::If': ['IsBigProd', { 'Fn::GetAtt': 'Bucket.Arn' }, '/'] } },
        },
      },
      Outputs: {
        Arn: {
          Value: { 'Fn::GetAtt': ['Role', 'Arn'] },
          Condition: 'IsProd',
          Export: { Name: { Ref: 'AWS::StackName' } },
        },
      },
    };
    expect(collectReferences(template)).toEqual([
      { kind: 'DependsOn', target: 'Role', section: 'Resources', logicalId: 'Bucket', path: 'DependsOn.0' },
      { kind: 'DependsOn', target: 'Queue', section: 'Resources', logicalId: 'Bucket', path: 'DependsOn.1' },
      { kind: 'Condition', target: 'IsProd', section: 'Resources', logicalId: 'Bucket', path: 'Condition' },
      {
        kind: 'Fn::Sub',
        target: 'AWS::StackName',
        section: 'Resources',
        logicalId: 'Bucket',
        path: 'Properties.BucketName.Fn::Sub.0',
      },
      {
        kind: 'Fn::Sub',
        target: 'Env',
        section: 'Resources',
        logicalId: 'Bucket',
        path: 'Properties.BucketName.Fn::Sub.0',
      },
      {
        kind: 'Fn::Sub',
        target: 'Role',
        attribute: 'Arn',
        section: 'Resources',
        logicalId: 'Bucket',
        path: 'Properties.BucketName.Fn::Sub.0',
      },
      {
        kind: 'Ref',
        target: 'Name',
        section: 'Resources',
        logicalId: 'Bucket',
        path: 'Properties.BucketName.Fn::Sub.1.Local.Ref',
      },
      {
        kind: 'Fn::FindInMap',
        target: 'Sizes',
        section: 'Resources',
        logicalId: 'Bucket',
        path: 'Properties.Tags.0.Value.Fn::FindInMap.0',
      },
      {
        kind: 'Ref',
        target: 'Env',
        section: 'Resources',
        logicalId: 'Bucket',
        path: 'Properties.Tags.0.Value.Fn::FindInMap.1.Ref',
      },
      { kind: 'DependsOn', target: 'Bucket', section: 'Resources', logicalId: 'Role', path: 'DependsOn' },
      {
        kind: 'Condition',
        target: 'IsBigProd',
        section: 'Resources',
        logicalId: 'Role',
        path: 'Properties.Path.Fn::If.0',
      },
      {
        kind: 'Fn::GetAtt',
        target: 'Bucket',
        attribute: 'Arn',
        section: 'Resources',
        logicalId: 'Role',
        path: 'Properties.Path.Fn::If.1.Fn::GetAtt',
      },
      { kind: 'Condition', target: 'IsProd', section: 'Outputs', logicalId: 'Arn', path: 'Condition' },
      {
        kind: 'Fn::GetAtt',
        target: 'Role',
        attribute: 'Arn',
        section: 'Outputs',
        logicalId: 'Arn',
        path: 'Value.Fn::GetAtt',
      },
      {
        kind: 'Ref',
        target: 'AWS::StackName',
        section: 'Outputs',
        logicalId: 'Arn',
        path: 'Export.Name.Ref',
      },
      { kind: 'Ref', target: 'Env', section: 'Conditions', logicalId: 'IsProd', path: 'Fn::Equals.0.Ref' },
      {
        kind: 'Condition',
        target: 'IsProd',
        section: 'Conditions',
        logicalId: 'IsBigProd',
        path: 'Fn::And.0.Condition',
      },
    ]);
  });

  it('reports malformed intrinsics and attributes instead of guessing', () => {
    const template = {
      Resources: {
        Thing: {
          Type: 'AWS::SNS::Topic',
          DependsOn: [{ Ref: 'Other' }],
          Condition: ['IsProd'],
          Properties: {
            A: { Ref: ['Vpc'] },
            B: { 'Fn::GetAtt': 'NoAttribute' },
            C: { 'Fn::Sub': ['text'] },
            D: { 'Fn::If': ['OnlyTwo', 'a'] },
            E: { 'Fn::FindInMap': ['Map'] },
          },
        },
      },
    } as unknown as CloudFormationTemplate;
    const where = { section: 'Resources', logicalId: 'Thing' } as const;
    expect(collectReferences(template)).toEqual([
      { kind: 'malformed', name: 'DependsOn', ...where, path: 'DependsOn.0' },
      { kind: 'malformed', name: 'Condition', ...where, path: 'Condition' },
      { kind: 'malformed', name: 'Ref', ...where, path: 'Properties.A.Ref' },
      { kind: 'malformed', name: 'Fn::GetAtt', ...where, path: 'Properties.B.Fn::GetAtt' },
      { kind: 'malformed', name: 'Fn::Sub', ...where, path: 'Properties.C.Fn::Sub' },
      { kind: 'malformed', name: 'Fn::If', ...where, path: 'Properties.D.Fn::If' },
      { kind: 'malformed', name: 'Fn::FindInMap', ...where, path: 'Properties.E.Fn::FindInMap' },
    ]);
  });
});
