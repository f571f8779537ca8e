import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommentReport, readCommentReport, writeCommentReport } from './comment-report.js';

const report = {
  version: 1 as const,
  pullRequest: 7,
  headSha: 'c'.repeat(40),
  comments: [{ environment: 'dev', body: 'hello' }],
};

describe('comment report', () => {
  it('round-trips through the artifact directory', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'report-'));
    await writeCommentReport(directory, report);
    expect(await readCommentReport(directory)).toEqual(report);
  });

  it('says what to do when the artifact was not downloaded', async () => {
    await expect(readCommentReport(join(tmpdir(), 'no-such-dir-dify'))).rejects.toThrow(
      /Download the dify-preflight-comments artifact/,
    );
  });

  it.each([
    ['a wrong version', { ...report, version: 2 }, /version/],
    ['a pull request number that is not one', { ...report, pullRequest: '7' }, /pullRequest/],
    ['a short sha', { ...report, headSha: 'abc' }, /headSha/],
    [
      'a body over the limit',
      { ...report, comments: [{ environment: 'dev', body: 'x'.repeat(65_537) }] },
      /comments\[0\]/,
    ],
    [
      'too many comments',
      { ...report, comments: Array(51).fill({ environment: 'd', body: '' }) },
      /at most 50/,
    ],
    ['not an object', [1], /version/],
  ])('refuses %s (the fork wrote it)', (_, value, message) => {
    expect(() => parseCommentReport(value, 'x.json')).toThrow(message);
  });
});
