import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The comments a fork's preflight could not post itself, as the artifact carries
 * them to the base repository's workflow_run workflow. That workflow must treat
 * the file as untrusted: the fork's workflow run wrote it.
 */
export interface CommentReport {
  readonly version: 1;
  readonly pullRequest: number;
  /** The head commit the comments describe; the poster checks the pull request is still at it. */
  readonly headSha: string;
  readonly comments: readonly { readonly environment: string; readonly body: string }[];
}

export const COMMENT_REPORT_FILE = 'preflight-comments.json';
export const COMMENT_ARTIFACT_NAME = 'dify-preflight-comments';

/** More environments than anyone has; a bound on what an untrusted report can make the poster do. */
const MAX_COMMENTS = 50;
const MAX_BODY_CHARACTERS = 65_536;

export async function writeCommentReport(directory: string, report: CommentReport): Promise<string> {
  await mkdir(directory, { recursive: true });
  const path = join(directory, COMMENT_REPORT_FILE);
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
  return path;
}

/** The report the fork's run uploaded, checked field by field; throws with what is wrong. */
export async function readCommentReport(directory: string): Promise<CommentReport> {
  const path = join(directory, COMMENT_REPORT_FILE);
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(
      `could not read ${path}: ${(error as Error).message}. Download the ${COMMENT_ARTIFACT_NAME} artifact of the pull request's run into ${directory} first (see examples/workflows/preflight-comment.yml).`,
    );
  }
  return parseCommentReport(value, path);
}

export function parseCommentReport(value: unknown, path: string): CommentReport {
  const fail = (what: string) => new Error(`${path} is not a preflight comment report: ${what}`);
  if (!isRecord(value) || value.version !== 1) throw fail('version is not 1');
  const { pullRequest, headSha, comments } = value;
  if (typeof pullRequest !== 'number' || !Number.isSafeInteger(pullRequest) || pullRequest < 1)
    throw fail('pullRequest is not a pull request number');
  if (typeof headSha !== 'string' || !/^[0-9a-f]{40}$/.test(headSha))
    throw fail('headSha is not a 40-character commit SHA');
  if (!Array.isArray(comments) || comments.length > MAX_COMMENTS)
    throw fail(`comments is not a list of at most ${MAX_COMMENTS}`);
  return {
    version: 1,
    pullRequest,
    headSha,
    comments: comments.map((comment, index) => {
      if (
        !isRecord(comment) ||
        typeof comment.environment !== 'string' ||
        comment.environment === '' ||
        comment.environment.length > 200 ||
        typeof comment.body !== 'string' ||
        comment.body.length > MAX_BODY_CHARACTERS
      )
        throw fail(
          `comments[${index}] needs an environment name and a body of at most ${MAX_BODY_CHARACTERS} characters`,
        );
      return { environment: comment.environment, body: comment.body };
    }),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
