import { describe, expect, it } from 'vitest';
import { hasDynamicSecretReference, isSecretPath } from '../../environment/secret-names.js';
import type { PropertyDrift } from './drift-outcome.js';
import {
  MAX_SHOWN_VALUE_LENGTH,
  maskDifference,
  SECRET_PLACEHOLDER,
  siblingName,
} from './mask-secret-values.js';

function difference(path: string, expected: string, actual: string): PropertyDrift {
  return { path, expected, actual, differenceType: 'NOT_EQUAL' };
}

describe('maskDifference', () => {
  it.each([
    '/MasterUserPassword',
    '/AuthToken',
    '/SecretString',
    '/GenerateSecretString/PasswordLength',
    '/Credentials/Password',
    '/Properties/DbPassword',
  ])('hides both values of %s', (path) => {
    expect(maskDifference(difference(path, 'expected-value', 'actual-value'))).toEqual(
      difference(path, SECRET_PLACEHOLDER, SECRET_PLACEHOLDER),
    );
  });

  it('hides a difference whose value is a Secrets Manager or secure SSM dynamic reference', () => {
    const secretsManager = '{{resolve:secretsmanager:dify-prod/db:SecretString:password}}';
    const ssmSecure = 'postgres://u:{{ resolve:ssm-secure:/dify/db:1 }}@db';
    expect(maskDifference(difference('/MasterUsername', secretsManager, 'admin'))).toEqual(
      difference('/MasterUsername', SECRET_PLACEHOLDER, SECRET_PLACEHOLDER),
    );
    expect(maskDifference(difference('/Url', 'x', ssmSecure)).actual).toBe(SECRET_PLACEHOLDER);
  });

  it('hides an added environment variable whose name says it is a secret', () => {
    const added: PropertyDrift = {
      path: '/ContainerDefinitions/0/Environment/4',
      expected: '',
      actual: '{"Name":"DB_PASSWORD","Value":"s3cr3t"}',
      differenceType: 'ADD',
    };
    expect(maskDifference(added)).toEqual({ ...added, actual: SECRET_PLACEHOLDER });
  });

  it('hides a changed environment variable value when the name beside it says it is a secret', () => {
    const properties = JSON.stringify({
      ContainerDefinitions: [
        {
          Environment: [
            { Name: 'LOG_LEVEL', Value: 'INFO' },
            { Name: 'SECRET_KEY', Value: 'x' },
          ],
        },
      ],
    });
    const context = { actualProperties: properties, expectedProperties: properties };
    expect(
      maskDifference(difference('/ContainerDefinitions/0/Environment/1/Value', 'a', 'b'), context).actual,
    ).toBe(SECRET_PLACEHOLDER);
    expect(
      maskDifference(difference('/ContainerDefinitions/0/Environment/0/Value', 'INFO', 'DEBUG'), context),
    ).toEqual(difference('/ContainerDefinitions/0/Environment/0/Value', 'INFO', 'DEBUG'));
  });

  it.each([
    ['a URL with credentials', 'postgres://dify:hunter2@db.example.com/dify'],
    ['a private key', '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----'],
    ['JSON holding a credential in a string', '{"url":"redis://:hunter2@cache:6379"}'],
    ['a token', `ghp_${'a'.repeat(36)}`],
  ])('hides %s under any name', (_what, value) => {
    const properties = JSON.stringify({
      ContainerDefinitions: [{ Environment: [{ Name: 'ENABLE_X', Value: value }] }],
    });
    const masked = maskDifference(difference('/ContainerDefinitions/0/Environment/0/Value', 'old', value), {
      actualProperties: properties,
    });
    expect(masked).toEqual(
      difference('/ContainerDefinitions/0/Environment/0/Value', SECRET_PLACEHOLDER, SECRET_PLACEHOLDER),
    );
  });

  it('hides a value beside a name spelled *_PWD, *_PASS, *_DSN or AUTH', () => {
    for (const name of ['DB_PWD', 'MYSQL_PASS', 'SENTRY_DSN', 'AUTH']) {
      const properties = JSON.stringify({
        ContainerDefinitions: [{ Environment: [{ Name: name, Value: 'x' }] }],
      });
      const path = '/ContainerDefinitions/0/Environment/0/Value';
      expect(maskDifference(difference(path, 'a', 'b'), { actualProperties: properties }).actual, name).toBe(
        SECRET_PLACEHOLDER,
      );
    }
  });

  it('keeps ordinary values, and keeps an empty side empty', () => {
    const added: PropertyDrift = {
      path: '/Tags/2',
      expected: '',
      actual: '{"Key":"owner","Value":"ops"}',
      differenceType: 'ADD',
    };
    expect(maskDifference(added)).toEqual(added);
    expect(maskDifference({ ...added, path: '/AuthToken', actual: 'x' })).toEqual({
      ...added,
      path: '/AuthToken',
      actual: SECRET_PLACEHOLDER,
    });
  });

  it('cuts values longer than 200 characters, and masking twice changes nothing', () => {
    const long = 'a'.repeat(500);
    const masked = maskDifference(difference('/Description', long, 'short'));
    expect(Array.from(masked.expected)).toHaveLength(MAX_SHOWN_VALUE_LENGTH);
    expect(masked.expected.endsWith('…')).toBe(true);
    expect(maskDifference(masked)).toEqual(masked);
  });
});

describe('secret detection', () => {
  it('reads secret names along a path, not ordinary ones', () => {
    expect(isSecretPath('/SecurityGroupIngress/0/CidrIp')).toBe(false);
    expect(isSecretPath('/MasterUserPassword')).toBe(true);
    expect(hasDynamicSecretReference('{{resolve:ssm:/dify/plain}}')).toBe(false);
  });

  it('finds the name beside a value, and nothing in broken JSON', () => {
    const properties = '{"A":[{"Name":"X","Value":"1"}]}';
    expect(siblingName(properties, '/A/0/Value')).toBe('X');
    expect(siblingName(properties, '/A/1/Value')).toBeUndefined();
    expect(siblingName('{not json', '/A/0/Value')).toBeUndefined();
    expect(siblingName(properties, '/A/0/Name')).toBeUndefined();
  });
});
