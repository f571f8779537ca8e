import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../../test/support/environment-fixtures.js';
import type { CloudFormationTemplate } from '../../cloudformation-template.js';
import { unusedDefinitions } from './ref002-unused-definitions.js';

const environment = contextFor().environment;
const check = (template: CloudFormationTemplate) =>
  unusedDefinitions.check({ template, text: JSON.stringify(template), environment });

const unusedParameter = (logicalId: string) => ({
  ruleId: 'REF002',
  severity: 'error',
  logicalId,
  message:
    'no resource, output or condition refers to this parameter: its value changes nothing in the stack, which suggests a renderer mistake',
});
const unusedCondition = (logicalId: string) => ({
  ruleId: 'REF002',
  severity: 'error',
  logicalId,
  message:
    'no resource, output, Fn::If or condition uses this condition: it decides nothing in the stack, which suggests a renderer mistake',
});

describe('REF002 unused definitions', () => {
  it('accepts parameters and conditions used by Ref, Fn::Sub, Condition and Fn::If, directly or through conditions', () => {
    expect(
      check({
        Parameters: {
          Env: { Type: 'String' },
          Prefix: { Type: 'String' },
          Size: { Type: 'String' },
          Region: { Type: 'String' },
        },
        Conditions: {
          IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] },
          IsBig: { 'Fn::Equals': [{ Ref: 'Size' }, 'big'] },
          IsBigProd: { 'Fn::And': [{ Condition: 'IsProd' }, { Condition: 'IsBig' }] },
          InTokyo: { 'Fn::Equals': [{ Ref: 'Region' }, 'ap-northeast-1'] },
        },
        Resources: {
          Topic: {
            Type: 'AWS::SNS::Topic',
            Condition: 'IsBigProd',
            Properties: { TopicName: { 'Fn::Sub': '${Prefix}-topic' } },
          },
        },
        Outputs: { Where: { Value: { 'Fn::If': ['InTokyo', 'tokyo', 'elsewhere'] } } },
      }),
    ).toEqual([]);
  });

  it('reports a parameter and a condition nothing uses', () => {
    expect(
      check({
        Parameters: { Env: { Type: 'String' }, Forgotten: { Type: 'String' } },
        Conditions: {
          IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] },
          IsDev: { 'Fn::Equals': ['a', 'b'] },
        },
        Resources: { Topic: { Type: 'AWS::SNS::Topic', Condition: 'IsProd' } },
      }),
    ).toEqual([unusedParameter('Forgotten'), unusedCondition('IsDev')]);
  });

  it('does not count a Sub variable that its own map defines, nor a GetAtt, as a use of a parameter', () => {
    expect(
      check({
        Parameters: { Name: { Type: 'String' } },
        Resources: {
          Topic: {
            Type: 'AWS::SNS::Topic',
            Properties: { TopicName: { 'Fn::Sub': ['${Name}', { Name: 'x' }] } },
          },
        },
      }),
    ).toEqual([unusedParameter('Name')]);
  });

  it('reports what only unused conditions use', () => {
    expect(
      check({
        Parameters: { Env: { Type: 'String' } },
        Conditions: {
          IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] },
          IsProdToo: { 'Fn::Or': [{ Condition: 'IsProd' }, { 'Fn::Equals': ['a', 'b'] }] },
        },
        Resources: { Topic: { Type: 'AWS::SNS::Topic' } },
      }),
    ).toEqual([
      {
        ruleId: 'REF002',
        severity: 'error',
        logicalId: 'Env',
        message:
          'this parameter is used only by conditions that nothing uses: its value changes nothing in the stack, which suggests a renderer mistake',
      },
      {
        ruleId: 'REF002',
        severity: 'error',
        logicalId: 'IsProd',
        message:
          'this condition is used only by conditions that nothing uses: it decides nothing in the stack, which suggests a renderer mistake',
      },
      unusedCondition('IsProdToo'),
    ]);
  });
});
