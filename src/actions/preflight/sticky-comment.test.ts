import { describe, expect, it } from 'vitest';
import {
  type CommentAuthor,
  commentMarker,
  findStickyComment,
  type IssueComment,
  type StickyCommentClient,
  syncStickyComment,
  withMarker,
} from './sticky-comment.js';

const BOT_LOGIN = 'github-actions[bot]';
const BOT: CommentAuthor = { login: BOT_LOGIN, type: 'Bot' };
const PERSON: CommentAuthor = { login: 'octocat', type: 'User' };
const marker = commentMarker('dev');

/** An in-memory pull request conversation; comments are written as the bot. */
function fakeConversation(existing: readonly Omit<IssueComment, 'url'>[] = []) {
  const comments = new Map<number, IssueComment>(
    existing.map((comment) => [comment.id, { ...comment, url: `https://github.com/c/${comment.id}` }]),
  );
  let nextId = 1000;
  const calls: string[] = [];
  const client: StickyCommentClient = {
    async listComments() {
      calls.push('list');
      return [...comments.values()];
    },
    async createComment(_issueNumber, body) {
      const id = nextId++;
      const comment = { id, body, author: BOT, url: `https://github.com/c/${id}` };
      comments.set(comment.id, comment);
      calls.push(`create ${comment.id}`);
      return comment;
    },
    async updateComment(id, body) {
      const comment = { ...(comments.get(id) as IssueComment), body };
      comments.set(id, comment);
      calls.push(`update ${id}`);
      return comment;
    },
    async deleteComment(id) {
      comments.delete(id);
      calls.push(`delete ${id}`);
    },
  };
  return { client, comments, calls };
}

const input = { issueNumber: 7, marker, botLogin: BOT_LOGIN };

describe('commentMarker', () => {
  it('is a hidden HTML comment naming the environment', () => {
    expect(commentMarker('dev')).toBe('<!-- dify-aws-kit:preflight environment="dev" -->');
    expect(commentMarker('prod-jp')).toBe('<!-- dify-aws-kit:preflight environment="prod%2Djp" -->');
  });

  it.each(['a-->b', '"x"', 'dev\n<!-- other -->', "it's (x)!*", 'x" --!> y', '<script>', '日本', '\ud800'])(
    'keeps the hostile name %j inside the comment and its quotes',
    (name) => {
      const encoded = commentMarker(name);
      expect(encoded).toMatch(/^<!-- dify-aws-kit:preflight environment="[A-Za-z0-9._~%]*" -->$/);
      expect(encoded.slice(4, -3)).not.toContain('--');
    },
  );

  it('gives every name its own marker', () => {
    const names = ['a-->b', 'a--%3Eb', 'a', 'A', '\ud800', '\ufffd', '%uD800', 'a b', 'a+b', 'dev', 'dev2'];
    expect(new Set(names.map(commentMarker)).size).toBe(names.length);
  });
});

describe('findStickyComment', () => {
  it("takes the bot's comment carrying the marker on a line of its own", () => {
    const ours = { id: 3, body: `${marker}\n## Preflight`, author: BOT, url: 'u3' };
    expect(findStickyComment([ours], input)).toEqual({ comment: ours, duplicates: [] });
  });

  it('ignores anyone else’s comment with the exact marker', () => {
    const forged = { id: 1, body: `${marker}\nlooks like the bot`, author: PERSON, url: 'u1' };
    const sameNameNotBot = {
      id: 2,
      body: marker,
      author: { login: 'github-actions', type: 'User' },
      url: 'u2',
    };
    expect(findStickyComment([forged, sameNameNotBot], input).comment).toBeUndefined();
  });

  it("ignores the bot's lines that only quote or embed the marker", () => {
    const quoted = { id: 1, body: `> ${marker}\n> old report`, author: BOT, url: 'u1' };
    const inline = { id: 2, body: `see ${marker} here`, author: BOT, url: 'u2' };
    const other = { id: 3, body: commentMarker('dev2'), author: BOT, url: 'u3' };
    expect(findStickyComment([quoted, inline, other], input).comment).toBeUndefined();
  });

  it('accepts the bot login without its [bot] suffix only from a Bot, and a CRLF body', () => {
    const bare = {
      id: 4,
      body: `${marker}\r\nbody`,
      author: { login: 'GitHub-Actions', type: 'Bot' },
      url: 'u4',
    };
    expect(findStickyComment([bare], input).comment).toBe(bare);
  });

  it('skips a deleted account', () => {
    expect(
      findStickyComment([{ id: 1, body: marker, author: null, url: 'u' }], input).comment,
    ).toBeUndefined();
  });

  it('updates the oldest of several and reports the rest as duplicates', () => {
    const comments = [9, 4, 6].map((id) => ({ id, body: marker, author: BOT, url: `u${id}` }));
    const { comment, duplicates } = findStickyComment(comments, input);
    expect(comment?.id).toBe(4);
    expect(duplicates.map((duplicate) => duplicate.id)).toEqual([6, 9]);
  });
});

describe('withMarker', () => {
  it('puts the marker first unless it is there already', () => {
    expect(withMarker('## Preflight', marker)).toBe(`${marker}\n## Preflight`);
    expect(withMarker(`${marker}\n## Preflight`, marker)).toBe(`${marker}\n## Preflight`);
    expect(withMarker(`## Preflight\n${marker}`, marker)).toBe(`${marker}\n## Preflight\n${marker}`);
  });
});

describe('syncStickyComment', () => {
  it('creates the comment, then updates that same one instead of adding another', async () => {
    const { client, comments, calls } = fakeConversation();
    const created = await syncStickyComment(client, { ...input, body: 'first' });
    expect(created).toMatchObject({ action: 'created', id: 1000, deletedDuplicates: [] });
    expect(comments.get(1000)?.body).toBe(`${marker}\nfirst`);

    const updated = await syncStickyComment(client, { ...input, body: 'second' });
    expect(updated).toMatchObject({ action: 'updated', id: 1000 });
    expect([...comments.values()].map((comment) => comment.body)).toEqual([`${marker}\nsecond`]);
    expect(calls).toEqual(['list', 'create 1000', 'list', 'update 1000']);
  });

  it('leaves an identical comment alone', async () => {
    const { client, calls } = fakeConversation([{ id: 5, body: `${marker}\nsame`, author: BOT }]);
    const result = await syncStickyComment(client, { ...input, body: `${marker}\nsame` });
    expect(result).toEqual({
      action: 'unchanged',
      id: 5,
      url: 'https://github.com/c/5',
      deletedDuplicates: [],
    });
    expect(calls).toEqual(['list']);
  });

  it("creates its own comment beside another user's that carries the marker, leaving theirs", async () => {
    const { client, comments } = fakeConversation([{ id: 5, body: `${marker}\nmine now`, author: PERSON }]);
    const result = await syncStickyComment(client, { ...input, body: 'report' });
    expect(result.action).toBe('created');
    expect(comments.get(5)?.body).toBe(`${marker}\nmine now`);
  });

  it('ignores a human reply quoting the comment', async () => {
    const { client, comments } = fakeConversation([
      { id: 5, body: `${marker}\nreport`, author: BOT },
      { id: 6, body: `> ${marker}\n> report\n\nWhy?`, author: PERSON },
    ]);
    const result = await syncStickyComment(client, { ...input, body: 'new report' });
    expect(result).toMatchObject({ action: 'updated', id: 5, deletedDuplicates: [] });
    expect(comments.get(6)?.body).toContain('Why?');
  });

  it('deletes the duplicates a racing run left, keeping the oldest', async () => {
    const { client, comments, calls } = fakeConversation([
      { id: 8, body: `${marker}\nb`, author: BOT },
      { id: 5, body: `${marker}\na`, author: BOT },
      { id: 9, body: `${commentMarker('prod')}\nc`, author: BOT },
    ]);
    const result = await syncStickyComment(client, { ...input, body: 'a' });
    expect(result).toMatchObject({ action: 'unchanged', id: 5, deletedDuplicates: [8] });
    expect([...comments.keys()].sort((a, b) => a - b)).toEqual([5, 9]);
    expect(calls).toEqual(['list', 'delete 8']);
  });

  it('cuts a body too long for GitHub, marker kept first', async () => {
    const { client, comments } = fakeConversation();
    const body = Array.from({ length: 3000 }, (_, i) => `| row ${i} | ${'x'.repeat(30)} |`).join('\n');
    await syncStickyComment(client, { ...input, body, runUrl: 'https://github.com/o/r/actions/runs/1' });
    const posted = comments.get(1000)?.body ?? '';
    expect(posted.length).toBeLessThanOrEqual(65_536);
    expect(posted.startsWith(`${marker}\n| row 0 |`)).toBe(true);
    expect(posted).toMatch(/output of the run: https:\/\/github\.com\/o\/r\/actions\/runs\/1$/);
  });
});
