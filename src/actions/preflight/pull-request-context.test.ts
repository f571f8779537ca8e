import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
