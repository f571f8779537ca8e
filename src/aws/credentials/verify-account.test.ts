import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { CredentialError } from './credential-errors.js';
import { ROLE_ARN, recordingSleep, stsError } from './oidc-test-fixtures.js';
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

  it('does not retry credentials of the default chain that STS refuses, nor call it the wrong account', async () => {
    const { sleep } = recordingSleep();
    stsMock.on(GetCallerIdentityCommand).rejects(stsError('InvalidClientTokenId', 403, 'invalid token'));
    const error = await verifyAccount(sts, '123456789012', { sleep }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      kind: 'invalid-credentials',
      message:
        'could not confirm the AWS account: STS does not recognise the credentials of the default chain (invalid token)',
    });
    expect((error as CredentialError).hint).toContain('AWS_ACCESS_KEY_ID');
    expect(stsMock.commandCalls(GetCallerIdentityCommand)).toHaveLength(1);
  });

  describe('credentials just assumed', () => {
    const invalid = stsError(
      'InvalidClientTokenId',
      403,
      'The security token included in the request is invalid.',
    );

    it('gives InvalidClientTokenId a few seconds to pass (IAM is eventually consistent), then confirms', async () => {
      const { sleep, delays } = recordingSleep();
      stsMock.on(GetCallerIdentityCommand).rejectsOnce(invalid).rejectsOnce(invalid).resolves(identity);
      await expect(
        verifyAccount(sts, '123456789012', { sleep, random: () => 0.5 }, ROLE_ARN),
      ).resolves.toMatchObject({ accountId: '123456789012' });
      expect(delays).toEqual([750, 1_500]);
    });

    it('gives up after about 20 s, saying STS did not know the new credentials, never the wrong account', async () => {
      const { sleep, delays } = recordingSleep();
      stsMock.on(GetCallerIdentityCommand).rejects(invalid);
      const error = await verifyAccount(sts, '123456789012', { sleep, random: () => 1 }, ROLE_ARN).catch(
        (e: unknown) => e,
      );
      expect(stsMock.commandCalls(GetCallerIdentityCommand)).toHaveLength(6);
      expect(delays.reduce((sum, delay) => sum + delay, 0)).toBeLessThanOrEqual(25_000);
      expect(error).toBeInstanceOf(CredentialError);
      expect(error).toMatchObject({
        kind: 'invalid-credentials',
        message: `could not confirm the AWS account: STS did not recognise the credentials it had just issued for ${ROLE_ARN}, even after waiting for them to spread (The security token included in the request is invalid.)`,
      });
      expect((error as CredentialError).hint).toContain('eventually consistent');
      expect((error as CredentialError).hint).not.toContain('account 123456789012');
    });

    it('still does not retry AccessDenied', async () => {
      const { sleep } = recordingSleep();
      stsMock.on(GetCallerIdentityCommand).rejects(stsError('AccessDenied', 403, 'denied'));
      await expect(verifyAccount(sts, '123456789012', { sleep }, ROLE_ARN)).rejects.toBeInstanceOf(
        CredentialError,
      );
      expect(stsMock.commandCalls(GetCallerIdentityCommand)).toHaveLength(1);
    });
  });
});
