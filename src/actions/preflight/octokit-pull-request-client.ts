import type { IssueComment, StickyCommentClient } from './sticky-comment.js';

interface Page<T> {
  readonly data: readonly T[];
  readonly headers: { readonly link?: string | undefined };
}

interface RestComment {
  readonly id: number;
  readonly body?: string | undefined;
  readonly user: { readonly login: string; readonly type: string } | null;
  readonly html_url: string;
}

export type ChangedFileStatus =
  | 'added'
  | 'removed'
  | 'modified'
  | 'renamed'
  | 'copied'
  | 'changed'
  | 'unchanged';

interface RestChangedFile {
  readonly filename: string;
  readonly status: ChangedFileStatus;
  readonly previous_filename?: string | undefined;
}

/** A type, not an interface: Octokit's parameters need the implicit index signature only a type has. */
type Repo = {
  owner: string;
  repo: string;
};

/** The few Octokit REST calls the preflight action needs; `github.getOctokit(token)` has them. */
export interface PullRequestOctokit {
  readonly rest: {
    readonly issues: {
      listComments(
        params: Repo & { issue_number: number; per_page: number; page: number },
      ): Promise<Page<RestComment>>;
      createComment(
        params: Repo & { issue_number: number; body: string },
      ): Promise<{ readonly data: RestComment }>;
      updateComment(
        params: Repo & { comment_id: number; body: string },
      ): Promise<{ readonly data: RestComment }>;
      deleteComment(params: Repo & { comment_id: number }): Promise<unknown>;
    };
    readonly pulls: {
      listFiles(
        params: Repo & { pull_number: number; per_page: number; page: number },
      ): Promise<Page<RestChangedFile>>;
      get(params: Repo & { pull_number: number }): Promise<{
        readonly data: { readonly head: { readonly sha: string } };
      }>;
    };
    readonly repos: {
      getContent(params: Repo & { path: string; ref: string; mediaType?: { format: 'raw' } }): Promise<{
        readonly data: unknown;
      }>;
    };
  };
}

export interface Repository {
  readonly owner: string;
  readonly repo: string;
}

/** A file the pull request touches. */
export interface ChangedFile {
  readonly path: string;
  readonly status: ChangedFileStatus;
  /** Where a renamed or copied file came from. */
  readonly previousPath?: string;
}

export interface ChangedFiles {
  readonly files: readonly ChangedFile[];
  /** GitHub lists at most 3,000 files of a pull request: when it gave that many, there may be more. */
  readonly mayBeTruncated: boolean;
}

export interface PullRequestClient extends StickyCommentClient {
  listChangedFiles(pullNumber: number): Promise<ChangedFiles>;
  /** The file's text at the commit; undefined when it is not there (a file the pull request adds). */
  readFileAt(path: string, ref: string): Promise<string | undefined>;
  pullRequestHeadSha(pullNumber: number): Promise<string>;
}

const PAGE_SIZE = 100;
/** 100 pages of 100 comments: the sticky comment, written early, is long found by then. */
const MAX_COMMENT_PAGES = 100;
/** GitHub's cap on the files listed for a pull request. */
const MAX_LISTED_FILES = 3000;

/** The preflight action's GitHub client over Octokit; every failure is one Error saying what to do. */
export function octokitPullRequestClient(
  octokit: PullRequestOctokit,
  repository: Repository,
): PullRequestClient {
  const { owner, repo } = repository;
  const { issues, pulls, repos } = octokit.rest;
  return {
    listComments: (issueNumber) =>
      explained(`listing the comments of #${issueNumber}`, async () => {
        const comments = await allPages(MAX_COMMENT_PAGES, (page) =>
          issues.listComments({ owner, repo, issue_number: issueNumber, per_page: PAGE_SIZE, page }),
        );
        return comments.map(issueComment);
      }),
    createComment: (issueNumber, body) =>
      explained(`commenting on #${issueNumber}`, async () => {
        const { data } = await issues.createComment({ owner, repo, issue_number: issueNumber, body });
        return issueComment(data);
      }),
    updateComment: (commentId, body) =>
      explained(`updating comment ${commentId}`, async () => {
        const { data } = await issues.updateComment({ owner, repo, comment_id: commentId, body });
        return issueComment(data);
      }),
    deleteComment: (commentId) =>
      explained(`deleting comment ${commentId}`, async () => {
        try {
          await issues.deleteComment({ owner, repo, comment_id: commentId });
        } catch (error) {
          // Gone already: another run, or a person, deleted it first.
          if (statusOf(error) !== 404) throw error;
        }
      }),
    listChangedFiles: (pullNumber) =>
      explained(`listing the files of pull request #${pullNumber}`, async () => {
        const files = await allPages(MAX_LISTED_FILES / PAGE_SIZE, (page) =>
          pulls.listFiles({ owner, repo, pull_number: pullNumber, per_page: PAGE_SIZE, page }),
        );
        return { files: files.map(changedFile), mayBeTruncated: files.length >= MAX_LISTED_FILES };
      }),
    readFileAt: (path, ref) =>
      explained(`reading ${path} at ${ref}`, async () => {
        try {
          return await fileText(repos, { owner, repo, path, ref });
        } catch (error) {
          if (statusOf(error) === 404) return undefined;
          throw error;
        }
      }),
    pullRequestHeadSha: (pullNumber) =>
      explained(`reading pull request #${pullNumber}`, async () => {
        const { data } = await pulls.get({ owner, repo, pull_number: pullNumber });
        return data.head.sha;
      }),
  };
}

/**
 * Every item, page after page, while the `link` header names a next page (or,
 * without one, while pages come back full), up to `maxPages`.
 */
async function allPages<T>(maxPages: number, fetchPage: (page: number) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; page <= maxPages; page++) {
    const { data, headers } = await fetchPage(page);
    items.push(...data);
    const more = headers.link === undefined ? data.length === PAGE_SIZE : /\brel="next"/.test(headers.link);
    if (!more) break;
  }
  return items;
}

function issueComment(comment: RestComment): IssueComment {
  return {
    id: comment.id,
    body: comment.body ?? '',
    author: comment.user === null ? null : { login: comment.user.login, type: comment.user.type },
    url: comment.html_url,
  };
}

function changedFile(file: RestChangedFile): ChangedFile {
  const path = { path: file.filename, status: file.status };
  return file.previous_filename === undefined ? path : { ...path, previousPath: file.previous_filename };
}

/**
 * The contents API gives a file's text base64-encoded up to 1 MB; above that
 * (up to 100 MB) it gives none, and only the raw media type has it.
 */
async function fileText(
  repos: PullRequestOctokit['rest']['repos'],
  params: Repo & { path: string; ref: string },
): Promise<string> {
  const { data } = await repos.getContent(params);
  const where = `${params.path} at ${params.ref}`;
  if (Array.isArray(data)) throw new Error(`${where} is a directory, not a file`);
  if (!isRecord(data) || data.type !== 'file')
    throw new Error(`${where} is a ${describeType(data)}, not a file`);
  if (data.encoding === 'base64' && typeof data.content === 'string')
    return utf8(Buffer.from(data.content, 'base64'), where);
  const raw = await repos.getContent({ ...params, mediaType: { format: 'raw' } });
  if (typeof raw.data === 'string') return raw.data;
  if (raw.data instanceof ArrayBuffer) return utf8(new Uint8Array(raw.data), where);
  throw new Error(`GitHub gave no text for ${where}`);
}

function utf8(bytes: Uint8Array, where: string): string {
  try {
    // ignoreBOM keeps a byte order mark, as reading the file from disk would.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new Error(`${where} is not UTF-8 text`);
  }
}

function describeType(data: unknown): string {
  return isRecord(data) && typeof data.type === 'string' ? data.type : 'thing GitHub did not describe';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Runs a GitHub call, turning an HTTP error into one that says what failed and what to do. */
async function explained<T>(action: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const status = statusOf(error);
    if (status === undefined) throw error;
    throw new Error(`GitHub refused ${action}: ${advice(status, gitHubMessage(error))}`, { cause: error });
  }
}

function advice(status: number, message: string): string {
  const answer = `${status} ${message}`.trim();
  if (status === 401) return `${answer}. The token is not valid; pass the workflow's GITHUB_TOKEN.`;
  if (status === 429 || (status === 403 && /rate limit/i.test(message)))
    return `${answer}. GitHub's API rate limit was reached; re-run the job later.`;
  if (status === 403)
    return (
      `${answer}. The job's token lacks a permission: give the job \`permissions: pull-requests: write\` ` +
      'and `contents: read`. A pull request from a fork gets a read-only token: post the comment from a ' +
      '`workflow_run` workflow instead.'
    );
  if (status === 404)
    return (
      `${answer}. Check the repository and the pull request number; GitHub also answers 404 when the ` +
      'token cannot see the repository (the job needs `permissions: contents: read`).'
    );
  if (status >= 500)
    return `${answer}. GitHub failed or could not be reached; this is usually brief, re-run the job.`;
  return `${answer}.`;
}

/**
 * GitHub's own message and the details of a validation failure ("Validation
 * Failed: Body is too long…"), without the documentation link Octokit appends.
 */
function gitHubMessage(error: unknown): string {
  if (!isRecord(error)) return '';
  const data = isRecord(error.response) ? error.response.data : undefined;
  if (!isRecord(data) || typeof data.message !== 'string')
    return typeof error.message === 'string' ? error.message : '';
  const details = Array.isArray(data.errors)
    ? data.errors.map(errorDetail).filter((detail) => detail !== '')
    : [];
  return details.length === 0 ? data.message : `${data.message}: ${details.join('; ')}`;
}

function errorDetail(detail: unknown): string {
  if (typeof detail === 'string') return detail;
  if (!isRecord(detail)) return '';
  if (typeof detail.message === 'string') return detail.message;
  return typeof detail.code === 'string' ? detail.code : '';
}

function statusOf(error: unknown): number | undefined {
  if (!isRecord(error)) return undefined;
  return typeof error.status === 'number' ? error.status : undefined;
}
