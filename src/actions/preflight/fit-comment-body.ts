/**
 * The longest comment body GitHub takes. Its refusal is a 422 "Body is too
 * long (maximum is 65536 characters)" (as reported in reg-viz/reg-actions#123,
 * danger/danger#424); a measurement in dead-claudia/github-limits#13 found the
 * real bound to be 262,144 UTF-8 bytes instead. Counting UTF-16 code units
 * (`length`) against 65,536 is safe under either reading: a code unit is never
 * less than one code point, and never more than 3 UTF-8 bytes (a surrogate
 * pair, 2 units, is 4 bytes), so the body holds at most 65,536 code points and
 * 196,608 bytes.
 */
export const GITHUB_COMMENT_LIMIT = 65_536;

/**
 * The body as it is when it fits; otherwise its longest run of complete lines
 * that fits with the `<details>` and code fence left open there closed, and a
 * note saying where the full report is (`runUrl`, the workflow run's page).
 * Cutting only between lines never splits a surrogate pair.
 */
export function fitCommentBody(body: string, limit = GITHUB_COMMENT_LIMIT, runUrl?: string): string {
  if (body.length <= limit) return body;
  const note = cutNote(limit, runUrl);
  if (note.length > limit) throw new RangeError(`a ${limit}-character limit leaves no room for the note`);

  const lines = body.split('\n');
  const room = limit - note.length - '\n\n'.length;
  let kept = 0;
  let closers: readonly string[] = [];
  let open = NOTHING_OPEN;
  let length = -1;
  for (const [index, line] of lines.entries()) {
    length += 1 + line.length;
    if (length > room) break;
    open = afterLine(open, line);
    const closing = closingLines(open);
    // A line that does not fit with its closers may still be followed by one that closes them.
    if (length + joinedLength(closing) > room) continue;
    kept = index + 1;
    closers = closing;
  }
  const head = [...lines.slice(0, kept), ...closers].join('\n');
  return kept === 0 ? note : `${head}\n\n${note}`;
}

function cutNote(limit: number, runUrl: string | undefined): string {
  const where = runUrl === undefined ? '.' : `: ${runUrl}`;
  return (
    `> ✂️ This comment was cut to fit GitHub's ${limit.toLocaleString('en-US')}-character limit; ` +
    `the full report is in the job summary and the \`report\` output of the run${where}`
  );
}

/** The blocks a cut must close: the code fence it is inside, and the `<details>` elements left open. */
interface OpenBlocks {
  /** The opening fence (its character and length), while inside a fenced code block. */
  readonly fence: string | undefined;
  readonly details: number;
}

const NOTHING_OPEN: OpenBlocks = { fence: undefined, details: 0 };

/** A CommonMark code fence: up to 3 spaces, then 3 or more backticks or tildes, then an info string. */
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const DETAILS_TAG = /<(\/?)details(?=[\s>])[^>]*>/gi;

function afterLine(open: OpenBlocks, line: string): OpenBlocks {
  const fence = FENCE.exec(line);
  const marks = fence?.[1] ?? '';
  const rest = fence?.[2] ?? '';
  if (open.fence !== undefined) {
    const closes =
      fence !== null && marks[0] === open.fence[0] && marks.length >= open.fence.length && rest.trim() === '';
    return closes ? { ...open, fence: undefined } : open;
  }
  // A backtick fence's info string cannot hold a backtick: such a line is inline code, not a fence.
  if (fence !== null && !(marks[0] === '`' && rest.includes('`'))) return { ...open, fence: marks };
  return { ...open, details: detailsAfter(open.details, line) };
}

function detailsAfter(depth: number, line: string): number {
  let open = depth;
  for (const tag of line.matchAll(DETAILS_TAG)) open = tag[1] === '/' ? Math.max(0, open - 1) : open + 1;
  return open;
}

function closingLines(open: OpenBlocks): string[] {
  const fence = open.fence === undefined ? [] : [open.fence];
  return [...fence, ...Array.from({ length: open.details }, () => '</details>')];
}

/** The characters the lines add after a kept line, one newline before each. */
function joinedLength(lines: readonly string[]): number {
  return lines.reduce((sum, line) => sum + 1 + line.length, 0);
}
