import type { StackEvent } from '@aws-sdk/client-cloudformation';
import { escapeUnsafe } from '../../environment/unsafe-characters.js';
import { eventKey, formatEvent, newEvents } from './stack-events.js';

/** One DescribeStackEvents page: newest first. */
export interface StackEventPage {
  readonly events: readonly StackEvent[];
  readonly nextToken?: string | undefined;
}

/**
 * The events of the operation a deploy watches. They only show the way: the
 * outcome comes from the stack's status, so the stream never throws. When the
 * events cannot be read, it says so once and the deploy watches the status alone.
 */
export interface StackEventStream {
  /**
   * Remembers the events already on the stack, so that only those of the coming
   * operation are shown. When they cannot be read, the stream shows none at all:
   * without them, old failures would pass for new ones.
   */
  markExisting(): Promise<void>;
  /** Reads the events recorded since the last look, logs them oldest first, and returns them. */
  poll(): Promise<StackEvent[]>;
  /** Every event of this operation shown so far, oldest first. */
  readonly events: () => readonly StackEvent[];
  /** Why events could not be read, the first time it happened; undefined while they could. */
  readonly failure: () => string | undefined;
}

/** More than this many pages of new events between two looks is not an operation of this kit's stack. */
const MAX_PAGES_PER_POLL = 50;

/**
 * Streams a stack's events: each look pages from the newest event back to the
 * first one already seen, and logs each new event once, oldest first.
 */
export function streamStackEvents(
  fetchPage: (nextToken: string | undefined) => Promise<StackEventPage>,
  log: (line: string) => void,
): StackEventStream {
  const seen = new Set<string>();
  const shown: StackEvent[] = [];
  let failure: string | undefined;
  let baseline = false;
  const failed = (error: unknown) => {
    if (failure !== undefined) return;
    failure = escapeUnsafe(error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
    log(
      `warning: the stack events could not be read (${failure}); the deploy goes on watching the stack's status, which decides the outcome`,
    );
  };
  return {
    async markExisting() {
      try {
        const page = await fetchPage(undefined);
        for (const event of page.events) seen.add(eventKey(event));
        baseline = true;
      } catch (error) {
        failed(error);
      }
    },
    async poll() {
      if (!baseline) return [];
      const collected: StackEvent[] = [];
      let token: string | undefined;
      try {
        for (let pages = 0; pages < MAX_PAGES_PER_POLL; pages++) {
          const page = await fetchPage(token);
          const firstSeen = page.events.findIndex((event) => seen.has(eventKey(event)));
          collected.push(...(firstSeen === -1 ? page.events : page.events.slice(0, firstSeen)));
          if (firstSeen !== -1 || page.nextToken === undefined) break;
          token = page.nextToken;
        }
      } catch (error) {
        // Nothing of a partial read is shown: the next look reads it all again, in order.
        failed(error);
        return [];
      }
      const fresh = newEvents(seen, collected);
      for (const event of fresh) {
        seen.add(eventKey(event));
        shown.push(event);
        log(formatEvent(event));
      }
      return fresh;
    },
    events: () => shown,
    failure: () => failure,
  };
}
