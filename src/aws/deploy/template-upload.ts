import { createHash } from 'node:crypto';
import { HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { failureFacts } from '../credentials/aws-error.js';
import { type RetryOptions, retry } from '../credentials/retry.js';
import { callAws, explainDeployFailure } from './deploy-error.js';

/** The largest TemplateBody CloudFormation accepts; a larger template goes through S3. */
export const TEMPLATE_BODY_MAX_BYTES = 51_200;

export function templateBytes(templateBody: string): number {
  return Buffer.byteLength(templateBody, 'utf8');
}

/**
 * Where templates go in the artifact bucket: `templates/` for deploys, which only
 * the deploy role may write, and `previews/` for pull-request change sets, which
 * the read-only role writes. Separate, so no branch can plant a template a deploy trusts.
 */
export type TemplateFolder = 'templates' | 'previews';

/** `<folder>/<stackName>/<sha256 of the template>.yaml`: the same template always has the same key. */
export function templateKey(
  stackName: string,
  templateBody: string,
  folder: TemplateFolder = 'templates',
): string {
  const digest = createHash('sha256').update(templateBody, 'utf8').digest('hex');
  return `${folder}/${stackName}/${digest}.yaml`;
}

/** The regional virtual-hosted URL CloudFormation reads the template from. */
export function templateUrl(bucket: string, region: string, key: string): string {
  const domain = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  const path = key.split('/').map(encodeURIComponent).join('/');
  return `https://${bucket}.s3.${region}.${domain}/${path}`;
}

export interface UploadTemplateOptions {
  readonly s3: S3Client;
  readonly bucket: string;
  readonly region: string;
  readonly stackName: string;
  readonly templateBody: string;
  /** `templates` unless said otherwise. */
  readonly folder?: TemplateFolder;
  /**
   * Reuse an object already at the key (deploys: only the deploy role writes there).
   * A preview always uploads: another branch with the same role may have written the key.
   */
  readonly reuseExisting?: boolean;
  readonly retry?: RetryOptions;
}

export interface UploadedTemplate {
  readonly key: string;
  readonly url: string;
  /** False when the bucket already held this template (the key is its digest). */
  readonly uploaded: boolean;
}

/**
 * Puts the template in the artifact bucket under its content-addressed key,
 * encrypted (AES256), unless HeadObject finds it there already. A HeadObject that
 * is refused (403: no s3:ListBucket, so S3 cannot say "not found") uploads too.
 */
export async function uploadTemplate(options: UploadTemplateOptions): Promise<UploadedTemplate> {
  const { s3, bucket, region, stackName, templateBody } = options;
  const retryOptions = options.retry ?? {};
  const key = templateKey(stackName, templateBody, options.folder);
  const url = templateUrl(bucket, region, key);
  if ((options.reuseExisting ?? true) && (await exists(s3, bucket, key, retryOptions)))
    return { key, url, uploaded: false };
  await callAws(
    's3:PutObject',
    () =>
      s3.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: key,
          Body: templateBody,
          ContentType: 'application/x-yaml',
          ServerSideEncryption: 'AES256',
        }),
      ),
    retryOptions,
  );
  return { key, url, uploaded: true };
}

async function exists(
  s3: S3Client,
  bucket: string,
  key: string,
  retryOptions: RetryOptions,
): Promise<boolean> {
  try {
    await retry(() => s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key })), retryOptions);
    return true;
  } catch (error) {
    const { code, httpStatus } = failureFacts(error);
    if (httpStatus === 404 || code === 'NotFound' || code === 'NoSuchKey') return false;
    if (httpStatus === 403 || code === 'Forbidden' || code === 'AccessDenied') return false;
    throw explainDeployFailure('s3:HeadObject', error);
  }
}
