import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import { literalSecret } from './env002-literal-secret.js';

const literal = (name: string, value = 'hunter2-do-not-print') =>
  contextFor({ dify: { environment: [{ name, value }] } });

describe('ENV002 literal secrets', () => {
  it('accepts secrets from Secrets Manager or SSM, and literal values of ordinary names', () => {
    expect(literalSecret.check(contextFor())).toEqual([]);
    expect(
      literalSecret.check(
        contextFor({
          dify: {
            environment: [
              { name: 'SMTP_PASSWORD', fromSecret: 'dify/prod/smtp', jsonKey: 'password' },
              { name: 'OPENAI_API_KEY', fromSsmParameter: '/dify/prod/openai' },
              { name: 'LOG_LEVEL', value: 'INFO' },
            ],
          },
        }),
      ),
    ).toEqual([]);
  });

  it.each([
    'SMTP_PASSWORD',
    'NOTION_CLIENT_SECRET',
    'UPSTASH_VECTOR_TOKEN',
    'RESEND_API_KEY',
    'TIDB_PRIVATE_KEY',
    'GOOGLE_APPLICATION_CREDENTIALS',
    'S3_ACCESS_KEY',
    'WEAVIATE_APIKEY',
    'DBPASSWORD',
    'DB_PWD',
    'MYSQL_PASS',
    'SENTRY_DSN',
    'AUTH',
    'PROXY_AUTH',
  ])('refuses a literal %s without echoing its value', (name) => {
    expect(literalSecret.check(literal(name))).toEqual([
      {
        pointer: '/dify/environment/0/value',
        message: `${JSON.stringify(name)} looks like a secret but is given as a literal value`,
        hint: 'A literal value sits in plain text in the ECS task definition, where anyone who can read it sees it: store it in Secrets Manager and use fromSecret instead.',
      },
    ]);
  });

  it.each([
    'PROMPT_GENERATION_MAX_TOKENS',
    'INDEXING_MAX_SEGMENTATION_TOKENS_LENGTH',
    'WEAVIATE_TOKENIZATION',
    'ACCESS_TOKEN_EXPIRE_MINUTES',
    'REFRESH_TOKEN_EXPIRE_DAYS',
    'RESET_PASSWORD_TOKEN_EXPIRY_MINUTES',
    'PLUGIN_BASED_TOKEN_COUNTING_ENABLED',
    'ENABLE_EMAIL_PASSWORD_LOGIN',
    'REDIS_SSL_KEYFILE',
  ])('leaves the Dify setting %s alone', (name) => {
    expect(literalSecret.check(literal(name, '60'))).toEqual([]);
  });
});

describe('ENV002 literal credentials by their look', () => {
  const credentialMessage = (name: string) =>
    `the literal value of ${JSON.stringify(name)} looks like a credential (a password in a URL, a private key, a token or key)`;

  it.each([
    ['DATABASE_URL', 'postgres://dify:hunter2@db.example.com/dify'],
    ['ENABLE_LEGACY_BACKEND', 'redis://:hunter2@cache:6379'],
    ['UPLOAD_TIMEOUT_SECONDS', 'AKIAIOSFODNN7EXAMPLE'],
    ['SIGNING_MATERIAL', '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEE\n-----END EC PRIVATE KEY-----'],
    ['EXTRA_CONFIG', '{"backend":{"password":"hunter2"}}'],
    ['EXTRA_CONFIG_JSON', '{"db":"mysql://root:toor@db/x"}'],
    ['WEBHOOK', 'https://hooks.example.com/services?token=abc123'],
  ])('refuses %s whatever its name says', (name, value) => {
    expect(literalSecret.check(literal(name, value))).toEqual([
      { pointer: '/dify/environment/0/value', message: credentialMessage(name), hint: expect.any(String) },
    ]);
  });

  it('never echoes the value', () => {
    const [finding] = literalSecret.check(literal('X', 'postgres://dify:hunter2@db/x'));
    expect(JSON.stringify(finding)).not.toContain('hunter2');
  });

  it('accepts a plain switch under a secret-looking name', () => {
    expect(literalSecret.check(literal('SMTP_PASSWORD', 'true'))).toEqual([]);
  });

  it('refuses a credential in a tag or the description', () => {
    const context = contextFor({
      description: 'Dify for the team postgres://dify:hunter2@db.example.com/dify',
      tags: { Owner: 'platform', Deploy: 'AKIAIOSFODNN7EXAMPLE' },
    });
    expect(literalSecret.check(context).map((finding) => finding.pointer)).toEqual([
      '/description',
      '/tags/Deploy',
    ]);
  });
});
