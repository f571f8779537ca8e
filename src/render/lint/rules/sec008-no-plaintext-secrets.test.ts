import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../../test/support/environment-fixtures.js';
import type { CloudFormationResource, CloudFormationTemplate } from '../../cloudformation-template.js';
import { mentionsSecret, noPlaintextSecrets } from './sec008-no-plaintext-secrets.js';

const environment = contextFor().environment;
const check = (template: CloudFormationTemplate) =>
  noPlaintextSecrets.check({ template, text: JSON.stringify(template), environment });

const taskDefinition = (
  environmentVariables: readonly unknown[],
  secrets: readonly unknown[] = [],
): CloudFormationResource => ({
  Type: 'AWS::ECS::TaskDefinition',
  Properties: {
    ContainerDefinitions: [
      {
        Name: 'api',
        Image: 'langgenius/dify-api:1.13.3',
        Environment: environmentVariables,
        Secrets: secrets,
      },
    ],
  },
});

const plainText = (name: string, index: number) => ({
  ruleId: 'SEC008',
  severity: 'error',
  logicalId: 'Api',
  path: `Properties.ContainerDefinitions.0.Environment.${index}.Value`,
  message: `the variable ${name} of container "api" has a plain-text Value: anyone who can read the task definition sees it; pass it through Secrets with ValueFrom instead`,
});

describe('SEC008 no plain-text secrets', () => {
  it('accepts secrets passed through Secrets, and ordinary or setting-like names with values', () => {
    expect(
      check({
        Resources: {
          Api: taskDefinition(
            [
              { Name: 'MODE', Value: 'api' },
              { Name: 'DB_HOST', Value: { 'Fn::GetAtt': ['Database', 'Endpoint.Address'] } },
              { Name: 'ACCESS_TOKEN_EXPIRE_MINUTES', Value: '60' },
              { Name: 'ENABLE_EMAIL_PASSWORD_LOGIN', Value: 'true' },
              { Name: 'PROMPT_GENERATION_MAX_TOKENS', Value: '512' },
              { Name: 'REDIS_PASSWORD', Value: '' },
            ],
            [
              { Name: 'DB_PASSWORD', ValueFrom: { 'Fn::Sub': '${DatabaseSecret}:password::' } },
              { Name: 'SECRET_KEY', ValueFrom: { Ref: 'SecretKey' } },
            ],
          ),
          Version: {
            Type: 'AWS::SSM::Parameter',
            Properties: { Name: '/dify/test/max-tokens', Type: 'String', Value: '1.13.3' },
          },
        },
      }),
    ).toEqual([]);
  });

  it('refuses a secret-looking variable with a plain-text value, even one CloudFormation resolves', () => {
    const names = [
      'DB_PASSWORD',
      'SECRET_KEY',
      'UPSTASH_VECTOR_TOKEN',
      'INNER_API_KEY_FOR_PLUGIN',
      'PLUGIN_DAEMON_KEY',
      'CELERY_BROKER_URL',
    ];
    expect(
      check({
        Resources: {
          Api: taskDefinition([
            ...names.map((Name) => ({ Name, Value: 'hunter2' })),
            { Name: 'REDIS_PASSWORD', Value: '{{resolve:secretsmanager:dify/redis:SecretString:token}}' },
          ]),
        },
      }),
    ).toEqual([...names, 'REDIS_PASSWORD'].map((name, index) => plainText(name, index)));
  });

  it('refuses a plain-text value that looks like a credential, whatever its name', () => {
    expect(
      check({
        Resources: {
          Api: taskDefinition([
            { Name: 'ENABLE_LEGACY', Value: 'postgres://dify:hunter2@db/dify' },
            { Name: 'TIMEOUT_SECONDS', Value: 'AKIAIOSFODNN7EXAMPLE' },
            { Name: 'DB_PWD', Value: { 'Fn::Join': ['', ['a', 'b']] } },
          ]),
        },
      }),
    ).toEqual(['ENABLE_LEGACY', 'TIMEOUT_SECONDS', 'DB_PWD'].map((name, index) => plainText(name, index)));
  });

  it('refuses a String SSM parameter that holds a password or token', () => {
    expect(
      check({
        Resources: {
          Password: {
            Type: 'AWS::SSM::Parameter',
            Properties: {
              Name: { 'Fn::Sub': '/dify/${AWS::StackName}/db-password' },
              Type: 'String',
              Value: 'x',
            },
          },
          Token: {
            Type: 'AWS::SSM::Parameter',
            Properties: { Type: 'String', Value: '{"authToken":"abc"}' },
          },
        },
      }),
    ).toEqual([
      {
        ruleId: 'SEC008',
        severity: 'error',
        logicalId: 'Password',
        path: 'Properties.Name',
        message:
          "the String SSM parameter's Name mentions a secret: a String parameter is stored unencrypted and readable by anyone with ssm:GetParameter; keep secrets in Secrets Manager",
      },
      {
        ruleId: 'SEC008',
        severity: 'error',
        logicalId: 'Token',
        path: 'Properties.Value',
        message:
          "the String SSM parameter's Value mentions a secret: a String parameter is stored unencrypted and readable by anyone with ssm:GetParameter; keep secrets in Secrets Manager",
      },
    ]);
  });

  it('tells SSM texts that mention a secret from those that do not', () => {
    for (const text of [
      '/dify/prod/db-password',
      'authToken',
      '/dify/api-token',
      'client_secret',
      'OpenAI API key',
    ]) {
      expect(mentionsSecret(text), text).toBe(true);
    }
    for (const text of ['/dify/prod/max-tokens', 'tokenizer', 'https://example.com', 'bypass']) {
      expect(mentionsSecret(text), text).toBe(false);
    }
  });
});
