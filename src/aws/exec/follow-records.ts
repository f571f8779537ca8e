/** What the follower script (`followScript`) reports, one record per line. */
export type FollowRecord =
  | { readonly kind: 'state'; readonly state: CommandState }
  | { readonly kind: 'data'; readonly offset: number; readonly bytes: Buffer }
  | { readonly kind: 'heartbeat'; readonly offset: number }
  | { readonly kind: 'exit'; readonly status: number };

export type CommandState = 'started' | 'running' | 'finished' | 'vanished' | 'missing';

const STATES = new Set<string>(['started', 'running', 'finished', 'vanished', 'missing']);

/** A line that carries the nonce but is not a record the follower writes. */
export class MalformedRecordError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedRecordError';
  }
}

/**
 * Reads the follower's records out of a session's terminal output: splits it
 * into lines (a terminal ends them with CR LF), keeps only those that start with
 * this session's nonce, and parses them. Anything else on the terminal is ignored.
 */
export class FollowRecordReader {
  private pending = '';

  constructor(private readonly nonce: string) {}

  push(output: Buffer): FollowRecord[] {
    // The follower prints ASCII only; latin1 maps each byte to one character.
    this.pending += output.toString('latin1');
    const lines = this.pending.split('\n');
    this.pending = lines.pop() ?? '';
    return lines.flatMap((line) => {
      const record = this.parse(line.replace(/\r+$/, ''));
      return record === undefined ? [] : [record];
    });
  }

  private parse(line: string): FollowRecord | undefined {
    const prefix = `${this.nonce} `;
    const at = line.indexOf(prefix);
    if (at === -1) return undefined;
    const fields = line.slice(at + prefix.length).split(' ');
    const [kind, first, second] = fields;
    if (kind === 'S' && fields.length === 2 && first !== undefined && STATES.has(first)) {
      return { kind: 'state', state: first as CommandState };
    }
    if (
      kind === 'D' &&
      fields.length === 3 &&
      isOffset(first) &&
      second !== undefined &&
      /^([0-9a-f]{2})+$/.test(second)
    ) {
      return { kind: 'data', offset: Number(first), bytes: Buffer.from(second, 'hex') };
    }
    if (kind === 'H' && fields.length === 2 && isOffset(first))
      return { kind: 'heartbeat', offset: Number(first) };
    if (
      kind === 'X' &&
      fields.length === 2 &&
      first !== undefined &&
      /^\d{1,3}$/.test(first) &&
      Number(first) <= 255
    ) {
      return { kind: 'exit', status: Number(first) };
    }
    throw new MalformedRecordError(
      `unreadable record from the follower: ${JSON.stringify(line.slice(0, 80))}`,
    );
  }
}

function isOffset(text: string | undefined): text is string {
  return text !== undefined && /^\d{1,15}$/.test(text);
}
