import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../../test/support/environment-fixtures.js';
import type { CloudFormationResource, CloudFormationTemplate } from '../../cloudformation-template.js';
import {
  MAX_INLINE_TEMPLATE_BYTES,
  MAX_LOGICAL_ID_LENGTH,
  MAX_OUTPUTS,
  MAX_PARAMETERS,
  MAX_RESOURCES,
  MAX_TEMPLATE_BYTES,
  templateLimits,
} from './lim001-template-limits.js';

const environment = contextFor().environment;
const check = (template: CloudFormationTemplate, text = JSON.stringify(template)) =>
  templateLimits.check({ template, text, environment });

const many = <T>(count: number, make: (index: number) => T): Record<string, T> =>
  Object.fromEntries(Array.from({ length: count }, (_, index) => [`Item${index}`, make(index)]));
const topic = (): CloudFormationResource => ({ Type: 'AWS::SNS::Topic' });

describe('LIM001 template limits', () => {
  it('states the CloudFormation quotas', () => {
    expect([
      MAX_TEMPLATE_BYTES,
      MAX_INLINE_TEMPLATE_BYTES,
      MAX_RESOURCES,
      MAX_OUTPUTS,
      MAX_PARAMETERS,
      MAX_LOGICAL_ID_LENGTH,
    ]).toEqual([1_000_000, 51_200, 500, 200, 200, 255]);
  });

  it('accepts a template exactly at every limit', () => {
    const template: CloudFormationTemplate = {
      Parameters: many(MAX_PARAMETERS, () => ({ Type: 'String' })),
      Resources: { ...many(MAX_RESOURCES - 1, topic), ['A'.repeat(MAX_LOGICAL_ID_LENGTH)]: topic() },
      Outputs: many(MAX_OUTPUTS, () => ({ Value: 'x' })),
    };
    expect(check(template, 'x'.repeat(MAX_INLINE_TEMPLATE_BYTES))).toEqual([]);
  });

  it('accepts a template over 51,200 bytes, which the deploy engine uploads to S3, counting bytes not characters', () => {
    // 25,601 two-byte characters: 51,202 bytes, over the inline limit and well under the S3 one.
    const text = 'é'.repeat(25_601);
    expect(Buffer.byteLength(text)).toBe(51_202);
    expect(templateLimits.check({ template: { Resources: {} }, text, environment })).toEqual([]);
  });

  it('refuses a template over 1,000,000 bytes', () => {
    expect(check({ Resources: { Topic: topic() } }, 'x'.repeat(MAX_TEMPLATE_BYTES + 1))).toEqual([
      {
        ruleId: 'LIM001',
        severity: 'error',
        message: 'the template is 1000001 bytes: CloudFormation accepts at most 1000000 bytes, even from S3',
      },
    ]);
  });

  it('refuses too many resources, outputs and parameters', () => {
    const template: CloudFormationTemplate = {
      Parameters: many(MAX_PARAMETERS + 1, () => ({ Type: 'String' })),
      Resources: many(MAX_RESOURCES + 1, topic),
      Outputs: many(MAX_OUTPUTS + 1, () => ({ Value: 'x' })),
    };
    expect(check(template, '{}')).toEqual([
      {
        ruleId: 'LIM001',
        severity: 'error',
        message: 'the template declares 501 resources: CloudFormation accepts at most 500',
      },
      {
        ruleId: 'LIM001',
        severity: 'error',
        message: 'the template declares 201 outputs: CloudFormation accepts at most 200',
      },
      {
        ruleId: 'LIM001',
        severity: 'error',
        message: 'the template declares 201 parameters: CloudFormation accepts at most 200',
      },
    ]);
  });

  it('refuses logical ids that are not alphanumeric or are too long', () => {
    const long = 'B'.repeat(MAX_LOGICAL_ID_LENGTH + 1);
    const template: CloudFormationTemplate = {
      Parameters: { 'db-password': { Type: 'String' } },
      Mappings: { Region_Map: {} },
      Resources: { [long]: topic(), 'Api.Service': topic() },
      Outputs: { 'Url ': { Value: 'x' } },
    };
    const finding = (logicalId: string, message: string) => ({
      ruleId: 'LIM001',
      severity: 'error',
      logicalId,
      message,
    });
    const notAlphanumeric = (what: string) =>
      `the ${what} logical id is not alphanumeric: CloudFormation accepts only A-Z, a-z and 0-9 in logical ids`;
    expect(check(template, '{}')).toEqual([
      finding('db-password', notAlphanumeric('parameter')),
      finding(long, 'the resource logical id is 256 characters long: CloudFormation accepts at most 255'),
      finding('Api.Service', notAlphanumeric('resource')),
      finding('Url ', notAlphanumeric('output')),
      finding('Region_Map', notAlphanumeric('mapping')),
    ]);
  });
});
