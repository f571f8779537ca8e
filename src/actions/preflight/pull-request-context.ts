import { EventPayloadError, readEventPayload } from '../shared/event-payload.js';

/** The pull request a run checks, from the event payload GitHub writes for the job. */
export interface PullRequestContext {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
  readonly baseSha: string;
  readonly headSha: string;
  /**
   * The head branch lives in another repository: GitHub gives the job no OIDC
   * token and a read-only token, so the check runs offline and the comment is
   * posted by a workflow_run workflow of the base repository.
   */
  readonly fromFork: boolean;
}

interface PullRequestPayload {
  readonly pull_request?: null | {
    readonly number?: unknown;
    readonly base?: {
      readonly sha?: unknown;
      readonly repo?: { readonly full_name?: unknown } | null;
    } | null;
    readonly head?: {
      readonly sha?: unknown;
      readonly repo?: { readonly full_name?: unknown } | null;
    } | null;
  };
  readonly repository?: { readonly full_name?: unknown } | null;
}

/**
 * The pull request of a `pull_request` or `pull_request_target` event, or undefined
 * for any other event (a push or a manual run checks files without a pull request).
 */
export async function readPullRequestContext(
  env: NodeJS.ProcessEnv = process.env,
): Promise<PullRequestContext | undefined> {
  return pullRequestOf((await readEventPayload(env)) as PullRequestPayload, env.GITHUB_REPOSITORY);
}

export function pullRequestOf(
  payload: PullRequestPayload,
  repository: string | undefined,
): PullRequestContext | undefined {
  const pull = payload.pull_request;
  if (pull === undefined) return undefined;
  if (pull === null || typeof pull !== 'object' || Array.isArray(pull))
    throw new EventPayloadError(
      'the event payload has a pull_request that is not an object: is GITHUB_EVENT_PATH the file GitHub wrote for this job?',
    );
  const baseRepository = stringOr(
    pull.base?.repo?.full_name,
    stringOr(payload.repository?.full_name, repository),
  );
  const headRepository = stringOr(pull.head?.repo?.full_name, undefined);
  const number = pull.number;
  const baseSha = pull.base?.sha;
  const headSha = pull.head?.sha;
  const [owner, repo] = (baseRepository ?? '').split('/');
  if (
    typeof number !== 'number' ||
    !Number.isSafeInteger(number) ||
    number < 1 ||
    !isCommitSha(baseSha) ||
    !isCommitSha(headSha) ||
    owner === undefined ||
    repo === undefined ||
    !REPOSITORY_PART.test(owner) ||
    !REPOSITORY_PART.test(repo)
  ) {
    throw new EventPayloadError(
      'the event payload has a pull_request without its number, base and head commits or repository: is GITHUB_EVENT_PATH the file GitHub wrote for this job?',
    );
  }
  // A deleted fork leaves head.repo null: still a fork.
  const fromFork =
    headRepository === undefined || headRepository.toLowerCase() !== baseRepository?.toLowerCase();
  return { owner, repo, number, baseSha, headSha, fromFork };
}

/** GitHub's owner and repository names: letters, digits, `-`, `_` and `.`. */
const REPOSITORY_PART = /^[A-Za-z0-9_.-]{1,100}$/;

/** SHA-1 or SHA-256 object names, as GitHub writes them. */
function isCommitSha(value: unknown): value is string {
  return typeof value === 'string' && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(value);
}

function stringOr(value: unknown, fallback: string | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : fallback;
}
