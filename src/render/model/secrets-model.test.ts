import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import type { CloudFormationResource } from '../cloudformation-template.js';
import { renderEnvironment } from '../nunjucks-environment.js';
import { buildSecretsModel } from './secrets-model.js';

type Overrides = Parameters<typeof contextFor>[0];

const secretsFor = (overrides: Overrides = {}) => buildSecretsModel(contextFor(overrides).environment);

function renderSecrets(overrides: Overrides = {}): {
  text: string;
  resources: Record<string, CloudFormationResource>;
} {
  const text = renderEnvironment().render('partials/secrets.yaml.njk', { secrets: secretsFor(overrides) });
  return {
    text,
    resources: (parse(`Resources:\n${text}`) as { Resources: Record<string, CloudFormationResource> })
      .Resources,
  };
}

const MASTER_SECRET = { Ref: 'DatabaseMasterSecret' };
const STACK_SECRETS = [
  { Ref: 'SecretKeySecret' },
  { Ref: 'SandboxApiKeySecret' },
  { Ref: 'PluginDaemonKeySecret' },
  { Ref: 'PluginInnerApiKeySecret' },
  { Ref: 'CacheAuthTokenSecret' },
  { Ref: 'CeleryBrokerUrlSecret' },
  MASTER_SECRET,
];

describe('the secrets area', () => {
  it('generates one distinct secret per purpose, named after the stack', () => {
    const { generated } = secretsFor();
    expect(generated.map((s) => [s.logicalId, s.name])).toEqual([
      ['SecretKeySecret', 'dify-test/secret-key'],
      ['SandboxApiKeySecret', 'dify-test/sandbox-api-key'],
      ['PluginDaemonKeySecret', 'dify-test/plugin-daemon-key'],
      ['PluginInnerApiKeySecret', 'dify-test/plugin-inner-api-key'],
      ['CacheAuthTokenSecret', 'dify-test/cache-auth-token'],
    ]);
    expect(secretsFor({ stackName: 'dify-prod-jp' }).generated[0]?.name).toBe('dify-prod-jp/secret-key');
  });

  it('makes every generated secret long enough for SECRET_KEY and short enough for an ElastiCache auth token', () => {
    for (const secret of secretsFor().generated) {
      expect(secret.passwordLength).toBeGreaterThanOrEqual(42);
      expect(secret.passwordLength).toBeLessThanOrEqual(128);
    }
  });

  it('writes generated secrets as alphanumeric GenerateSecretString, kept on delete and replacement', () => {
    const { resources } = renderSecrets();
    for (const logicalId of [
      'SecretKeySecret',
      'SandboxApiKeySecret',
      'PluginDaemonKeySecret',
      'PluginInnerApiKeySecret',
      'CacheAuthTokenSecret',
    ]) {
      expect(resources[logicalId]).toMatchObject({
        Type: 'AWS::SecretsManager::Secret',
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: {
          GenerateSecretString: { PasswordLength: 48, ExcludePunctuation: true, IncludeSpace: false },
        },
      });
      expect(resources[logicalId]?.Properties).not.toHaveProperty('SecretString');
    }
  });

  it('keeps the Celery broker URL in a secret, built from a dynamic reference to the cache token', () => {
    const { resources } = renderSecrets();
    expect(resources.CeleryBrokerUrlSecret).toEqual({
      Type: 'AWS::SecretsManager::Secret',
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        Name: 'dify-test/celery-broker-url',
        Description: 'Dify CELERY_BROKER_URL: the cache URL with its auth token',
        SecretString: {
          'Fn::Sub':
            'rediss://:{{resolve:secretsmanager:${CacheAuthTokenSecret}:SecretString:::}}@${Cache.PrimaryEndPoint.Address}:${Cache.PrimaryEndPoint.Port}/1?ssl_cert_reqs=optional',
        },
        Tags: [
          { Key: 'Name', Value: 'dify-test-celery-broker-url' },
          { Key: 'dify-aws-kit:environment', Value: 'test' },
        ],
      },
    });
  });

  it('hands ECS the secret ARNs, and the stack-generated master secret by JSON key', () => {
    expect(secretsFor().valueFrom).toEqual({
      secretKey: { Ref: 'SecretKeySecret' },
      sandboxApiKey: { Ref: 'SandboxApiKeySecret' },
      pluginDaemonKey: { Ref: 'PluginDaemonKeySecret' },
      pluginInnerApiKey: { Ref: 'PluginInnerApiKeySecret' },
      cacheAuthToken: { Ref: 'CacheAuthTokenSecret' },
      celeryBrokerUrl: { Ref: 'CeleryBrokerUrlSecret' },
      databaseUsername: { 'Fn::Sub': '${DatabaseMasterSecret}:username::' },
      databasePassword: { 'Fn::Sub': '${DatabaseMasterSecret}:password::' },
    });
  });

  it('lets the execution role read the stack secrets and the master secret, and no parameter, by default', () => {
    const secrets = secretsFor();
    expect(secrets.readableSecretArns).toEqual(STACK_SECRETS);
    expect(secrets.readableParameterArns).toEqual([]);
  });

  it("adds the user's secrets: an ARN as given, a name as a pattern for Secrets Manager's suffix, each once", () => {
    const arn = 'arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:dify/prod/sentry-AbCdEf';
    const secrets = secretsFor({
      dify: {
        environment: [
          {
            name: 'SMTP_PASSWORD',
            fromSecret: 'dify/prod/smtp',
            jsonKey: 'password',
            targets: ['api', 'worker'],
          },
          { name: 'SENTRY_DSN', fromSecret: arn, targets: ['api'] },
          { name: 'SMTP_USERNAME', fromSecret: 'dify/prod/smtp', jsonKey: 'username', targets: ['api'] },
          { name: 'LOG_LEVEL', value: 'INFO', targets: ['api'] },
        ],
      },
    });
    expect(secrets.readableSecretArns).toEqual([
      ...STACK_SECRETS,
      'arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:dify/prod/smtp-??????',
      arn,
    ]);
    expect(secrets.readableParameterArns).toEqual([]);
  });

  it("adds the user's SSM parameters: an ARN as given, a name with or without its slash in the stack's region and account", () => {
    const arn = 'arn:aws:ssm:ap-northeast-1:123456789012:parameter/dify/shared/value';
    const secrets = secretsFor({
      dify: {
        environment: [
          { name: 'FIRST', fromSsmParameter: '/dify/prod/first', targets: ['api'] },
          { name: 'SECOND', fromSsmParameter: 'second', targets: ['worker'] },
          { name: 'THIRD', fromSsmParameter: arn, targets: ['api'] },
          { name: 'FIRST_AGAIN', fromSsmParameter: '/dify/prod/first', targets: ['web'] },
        ],
      },
    });
    expect(secrets.readableParameterArns).toEqual([
      'arn:aws:ssm:ap-northeast-1:123456789012:parameter/dify/prod/first',
      'arn:aws:ssm:ap-northeast-1:123456789012:parameter/second',
      arn,
    ]);
    expect(secrets.readableSecretArns).toEqual(STACK_SECRETS);
  });

  it('renders the same text from the same environment', () => {
    expect(renderSecrets().text).toBe(renderSecrets().text);
  });
});
