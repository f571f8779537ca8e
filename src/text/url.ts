/** A surrogate without its other half: it has no UTF-8 form, so percent-encoding throws on it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A part of a URL path (a file name, a segment) percent-encoded so that nothing
 * in it can end a Markdown link or add to it: parentheses and the other
 * characters encodeURIComponent leaves are encoded too, and a lone surrogate
 * becomes U+FFFD instead of throwing.
 */
export function urlPathSegment(text: string): string {
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\ufffd')).replace(
    /[()!*']/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** A whole URL for a Markdown link's destination: spaces, parentheses and the like encoded, never throwing. */
export function markdownLinkUrl(url: string): string {
  return encodeURI(url.replace(LONE_SURROGATE, '\ufffd')).replace(
    /[()]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
