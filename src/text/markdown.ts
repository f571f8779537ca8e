import { escapeUnsafe } from '../environment/unsafe-characters.js';

/*
 * The Markdown pieces every report is built from (the pull-request comment, the
 * job summaries, the drift issue, the CLI's preflight report). Each one shows a
 * value from a file, a file name, an artifact or AWS as exactly that text in
 * GitHub Flavored Markdown: nothing in it can open markup, an HTML element, a
 * link, a mention or a reference, or leave the table cell it is in.
 * GFM: https://github.github.com/gfm/ ; mentions and references are GitHub's
 * own, found in the text of the rendered HTML outside `code`, `pre` and `a`.
 */

/**
 * Splits a would-be mention (`@team`), reference (`#123`, `GH-123`) or email
 * address into two text nodes, so GitHub links nothing; the reader sees the
 * same characters. (An empty HTML comment: GitHub removes it when it sanitizes.)
 */
const SPLIT = '<!-- -->';

/** ASCII punctuation that opens markup in GFM (a backslash escape shows it as it is). */
const MARKUP = /[\\`*_~[\]<>&|$]/g;

/**
 * Text that is not the kit's own (a message quoting a value, a file name, a
 * reason from AWS), as inline Markdown that shows exactly that text, in a
 * paragraph, a list item or a table cell. Control and bidirectional
 * characters are shown as `\uXXXX` (the text stays on one line); markup
 * characters are backslash-escaped; `@`, `#` and `GH-` cannot mention or
 * reference anyone; `http://`, `www.` (wherever it is: renderers differ on
 * what may precede it) and `mailto:` cannot become links; a leading list or
 * heading marker stays text.
 */
export function escapeMarkdown(text: string): string {
  return (
    escapeUnsafe(text)
      .replace(MARKUP, '\\$&')
      .replace(/@/g, `@${SPLIT}`)
      .replace(/#/g, `\\#${SPLIT}`)
      .replace(/\bGH-/gi, `$&${SPLIT}`)
      .replace(/:(?=\/\/)/g, '\\:')
      .replace(/\b(mailto|xmpp):/gi, '$1\\:')
      .replace(/(www)\./gi, '$1\\.')
      .replace(/^ +/, (spaces) => '&#32;'.repeat(spaces.length))
      // Block markers matter only where the text starts a block: a list item, a rule or a setext underline.
      .replace(/^([-+=])(?=[ \t\-+=]|$)/, '\\$1')
      .replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, '$1\\$2')
  );
}

/**
 * A code span that shows `text` as it is: fenced with one backtick more than
 * the longest run of backticks in it, and padded with a space on each side
 * when it starts or ends with a backtick or a space (GFM strips one space from
 * each side of a span that has both). Control and bidirectional characters
 * are shown as `\uXXXX`. Text with a `|` is an `inertCode` element instead,
 * so that it reads the same inside a table cell.
 */
export function code(text: string): string {
  const content = escapeUnsafe(text);
  if (content === '') return '<code></code>';
  // GFM splits a table row on `|` even inside a code span, and no escape can show `\|` there.
  if (content.includes('|')) return inertCode(text);
  const longestRun = [...content.matchAll(/`+/g)].reduce(
    (longest, run) => Math.max(longest, run[0].length),
    0,
  );
  const fence = '`'.repeat(longestRun + 1);
  // Padded text starts and ends with a space and is not only spaces: GFM strips exactly those two.
  const pad = !/^ *$/.test(content) && (/^[` ]/.test(content) || /[` ]$/.test(content)) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/** Characters that mean something to Markdown, GitHub's extensions or HTML, written as entities inside `<code>`. */
const INERT = /[&<>|\\`*_[\]~@#:$]/g;

/**
 * A value as an HTML `<code>` element whose every Markdown or HTML character is
 * an entity: nothing in it can end a table cell, open markup, a link or a tag,
 * or mention anyone (GitHub links nothing inside `code`). For reports whose
 * values come from AWS as much as from a file (drift, deploy).
 */
export function inertCode(text: string): string {
  const inert = escapeUnsafe(text)
    .replace(INERT, (char) => `&#${char.charCodeAt(0)};`)
    // Markdown is still read inside an inline <code>: a `www.` there would become a link.
    .replace(/(www)\./gi, '$1&#46;');
  return `<code>${inert}</code>`;
}

/**
 * A GFM table. Every `|` in a cell that is not already escaped is escaped, so
 * no cell (code spans included: GFM splits cells before it reads them) can
 * end early or add a column.
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A `|` after an even number of backslashes (none included) is not escaped yet. */
function cell(text: string): string {
  return text.replace(/(?<!\\)((?:\\\\)*)\|/g, '$1\\|');
}
