import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { CredentialError } from './credential-errors.js';
import { recordingSleep, stsError } from './oidc-test-fixtures.js';
import { verifyAccount } from './verify-account.js';

const stsMock = mockClient(STSClient);
const sts = new STSClient({ region: 'eu-west-1' });
const identity = {
  Account: '123456789012',
  Arn: 'arn:aws:sts::123456789012:assumed-role/dify-aws-kit-deploy/gha-octo-org.dify-infra-1',
  UserId: 'AROAEXAMPLE:gha-octo-org.dify-infra-1',
};

beforeEach(() => {
  stsMock.reset();
});

describe('verifyAccount', () => {
  it('returns the caller identity when the account is the expected one', async () => {
    stsMock.on(GetCallerIdentityCommand).resolves(identity);
    await expect(verifyAccount(sts, '123456789012')).resolves.toEqual({
      accountId: '123456789012',
      arn: identity.Arn,
    });
  });

  it('stops the run when the credentials are for another account, naming both', async () => {
    stsMock.on(GetCallerIdentityCommand).resolves({ ...identity, Account: '210987654321' });
    const error = await verifyAccount(sts, '123456789012').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialError);
    expect(error).toMatchObject({
      kind: 'account-mismatch',
      message: `the credentials are for AWS account "210987654321" (${identity.Arn}), but environment.json's accountId is "123456789012": the run stops before touching anything`,
    });
    expect((error as CredentialError).hint).toContain('arn:aws:iam::123456789012:role/');
  });

  it('refuses an answer without an account', async () => {
    stsMock.on(GetCallerIdentityCommand).resolves({});
    await expect(verifyAccount(sts, '123456789012')).rejects.toMatchObject({ kind: 'account-mismatch' });
  });

  it('retries throttling, then confirms', async () => {
    const { sleep, delays } = recordingSleep();
    stsMock
      .on(GetCallerIdentityCommand)
      .rejectsOnce(stsError('Throttling', 400, 'Rate exceeded'))
      .resolves(identity);
    await expect(verifyAccount(sts, '123456789012', { sleep, random: () => 0.5 })).resolves.toMatchObject({
      accountId: '123456789012',
    });
    expect(stsMock.commandCalls(GetCallerIdentityCommand)).toHaveLength(2);
    expect(delays).toEqual([150]);
  });

  it('does not retry credentials STS refuses', async () => {
    const { sleep } = recordingSleep();
    stsMock.on(GetCallerIdentityCommand).rejects(stsError('InvalidClientTokenId', 403, 'invalid token'));
    await expect(verifyAccount(sts, '123456789012', { sleep })).rejects.toBeInstanceOf(CredentialError);
    expect(stsMock.commandCalls(GetCallerIdentityCommand)).toHaveLength(1);
  });
});
