import { lstat, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import artifactSchema from '../../../schemas/preflight-comment-artifact.schema.json' with { type: 'json' };
import { showValue } from '../../environment/show-value.js';
import type { PreflightCommentArtifact } from '../../report/comment-data.generated.js';

export type { PreflightCommentArtifact } from '../../report/comment-data.generated.js';

/*
 * What a fork's preflight run hands the base repository's workflow_run job:
 * the data of each environment's comment (findings, comparison, changes, cost),
 * never the comment's text. The fork's run wrote it, so it is hostile: it is
 * read only from a regular file of bounded size, and used only once it matches
 * schemas/preflight-comment-artifact.schema.json, which bounds every string,
 * list and number and allows no other property.
 */

export const COMMENT_ARTIFACT_FILE = 'preflight-comments.json';
export const COMMENT_ARTIFACT_NAME = 'dify-preflight-comments';

/** Far more than the schema's bounds let a real report reach; small enough to read whole. */
const MAX_ARTIFACT_BYTES = 16 * 1024 * 1024;

/** The artifact cannot be used; the message says why, naming the part that is wrong. */
export class CommentArtifactError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommentArtifactError';
  }
}

const validate = new Ajv({ strict: true, allErrors: false }).compile<PreflightCommentArtifact>(
  artifactSchema,
);

export async function writeCommentArtifact(
  directory: string,
  artifact: PreflightCommentArtifact,
): Promise<string> {
  await mkdir(directory, { recursive: true });
  const path = join(directory, COMMENT_ARTIFACT_FILE);
  await writeFile(path, `${JSON.stringify(artifact)}\n`);
  return path;
}

/** The artifact the fork's run uploaded, downloaded into `directory`, checked against its schema. */
export async function readCommentArtifact(directory: string): Promise<PreflightCommentArtifact> {
  const path = join(directory, COMMENT_ARTIFACT_FILE);
  const download = `Download the ${COMMENT_ARTIFACT_NAME} artifact of the pull request's run into ${directory} first (see examples/workflows/preflight-comment.yml).`;
  const info = await lstat(path).catch(() => undefined);
  if (info === undefined) throw new CommentArtifactError(`${path} does not exist. ${download}`);
  if (!info.isFile()) throw new CommentArtifactError(`${path} is not a regular file: nothing was posted.`);
  if (info.size > MAX_ARTIFACT_BYTES)
    throw new CommentArtifactError(
      `${path} is ${info.size} bytes, more than a preflight report can be (${MAX_ARTIFACT_BYTES}): nothing was posted.`,
    );
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new CommentArtifactError(
      `${path} is not JSON (${(error as Error).message}): nothing was posted. ${download}`,
    );
  }
  return parseCommentArtifact(value, path);
}

/** The value when it matches the artifact's schema; otherwise CommentArtifactError naming where it does not. */
export function parseCommentArtifact(value: unknown, path: string): PreflightCommentArtifact {
  if (validate(value)) return value;
  throw new CommentArtifactError(
    `${path} is not a preflight comment artifact of this kit version: ${describe(validate.errors?.[0])}. Nothing was posted.`,
  );
}

function describe(error: ErrorObject | undefined): string {
  if (error === undefined) return 'it does not match the schema';
  const where = error.instancePath === '' ? 'the document' : error.instancePath;
  const detail =
    error.keyword === 'additionalProperties'
      ? `has the unknown property ${showValue(String(error.params.additionalProperty))}`
      : (error.message ?? 'is not valid');
  return `${where} ${detail}`;
}
