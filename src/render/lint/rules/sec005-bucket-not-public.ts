import type { CloudFormationTemplate } from '../../cloudformation-template.js';
import type { TemplateFinding, TemplateRule } from '../template-rule.js';
import {
  describeValue,
  isRecord,
  type JsonObject,
  lookup,
  oneOrMany,
  refTarget,
  resourcesOfType,
} from './template-walk.js';

/** The four settings of an S3 public access block; each must be true. */
export const PUBLIC_ACCESS_BLOCK_FLAGS = [
  'BlockPublicAcls',
  'BlockPublicPolicy',
  'IgnorePublicAcls',
  'RestrictPublicBuckets',
] as const;

export const bucketNotPublic: TemplateRule = {
  id: 'SEC005',
  title: 'Buckets block public access and refuse requests without TLS',
  check({ template }) {
    const findings: TemplateFinding[] = [];
    for (const [logicalId, bucket] of resourcesOfType(template, 'AWS::S3::Bucket')) {
      for (const block of lookup(bucket.Properties, 'Properties', ['PublicAccessBlockConfiguration'])) {
        if (block.value === undefined) {
          findings.push({
            ruleId: 'SEC005',
            severity: 'error',
            logicalId,
            path: block.path,
            message:
              "the bucket has no public access block: a later ACL or policy change could make Dify's uploaded files public; set PublicAccessBlockConfiguration with all four flags true",
          });
          continue;
        }
        for (const flag of PUBLIC_ACCESS_BLOCK_FLAGS) {
          for (const { value, path } of lookup(block.value, block.path, [flag])) {
            if (value === true || value === 'true') continue;
            findings.push({
              ruleId: 'SEC005',
              severity: 'error',
              logicalId,
              path,
              message: `the bucket's public access block leaves ${flag} ${describeValue(value)}: all four flags must be true so that no ACL or policy can make Dify's uploaded files public`,
            });
          }
        }
      }

      if (!hasSecureTransportDeny(template, logicalId)) {
        findings.push({
          ruleId: 'SEC005',
          severity: 'error',
          logicalId,
          message:
            'no bucket policy of this bucket denies requests without TLS: add an AWS::S3::BucketPolicy whose Bucket is a Ref to it and which denies s3:* to everyone when aws:SecureTransport is false',
        });
      }
    }
    return findings;
  },
};

/** Whether some bucket policy on the bucket denies every S3 action to everyone over plain HTTP. */
function hasSecureTransportDeny(template: CloudFormationTemplate, bucketId: string): boolean {
  return resourcesOfType(template, 'AWS::S3::BucketPolicy').some(([, policy]) => {
    if (refTarget(policy.Properties?.Bucket) !== bucketId) return false;
    return lookup(policy.Properties, 'Properties', ['PolicyDocument', 'Statement']).some((statements) =>
      oneOrMany(statements.value, statements.path).some(({ value }) => isSecureTransportDeny(value)),
    );
  });
}

function isSecureTransportDeny(statement: unknown): boolean {
  if (!isRecord(statement) || statement.Effect !== 'Deny') return false;
  const principal = statement.Principal;
  const everyone = principal === '*' || (isRecord(principal) && anyOf(principal.AWS, (p) => p === '*'));
  const allS3 = anyOf(statement.Action, (action) => action === 's3:*' || action === '*');
  return everyone && allS3 && deniesPlainHttp(statement.Condition);
}

function deniesPlainHttp(condition: unknown): boolean {
  if (!isRecord(condition)) return false;
  const bool = entry(condition, 'Bool');
  if (!isRecord(bool)) return false;
  return anyOf(entry(bool, 'aws:SecureTransport'), (value) => value === false || value === 'false');
}

/** A key of an IAM policy block, matched without regard to case as IAM does. */
function entry(block: JsonObject, key: string): unknown {
  const found = Object.keys(block).find((candidate) => candidate.toLowerCase() === key.toLowerCase());
  return found === undefined ? undefined : block[found];
}

function anyOf(value: unknown, test: (item: unknown) => boolean): boolean {
  return Array.isArray(value) ? value.some(test) : test(value);
}
