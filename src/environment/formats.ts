import { CronExpressionParser } from 'cron-parser';
import { formatCidr, hasHostBits, parseIpv4Cidr, toNetwork } from './cidr.js';
import { dnsNameProblem } from './dns-name.js';
import { httpUrlProblem } from './http-url.js';
import { showValue } from './show-value.js';
import { STACK_PREFIX_PATTERN } from './stack-prefix.js';
import { tagKeyProblem, tagValueProblem } from './tag-text.js';
import { isSafeText, unsafeCharacters } from './unsafe-characters.js';
import { vpcCidrProblem } from './vpc-cidr.js';

/**
 * The string formats the environment schema uses. Each has a validator and a
 * noun for messages ("a valid IPv4 CIDR"), and may explain a near miss.
 */
export interface StringFormat {
  readonly noun: string;
  readonly validate: (value: string) => boolean;
  /** A more precise message for a value that fails, when one can be given. */
  readonly explain?: (value: string) => string | undefined;
  /** What to do about a value that fails, when the message does not already say it. */
  readonly hint?: string | ((value: string) => string | undefined);
}

/** What is wrong with a value: a message, or a message and what to do about it. */
type Problem = string | { readonly message: string; readonly hint: string };

/** A format whose one function says what is wrong (undefined: nothing), and whose message shows the value. */
function fromProblem(
  noun: string,
  problem: (value: string) => Problem | undefined,
  hint?: string,
): StringFormat {
  const messageOf = (found: Problem) => (typeof found === 'string' ? found : found.message);
  return {
    noun,
    validate: (value) => problem(value) === undefined,
    explain: (value) => {
      const found = problem(value);
      return found === undefined ? undefined : `${showValue(value)} ${messageOf(found)}`;
    },
    hint: (value) => {
      const found = problem(value);
      return found !== undefined && typeof found !== 'string' ? found.hint : hint;
    },
  };
}

const REGION = /^[a-z]{2}(?:-gov)?-[a-z]+-\d{1,2}$/;
const UUID_LIKE = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const ARN_REGION = '[a-z]{2}(?:-gov)?-[a-z]+-\\d{1,2}';

function matches(pattern: RegExp): (value: string) => boolean {
  return (value) => pattern.test(value);
}

function isFiveFieldCron(value: string): boolean {
  const fields = value.trim().split(/\s+/);
  if (fields.length !== 5) return false;
  try {
    CronExpressionParser.parse(value);
    return true;
  } catch {
    return false;
  }
}

export const stringFormats: Readonly<Record<string, StringFormat>> = {
  'environment-name': {
    noun: 'a valid environment name (2 to 20 lowercase letters, digits and hyphens, starting with a letter and not ending with a hyphen)',
    validate: matches(/^[a-z][a-z0-9-]{0,18}[a-z0-9]$/),
    explain: (value) =>
      /[A-Z]/.test(value) && /^[a-z][a-z0-9-]{0,18}[a-z0-9]$/.test(value.toLowerCase())
        ? `${JSON.stringify(value)} has uppercase letters; did you mean ${JSON.stringify(value.toLowerCase())}?`
        : undefined,
  },
  'aws-account-id': {
    noun: 'a 12-digit AWS account ID',
    validate: matches(/^\d{12}$/),
    explain: (value) =>
      /^\d{1,11}$/.test(value)
        ? `${JSON.stringify(value)} has ${value.length} digits; an AWS account ID has 12 (keep leading zeros, and write it as a string)`
        : undefined,
  },
  'aws-region': { noun: 'an AWS region code such as ap-northeast-1', validate: matches(REGION) },
  'availability-zone': {
    noun: 'an availability zone name such as ap-northeast-1a',
    validate: matches(/^[a-z]{2}(?:-gov)?-[a-z]+-\d{1,2}[a-z]$/),
  },
  'cloudformation-stack-name': {
    noun: 'a valid CloudFormation stack name (a letter, then up to 127 letters, digits and hyphens)',
    validate: matches(/^[A-Za-z][A-Za-z0-9-]{0,127}$/),
  },
  'tag-key': fromProblem(
    'a valid tag key (1 to 128 letters, digits, spaces and _ . : / = + - @, not starting with aws:)',
    tagKeyProblem,
  ),
  'tag-value': fromProblem(
    'a valid tag value (up to 256 letters, digits, spaces and _ . : / = + - @, not starting with aws:)',
    tagValueProblem,
  ),
  'dns-name': fromProblem(
    'a fully qualified DNS name such as dify.example.com',
    dnsNameProblem,
    'Write a host name such as dify.example.com: letters, digits and hyphens, two labels or more, no final dot (ACM and Route 53 refuse anything else).',
  ),
  'single-line-text': {
    noun: 'one line of visible text',
    validate: isSafeText,
    explain: (value) => {
      const found = value.match(unsafeCharacters())?.[0] ?? '';
      return `holds ${showValue(found)}, a control or invisible character`;
    },
    hint: 'Write one line of visible text: no line breaks, tabs, escape sequences, zero-width or direction-changing characters.',
  },
  'secret-json-key': fromProblem(
    'a JSON key ECS can read from a secret (no colon)',
    (value) => {
      if (value.includes(':'))
        return 'holds ":", which separates the parts of an ECS secret reference (arn:…:secret:name:json-key:version-stage:version-id), so ECS cannot read this key';
      if (!isSafeText(value)) return 'holds a control or invisible character';
      if (value.trim() !== value) return 'starts or ends with a space';
      return undefined;
    },
    'Rename the key in the secret to one without a colon, control characters or surrounding spaces, or keep the value in a secret of its own and leave jsonKey out.',
  ),
  'ec2-instance-type': {
    noun: 'an EC2 instance type such as t4g.nano',
    validate: matches(/^[a-z][a-z0-9-]*\.[a-z0-9]+$/),
  },
  'cache-node-type': {
    noun: 'an ElastiCache node type such as cache.t4g.micro',
    validate: matches(/^cache\.[a-z][a-z0-9-]*\.[a-z0-9]+$/),
  },
  'ipv4-cidr': {
    noun: 'a valid IPv4 CIDR',
    validate: (value) => parseIpv4Cidr(value) !== undefined && !hasHostBits(value),
    explain: (value) => {
      const network = toNetwork(value);
      return network && hasHostBits(value)
        ? `${JSON.stringify(value)} has host bits set; did you mean ${JSON.stringify(formatCidr(network))}?`
        : undefined;
    },
  },
  'vpc-cidr': fromProblem('a VPC range (an IPv4 CIDR of /16 to /28)', (value) =>
    vpcCidrProblem(value, 'VPC'),
  ),
  'subnet-cidr': fromProblem('a subnet range (an IPv4 CIDR of /16 to /28)', (value) =>
    vpcCidrProblem(value, 'subnet'),
  ),
  'vpc-id': {
    noun: 'a VPC ID such as vpc-0a1b2c3d4e5f67890',
    validate: matches(/^vpc-(?:[0-9a-f]{8}|[0-9a-f]{17})$/),
  },
  'subnet-id': {
    noun: 'a subnet ID such as subnet-0a1b2c3d4e5f67890',
    validate: matches(/^subnet-(?:[0-9a-f]{8}|[0-9a-f]{17})$/),
  },
  'route-table-id': {
    noun: 'a route table ID such as rtb-0a1b2c3d4e5f67890',
    validate: matches(/^rtb-(?:[0-9a-f]{8}|[0-9a-f]{17})$/),
  },
  'hosted-zone-id': {
    noun: 'a Route 53 hosted zone ID such as Z0123456789ABCDEFGHIJ',
    validate: matches(/^Z[A-Z0-9]{1,31}$/),
  },
  'acm-certificate-arn': {
    noun: 'an ACM certificate ARN',
    validate: matches(new RegExp(`^arn:aws:acm:${ARN_REGION}:\\d{12}:certificate/${UUID_LIKE}$`)),
  },
  'kms-key-arn': {
    noun: 'a KMS key ARN',
    validate: matches(
      new RegExp(`^arn:aws:kms:${ARN_REGION}:\\d{12}:key/(?:${UUID_LIKE}|mrk-[0-9a-f]{32})$`),
    ),
  },
  'image-tag': {
    noun: 'a container image tag such as 1.13.3',
    validate: matches(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/),
  },
  'ecr-repository-prefix': {
    noun: 'an ECR repository prefix (lowercase letters, digits, and . _ - / between them)',
    validate: (value) =>
      value.length <= 200 && /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/.test(value),
  },
  'http-url': {
    noun: 'an http or https URL without a user name or password',
    validate: (value) => httpUrlProblem(value) === undefined,
    explain: (value) => {
      const problem = httpUrlProblem(value);
      if (problem === undefined) return undefined;
      return problem.kind === 'credentials'
        ? 'the URL contains credentials; put them in a Secrets Manager secret and pass it with dify.environment fromSecret'
        : `${showValue(value)} ${problem.message}`;
    },
    hint: (value) =>
      httpUrlProblem(value)?.kind === 'credentials'
        ? undefined
        : 'Write a URL such as http://proxy.example.com:3128: http:// or https://, a host name of two labels or more (or an IPv4 address), no credentials, no spaces and nothing a URL must percent-encode.',
  },
  'environment-variable-name': {
    noun: 'an environment variable name (uppercase letters, digits and underscores, not starting with a digit)',
    validate: matches(/^[A-Z_][A-Z0-9_]{0,254}$/),
  },
  'ssm-parameter': {
    noun: 'an SSM parameter name such as /dify/prod/value, or its ARN',
    validate: matches(
      new RegExp(
        `^(?:arn:aws:ssm:${ARN_REGION}:\\d{12}:parameter)?(?:/[A-Za-z0-9_.-]+)+$|^[A-Za-z0-9_.-]{1,1011}$`,
      ),
    ),
  },
  'secrets-manager-secret': {
    noun: 'a Secrets Manager secret name or ARN',
    validate: matches(
      new RegExp(
        `^arn:aws:secretsmanager:${ARN_REGION}:\\d{12}:secret:[A-Za-z0-9/_+=.@-]+$|^[A-Za-z0-9/_+=.@-]{1,512}$`,
      ),
    ),
  },
  'bedrock-model-id': {
    noun: 'a Bedrock model ID such as anthropic.claude-3-haiku-20240307-v1:0 (optionally with an inference-profile prefix such as jp.)',
    validate: matches(/^(?:(?:us|eu|apac|jp|au|ca|global|us-gov)\.)?[a-z0-9-]+\.[a-z0-9][a-z0-9.:-]*$/),
  },
  cron: {
    noun: 'a five-field cron expression such as "0 18 * * *"',
    validate: isFiveFieldCron,
  },
  'stack-prefix': {
    noun: 'a stack prefix (3 to 64 letters, digits and hyphens, starting with a letter), such as dify-',
    validate: matches(STACK_PREFIX_PATTERN),
  },
};
