import { HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { DeployError } from './deploy-error.js';
import { templateKey, templateUrl, uploadTemplate } from './template-upload.js';

const s3Mock = mockClient(S3Client);
const s3 = new S3Client({ region: 'eu-west-1', maxAttempts: 1 });
beforeEach(() => s3Mock.reset());

function s3Error(name: string, httpStatusCode: number): S3ServiceException {
  return new S3ServiceException({ name, $fault: 'client', $metadata: { httpStatusCode }, message: name });
}

const options = {
  s3,
  bucket: 'dify-artifacts',
  region: 'eu-west-1',
  stackName: 'dify-prod',
  templateBody: 'Resources: {}',
};
const KEY = 'templates/dify-prod/8f6d3b8b0e3c3ad4e1fcf2e3d0b8e6f5a2e1d6b5d9c2c4a1b7e0f3a8d6c5b4a3.yaml';

describe('template upload', () => {
  it('names the template by its content and the bucket by its region', () => {
    const key = templateKey('dify-prod', 'Resources: {}');
    expect(key).toMatch(/^templates\/dify-prod\/[0-9a-f]{64}\.yaml$/);
    expect(templateKey('dify-prod', 'Resources: {}')).toBe(key);
    expect(templateKey('dify-prod', 'Resources: { }')).not.toBe(key);
    expect(templateUrl('b', 'eu-west-1', KEY)).toBe(`https://b.s3.eu-west-1.amazonaws.com/${KEY}`);
    expect(templateUrl('b', 'cn-north-1', 'k')).toBe('https://b.s3.cn-north-1.amazonaws.com.cn/k');
  });

  it('uploads a template the bucket does not hold, encrypted', async () => {
    s3Mock.on(HeadObjectCommand).rejects(s3Error('NotFound', 404));
    s3Mock.on(PutObjectCommand).resolves({});
    const uploaded = await uploadTemplate(options);
    expect(uploaded.uploaded).toBe(true);
    expect(s3Mock.commandCalls(PutObjectCommand)[0]?.args[0].input).toMatchObject({
      Bucket: 'dify-artifacts',
      Key: uploaded.key,
      ServerSideEncryption: 'AES256',
    });
  });

  it('skips the upload when the template is already there', async () => {
    s3Mock.on(HeadObjectCommand).resolves({});
    const uploaded = await uploadTemplate(options);
    expect(uploaded.uploaded).toBe(false);
    expect(s3Mock.commandCalls(PutObjectCommand)).toHaveLength(0);
  });

  it('puts previews in their own folder and always uploads them: another branch may have written the key', async () => {
    s3Mock.on(HeadObjectCommand).resolves({});
    s3Mock.on(PutObjectCommand).resolves({});
    const uploaded = await uploadTemplate({ ...options, folder: 'previews', reuseExisting: false });
    expect(uploaded).toMatchObject({
      uploaded: true,
      key: templateKey('dify-prod', 'Resources: {}', 'previews'),
    });
    expect(uploaded.key).toMatch(/^previews\/dify-prod\//);
    expect(s3Mock.commandCalls(HeadObjectCommand)).toHaveLength(0);
    expect(s3Mock.commandCalls(PutObjectCommand)).toHaveLength(1);
  });

  it('uploads when HeadObject is refused, and explains a refused upload', async () => {
    s3Mock.on(HeadObjectCommand).rejects(s3Error('Forbidden', 403));
    s3Mock.on(PutObjectCommand).rejects(s3Error('AccessDenied', 403));
    const error = await uploadTemplate(options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeployError);
    expect((error as DeployError).message).toBe('s3:PutObject failed: AccessDenied: AccessDenied');
    expect(s3Mock.commandCalls(PutObjectCommand)).toHaveLength(1);
  });
});
