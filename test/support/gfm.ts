import { marked } from 'marked';

/**
 * Test support: Markdown rendered by a real GitHub Flavored Markdown renderer
 * (marked, gfm: tables, strikethrough, autolinks of www., http:// and emails),
 * then read as GitHub reads the HTML afterwards: it links `@name` mentions and
 * `#123` / `GH-123` references found in text outside `code`, `pre` and `a`.
 */
export interface RenderedMarkdown {
  readonly html: string;
  /** Every element, in order: its name and its attributes as written. */
  readonly elements: readonly { readonly name: string; readonly attributes: string }[];
  /** The text of every text node outside code, pre and a elements, entities decoded. */
  readonly textNodes: readonly string[];
  /** The text of each code element, entities decoded. */
  readonly codeTexts: readonly string[];
  /** All the text, comments removed, entities decoded: what a reader sees. */
  readonly text: string;
}

export function renderGfm(markdown: string, inline = false): RenderedMarkdown {
  const html = inline
    ? (marked.parseInline(markdown, { gfm: true, async: false }) as string)
    : (marked.parse(markdown, { gfm: true, async: false }) as string);
  const elements: { name: string; attributes: string }[] = [];
  const textNodes: string[] = [];
  const codeTexts: string[] = [];
  let text = '';
  const open: string[] = [];
  let currentCode: string | undefined;
  for (const piece of html.matchAll(/<!--[\s\S]*?-->|<(\/?)([A-Za-z][A-Za-z0-9]*)([^>]*)>|[^<]+|</g)) {
    const [whole, closing, name, attributes] = piece;
    if (whole.startsWith('<!--')) continue;
    if (name !== undefined) {
      const tag = name.toLowerCase();
      if (closing) {
        const at = open.lastIndexOf(tag);
        if (at >= 0) open.splice(at);
        if (tag === 'code' && currentCode !== undefined) {
          codeTexts.push(currentCode);
          currentCode = undefined;
        }
      } else {
        elements.push({ name: tag, attributes: attributes ?? '' });
        if (!/\/\s*$/.test(attributes ?? '') && !['br', 'hr', 'img', 'input'].includes(tag)) open.push(tag);
        if (tag === 'code') currentCode = '';
      }
      continue;
    }
    const decoded = decodeEntities(whole);
    text += decoded;
    if (currentCode !== undefined) currentCode += decoded;
    if (!open.some((tag) => tag === 'code' || tag === 'pre' || tag === 'a')) textNodes.push(decoded);
  }
  return { html, elements, textNodes, codeTexts, text };
}

/** What GitHub would link in a text node: a mention, an issue or pull-request reference. */
export function githubLinksIn(textNode: string): string[] {
  return [...textNode.matchAll(/@[A-Za-z0-9]|#\d|\bGH-\d/gi)].map((match) => match[0]);
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(Number(body.slice(1)));
    return NAMED[body.toLowerCase()] ?? entity;
  });
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};
