import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventPayloadError } from '../shared/event-payload.js';
import { pullRequestOf, readPullRequestContext } from './pull-request-context.js';

const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);

function payload(headRepository: string | null) {
  return {
    pull_request: {
      number: 12,
      base: { sha: BASE, repo: { full_name: 'acme/infra' } },
      head: { sha: HEAD, repo: headRepository === null ? null : { full_name: headRepository } },
    },
    repository: { full_name: 'acme/infra' },
  };
}

describe('pullRequestOf', () => {
  it('reads a pull request from the same repository', () => {
    expect(pullRequestOf(payload('acme/infra'), 'acme/infra')).toEqual({
      owner: 'acme',
      repo: 'infra',
      number: 12,
      baseSha: BASE,
      headSha: HEAD,
      fromFork: false,
    });
  });

  it('sees a fork, also one since deleted (head.repo null)', () => {
    expect(pullRequestOf(payload('someone/infra'), 'acme/infra')?.fromFork).toBe(true);
    expect(pullRequestOf(payload(null), 'acme/infra')?.fromFork).toBe(true);
  });

  it('is undefined for an event without a pull request', () => {
    expect(pullRequestOf({ repository: { full_name: 'acme/infra' } }, 'acme/infra')).toBeUndefined();
  });

  it('refuses a pull request without its commits', () => {
    expect(() => pullRequestOf({ pull_request: { number: 1 } }, 'acme/infra')).toThrow(/GITHUB_EVENT_PATH/);
  });
});

it('reads the payload file GitHub writes', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'event-'));
  const path = join(directory, 'event.json');
  await writeFile(path, JSON.stringify(payload('acme/infra')));
  expect((await readPullRequestContext({ GITHUB_EVENT_PATH: path }))?.number).toBe(12);
  expect(await readPullRequestContext({})).toBeUndefined();
});

describe('an event payload GitHub would not write', () => {
  async function payloadFile(content: string | Buffer): Promise<string> {
    const directory = await mkdtemp(join(tmpdir(), 'event-'));
    const path = join(directory, 'event.json');
    await writeFile(path, content);
    return path;
  }

  it.each([
    ['not JSON', '{ "pull_request": ', /^the event payload at GITHUB_EVENT_PATH is not JSON \(/],
    ['not an object', '[1, 2]', /is not a JSON object$/],
    ['not UTF-8', Buffer.from([0x7b, 0xff, 0x7d]), /is not UTF-8 text$/],
    ['a pull_request that is null', '{"pull_request": null}', /pull_request that is not an object/],
    [
      'a pull request number that is not one',
      JSON.stringify({
        ...payload('acme/infra'),
        pull_request: { ...payload('acme/infra').pull_request, number: 1.5 },
      }),
      /without its number/,
    ],
    [
      'a commit that is not a SHA',
      JSON.stringify({
        ...payload('acme/infra'),
        pull_request: {
          ...payload('acme/infra').pull_request,
          head: { sha: 'x\n::add-mask::y', repo: null },
        },
      }),
      /without its number, base and head commits/,
    ],
  ])('is one EventPayloadError when it is %s', async (_, content, message) => {
    const path = await payloadFile(content);
    const outcome = readPullRequestContext({ GITHUB_EVENT_PATH: path, GITHUB_REPOSITORY: 'acme/infra' });
    await expect(outcome).rejects.toBeInstanceOf(EventPayloadError);
    await expect(outcome).rejects.toThrow(message);
  });

  it('says so when the file is missing', async () => {
    await expect(
      readPullRequestContext({ GITHUB_EVENT_PATH: join(tmpdir(), 'no-such-event.json') }),
    ).rejects.toThrow(/GITHUB_EVENT_PATH does not exist/);
  });
});
