import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { describe, expect, it } from 'vitest';
import type { AwsCredentials } from './assume-role-with-oidc.js';
import { CredentialError } from './credential-errors.js';
import { REFRESH_BEFORE_EXPIRY_MS, refreshingCredentials } from './refreshing-credentials.js';

// In the future, so that the SDK's own cache, which goes by the system clock, would never refresh.
const START = Date.parse('2100-05-01T10:00:00Z');
const HOUR = 3_600_000;

/** Session n: an access key of its own, expiring an hour after it was issued. */
function session(n: number, issuedAt: number): AwsCredentials {
  return {
    accessKeyId: `ASIASESSION${n}`,
    secretAccessKey: `secret-${n}`,
    sessionToken: `token-${n}`,
    expiration: new Date(issuedAt + HOUR),
  };
}

function setup() {
  let now = START;
  let issued = 0;
  const lines: string[] = [];
  const assume = async () => session(++issued, now);
  return {
    clock: { now: () => now, advance: (ms: number) => (now += ms) },
    assumed: () => issued,
    lines,
    options: { assume, now: () => now, log: (line: string) => lines.push(line) },
  };
}

describe('refreshingCredentials', () => {
  it('assumes the role once at the start, and again only within five minutes of the expiry', async () => {
    const { clock, assumed, lines, options } = setup();
    const credentials = await refreshingCredentials(options);
    expect(assumed()).toBe(1);
    clock.advance(HOUR - REFRESH_BEFORE_EXPIRY_MS - 1);
    expect((await credentials.provider()).accessKeyId).toBe('ASIASESSION1');
    clock.advance(1);
    expect((await credentials.provider()).accessKeyId).toBe('ASIASESSION2');
    expect(credentials.current().accessKeyId).toBe('ASIASESSION2');
    expect(assumed()).toBe(2);
    expect(lines).toEqual(['role credentials refreshed; they expire at 2100-05-01T11:55:00.000Z']);
  });

  it('makes one refresh for requests that need it at the same time', async () => {
    const { clock, assumed, options } = setup();
    const credentials = await refreshingCredentials(options);
    clock.advance(HOUR);
    const keys = await Promise.all([credentials.provider(), credentials.provider(), credentials.provider()]);
    expect(keys.map((key) => key.accessKeyId)).toEqual(['ASIASESSION2', 'ASIASESSION2', 'ASIASESSION2']);
    expect(assumed()).toBe(2);
  });

  it('fails the request that needed a refresh with the CredentialError, and tries again on the next', async () => {
    const { clock, options } = setup();
    let failNext = false;
    const credentials = await refreshingCredentials({
      ...options,
      assume: async () => {
        if (failNext) {
          failNext = false;
          throw new CredentialError('id-token-unavailable', "could not get GitHub's OIDC token", 're-run');
        }
        return options.assume();
      },
    });
    clock.advance(HOUR);
    failNext = true;
    await expect(credentials.provider()).rejects.toBeInstanceOf(CredentialError);
    expect((await credentials.provider()).accessKeyId).toBe('ASIASESSION2');
  });

  it('is asked by a real SDK client before every request, so the run clock decides, not the SDK cache', async () => {
    const { clock, options } = setup();
    const credentials = await refreshingCredentials(options);
    const client = new CloudFormationClient({ region: 'eu-west-1', credentials: credentials.provider });
    // Stands in for the network, after the request is signed: what reached it, and with which key.
    const signedWith: string[] = [];
    client.middlewareStack.addRelativeTo(
      () => async (args: { request: unknown }) => {
        const request = args.request as { headers: Record<string, string> };
        signedWith.push(/Credential=(\w+)\//.exec(request.headers.authorization ?? '')?.[1] ?? 'unsigned');
        return { response: {}, output: { $metadata: {}, Stacks: [] } } as never;
      },
      { relation: 'after', toMiddleware: 'httpSigningMiddleware', name: 'networkStandIn' },
    );
    await client.send(new DescribeStacksCommand({ StackName: 'dify-prod' }));
    clock.advance(HOUR);
    await client.send(new DescribeStacksCommand({ StackName: 'dify-prod' }));
    expect(signedWith).toEqual(['ASIASESSION1', 'ASIASESSION2']);
  });
});
