import { unsafeCharacters } from '../environment/unsafe-characters.js';

/**
 * Escapes text from a user's file for a Markdown table cell or inline text:
 * what could end the cell, open markup, a link or an HTML tag.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]|<>~]/g, (char) => `\\${char}`).replace(unsafeCharacters(), ' ');
}

/** Inline code that survives backticks in the value. */
export function code(text: string): string {
  const clean = text.replace(/[\r\n]+/g, ' ');
  const fence = clean.includes('`') ? '``' : '`';
  return `${fence}${clean.includes('`') ? ` ${clean} ` : clean}${fence}`;
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
