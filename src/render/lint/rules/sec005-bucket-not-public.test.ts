import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../../test/support/environment-fixtures.js';
import type { CloudFormationResource, CloudFormationTemplate } from '../../cloudformation-template.js';
import { bucketNotPublic } from './sec005-bucket-not-public.js';

const environment = contextFor().environment;
const check = (template: CloudFormationTemplate) =>
  bucketNotPublic.check({ template, text: JSON.stringify(template), environment });

const blocked = {
  BlockPublicAcls: true,
  BlockPublicPolicy: true,
  IgnorePublicAcls: true,
  RestrictPublicBuckets: true,
};

const denyPlainHttp = {
  Effect: 'Deny',
  Principal: { AWS: '*' },
  Action: 's3:*',
  Resource: [{ 'Fn::GetAtt': ['Files', 'Arn'] }, { 'Fn::Sub': '${Files.Arn}/*' }],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
};

const policy = (bucket: string, statement: Record<string, unknown>): CloudFormationResource => ({
  Type: 'AWS::S3::BucketPolicy',
  Properties: { Bucket: { Ref: bucket }, PolicyDocument: { Version: '2012-10-17', Statement: [statement] } },
});

const noTlsPolicy = (logicalId: string) => ({
  ruleId: 'SEC005',
  severity: 'error',
  logicalId,
  message:
    'no bucket policy of this bucket denies requests without TLS: add an AWS::S3::BucketPolicy whose Bucket is a Ref to it and which denies s3:* to everyone when aws:SecureTransport is false',
});

describe('SEC005 bucket not public', () => {
  it('accepts a bucket that blocks public access and refuses plain HTTP', () => {
    expect(
      check({
        Resources: {
          Files: { Type: 'AWS::S3::Bucket', Properties: { PublicAccessBlockConfiguration: blocked } },
          FilesPolicy: policy('Files', denyPlainHttp),
        },
      }),
    ).toEqual([]);
  });

  it('refuses a bucket without a public access block', () => {
    expect(
      check({
        Resources: { Files: { Type: 'AWS::S3::Bucket' }, FilesPolicy: policy('Files', denyPlainHttp) },
      }),
    ).toEqual([
      {
        ruleId: 'SEC005',
        severity: 'error',
        logicalId: 'Files',
        path: 'Properties.PublicAccessBlockConfiguration',
        message:
          "the bucket has no public access block: a later ACL or policy change could make Dify's uploaded files public; set PublicAccessBlockConfiguration with all four flags true",
      },
    ]);
  });

  it('refuses a public access block that leaves a flag off', () => {
    expect(
      check({
        Resources: {
          Files: {
            Type: 'AWS::S3::Bucket',
            Properties: {
              PublicAccessBlockConfiguration: {
                BlockPublicAcls: true,
                BlockPublicPolicy: false,
                IgnorePublicAcls: true,
              },
            },
          },
          FilesPolicy: policy('Files', denyPlainHttp),
        },
      }),
    ).toEqual(
      [
        ['BlockPublicPolicy', 'false'],
        ['RestrictPublicBuckets', 'not set'],
      ].map(([flag, value]) => ({
        ruleId: 'SEC005',
        severity: 'error',
        logicalId: 'Files',
        path: `Properties.PublicAccessBlockConfiguration.${flag}`,
        message: `the bucket's public access block leaves ${flag} ${value}: all four flags must be true so that no ACL or policy can make Dify's uploaded files public`,
      })),
    );
  });

  it('refuses a bucket with no policy denying plain HTTP, or a policy that falls short', () => {
    const bucket = { Type: 'AWS::S3::Bucket', Properties: { PublicAccessBlockConfiguration: blocked } };
    expect(check({ Resources: { Files: bucket } })).toEqual([noTlsPolicy('Files')]);
    expect(
      check({
        Resources: {
          Files: bucket,
          Other: bucket,
          OtherPolicy: policy('Other', denyPlainHttp),
          AllowOnly: policy('Files', { ...denyPlainHttp, Effect: 'Allow' }),
          OnePrincipal: policy('Files', {
            ...denyPlainHttp,
            Principal: { AWS: 'arn:aws:iam::123456789012:root' },
          }),
          OneAction: policy('Files', { ...denyPlainHttp, Action: 's3:GetObject' }),
          WrongCondition: policy('Files', {
            ...denyPlainHttp,
            Condition: { Bool: { 'aws:SecureTransport': 'true' } },
          }),
        },
      }),
    ).toEqual([noTlsPolicy('Files')]);
  });
});
