import { inspect } from 'node:util';
import {
  AssumeRoleWithWebIdentityCommand,
  ExpiredTokenException,
  GetCallerIdentityCommand,
  InvalidIdentityTokenException,
  STSClient,
} from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { type AssumeRoleWithOidcOptions, assumeRoleWithOidc } from './assume-role-with-oidc.js';
import { CredentialError } from './credential-errors.js';
import { ID_TOKEN, networkError, ROLE_ARN, recordingSleep, SUB, stsError } from './oidc-test-fixtures.js';
import { verifyAccount } from './verify-account.js';

const stsMock = mockClient(STSClient);
const sts = new STSClient({ region: 'eu-west-1', maxAttempts: 1 });

const ACCESS_KEY_ID = 'ASIAEXAMPLEKEYID0001';
const SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const SESSION_TOKEN = 'IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN//////////wEaCWV1LXdlc3QtMSJH';
const EXPIRATION = new Date('2026-07-01T01:00:00Z');
const SECRETS = [ACCESS_KEY_ID, SECRET_ACCESS_KEY, SESSION_TOKEN, ID_TOKEN];

const credentials = {
  AccessKeyId: ACCESS_KEY_ID,
  SecretAccessKey: SECRET_ACCESS_KEY,
  SessionToken: SESSION_TOKEN,
  Expiration: EXPIRATION,
};

/** Options for one run, recording what was masked, waited and asked for. */
function setup(overrides: Partial<AssumeRoleWithOidcOptions> = {}) {
  const events: string[] = [];
  const audiences: string[] = [];
  const { sleep, delays } = recordingSleep();
  const options: AssumeRoleWithOidcOptions = {
    roleArn: ROLE_ARN,
    getIdToken: (audience) => {
      audiences.push(audience);
      return Promise.resolve(ID_TOKEN);
    },
    sessionName: 'gha-octo-org.dify-infra-12345678901',
    region: 'eu-west-1',
    sts,
    maskSecret: (value) => events.push(`mask ${value}`),
    sleep,
    random: () => 0.5,
    ...overrides,
  };
  return { options, events, audiences, delays };
}

/** The error a run fails with; fails the test when the run succeeds. */
async function failureOf(options: AssumeRoleWithOidcOptions): Promise<CredentialError> {
  const error = await assumeRoleWithOidc(options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CredentialError);
  return error as CredentialError;
}

beforeEach(() => {
  stsMock.reset();
});

describe('assumeRoleWithOidc', () => {
  it('exchanges the OIDC token for credentials, masking all three before returning them', async () => {
    stsMock.on(AssumeRoleWithWebIdentityCommand).resolves({ Credentials: credentials });
    const { options, events, audiences } = setup({ durationSeconds: 1_800 });

    const result = await assumeRoleWithOidc(options).then((value) => {
      events.push('returned');
      return value;
    });

    expect(events).toEqual([
      `mask ${ACCESS_KEY_ID}`,
      `mask ${SECRET_ACCESS_KEY}`,
      `mask ${SESSION_TOKEN}`,
      'returned',
    ]);
    expect(result).toEqual({
      accessKeyId: ACCESS_KEY_ID,
      secretAccessKey: SECRET_ACCESS_KEY,
      sessionToken: SESSION_TOKEN,
      expiration: EXPIRATION,
    });
    expect(audiences).toEqual(['sts.amazonaws.com']);
    expect(stsMock.commandCalls(AssumeRoleWithWebIdentityCommand).map((call) => call.args[0].input)).toEqual([
      {
        RoleArn: ROLE_ARN,
        RoleSessionName: 'gha-octo-org.dify-infra-12345678901',
        WebIdentityToken: ID_TOKEN,
        DurationSeconds: 1_800,
      },
    ]);
  });

  it('asks for a token for the given audience and leaves the duration to STS by default', async () => {
    stsMock.on(AssumeRoleWithWebIdentityCommand).resolves({ Credentials: credentials });
    const { options, audiences } = setup({ audience: 'sts.amazonaws.com.cn' });
    await assumeRoleWithOidc(options);
    expect(audiences).toEqual(['sts.amazonaws.com.cn']);
    expect(stsMock.commandCalls(AssumeRoleWithWebIdentityCommand)[0]?.args[0].input).not.toHaveProperty(
      'DurationSeconds',
    );
  });

  it('retries throttling twice, with growing and bounded delays, then succeeds', async () => {
    stsMock
      .on(AssumeRoleWithWebIdentityCommand)
      .rejectsOnce(stsError('Throttling', 400, 'Rate exceeded'))
      .rejectsOnce(stsError('ThrottlingException', 400, 'Rate exceeded'))
      .resolves({ Credentials: credentials });
    const { options, delays, audiences } = setup({ maxDelayMs: 1_000 });

    await expect(assumeRoleWithOidc(options)).resolves.toMatchObject({ accessKeyId: ACCESS_KEY_ID });

    expect(stsMock.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(3);
    expect(delays).toHaveLength(2);
    const [first = 0, second = 0] = delays;
    expect(second).toBeGreaterThan(first);
    expect(Math.max(...delays)).toBeLessThanOrEqual(1_000);
    expect(audiences).toHaveLength(1);
  });

  it('gives up after maxAttempts when STS stays unavailable', async () => {
    stsMock.on(AssumeRoleWithWebIdentityCommand).rejects(networkError('ECONNRESET'));
    const { options, delays } = setup({ maxAttempts: 3 });
    const error = await failureOf(options);
    expect(error.kind).toBe('sts-unavailable');
    expect(stsMock.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(3);
    expect(delays).toHaveLength(2);
  });

  it('does not retry AccessDenied: one call, and the sub the role saw, never the token', async () => {
    stsMock
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(stsError('AccessDenied', 403, 'Not authorized to perform sts:AssumeRoleWithWebIdentity'));
    const { options, delays, events } = setup();

    const error = await failureOf(options);

    expect(stsMock.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(1);
    expect(delays).toEqual([]);
    expect(events).toEqual([]);
    expect(error.kind).toBe('trust-policy-rejected');
    expect(error.message).toContain(`sub "${SUB}"`);
    expect(error.hint).toContain('token.actions.githubusercontent.com:sub');
    expect(error.hint).toContain('token.actions.githubusercontent.com:aud');
    expect(`${error.message}\n${error.hint}`).not.toContain(ID_TOKEN);
  });

  it('says the job lacks id-token: write, without calling STS', async () => {
    const { options } = setup({
      getIdToken: () =>
        Promise.reject(new Error('Error message: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable')),
    });
    const error = await failureOf(options);
    expect(error.kind).toBe('missing-id-token-permission');
    expect(error.hint).toContain('id-token: write');
    expect(stsMock.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(0);
  });

  it('explains an expired token without retrying it', async () => {
    stsMock
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(new ExpiredTokenException({ $metadata: { httpStatusCode: 400 }, message: 'Token expired' }));
    const { options } = setup();
    const error = await failureOf(options);
    expect(error.kind).toBe('expired-token');
    expect(stsMock.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(1);
  });

  it("retries STS failing to fetch GitHub's signing keys, with the same token, then succeeds", async () => {
    const keysOutOfReach = new InvalidIdentityTokenException({
      $metadata: { httpStatusCode: 400 },
      message:
        "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements",
    });
    stsMock
      .on(AssumeRoleWithWebIdentityCommand)
      .rejectsOnce(keysOutOfReach)
      .rejectsOnce(keysOutOfReach)
      .resolves({ Credentials: credentials });
    const { options, delays, audiences } = setup();
    await expect(assumeRoleWithOidc(options)).resolves.toMatchObject({ accessKeyId: ACCESS_KEY_ID });
    expect(stsMock.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(3);
    expect(delays).toHaveLength(2);
    expect(audiences).toHaveLength(1);
  });

  it('gives up on the signing keys after the retries, without telling to create a provider that exists', async () => {
    stsMock.on(AssumeRoleWithWebIdentityCommand).rejects(
      new InvalidIdentityTokenException({
        $metadata: { httpStatusCode: 400 },
        message: "Couldn't retrieve verification key from your identity provider",
      }),
    );
    const { options } = setup({ maxAttempts: 3 });
    const error = await failureOf(options);
    expect(error.kind).toBe('identity-provider-unreachable');
    expect(error.hint).not.toMatch(/create/i);
    expect(stsMock.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(3);
  });

  it('explains a wrong audience without retrying it', async () => {
    stsMock.on(AssumeRoleWithWebIdentityCommand).rejects(
      new InvalidIdentityTokenException({
        $metadata: { httpStatusCode: 400 },
        message: 'Incorrect token audience',
      }),
    );
    const { options } = setup({ audience: 'my-audience' });
    const error = await failureOf(options);
    expect(error.kind).toBe('invalid-identity-token');
    expect(stsMock.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(1);
  });

  it.each([
    ['a role name instead of an ARN', { roleArn: 'dify-aws-kit-deploy' }, 'is not the ARN of an IAM role'],
    ['a session name with a slash', { sessionName: 'octo-org/dify-infra' }, 'is not one STS accepts'],
    ['a session name over 64 characters', { sessionName: 'x'.repeat(65) }, 'is not one STS accepts'],
    ['a duration under 15 minutes', { durationSeconds: 60 }, 'duration-seconds 60 is out of range'],
    ['a duration over 12 hours', { durationSeconds: 43_201 }, 'duration-seconds 43201 is out of range'],
  ])('refuses %s before asking for a token', async (_, overrides, message) => {
    let asked = false;
    const { options } = setup({
      ...overrides,
      getIdToken: () => {
        asked = true;
        return Promise.resolve(ID_TOKEN);
      },
    });
    const error = await failureOf(options);
    expect(error.kind).toBe('invalid-request');
    expect(error.message).toContain(message);
    expect(asked).toBe(false);
    expect(stsMock.calls()).toHaveLength(0);
  });

  it('masks what an incomplete answer holds before refusing it', async () => {
    stsMock.on(AssumeRoleWithWebIdentityCommand).resolves({
      Credentials: { ...credentials, SessionToken: undefined },
    });
    const { options, events } = setup();
    const error = await failureOf(options);
    expect(error.kind).toBe('incomplete-response');
    expect(events).toEqual([`mask ${ACCESS_KEY_ID}`, `mask ${SECRET_ACCESS_KEY}`]);
  });
});

describe('credential values in errors', () => {
  /** Every way the flow can fail, with STS echoing secrets where it could. */
  const failures: [string, () => Promise<unknown>][] = [
    [
      'trust policy rejection echoing the token',
      async () => {
        stsMock
          .on(AssumeRoleWithWebIdentityCommand)
          .rejects(stsError('AccessDenied', 403, `denied: ${ID_TOKEN}`));
        await assumeRoleWithOidc(setup().options);
      },
    ],
    [
      'invalid token echoing the token',
      async () => {
        stsMock.on(AssumeRoleWithWebIdentityCommand).rejects(
          new InvalidIdentityTokenException({
            $metadata: {},
            message: `Incorrect token audience in ${ID_TOKEN}`,
          }),
        );
        await assumeRoleWithOidc(setup().options);
      },
    ],
    [
      'throttling until the end echoing the token',
      async () => {
        stsMock
          .on(AssumeRoleWithWebIdentityCommand)
          .rejects(stsError('Throttling', 400, `slow down ${ID_TOKEN}`));
        await assumeRoleWithOidc(setup().options);
      },
    ],
    [
      'an unknown failure echoing the token',
      async () => {
        stsMock.on(AssumeRoleWithWebIdentityCommand).rejects(stsError('Mystery', 400, `token=${ID_TOKEN}`));
        await assumeRoleWithOidc(setup().options);
      },
    ],
    [
      'an incomplete answer',
      async () => {
        stsMock.on(AssumeRoleWithWebIdentityCommand).resolves({
          Credentials: { ...credentials, Expiration: undefined },
        });
        await assumeRoleWithOidc(setup().options);
      },
    ],
    [
      'credentials for another account',
      async () => {
        stsMock.on(AssumeRoleWithWebIdentityCommand).resolves({ Credentials: credentials });
        stsMock.on(GetCallerIdentityCommand).resolves({
          Account: '210987654321',
          Arn: 'arn:aws:sts::210987654321:assumed-role/dify-aws-kit-deploy/gha-octo-org.dify-infra-1',
        });
        await assumeRoleWithOidc(setup().options);
        await verifyAccount(sts, '123456789012');
      },
    ],
  ];

  it.each(failures)('appear nowhere in the error for %s', async (_, run) => {
    const error = await run().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CredentialError);
    const { message, hint, stack = '' } = error as CredentialError;
    for (const text of [
      message,
      hint,
      stack,
      String(error),
      JSON.stringify(error),
      inspect(error, { depth: 5 }),
    ]) {
      for (const secret of SECRETS) expect(text).not.toContain(secret);
    }
  });
});
