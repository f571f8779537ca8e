import { ExpiredTokenException, InvalidIdentityTokenException } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { CredentialError, explainCredentialFailure } from './credential-errors.js';
import { ID_TOKEN, ROLE_ARN, SUB, stsError } from './oidc-test-fixtures.js';

const assumeRole = {
  step: 'assume-role',
  roleArn: ROLE_ARN,
  idToken: ID_TOKEN,
  region: 'eu-west-1',
} as const;

describe('explainCredentialFailure while getting the OIDC token', () => {
  it.each(['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'])(
    'says the job lacks id-token: write when %s is missing',
    (variable) => {
      // What @actions/core's getIDToken throws when the job may not request a token.
      const error = new Error(`Error message: Unable to get ${variable} env variable`);
      const explained = explainCredentialFailure(error, {
        step: 'get-id-token',
        audience: 'sts.amazonaws.com',
      });
      expect(explained.kind).toBe('missing-id-token-permission');
      expect(explained.message).toBe(
        `could not get GitHub's OIDC token: the job has no "id-token: write" permission (the runner did not set ${variable})`,
      );
      expect(explained.hint).toContain('id-token: write');
      expect(explained.hint).toContain('forks');
      expect(explained.cause).toBe(error);
    },
  );

  it('passes on any other failure of the token service on one line', () => {
    const error = new Error(
      'Error message: Failed to get ID Token. \n \n Error Code : 500\n \n Error Message: oops',
    );
    const explained = explainCredentialFailure(error, {
      step: 'get-id-token',
      audience: 'sts.amazonaws.com',
    });
    expect(explained.kind).toBe('id-token-unavailable');
    expect(explained.message).toBe(
      'could not get GitHub\'s OIDC token for audience "sts.amazonaws.com": Error message: Failed to get ID Token. Error Code : 500 Error Message: oops',
    );
  });
});

describe('explainCredentialFailure while assuming the role', () => {
  it('prints the sub and aud the trust policy rejected, and names the condition keys', () => {
    const error = stsError('AccessDenied', 403, 'Not authorized to perform sts:AssumeRoleWithWebIdentity');
    const explained = explainCredentialFailure(error, assumeRole);
    expect(explained.kind).toBe('trust-policy-rejected');
    expect(explained.message).toBe(
      `the trust policy of ${ROLE_ARN} rejected this workflow: the role saw sub "${SUB}" and aud "sts.amazonaws.com" (STS: Not authorized to perform sts:AssumeRoleWithWebIdentity)`,
    );
    expect(explained.hint).toContain(`token.actions.githubusercontent.com:sub must match "${SUB}"`);
    expect(explained.hint).toContain('token.actions.githubusercontent.com:aud must be "sts.amazonaws.com"');
    expect(explained.hint).toContain(
      'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com',
    );
  });

  it('never prints the token, even when STS echoes it', () => {
    const error = stsError('AccessDenied', 403, `Not authorized for token ${ID_TOKEN}`);
    const explained = explainCredentialFailure(error, assumeRole);
    for (const text of [explained.message, explained.hint, String(explained), explained.stack ?? '']) {
      expect(text).not.toContain(ID_TOKEN);
      expect(text).not.toContain(ID_TOKEN.split('.')[1]);
      expect(text).not.toContain(ID_TOKEN.split('.')[2]);
    }
    expect(explained.message).toContain('Not authorized for token ***');
    // A debug print of the cause would show the token: it is left out.
    expect(explained.cause).toBeUndefined();
  });

  it('says so when the token cannot be read', () => {
    const explained = explainCredentialFailure(stsError('AccessDenied', 403, 'Not authorized'), {
      ...assumeRole,
      idToken: 'opaque',
    });
    expect(explained.message).toContain('the role saw a token whose claims could not be read');
  });

  it('points at the identity provider audience for an audience mismatch', () => {
    const error = new InvalidIdentityTokenException({
      $metadata: { httpStatusCode: 400 },
      message: 'Incorrect token audience',
    });
    const explained = explainCredentialFailure(error, assumeRole);
    expect(explained.kind).toBe('invalid-identity-token');
    expect(explained.message).toBe(
      `STS refused GitHub's OIDC token for ${ROLE_ARN}: Incorrect token audience (the token's aud was "sts.amazonaws.com", its issuer "https://token.actions.githubusercontent.com")`,
    );
    expect(explained.hint).toBe(
      'The IAM identity provider for https://token.actions.githubusercontent.com in account 123456789012 must list "sts.amazonaws.com" as an audience (client ID): add it there, or set audience to one it lists.',
    );
  });

  it('points at creating the identity provider when the account has none, with the China audience in cn regions', () => {
    const error = new InvalidIdentityTokenException({
      $metadata: { httpStatusCode: 400 },
      message:
        'No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com',
    });
    const explained = explainCredentialFailure(error, { ...assumeRole, region: 'cn-north-1' });
    expect(explained.hint).toContain(
      'Create the IAM OIDC identity provider for https://token.actions.githubusercontent.com in account 123456789012',
    );
    expect(explained.hint).toContain('"sts.amazonaws.com.cn"');
  });

  it("says GitHub's keys were out of reach, not that the identity provider is missing", () => {
    const error = new InvalidIdentityTokenException({
      $metadata: { httpStatusCode: 400 },
      message:
        "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements",
    });
    const explained = explainCredentialFailure(error, assumeRole);
    expect(explained.kind).toBe('identity-provider-unreachable');
    expect(explained.message).toContain("STS could not fetch GitHub's signing keys");
    expect(explained.hint).toContain('under load');
    expect(explained.hint).not.toMatch(/create/i);
  });

  it('only says to create the identity provider when STS says there is none', () => {
    const error = new InvalidIdentityTokenException({
      $metadata: { httpStatusCode: 400 },
      message: 'Issuer in the token does not match the expected issuer',
    });
    const explained = explainCredentialFailure(error, assumeRole);
    expect(explained.kind).toBe('invalid-identity-token');
    expect(explained.hint).not.toMatch(/create/i);
    expect(explained.hint).toContain(
      'Compare the IAM identity provider for https://token.actions.githubusercontent.com',
    );
  });

  it('explains an expired token with its expiry time', () => {
    const error = new ExpiredTokenException({ $metadata: { httpStatusCode: 400 }, message: 'Token expired' });
    const explained = explainCredentialFailure(error, assumeRole);
    expect(explained.kind).toBe('expired-token');
    expect(explained.message).toBe(
      "GitHub's OIDC token had expired when STS received it (it expired at 2026-07-01T00:00:00.000Z)",
    );
    expect(explained.hint).toContain('clock');
  });

  it('names the role maximum session duration for a duration too long', () => {
    const error = stsError(
      'ValidationError',
      400,
      'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
    );
    const explained = explainCredentialFailure(error, assumeRole);
    expect(explained.kind).toBe('invalid-request');
    expect(explained.hint).toBe(
      'Lower duration-seconds, or raise the maximum session duration of the role dify-aws-kit-deploy in IAM (at most 12 hours).',
    );
  });

  it('says STS was unavailable when transient failures outlasted the retries', () => {
    const explained = explainCredentialFailure(stsError('Throttling', 400, 'Rate exceeded'), assumeRole);
    expect(explained.kind).toBe('sts-unavailable');
    expect(explained.message).toBe(
      'STS in eu-west-1 was throttling or unavailable, and still was after retrying: Rate exceeded',
    );
  });

  it('names the region STS is off in', () => {
    const explained = explainCredentialFailure(
      stsError('RegionDisabledException', 403, 'STS is not activated in this region'),
      assumeRole,
    );
    expect(explained.kind).toBe('region-disabled');
    expect(explained.message).toContain('eu-west-1');
  });

  it('keeps the code of an unknown failure', () => {
    const explained = explainCredentialFailure(stsError('Mystery', 400, 'what'), assumeRole);
    expect(explained.kind).toBe('unexpected');
    expect(explained.message).toBe(`could not assume ${ROLE_ARN} with GitHub's OIDC token: Mystery: what`);
  });

  it('passes a CredentialError through unchanged', () => {
    const error = new CredentialError('invalid-request', 'bad', 'fix it');
    expect(explainCredentialFailure(error, assumeRole)).toBe(error);
  });
});

describe('explainCredentialFailure while confirming the account', () => {
  const verify = { step: 'verify-account', expectedAccountId: '123456789012' } as const;

  it('says credentials expired', () => {
    const error = new ExpiredTokenException({
      $metadata: { httpStatusCode: 400 },
      message: 'The security token included in the request is expired',
    });
    expect(explainCredentialFailure(error, verify).kind).toBe('expired-token');
  });

  it('says credentials STS refuses are not known to it, not that they are for another account', () => {
    const explained = explainCredentialFailure(
      stsError('InvalidClientTokenId', 403, 'The security token included in the request is invalid.'),
      verify,
    );
    expect(explained.kind).toBe('invalid-credentials');
    expect(explained.hint).not.toContain('123456789012');
  });

  it('names a stranger answer with the expected account', () => {
    const explained = explainCredentialFailure(stsError('Mystery', 400, 'what'), verify);
    expect(explained.kind).toBe('unexpected');
    expect(explained.hint).toContain('123456789012');
  });
});
