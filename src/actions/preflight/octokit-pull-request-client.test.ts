import { inspect } from 'node:util';
import * as github from '@actions/github';
import { describe, expect, it } from 'vitest';
import { octokitPullRequestClient } from './octokit-pull-request-client.js';

const TOKEN = 'test-token';
const repository = { owner: 'octo-org', repo: 'dify-infra' };
const REPO_PATH = '/repos/octo-org/dify-infra';

interface SentRequest {
  readonly method: string;
  /** Path and query, whatever the API host. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

type Reply = { status?: number; json?: unknown; text?: string; link?: string | undefined };

/** The real Octokit of `@actions/github`, answered by `reply` at the HTTP boundary. */
function octokitAnswering(reply: (request: SentRequest) => Reply) {
  const sent: SentRequest[] = [];
  const fakeFetch = async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const target = new URL(String(url));
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const request = {
      method: init?.method ?? 'GET',
      path: `${target.pathname}${target.search}`,
      headers,
      body,
    };
    sent.push(request);
    const { status = 200, json, text, link } = reply(request);
    const responseHeaders = new Headers(
      text === undefined
        ? { 'content-type': 'application/json; charset=utf-8' }
        : { 'content-type': 'text/plain; charset=utf-8' },
    );
    if (link !== undefined) responseHeaders.set('link', link);
    if (status === 204) return new Response(null, { status });
    return new Response(text ?? JSON.stringify(json), { status, headers: responseHeaders });
  };
  const octokit = github.getOctokit(TOKEN, { request: { fetch: fakeFetch } });
  return { client: octokitPullRequestClient(octokit, repository), sent };
}

function restComment(id: number, login = 'github-actions[bot]') {
  return {
    id,
    body: `comment ${id}`,
    user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
    html_url: `https://github.com/octo-org/dify-infra/pull/7#issuecomment-${id}`,
  };
}

function pageLink(path: string, page: number, last: number): string | undefined {
  const url = (n: number) => `<https://api.github.com/repositories/1${path}?per_page=100&page=${n}>`;
  const links = [
    ...(page < last ? [`${url(page + 1)}; rel="next"`, `${url(last)}; rel="last"`] : []),
    ...(page > 1 ? [`${url(page - 1)}; rel="prev"`, `${url(1)}; rel="first"`] : []),
  ];
  return links.length === 0 ? undefined : links.join(', ');
}

function pageOf(path: string): number {
  return Number(new URL(path, 'https://x').searchParams.get('page'));
}

function gitHubError(status: number, message: string, errors?: unknown[]): Reply {
  return {
    status,
    json: {
      message,
      ...(errors === undefined ? {} : { errors }),
      documentation_url: 'https://docs.github.com/rest',
    },
  };
}

describe('the Octokit pull-request client', () => {
  it('follows the link header through every page of comments, as the token', async () => {
    const { client, sent } = octokitAnswering(({ path }) => {
      const page = pageOf(path);
      return {
        json: [restComment(page * 10 + 1), restComment(page * 10 + 2, 'octocat')],
        link: pageLink('/issues/7/comments', page, 3),
      };
    });
    const comments = await client.listComments(7);
    expect(comments.map((comment) => comment.id)).toEqual([11, 12, 21, 22, 31, 32]);
    expect(comments[1]).toEqual({
      id: 12,
      body: 'comment 12',
      author: { login: 'octocat', type: 'User' },
      url: 'https://github.com/octo-org/dify-infra/pull/7#issuecomment-12',
    });
    expect(sent.map(({ method, path }) => `${method} ${path}`)).toEqual([
      `GET ${REPO_PATH}/issues/7/comments?per_page=100&page=1`,
      `GET ${REPO_PATH}/issues/7/comments?per_page=100&page=2`,
      `GET ${REPO_PATH}/issues/7/comments?per_page=100&page=3`,
    ]);
    expect(sent[0]?.headers.authorization).toBe(`token ${TOKEN}`);
  });

  it('without a link header, stops at a page that is not full', async () => {
    const { client, sent } = octokitAnswering(() => ({ json: [restComment(1)] }));
    expect(await client.listComments(7)).toHaveLength(1);
    expect(sent).toHaveLength(1);
  });

  it('maps a deleted author and a missing body', async () => {
    const { client } = octokitAnswering(() => ({
      json: [{ id: 1, user: null, html_url: 'https://github.com/c/1' }],
    }));
    expect(await client.listComments(7)).toEqual([
      { id: 1, body: '', author: null, url: 'https://github.com/c/1' },
    ]);
  });

  it('creates, updates and deletes comments with the right methods and URLs', async () => {
    const { client, sent } = octokitAnswering(({ method }) =>
      method === 'DELETE'
        ? { status: 204 }
        : { status: method === 'POST' ? 201 : 200, json: restComment(55) },
    );
    expect(await client.createComment(7, 'hello')).toMatchObject({ id: 55, author: { type: 'Bot' } });
    await client.updateComment(55, 'again');
    await client.deleteComment(55);
    expect(sent.map(({ method, path, body }) => [method, path, body])).toEqual([
      ['POST', `${REPO_PATH}/issues/7/comments`, { body: 'hello' }],
      ['PATCH', `${REPO_PATH}/issues/comments/55`, { body: 'again' }],
      ['DELETE', `${REPO_PATH}/issues/comments/55`, undefined],
    ]);
  });

  it('takes a comment deleted already as deleted', async () => {
    const { client } = octokitAnswering(() => gitHubError(404, 'Not Found'));
    await expect(client.deleteComment(55)).resolves.toBeUndefined();
  });

  it('lists every page of changed files, with where a renamed one came from', async () => {
    const { client, sent } = octokitAnswering(({ path }) => {
      const page = pageOf(path);
      const files =
        page === 1
          ? [
              { filename: 'environments/dev.json', status: 'modified' },
              { filename: 'environments/new.json', status: 'added' },
            ]
          : [{ filename: 'environments/prod.json', status: 'renamed', previous_filename: 'envs/prod.json' }];
      return { json: files, link: pageLink('/pulls/7/files', page, 2) };
    });
    expect(await client.listChangedFiles(7)).toEqual({
      files: [
        { path: 'environments/dev.json', status: 'modified' },
        { path: 'environments/new.json', status: 'added' },
        { path: 'environments/prod.json', status: 'renamed', previousPath: 'envs/prod.json' },
      ],
      mayBeTruncated: false,
    });
    expect(sent.map(({ path }) => path)).toEqual([
      `${REPO_PATH}/pulls/7/files?per_page=100&page=1`,
      `${REPO_PATH}/pulls/7/files?per_page=100&page=2`,
    ]);
  });

  it("says the list may be cut when it holds GitHub's 3,000 files", async () => {
    const { client, sent } = octokitAnswering(({ path }) => ({
      json: Array.from({ length: 100 }, (_, i) => ({ filename: `f${i}`, status: 'added' })),
      link: pageLink('/pulls/7/files', pageOf(path), 40),
    }));
    const { files, mayBeTruncated } = await client.listChangedFiles(7);
    expect(files).toHaveLength(3000);
    expect(mayBeTruncated).toBe(true);
    expect(sent).toHaveLength(30);
  });

  it("decodes a file's base64 content at the commit, as UTF-8", async () => {
    const text = '{ "name": "dev", "note": "日本語 🔴" }\n'.repeat(5);
    const wrapped = Buffer.from(text, 'utf8').toString('base64').replace(/.{60}/g, '$&\n');
    const { client, sent } = octokitAnswering(() => ({
      json: { type: 'file', encoding: 'base64', size: text.length, content: wrapped },
    }));
    expect(await client.readFileAt('environments/dev.json', 'abc123')).toBe(text);
    expect(sent[0]?.method).toBe('GET');
    // Octokit encodes the slash; GitHub takes it.
    expect(sent[0]?.path).toBe(`${REPO_PATH}/contents/environments%2Fdev.json?ref=abc123`);
  });

  it('reads a file over 1 MB through the raw media type', async () => {
    const big = 'x'.repeat(2000);
    const { client, sent } = octokitAnswering(({ headers }) =>
      headers.accept?.includes('raw')
        ? { text: big }
        : { json: { type: 'file', encoding: 'none', size: 1_500_000, content: '' } },
    );
    expect(await client.readFileAt('environments/dev.json', 'abc123')).toBe(big);
    expect(sent).toHaveLength(2);
    expect(sent[1]?.headers.accept).toMatch(/application\/vnd\.github(\.v3)?\.raw/);
    expect(sent[1]?.path).toContain('ref=abc123');
  });

  it('gives undefined for a file the commit does not have', async () => {
    const { client } = octokitAnswering(() => gitHubError(404, 'Not Found'));
    await expect(client.readFileAt('environments/new.json', 'abc123')).resolves.toBeUndefined();
  });

  it('refuses a directory and a file that is not UTF-8', async () => {
    const directory = octokitAnswering(() => ({ json: [{ type: 'file', name: 'dev.json' }] }));
    await expect(directory.client.readFileAt('environments', 'abc123')).rejects.toThrow(
      'environments at abc123 is a directory, not a file',
    );
    const binary = octokitAnswering(() => ({
      json: { type: 'file', encoding: 'base64', content: Buffer.from([0xff, 0xfe, 0x00]).toString('base64') },
    }));
    await expect(binary.client.readFileAt('logo.png', 'abc123')).rejects.toThrow('is not UTF-8 text');
  });

  it("reads the pull request's head commit", async () => {
    const { client, sent } = octokitAnswering(() => ({ json: { number: 7, head: { sha: 'def456' } } }));
    expect(await client.pullRequestHeadSha(7)).toBe('def456');
    expect(sent[0]?.path).toBe(`${REPO_PATH}/pulls/7`);
  });

  it('turns a 403 from the job token into the permissions the job needs, never showing the token', async () => {
    const { client } = octokitAnswering(() => gitHubError(403, 'Resource not accessible by integration'));
    const error = await client.createComment(7, 'hello').then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain('GitHub refused commenting on #7: 403 Resource not accessible by integration.');
    expect(message).toContain('`permissions: pull-requests: write`');
    expect(message).toContain('`contents: read`');
    expect(message).not.toContain('docs.github.com');
    expect(message).not.toContain(TOKEN);
    expect(inspect(error, { depth: Number.POSITIVE_INFINITY })).not.toContain(TOKEN);
  });

  it.each([
    [401, 'Bad credentials', 'The token is not valid'],
    [403, 'API rate limit exceeded for installation ID 1.', 'rate limit was reached; re-run the job later'],
    [404, 'Not Found', 'Check the repository and the pull request number'],
    [502, 'Server Error', 'usually brief, re-run the job'],
  ])('explains a %i', async (status, message, advice) => {
    const { client } = octokitAnswering(() => gitHubError(status, message));
    const failure = client.pullRequestHeadSha(7);
    await expect(failure).rejects.toThrow(`GitHub refused reading pull request #7: ${status} ${message}`);
    await expect(failure).rejects.toThrow(advice);
  });

  it("keeps GitHub's validation details", async () => {
    const { client } = octokitAnswering(() =>
      gitHubError(422, 'Validation Failed', [
        {
          resource: 'IssueComment',
          code: 'unprocessable',
          message: 'Body is too long (maximum is 65536 characters)',
        },
      ]),
    );
    await expect(client.updateComment(55, 'x')).rejects.toThrow(
      'GitHub refused updating comment 55: 422 Validation Failed: Body is too long (maximum is 65536 characters).',
    );
  });

  it('explains a network failure without the token', async () => {
    const octokit = github.getOctokit(TOKEN, {
      request: {
        fetch: async () => {
          throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND api.github.com') });
        },
      },
    });
    const failure = octokitPullRequestClient(octokit, repository).listComments(7);
    await expect(failure).rejects.toThrow(
      'GitHub refused listing the comments of #7: 500 getaddrinfo ENOTFOUND api.github.com. GitHub failed or could not be reached',
    );
    await expect(failure.catch((error: unknown) => inspect(error, { depth: 10 }))).resolves.not.toContain(
      TOKEN,
    );
  });
});
