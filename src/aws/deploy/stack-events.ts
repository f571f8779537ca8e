import type { StackEvent } from '@aws-sdk/client-cloudformation';
import { escapeUnsafe } from '../../environment/unsafe-characters.js';

/**
 * The key an event is remembered by: its EventId, or, for an event without one,
 * what it says (so that it is still shown once).
 */
export function eventKey(event: StackEvent): string {
  return (
    event.EventId ??
    [
      event.LogicalResourceId,
      event.Timestamp?.toISOString(),
      event.ResourceStatus,
      event.ResourceStatusReason,
    ].join('|')
  );
}

/**
 * The events of a DescribeStackEvents page (newest first) not seen yet, oldest
 * first, in the order CloudFormation recorded them. The caller adds their keys
 * (`eventKey`) to what it has seen.
 */
export function newEvents(seen: ReadonlySet<string>, page: readonly StackEvent[]): StackEvent[] {
  const fresh: StackEvent[] = [];
  const inPage = new Set<string>();
  for (const event of page) {
    const key = eventKey(event);
    if (seen.has(key) || inPage.has(key)) continue;
    inPage.add(key);
    fresh.push(event);
  }
  return fresh.reverse();
}

/**
 * One line: `2026-05-01T10:03:12.000Z DatabaseCluster CREATE_FAILED reason`,
 * with control and invisible characters of the logical id and reason escaped.
 */
export function formatEvent(event: StackEvent): string {
  const time = event.Timestamp?.toISOString() ?? '-';
  const logicalId = escapeUnsafe(event.LogicalResourceId ?? event.StackName ?? '-');
  const status = event.ResourceStatus ?? event.HookStatus ?? '-';
  const reason = event.ResourceStatusReason ?? event.HookStatusReason;
  const line = `${time} ${logicalId} ${status}`;
  return reason === undefined || reason === '' ? line : `${line} ${escapeUnsafe(reason)}`;
}

/**
 * What CloudFormation writes on resources that failed only because another did:
 * the cancelled siblings and the stack's own summary.
 */
const CASCADE_REASONS = [
  /^Resource creation cancelled/i,
  /^Resource update cancelled/i,
  /^Resource deletion cancelled/i,
  /^The following resource\(s\) failed to /i,
];

export function isCascadeReason(reason: string | undefined): boolean {
  return reason !== undefined && CASCADE_REASONS.some((pattern) => pattern.test(reason));
}

/**
 * The events that explain a failed operation: its *_FAILED events whose reason is
 * not a cascade, oldest first (the first is the root cause). Pass the events of
 * one operation only, oldest first as `newEvents` returns them (ties in time keep
 * that order). Empty when every failure is a cascade.
 */
export function rootCause(events: readonly StackEvent[]): StackEvent[] {
  return events
    .map((event, index) => ({ event, index }))
    .filter(
      ({ event }) =>
        event.ResourceStatus?.endsWith('_FAILED') === true && !isCascadeReason(event.ResourceStatusReason),
    )
    .sort((a, b) => time(a.event) - time(b.event) || a.index - b.index)
    .map(({ event }) => event);
}

function time(event: StackEvent): number {
  return event.Timestamp?.getTime() ?? Number.POSITIVE_INFINITY;
}
