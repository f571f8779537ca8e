import type { StackEvent } from '@aws-sdk/client-cloudformation';
import { describe, expect, it } from 'vitest';
import { cfError } from './deploy-test-fixtures.js';
import { isMissingStackError } from './describe-stack.js';
import { type StackEventPage, streamStackEvents } from './event-stream.js';

function event(n: number): StackEvent {
  return {
    StackId: 'arn:aws:cloudformation:eu-west-1:123456789012:stack/dify-prod/1',
    StackName: 'dify-prod',
    EventId: `e${n}`,
    LogicalResourceId: `R${n}`,
    ResourceStatus: 'UPDATE_COMPLETE',
    Timestamp: new Date(Date.UTC(2026, 4, 1, 10, 0, n)),
  };
}

/** Pages of `size` over the events recorded so far, newest first, counting the pages read. */
function feed(recorded: StackEvent[], size: number) {
  const reads: (string | undefined)[] = [];
  const fetchPage = async (token: string | undefined): Promise<StackEventPage> => {
    reads.push(token);
    const newestFirst = [...recorded].reverse();
    const start = token === undefined ? 0 : Number(token);
    const end = start + size;
    return {
      events: newestFirst.slice(start, end),
      nextToken: end < newestFirst.length ? String(end) : undefined,
    };
  };
  return { fetchPage, reads };
}

describe('streamStackEvents', () => {
  it('shows only the events after the mark, oldest first, once each, and stops paging at a seen one', async () => {
    const recorded = [event(1), event(2), event(3)];
    const { fetchPage, reads } = feed(recorded, 2);
    const lines: string[] = [];
    const stream = streamStackEvents(fetchPage, (line) => lines.push(line));
    await stream.markExisting();
    expect(await stream.poll()).toEqual([]);
    recorded.push(event(4), event(5), event(6), event(7), event(8));
    reads.length = 0;
    expect((await stream.poll()).map((e) => e.EventId)).toEqual(['e4', 'e5', 'e6', 'e7', 'e8']);
    expect(reads).toEqual([undefined, '2', '4']);
    expect(await stream.poll()).toEqual([]);
    expect(lines.map((line) => line.split(' ')[1])).toEqual(['R4', 'R5', 'R6', 'R7', 'R8']);
    expect(stream.events()).toHaveLength(5);
  });
});

describe('isMissingStackError', () => {
  it('is true only for "Stack with id … does not exist"', () => {
    expect(
      isMissingStackError(cfError('ValidationError', 400, 'Stack with id dify-prod does not exist')),
    ).toBe(true);
    expect(isMissingStackError(cfError('ValidationError', 400, 'Template format error'))).toBe(false);
    expect(isMissingStackError(cfError('AccessDenied', 403, 'Stack with id dify-prod does not exist'))).toBe(
      false,
    );
  });
});
