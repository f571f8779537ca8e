import { STSServiceException } from '@aws-sdk/client-sts';

/** Shared by the credential tests: a GitHub-shaped OIDC token and STS failures. Not shipped code. */

export const SUB = 'repo:octo-org/dify-infra:environment:prod';
export const AUDIENCE = 'sts.amazonaws.com';
export const ROLE_ARN = 'arn:aws:iam::123456789012:role/dify-aws-kit-deploy';
/** 2026-07-01T00:00:00Z */
export const EXPIRY = 1_782_864_000;

/** A token shaped like GitHub's (header.payload.signature); its signature is made up. */
export function fakeIdToken(claims: Record<string, unknown> = {}): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const payload = {
    iss: 'https://token.actions.githubusercontent.com',
    sub: SUB,
    aud: AUDIENCE,
    repository: 'octo-org/dify-infra',
    exp: EXPIRY,
    ...claims,
  };
  return `${encode({ alg: 'RS256', typ: 'JWT', kid: 'fake' })}.${encode(payload)}.c2lnbmF0dXJlLW5vdC1jaGVja2Vk`;
}

export const ID_TOKEN = fakeIdToken();

/** An STS failure as the SDK throws it: the error code is the name. */
export function stsError(code: string, httpStatusCode: number, message: string): STSServiceException {
  return new STSServiceException({
    name: code,
    $fault: httpStatusCode >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode },
    message,
  });
}

/** A Node socket error, as the SDK's HTTP handler rethrows it. */
export function networkError(code: string): Error {
  return Object.assign(new Error(`socket hang up (${code})`), { code });
}

/** A sleep that only records what it was asked to wait. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; delays: number[] } {
  const delays: number[] = [];
  return {
    delays,
    sleep: (ms) => {
      delays.push(ms);
      return Promise.resolve();
    },
  };
}
