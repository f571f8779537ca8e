import { describe, expect, it } from 'vitest';
import { parseRoleArn } from './role-arn.js';

describe('parseRoleArn', () => {
  it('reads partition, account and role name, with or without a path', () => {
    expect(parseRoleArn('arn:aws:iam::123456789012:role/deploy')).toEqual({
      partition: 'aws',
      accountId: '123456789012',
      roleName: 'deploy',
    });
    expect(parseRoleArn('arn:aws-cn:iam::123456789012:role/ci/github/deploy')).toEqual({
      partition: 'aws-cn',
      accountId: '123456789012',
      roleName: 'deploy',
    });
  });

  it('refuses a bare name, a user ARN and a short account id', () => {
    expect(parseRoleArn('deploy')).toBeUndefined();
    expect(parseRoleArn('arn:aws:iam::123456789012:user/deploy')).toBeUndefined();
    expect(parseRoleArn('arn:aws:iam::12345:role/deploy')).toBeUndefined();
  });
});
