import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitCommentBody, GITHUB_COMMENT_LIMIT } from './fit-comment-body.js';

const RUN_URL = 'https://github.com/octo-org/dify-infra/actions/runs/42';

function noteOf(output: string): string {
  return output.slice(output.lastIndexOf('> ✂️ This comment was cut'));
}

function lines(count: number, make: (index: number) => string): string {
  return Array.from({ length: count }, (_, index) => make(index)).join('\n');
}

/** The blocks left open at the end of the text: fenced code, by its fence, and `<details>`. */
function openBlocks(text: string): { fence: string | undefined; details: number } {
  let fence: string | undefined;
  let details = 0;
  for (const line of text.split('\n')) {
    const marks = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (fence !== undefined) {
      const [, run = '', rest = ''] = marks ?? [];
      if (marks && run[0] === fence[0] && run.length >= fence.length && rest.trim() === '') fence = undefined;
    } else if (marks && !(marks[1]?.startsWith('`') && marks[2]?.includes('`'))) {
      fence = marks[1];
    } else {
      for (const tag of line.matchAll(/<(\/?)details(?=[\s>])[^>]*>/gi))
        details = tag[1] === '/' ? Math.max(0, details - 1) : details + 1;
    }
  }
  return { fence, details };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('fitCommentBody', () => {
  it('gives a body that fits as it is, up to the limit exactly', () => {
    const body = 'x'.repeat(GITHUB_COMMENT_LIMIT);
    expect(fitCommentBody(body)).toBe(body);
    expect(fitCommentBody('short', 5)).toBe('short');
  });

  it('cuts at the last complete line that fits and says where the full report is', () => {
    const body = lines(2000, (i) => `| row ${i} | ${'x'.repeat(40)} |`);
    const output = fitCommentBody(body, GITHUB_COMMENT_LIMIT, RUN_URL);
    expect(output.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    const [head = ''] = output.split('\n\n> ✂️');
    expect(body.startsWith(`${head}\n`)).toBe(true);
    const nextLine = body.slice(head.length + 1).split('\n')[0] ?? '';
    expect(head.length + 1 + nextLine.length + 2 + noteOf(output).length).toBeGreaterThan(
      GITHUB_COMMENT_LIMIT,
    );
    expect(noteOf(output)).toBe(
      "> ✂️ This comment was cut to fit GitHub's 65,536-character limit; the full report is in the job " +
        `summary and the \`report\` output of the run: ${RUN_URL}`,
    );
  });

  it('ends the note with a full stop when there is no run to name', () => {
    expect(
      fitCommentBody(
        lines(50, () => 'x'.repeat(30)),
        400,
      ),
    ).toMatch(/output of the run\.$/);
  });

  it('closes the <details> left open by the cut, before the note', () => {
    const body = [
      '## Changes',
      '<details><summary>42 resources</summary>',
      '',
      lines(200, (i) => `| Resource${i} | Modify |`),
      '</details>',
    ].join('\n');
    const output = fitCommentBody(body, 1000);
    expect(output.length).toBeLessThanOrEqual(1000);
    expect(output).toMatch(/\| Modify \|\n<\/details>\n\n> ✂️/);
    expect(openBlocks(output)).toEqual({ fence: undefined, details: 0 });
  });

  it('closes nested <details> and an open code fence with its own fence', () => {
    const body = [
      '<details open>',
      '<details><summary>diff</summary>',
      '',
      '````diff',
      lines(200, (i) => `+ line ${i} <details>`),
      '````',
      '</details>',
      '</details>',
    ].join('\n');
    const output = fitCommentBody(body, 800);
    expect(output).toMatch(/line \d+ <details>\n````\n<\/details>\n<\/details>\n\n> ✂️/);
    expect(openBlocks(output)).toEqual({ fence: undefined, details: 0 });
  });

  it('closes a tilde fence with tildes', () => {
    const body = ['~~~', lines(100, () => 'y'.repeat(20))].join('\n');
    expect(fitCommentBody(body, 500)).toMatch(/y\n~~~\n\n> ✂️/);
  });

  it('keeps only the note when not even the first line fits', () => {
    const output = fitCommentBody('x'.repeat(5000), 1000);
    expect(output.startsWith('> ✂️')).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    const body = lines(100, () => '🔴'.repeat(7));
    const output = fitCommentBody(body, 400);
    expect(output.length).toBeLessThanOrEqual(400);
    expect(LONE_SURROGATE.test(output)).toBe(false);
  });

  it('refuses a limit too small for the note', () => {
    expect(() => fitCommentBody('x'.repeat(100), 50)).toThrow(RangeError);
  });

  it('for any body: fits, keeps a line-aligned prefix, balances blocks and ends with the note', () => {
    const line = fc.oneof(
      fc.constantFrom(
        '<details>',
        '<details open><summary>s</summary>',
        '</details>',
        '```',
        '```js',
        '````',
        '~~~',
        '  ```',
        '``` a`b',
        '',
        '> <!-- quoted -->',
      ),
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc.string({ unit: 'grapheme-ascii', maxLength: 200 }),
    );
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 5, maxLength: 150, size: 'max' }),
        fc.integer({ min: 250, max: 2000 }),
        fc.option(fc.constant(RUN_URL), { nil: undefined }),
        (bodyLines, limit, runUrl) => {
          const body = bodyLines.join('\n');
          const output = fitCommentBody(body, limit, runUrl);
          expect(output.length).toBeLessThanOrEqual(limit);
          if (body.length <= limit) {
            expect(output).toBe(body);
            return;
          }
          const note = noteOf(output);
          expect(note.startsWith('> ✂️ This comment was cut')).toBe(true);
          expect(output.endsWith(note)).toBe(true);
          const head = output === note ? '' : output.slice(0, -note.length - 2);
          const headLines = head === '' ? [] : head.split('\n');
          const inputLines = body.split('\n');
          let shared = 0;
          while (shared < headLines.length && headLines[shared] === inputLines[shared]) shared++;
          for (const closer of headLines.slice(shared)) expect(closer).toMatch(/^(`{3,}|~{3,}|<\/details>)$/);
          expect(openBlocks(head)).toEqual({ fence: undefined, details: 0 });
          if (!LONE_SURROGATE.test(body)) expect(LONE_SURROGATE.test(output)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
