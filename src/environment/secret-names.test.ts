import { describe, expect, it } from 'vitest';
import {
  holdsSecret,
  holdsSecretJson,
  isSecretPath,
  isSecretVariable,
  looksSecret,
  looksSecretValue,
  namesSecret,
} from './secret-names.js';

describe('looksSecret', () => {
  it('tells secret names from Dify settings', () => {
    for (const name of [
      'SMTP_PASSWORD',
      'PGPASSWORD',
      'NOTION_CLIENT_SECRET',
      'RESEND_API_KEY',
      'WEAVIATE_APIKEY',
      'S3_ACCESS_KEY',
      'CELERY_BROKER_URL',
      'DB_PWD',
      'MYSQL_PASS',
      'SENTRY_DSN',
      'AUTH',
      'BASIC_AUTH',
      'REDIS_AUTH_TOKEN',
      'GPG_PASSPHRASE',
      'AZURE_ACCESSKEY',
    ]) {
      expect(looksSecret(name), name).toBe(true);
    }
    for (const name of [
      'MAX_TOKENS',
      'WEAVIATE_TOKENIZATION',
      'REFRESH_TOKEN_EXPIRE_DAYS',
      'RESET_PASSWORD_TOKEN_EXPIRY_MINUTES',
      'PLUGIN_BASED_TOKEN_COUNTING_ENABLED',
      'REDIS_SSL_KEYFILE',
      'CELERY_BROKER_URL_FALLBACK',
      'BROKER_USE_SSL',
      'PASSTHROUGH',
      'OAUTH_REDIRECT_PATH',
      'AUTH_TYPE',
      'ENABLE_EMAIL_PASSWORD_LOGIN',
      'ACCESS_TOKEN_EXPIRE_SECONDS',
    ]) {
      expect(looksSecret(name), name).toBe(false);
    }
  });

  it('reads names in any case style', () => {
    expect(namesSecret('MasterUserPassword')).toBe(true);
    expect(namesSecret('authToken')).toBe(true);
    expect(namesSecret('db-password')).toBe(true);
    expect(namesSecret('DBPassword')).toBe(true);
    expect(namesSecret('SecretString')).toBe(true);
    expect(namesSecret('MaxTokens')).toBe(false);
    expect(namesSecret('PasswordLength')).toBe(false);
    expect(isSecretPath('/GenerateSecretString/PasswordLength')).toBe(true);
    expect(isSecretPath('/dify/environment/0/value')).toBe(false);
  });
});

describe('looksSecretValue', () => {
  it.each([
    ['a URL with a password', 'postgres://dify:hunter2@db.example.com:5432/dify'],
    ['a URL with only a password', 'redis://:hunter2@cache.example.com:6379/0'],
    ['a DSN with a key as its user', 'https://0123456789abcdef0123456789abcdef@o1.ingest.sentry.io/42'],
    ['a connection string', 'Server=db;User Id=dify;Password=hunter2;'],
    ['a query with a token', 'https://hooks.example.com/x?token=abc123'],
    ['an assignment', 'api_key=abc123'],
    ['a private key', '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----'],
    ['an RSA private key', '-----BEGIN RSA PRIVATE KEY-----\nMIIE'],
    ['an OpenSSH private key', '-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl'],
    ['an encrypted key', '-----BEGIN ENCRYPTED PRIVATE KEY-----'],
    ['a PGP private key', '-----BEGIN PGP PRIVATE KEY BLOCK-----'],
    ['an AWS access key', 'AKIAIOSFODNN7EXAMPLE'],
    ['a GitHub token', `ghp_${'a'.repeat(36)}`],
    ['a Slack token', 'xoxb-123456789012-abcdefghij'],
    ['an OpenAI key', `sk-proj-${'A1b2'.repeat(8)}`],
    ['an Anthropic key', `sk-ant-api03-${'x'.repeat(40)}`],
    ['a Stripe key', `sk_live_${'a1'.repeat(12)}`],
    ['a Google API key', `AIza${'B'.repeat(35)}`],
    ['a JWT', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'],
    ['a bearer header', 'Bearer abcdefghijklmnop1234'],
    ['a random-looking key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['JSON with a password', '{"user":"dify","password":"hunter2"}'],
    ['JSON with a credential in a string', '{"url":"postgres://u:p@db/x"}'],
    ['JSON written inside JSON', '["{\\"password\\":\\"hunter2\\"}"]'],
    ['a name/value pair', '[{"Name":"DB_PASSWORD","Value":"s3cr3t"}]'],
    ['a secret dynamic reference', '{{resolve:secretsmanager:x:SecretString:password}}'],
  ])('finds %s', (_what, value) => {
    expect(looksSecretValue(value)).toBe(true);
  });

  it.each([
    'INFO',
    '60',
    'true',
    'https://pypi-mirror-210987654321.d.codeartifact.ap-northeast-1.amazonaws.com/pypi/pypi-mirror/simple/',
    'http://proxy.example.com:3128',
    'arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:dify/prod/smtp',
    '0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
    'sha256:6a097f68bae708cedbabd6188d68c7e2e7a38cedd05a176e1cc0ba29e3bbe029',
    '3f786850e387550fdab836ed7e6dc881de23001b',
    'dify-dev-ApiTaskDefinition-AbCdEf123456',
    '-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJRTESMBAGA1UE\n-----END CERTIFICATE-----',
    '{"level":"INFO","handlers":["console"]}',
    '{"password_min_length":8,"token_expiry_minutes":"60"}',
    'Unicode 東京 text with spaces, commas; and: colons',
    '',
  ])('leaves %j alone', (value) => {
    expect(looksSecretValue(value)).toBe(false);
  });
});

describe('isSecretVariable', () => {
  it('lets a credential-looking value win over a name that reads like a setting', () => {
    expect(isSecretVariable('ENABLE_SOMETHING', 'postgres://u:p@db/x')).toBe(true);
    expect(isSecretVariable('TIMEOUT_SECONDS', 'AKIAIOSFODNN7EXAMPLE')).toBe(true);
    expect(isSecretVariable('ENABLE_EMAIL_PASSWORD_LOGIN', 'true')).toBe(false);
  });

  it('takes a name that reads like a secret at its word, unless its value is a plain switch', () => {
    expect(isSecretVariable('SMTP_PASSWORD', 'hunter2')).toBe(true);
    expect(isSecretVariable('SMTP_PASSWORD', 'true')).toBe(false);
    expect(isSecretVariable('SMTP_PASSWORD', '')).toBe(false);
    expect(isSecretVariable('LOG_LEVEL', 'INFO')).toBe(false);
  });
});

describe('holdsSecret', () => {
  it('hides a value by its path, the name beside it, its look or the JSON it holds', () => {
    expect(holdsSecret({ path: '/MasterUserPassword', value: 'x' })).toBe(true);
    expect(holdsSecret({ path: '/dify/environment/0/value', name: 'DB_PWD', value: 'x' })).toBe(true);
    expect(holdsSecret({ path: '/dify/environment/0/value', name: 'LOG_LEVEL', value: 'a:b@c' })).toBe(false);
    expect(holdsSecret({ path: '/Url', value: 'mysql://root:toor@db' })).toBe(true);
    expect(holdsSecretJson('[{"name":"X","value":"-----BEGIN EC PRIVATE KEY-----"}]')).toBe(true);
    expect(holdsSecret({ path: '/Tags/2', value: '{"Key":"owner","Value":"ops"}' })).toBe(false);
  });

  it('reads JSON nested beyond any sensible depth as a secret rather than give up quietly', () => {
    let nested = '"x"';
    for (let i = 0; i < 20; i++) nested = JSON.stringify([JSON.parse(nested)]);
    expect(holdsSecretJson(nested)).toBe(true);
  });
});
