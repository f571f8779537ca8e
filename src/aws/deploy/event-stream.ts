import type { StackEvent } from '@aws-sdk/client-cloudformation';
import { eventKey, formatEvent, newEvents } from './stack-events.js';

/** One DescribeStackEvents page: newest first. */
export interface StackEventPage {
  readonly events: readonly StackEvent[];
  readonly nextToken?: string | undefined;
}

export interface StackEventStream {
  /** Remembers the events already on the stack, so that only those of the coming operation are shown. */
  markExisting(): Promise<void>;
  /** Reads the events recorded since the last look, logs them oldest first, and returns them. */
  poll(): Promise<StackEvent[]>;
  /** Every event of this operation shown so far, oldest first. */
  readonly events: () => readonly StackEvent[];
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
  return {
    async markExisting() {
      const page = await fetchPage(undefined);
      for (const event of page.events) seen.add(eventKey(event));
    },
    async poll() {
      const collected: StackEvent[] = [];
      let token: string | undefined;
      for (let pages = 0; pages < MAX_PAGES_PER_POLL; pages++) {
        const page = await fetchPage(token);
        const firstSeen = page.events.findIndex((event) => seen.has(eventKey(event)));
        collected.push(...(firstSeen === -1 ? page.events : page.events.slice(0, firstSeen)));
        if (firstSeen !== -1 || page.nextToken === undefined) break;
        token = page.nextToken;
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
  };
}
