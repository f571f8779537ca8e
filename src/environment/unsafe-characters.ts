/**
 * Characters from a user's file that must never reach a terminal, a log line
 * or a Markdown cell as they are: C0 and C1 controls (newlines, escape
 * sequences), invisible characters (soft hyphen, zero-width spaces and joiners,
 * byte order mark), line and paragraph separators, and the bidirectional marks,
 * overrides and isolates that can make text read differently from what it is.
 */
const UNSAFE_RANGES =
  '\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2069\\ufeff';

/** Matches every unsafe character (global). */
export function unsafeCharacters(): RegExp {
  return new RegExp(`[${UNSAFE_RANGES}]`, 'g');
}

/** True when `text` holds none of them. */
export function isSafeText(text: string): boolean {
  return !new RegExp(`[${UNSAFE_RANGES}]`).test(text);
}

/** Each unsafe character, and each unpaired surrogate (which no output encoding can carry), as a visible \uXXXX escape. */
export function escapeUnsafe(text: string): string {
  const asEscape = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  return text.replace(unsafeCharacters(), asEscape).replace(/\p{Cs}/gu, asEscape);
}
