import { ENVIRONMENT_TAG_KEY } from '../environment/stack-prefix.js';
import { escapeForSub, sub } from '../render/intrinsics.js';
import type { PolicyStatement } from './policy-statement.js';

/**
 * `${aws:PrincipalTag/dify-aws-kit:environment}`: the environment a role of a
 * Dify stack belongs to, as its tag says. The execution role of an environment
 * may create and tag roles only with its own environment (execution-policies.ts),
 * so the variable cannot name another one.
 */
export const PRINCIPAL_ENVIRONMENT = `\${aws:PrincipalTag/${ENVIRONMENT_TAG_KEY}}`;
/** The same variable written inside an `Fn::Sub`, where `${!…}` stands for a literal `${…}`. */
const ENVIRONMENT_IN_SUB = `\${!aws:PrincipalTag/${ENVIRONMENT_TAG_KEY}}`;

/**
 * What any role or user of a Dify stack may ever do, whatever its own
 * policies say: the union of what the stack's roles need (src/render/model/
 * iam-model.ts and the data and email areas), each kept to the environment the
 * role is tagged with. A role with more in its inline policy gets no more.
 */
export function permissionsBoundaryStatements(stackPrefix: string): PolicyStatement[] {
  const prefix = escapeForSub(stackPrefix);
  const names = `${prefix}${ENVIRONMENT_IN_SUB}`;
  const lowerNames = `${escapeForSub(stackPrefix.toLowerCase())}${ENVIRONMENT_IN_SUB}`;
  const arn = (text: string) => sub(`arn:\${AWS::Partition}:${text}`);
  const taggedForThisEnvironment = {
    StringEquals: { [`aws:ResourceTag/${ENVIRONMENT_TAG_KEY}`]: PRINCIPAL_ENVIRONMENT },
  };
  return [
    {
      Sid: 'WriteLogs',
      Effect: 'Allow',
      Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      Resource: [
        arn(`logs:*:\${AWS::AccountId}:log-group:/dify/${ENVIRONMENT_IN_SUB}/*`),
        arn(`logs:*:\${AWS::AccountId}:log-group:${names}*`),
      ],
    },
    {
      // The stack's own secrets, named <stack>/<name>.
      Sid: 'ReadStackSecrets',
      Effect: 'Allow',
      Action: ['secretsmanager:GetSecretValue', 'secretsmanager:PutSecretValue'],
      Resource: [arn(`secretsmanager:*:\${AWS::AccountId}:secret:${names}*`)],
    },
    {
      // The secrets, parameters and ECS Exec key a file names (valueFrom, execSessionKmsKeyArn):
      // only those tagged for the environment, so that no file can name another environment's.
      Sid: 'ReadTaggedSecrets',
      Effect: 'Allow',
      Action: ['kms:Decrypt', 'secretsmanager:GetSecretValue', 'ssm:GetParameters'],
      Resource: [arn('secretsmanager:*:*:secret:*'), arn('ssm:*:*:parameter/*'), arn('kms:*:*:key/*')],
      Condition: taggedForThisEnvironment,
    },
    {
      // Images are the account's (a mirror serves every environment) and hold no environment's data.
      Sid: 'PullImages',
      Effect: 'Allow',
      Action: ['ecr:BatchCheckLayerAvailability', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
      Resource: [arn('ecr:*:${AWS::AccountId}:repository/*')],
    },
    { Sid: 'EcrAuthorization', Effect: 'Allow', Action: ['ecr:GetAuthorizationToken'], Resource: '*' },
    {
      // Models hold no environment's data; the roles' own policies name the configured ones.
      Sid: 'InvokeModels',
      Effect: 'Allow',
      Action: ['bedrock:GetInferenceProfile', 'bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream'],
      Resource: [
        arn('bedrock:*::foundation-model/*'),
        arn('bedrock:*:${AWS::AccountId}:inference-profile/*'),
      ],
    },
    {
      Sid: 'ListBucket',
      Effect: 'Allow',
      Action: ['s3:ListBucket'],
      Resource: [arn(`s3:::${lowerNames}*`)],
      // Bucket ARNs name no account: this account's bucket only, never a same-named one elsewhere.
      Condition: { StringEquals: { 'aws:ResourceAccount': '${aws:PrincipalAccount}' } },
    },
    {
      Sid: 'ReadWriteObjects',
      Effect: 'Allow',
      Action: ['s3:DeleteObject', 's3:GetObject', 's3:PutObject'],
      Resource: [arn(`s3:::${lowerNames}*/*`)],
      Condition: { StringEquals: { 'aws:ResourceAccount': '${aws:PrincipalAccount}' } },
    },
    {
      // ECS Exec's Session Manager channels take no resource but "*".
      Sid: 'EcsExec',
      Effect: 'Allow',
      Action: [
        'ssmmessages:CreateControlChannel',
        'ssmmessages:CreateDataChannel',
        'ssmmessages:OpenControlChannel',
        'ssmmessages:OpenDataChannel',
      ],
      Resource: '*',
    },
    {
      // The bootstrap function prepares the environment's database (its cluster id is generated: by tag).
      Sid: 'PrepareDatabases',
      Effect: 'Allow',
      Action: ['rds-data:ExecuteStatement'],
      Resource: [arn('rds:*:${AWS::AccountId}:cluster:*')],
      Condition: taggedForThisEnvironment,
    },
    {
      // The bootstrap function makes the SMTP user's access key: users on the environment's path only.
      Sid: 'ManageSmtpAccessKeys',
      Effect: 'Allow',
      Action: ['iam:CreateAccessKey', 'iam:DeleteAccessKey', 'iam:ListAccessKeys'],
      Resource: [arn(`iam::\${AWS::AccountId}:user/${names}/*`)],
    },
    {
      // The SMTP user sends mail; its own policy holds it to the from address.
      Sid: 'SendEmail',
      Effect: 'Allow',
      Action: ['ses:SendEmail', 'ses:SendRawEmail'],
      Resource: [arn('ses:*:${AWS::AccountId}:identity/*')],
    },
  ];
}
