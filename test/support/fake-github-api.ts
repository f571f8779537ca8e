import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Test support: GitHub's REST API for one repository, on loopback, for a bundled action to talk to. */

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  readonly body: unknown;
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
}

export interface FakeRepository {
  /** Path → text at the base commit; a path not here is new in the pull request. */
  readonly baseFiles: Record<string, string>;
  changedFiles: { filename: string; status: string }[];
  readonly comments: FakeComment[];
  headSha: string;
}

export interface FakeGitHubApi {
  url: string;
  readonly requests: RecordedRequest[];
  /** Requests of this method are refused with this status, as GitHub refuses a token without the scope. */
  refuse: { method: string; status: number; message: string } | undefined;
  close(): Promise<void>;
}

/** Serves the few endpoints the preflight action calls; anything else is a 404 the test will see. */
export async function startFakeGitHubApi(
  owner: string,
  repo: string,
  state: FakeRepository,
): Promise<FakeGitHubApi> {
  const requests: RecordedRequest[] = [];
  let nextId = 1000;
  const api = {
    url: '',
    requests,
    refuse: undefined as FakeGitHubApi['refuse'],
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const prefix = `/repos/${owner}/${repo}`;
  const server: Server = createServer(async (request, response) => {
    const body = await readBody(request);
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    requests.push({
      method: request.method ?? '',
      path: `${path}${url.search}`,
      authorization: request.headers.authorization,
      body,
    });
    const reply = (status: number, value: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(value));
    };
    if (api.refuse !== undefined && api.refuse.method === request.method)
      return reply(api.refuse.status, { message: api.refuse.message });
    const page = Number(url.searchParams.get('page') ?? '1');
    if (request.method === 'GET' && path === `${prefix}/pulls/12/files`)
      return reply(200, page === 1 ? state.changedFiles : []);
    if (request.method === 'GET' && path === `${prefix}/pulls/12`)
      return reply(200, { number: 12, head: { sha: state.headSha } });
    if (request.method === 'GET' && path.startsWith(`${prefix}/contents/`)) {
      const file = path.slice(`${prefix}/contents/`.length);
      const text = state.baseFiles[file];
      if (text === undefined) return reply(404, { message: 'Not Found' });
      return reply(200, {
        type: 'file',
        encoding: 'base64',
        content: Buffer.from(text).toString('base64'),
        size: text.length,
        path: file,
      });
    }
    if (request.method === 'GET' && path === `${prefix}/issues/12/comments`)
      return reply(200, page === 1 ? state.comments : []);
    if (request.method === 'POST' && path === `${prefix}/issues/12/comments`) {
      const comment: FakeComment = {
        id: nextId++,
        body: (body as { body: string }).body,
        user: { login: 'github-actions[bot]', type: 'Bot' },
        html_url: `https://github.com/${owner}/${repo}/pull/12#issuecomment-${nextId}`,
      };
      state.comments.push(comment);
      return reply(201, comment);
    }
    const edit = path.match(new RegExp(`^${prefix}/issues/comments/(\\d+)$`));
    if (edit && request.method === 'PATCH') {
      const comment = state.comments.find((c) => c.id === Number(edit[1]));
      if (comment === undefined) return reply(404, { message: 'Not Found' });
      comment.body = (body as { body: string }).body;
      return reply(200, comment);
    }
    reply(404, { message: `fake GitHub API: no route for ${request.method} ${path}` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  api.url = `http://127.0.0.1:${port}`;
  return api;
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? undefined : JSON.parse(text);
}
