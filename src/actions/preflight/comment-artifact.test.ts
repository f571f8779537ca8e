import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commentArtifactTypes } from '../../../scripts/comment-artifact-types.js';
import { commentCases } from '../../../test/support/comment-cases.js';
import { VERSION } from '../../cli/version.js';
import { preflightPullRequestFile } from '../../preflight/preflight-pull-request-file.js';
import { type EnvironmentComment, environmentCommentOf } from '../../report/comment-data.js';
import {
  COMMENT_ARTIFACT_FILE,
  CommentArtifactError,
  type PreflightCommentArtifact,
  parseCommentArtifact,
  readCommentArtifact,
  writeCommentArtifact,
} from './comment-artifact.js';

const HEAD = 'c'.repeat(40);
const environments: EnvironmentComment[] = commentCases.map(([, build]) => {
  const { preflight, changes } = build();
  return environmentCommentOf(preflight, changes);
});
const artifact: PreflightCommentArtifact = { version: 2, pullRequest: 7, headSha: HEAD, environments };

/** The artifact's JSON form, as a fork could edit it. */
type Forgeable = Record<string, unknown> & { environments: Record<string, unknown>[] };

/** A copy of the artifact with `edit` applied: what a fork could upload. */
function forged(edit: (value: Forgeable) => void): Forgeable {
  const value = structuredClone(artifact) as unknown as Forgeable;
  edit(value);
  return value;
}

describe('the comment artifact', () => {
  it('carries the data of every kind of comment, and reads back exactly', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'artifact-'));
    await writeCommentArtifact(directory, artifact);
    expect(await readCommentArtifact(directory)).toEqual(artifact);
    const kinds = environments.map((e) => `${e.comparison?.base ?? '-'}/${e.changes?.source ?? '-'}`);
    expect(kinds).toEqual(
      expect.arrayContaining(['new-file/predicted', 'compared/predicted', 'compared/change-set']),
    );
    expect(JSON.stringify(artifact)).not.toContain('### ');
  });

  it('keeps within its bounds whatever the preflight found, so the poster never refuses a real run', () => {
    const many = { ...Object.fromEntries(Array.from({ length: 6_000 }, (_, i) => [`k${i}`, i])) };
    const text = JSON.stringify({ name: `${'n'.repeat(400)}😀`, description: 'x'.repeat(9_000), ...many });
    const preflight = preflightPullRequestFile(
      { file: `environments/${'f'.repeat(2_000)}.json`, content: { ok: true, text }, base: 'absent' },
      VERSION,
    );
    const comment = environmentCommentOf(preflight, undefined);
    expect(comment.diagnostics).toHaveLength(5_000);
    expect(() =>
      parseCommentArtifact({ version: 2, pullRequest: 1, headSha: HEAD, environments: [comment] }, 'x.json'),
    ).not.toThrow();
    expect(comment.environment.endsWith('…')).toBe(true);
  });

  it('says what to do when the artifact was not downloaded', async () => {
    await expect(readCommentArtifact(join(tmpdir(), 'no-such-dir-dify'))).rejects.toThrow(
      /Download the dify-preflight-comments artifact/,
    );
  });

  it.each([
    ['an old artifact that carried comment text', (v) => Object.assign(v, { version: 1 }), /\/version/],
    [
      'a comment body instead of data',
      (v) => Object.assign(v.environments[0] ?? {}, { body: '✅ no problems @org/team' }),
      /\/environments\/0 has the unknown property "body"/,
    ],
    ['a pull request number that is not one', (v) => Object.assign(v, { pullRequest: '7' }), /\/pullRequest/],
    ['a short sha', (v) => Object.assign(v, { headSha: 'abc' }), /\/headSha/],
    [
      'a message over its bound',
      (v) =>
        Object.assign(v.environments[4] ?? {}, {
          diagnostics: [
            {
              line: 1,
              column: 1,
              severity: 'error',
              pointer: '',
              message: 'x'.repeat(4_001),
              ruleId: 'schema',
            },
          ],
        }),
      /\/environments\/4\/diagnostics\/0\/message/,
    ],
    [
      'a severity the kit has not',
      (v) =>
        Object.assign(v.environments[4] ?? {}, {
          diagnostics: [
            { line: 1, column: 1, severity: 'info', pointer: '', message: 'm', ruleId: 'schema' },
          ],
        }),
      /severity/,
    ],
    [
      'a rule id with markup',
      (v) =>
        Object.assign(v.environments[4] ?? {}, {
          diagnostics: [
            { line: 1, column: 1, severity: 'error', pointer: '', message: 'm', ruleId: '<b>x</b>' },
          ],
        }),
      /ruleId/,
    ],
    [
      'a number out of range',
      (v) =>
        Object.assign(v.environments[0] ?? {}, {
          stack: { ...(v.environments[0]?.stack as object), resourceCount: Number.POSITIVE_INFINITY },
        }),
      /resourceCount/,
    ],
    [
      'too many environments',
      (v) => Object.assign(v, { environments: Array(51).fill(v.environments[0]) }),
      /\/environments/,
    ],
    [
      'a change-set with an unknown source',
      (v) => Object.assign(v.environments[3] ?? {}, { changes: { source: 'trust-me' } }),
      /changes/,
    ],
  ] as [string, (value: Forgeable) => void, RegExp][])(
    'refuses %s (the fork wrote it)',
    (_, edit, message) => {
      expect(() => parseCommentArtifact(forged(edit), 'x.json')).toThrow(message);
    },
  );

  it('refuses a value that is not an object, a file that is not JSON, a link and a huge file', async () => {
    expect(() => parseCommentArtifact([1], 'x.json')).toThrow(/the document/);
    const directory = mkdtempSync(join(tmpdir(), 'artifact-'));
    writeFileSync(join(directory, COMMENT_ARTIFACT_FILE), '{ not json');
    await expect(readCommentArtifact(directory)).rejects.toThrow(/is not JSON/);
    const linked = mkdtempSync(join(tmpdir(), 'artifact-'));
    symlinkSync('/etc/hostname', join(linked, COMMENT_ARTIFACT_FILE));
    await expect(readCommentArtifact(linked)).rejects.toThrow(/not a regular file/);
    const huge = mkdtempSync(join(tmpdir(), 'artifact-'));
    writeFileSync(join(huge, COMMENT_ARTIFACT_FILE), Buffer.alloc(16 * 1024 * 1024 + 1, 0x20));
    await expect(readCommentArtifact(huge)).rejects.toBeInstanceOf(CommentArtifactError);
  });

  it('has types generated from its schema (npm run generate)', async () => {
    const schema = JSON.parse(readFileSync('schemas/preflight-comment-artifact.schema.json', 'utf8'));
    expect(readFileSync('src/report/comment-data.generated.ts', 'utf8')).toBe(
      await commentArtifactTypes(schema),
    );
  });
});
