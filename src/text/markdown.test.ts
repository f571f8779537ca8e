import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { githubLinksIn, renderGfm } from '../../test/support/gfm.js';
import { hostileText } from '../../test/support/hostile-text.js';
import { escapeUnsafe } from '../environment/unsafe-characters.js';
import { code, escapeMarkdown, inertCode, table } from './markdown.js';

const RUNS = { numRuns: 600, seed: 20261122 };

/** What a reader must see for `text`: the same characters, unsafe ones as \uXXXX. */
const shown = (text: string) => escapeUnsafe(text);

/** Markdown strips the spaces that end a paragraph or a cell; nothing else may differ. */
const trimmedEnd = (text: string) => text.replace(/ +$/, '');

function expectNothingLive(markdown: string, inline = false) {
  const rendered = renderGfm(markdown, inline);
  for (const node of rendered.textNodes) expect(githubLinksIn(node)).toEqual([]);
  return rendered;
}

describe('escapeMarkdown, rendered by a GFM renderer', () => {
  it('shows exactly the text, as one paragraph, with no element, link, mention or reference', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const rendered = expectNothingLive(escapeMarkdown(text));
        if (shown(text).trim() === '') return;
        expect(rendered.elements.map((element) => element.name)).toEqual(['p']);
        expect(trimmedEnd(rendered.text.replace(/\n$/, ''))).toBe(trimmedEnd(shown(text)));
      }),
      RUNS,
    );
  });

  it('stays in its table cell and its list item', () => {
    fc.assert(
      fc.property(hostileText, hostileText, (a, b) => {
        const markdown = table(['Field', 'Problem'], [[escapeMarkdown(a), escapeMarkdown(b)]]);
        const rendered = expectNothingLive(markdown);
        const cells = rendered.elements.filter((element) => element.name === 'td');
        expect(cells).toHaveLength(2);
        expect(rendered.elements.map((element) => element.name).sort()).toEqual(
          ['table', 'thead', 'tr', 'th', 'th', 'tbody', 'tr', 'td', 'td'].sort(),
        );
        const list = expectNothingLive(`- ${escapeMarkdown(a)}`);
        expect(list.elements.map((element) => element.name).filter((name) => name !== 'p')).toEqual([
          'ul',
          'li',
        ]);
      }),
      RUNS,
    );
  });

  it.each([
    ['@octo-org/admins please look', 'a mention'],
    ['fixes #123 and GH-4', 'references'],
    ['<img src=x onerror=alert(1)>', 'an image element'],
    ['**approved** ✅', 'bold text'],
    ['[click](https://evil.example) www.evil.example https://evil.example a@b.example', 'links'],
    ['- [x] done', 'a task list'],
    ['# heading', 'a heading'],
  ])('keeps %j as text (%s)', (text) => {
    const rendered = expectNothingLive(escapeMarkdown(text));
    expect(rendered.elements.map((element) => element.name)).toEqual(['p']);
    expect(rendered.text.trim()).toBe(text);
  });
});

describe('code, rendered by a GFM renderer', () => {
  it('is one code span showing exactly the text, inline and in a table cell', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        fc.pre(text !== '');
        const inline = expectNothingLive(`see ${code(text)} here`, true);
        expect(inline.elements.map((element) => element.name)).toEqual(['code']);
        expect(inline.codeTexts).toEqual([shown(text)]);
        const cell = expectNothingLive(table(['Field', 'Rule'], [[code(text), 'X001']]));
        expect(cell.elements.filter((element) => element.name === 'td')).toHaveLength(2);
        expect(cell.codeTexts).toEqual([shown(text)]);
      }),
      RUNS,
    );
  });

  it.each([
    ['a``b', '```a``b```'],
    ['`start', '`` `start ``'],
    ['end`', '`` end` ``'],
    [' both ', '`  both  `'],
    ['   ', '`   `'],
    ['plain', '`plain`'],
  ])('fences %j longer than its backtick runs and pads it where GFM would strip', (text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it('shows new lines and escape sequences as \\uXXXX, on one line', () => {
    expect(code('a\n::add-mask::x\u001b[31m')).toBe('`a\\u000a::add-mask::x\\u001b[31m`');
  });
});

describe('inertCode, rendered by a GFM renderer', () => {
  it('is one code element showing exactly the text, with nothing live', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const rendered = expectNothingLive(table(['Value'], [[inertCode(text)]]));
        expect(rendered.elements.filter((element) => element.name === 'code')).toHaveLength(1);
        expect(rendered.elements.filter((element) => element.name === 'td')).toHaveLength(1);
        expect(rendered.codeTexts).toEqual([shown(text)]);
      }),
      RUNS,
    );
  });
});
