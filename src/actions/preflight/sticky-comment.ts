import { fitCommentBody, GITHUB_COMMENT_LIMIT } from './fit-comment-body.js';

/** Who wrote a comment, as GitHub's REST API reports it (`github-actions[bot]`, type `Bot`). */
export interface CommentAuthor {
  readonly login: string;
  /** `User`, `Bot` or `Organization`. */
  readonly type: string;
}

/** A comment on an issue or pull request. */
export interface IssueComment {
  readonly id: number;
  readonly body: string;
  /** Null for a deleted account. */
  readonly author: CommentAuthor | null;
  /** The comment's page. */
  readonly url: string;
}

/** The few GitHub calls the sticky comment needs; the action wraps Octokit in it, tests fake it. */
export interface StickyCommentClient {
  /** Every comment, oldest first. */
  listComments(issueNumber: number): Promise<readonly IssueComment[]>;
  createComment(issueNumber: number, body: string): Promise<IssueComment>;
  updateComment(commentId: number, body: string): Promise<IssueComment>;
  /** One already deleted is fine. */
  deleteComment(commentId: number): Promise<void>;
}

export interface StickyCommentIdentity {
  /** The environment's marker, from `commentMarker`. */
  readonly marker: string;
  /** The login the run's token writes as (`github-actions[bot]`): only its comments are ours. */
  readonly botLogin: string;
}

export interface StickyCommentMatch {
  /** The oldest of ours: the one to update. */
  readonly comment: IssueComment | undefined;
  /** The others of ours, left by runs that raced: to delete. */
  readonly duplicates: readonly IssueComment[];
}

export interface StickyCommentInput extends StickyCommentIdentity {
  readonly issueNumber: number;
  /** The Markdown to show; the marker is put first when it is not there already. */
  readonly body: string;
  /** The workflow run's page, named in the note when the body has to be cut. */
  readonly runUrl?: string | undefined;
}

export interface StickyCommentResult {
  readonly action: 'created' | 'updated' | 'unchanged';
  readonly id: number;
  readonly url: string;
  /** The ids of the duplicates deleted. */
  readonly deletedDuplicates: readonly number[];
}

/**
 * The hidden line that marks the environment's preflight comment. Every
 * character of the name outside `A-Z a-z 0-9 . _ ~` is percent-encoded, so no
 * name can close the comment or the quotes, start a new line, or read as
 * another name; leaving out `-` too keeps `--` out of the comment text, which
 * older CommonMark rules forbid.
 */
export function commentMarker(environmentName: string): string {
  return `<!-- dify-aws-kit:preflight environment="${percentEncoded(environmentName)}" -->`;
}

function percentEncoded(text: string): string {
  return Array.from(text, (char) => (/^[A-Za-z0-9._~]$/.test(char) ? char : encodedChar(char))).join('');
}

function encodedChar(char: string): string {
  const unit = char.charCodeAt(0);
  // A lone surrogate has no UTF-8 form; `%u` cannot be mistaken for a byte.
  if (char.length === 1 && unit >= 0xd800 && unit <= 0xdfff) return `%u${hex(unit, 4)}`;
  return Array.from(Buffer.from(char, 'utf8'), (byte) => `%${hex(byte, 2)}`).join('');
}

function hex(value: number, digits: number): string {
  return value.toString(16).toUpperCase().padStart(digits, '0');
}

/**
 * The comments that are ours: written by the bot and carrying the marker on
 * a line of its own. Anyone else's comment is ignored, even one that holds the
 * marker; so is a reply quoting ours (`> <!-- … -->`). The oldest is the one
 * to update, the rest are duplicates.
 */
export function findStickyComment(
  comments: readonly IssueComment[],
  identity: StickyCommentIdentity,
): StickyCommentMatch {
  const ours = comments
    .filter(
      (comment) =>
        writtenBy(comment.author, identity.botLogin) && hasMarkerLine(comment.body, identity.marker),
    )
    .sort((a, b) => a.id - b.id);
  const [comment, ...duplicates] = ours;
  return { comment, duplicates };
}

const BOT_SUFFIX = '[bot]';

/**
 * REST reports the Actions bot as `github-actions[bot]` of type `Bot`; other
 * APIs drop the suffix. A login without it is only taken from a `Bot`, since a
 * person may own the bare name.
 */
function writtenBy(author: CommentAuthor | null, botLogin: string): boolean {
  if (author === null) return false;
  const login = author.login.toLowerCase();
  const bot = botLogin.toLowerCase();
  if (login === bot) return true;
  return author.type === 'Bot' && withoutBotSuffix(login) === withoutBotSuffix(bot);
}

function withoutBotSuffix(login: string): string {
  return login.endsWith(BOT_SUFFIX) ? login.slice(0, -BOT_SUFFIX.length) : login;
}

function hasMarkerLine(body: string, marker: string): boolean {
  return body.split(/\r?\n/).includes(marker);
}

/** The body with the marker as its first line. */
export function withMarker(body: string, marker: string): string {
  const firstLine = body.split(/\r?\n/, 1)[0];
  return firstLine === marker ? body : `${marker}\n${body}`;
}

/**
 * Creates the environment's comment, or updates the oldest of ours (left
 * alone when its body is the same), then deletes our duplicates. The body gets
 * the marker first and is cut to GitHub's limit here, marker included.
 */
export async function syncStickyComment(
  client: StickyCommentClient,
  input: StickyCommentInput,
): Promise<StickyCommentResult> {
  const body = fitCommentBody(withMarker(input.body, input.marker), GITHUB_COMMENT_LIMIT, input.runUrl);
  const { comment, duplicates } = findStickyComment(await client.listComments(input.issueNumber), input);
  const written = await writeComment(client, input.issueNumber, comment, body);
  for (const duplicate of duplicates) await client.deleteComment(duplicate.id);
  return { ...written, deletedDuplicates: duplicates.map((duplicate) => duplicate.id) };
}

async function writeComment(
  client: StickyCommentClient,
  issueNumber: number,
  existing: IssueComment | undefined,
  body: string,
): Promise<Omit<StickyCommentResult, 'deletedDuplicates'>> {
  if (existing === undefined) {
    const created = await client.createComment(issueNumber, body);
    return { action: 'created', id: created.id, url: created.url };
  }
  if (existing.body === body) return { action: 'unchanged', id: existing.id, url: existing.url };
  const updated = await client.updateComment(existing.id, body);
  return { action: 'updated', id: updated.id, url: updated.url };
}
