import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commentMarker } from '../src/actions/preflight/sticky-comment.js';
import { VERSION } from '../src/cli/version.js';
import { type AwsChanges, predictedChanges } from '../src/preflight/aws-changes.js';
import {
  type EnvironmentPreflight,
  preflightPullRequestFile,
} from '../src/preflight/preflight-pull-request-file.js';
import { environmentCommentOf } from '../src/report/comment-data.js';
import { renderPullRequestComment } from '../src/report/pull-request-comment.js';
import { commentCases, DEV, edited } from './support/comment-cases.js';

/**
 * The pull-request comment is what reviewers read: its exact text is reviewed
 * through these golden files (GitHub renders them as Markdown). After a deliberate
 * change: UPDATE_GOLDEN=1 npx vitest run test/pull-request-comment.test.ts, then
 * read the diff, and look at the files rendered.
 */

const read = (file: string) => readFileSync(file, 'utf8');
const links = { serverUrl: 'https://github.com', repository: 'acme/dify-infra', headSha: 'f'.repeat(40) };

function comment(preflight: EnvironmentPreflight, changes: AwsChanges | undefined): string {
  return renderPullRequestComment({
    marker: commentMarker(preflight.environmentName),
    comment: environmentCommentOf(preflight, changes),
    links,
    kitVersion: VERSION,
    runUrl: 'https://github.com/acme/dify-infra/actions/runs/4242',
  });
}

const cases = commentCases.map(([name, build]) => {
  const render = () => {
    const { preflight, changes } = build();
    return comment(preflight, changes);
  };
  return [name, render] as const;
});

describe('pull-request comment', () => {
  it.each(cases)('renders %s as its golden file', (name, render) => {
    const body = render();
    const golden = `test/fixtures/comments/${name}.md`;
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, body);
    expect(body).toBe(read(golden));
  });

  it('starts with the marker, then the status line', () => {
    const preflight = preflightPullRequestFile(
      { file: DEV, content: { ok: true, text: read(DEV) }, base: 'absent' },
      VERSION,
    );
    const lines = comment(preflight, undefined).split('\n');
    expect(lines[0]).toBe(commentMarker('dev'));
    expect(lines[2]).toMatch(/^### (✅|⚠️|❌) Dify preflight `dev`/);
  });

  it('never shows a secret the base branch held in plain text', () => {
    const base = JSON.parse(read(DEV));
    base.dify.environment = [
      { name: 'OPENAI_API_KEY', value: 'sk-live-0123456789abcdef' },
      { name: 'LOG_LEVEL', value: 'INFO' },
    ];
    const preflight = preflightPullRequestFile(
      { file: DEV, content: { ok: true, text: read(DEV) }, base: { text: JSON.stringify(base) } },
      VERSION,
    );
    expect(preflight.comparison?.base).toBe('invalid');
    const body = comment(preflight, undefined);
    expect(body).toContain('`/dify/environment`');
    expect(body).toContain('(secret, not shown)');
    expect(body).not.toContain('sk-live');
  });

  it('keeps hostile keys and values from breaking the tables or the page', () => {
    // The description takes one line of visible text only; a variable's value takes anything.
    const hostile = 'a|b`c </details><script>x</script> x\u202eevil |';
    const text = edited(DEV, { dify: { environment: [{ name: 'GREETING', value: hostile }] } });
    const preflight = preflightPullRequestFile(
      { file: DEV, content: { ok: true, text }, base: { text: read(DEV) } },
      VERSION,
    );
    const body = comment(preflight, predictedChanges(preflight, 'no role-arn is set'));
    // Outside code spans (where GitHub shows HTML as text) none of it is left.
    const outsideCode = body.replace(/``.*?``|`[^`\n]*`/g, '');
    expect(outsideCode).not.toContain('<script>');
    expect(outsideCode.match(/<\/details>/g)?.length).toBe(body.match(/<details>/g)?.length);
    expect(body).not.toContain('\u202e');
    const rows = body.split('\n').filter((line) => line.startsWith('| `/dify/environment`'));
    expect(rows).toHaveLength(1);
    // The row of the field table keeps its 3 cells, whatever the value says.
    expect(rows[0]?.replaceAll('\\|', '').split('|')).toHaveLength(5);
  });

  it('hides a changed value judged secret by the name beside it or by its look', () => {
    const variables = (first: string, second: string) => ({
      dify: {
        environment: [
          { name: 'DB_PWD', value: first },
          { name: 'ENABLE_LEGACY_BACKEND', value: second },
        ],
      },
    });
    const base = edited(DEV, variables('old-hunter2', 'postgres://dify:old-hunter3@db/dify'));
    const text = edited(DEV, variables('new-hunter2', 'postgres://dify:new-hunter3@db/dify'));
    const preflight = preflightPullRequestFile(
      { file: DEV, content: { ok: true, text }, base: { text: base } },
      VERSION,
    );
    const body = comment(preflight, predictedChanges(preflight, 'no role-arn is set'));
    expect(body).toContain('`/dify/environment/0/value`');
    expect(body).toContain('`/dify/environment/1/value`');
    expect(body).not.toMatch(/hunter/);
  });
});
