import type { StackEvent } from '@aws-sdk/client-cloudformation';
import { describe, expect, it } from 'vitest';
import { eventKey, formatEvent, isCascadeReason, newEvents, rootCause } from './stack-events.js';

const STACK_ID = 'arn:aws:cloudformation:eu-west-1:123456789012:stack/dify-prod/6a1f2b30';
const START = Date.parse('2026-05-01T10:00:00.000Z');

function event(
  id: string,
  secondsAfterStart: number,
  logicalId: string,
  status: NonNullable<StackEvent['ResourceStatus']>,
  reason?: string,
): StackEvent {
  const base: StackEvent = {
    StackId: STACK_ID,
    EventId: id,
    StackName: 'dify-prod',
    LogicalResourceId: logicalId,
    Timestamp: new Date(START + secondsAfterStart * 1000),
    ResourceStatus: status,
  };
  return reason === undefined ? base : { ...base, ResourceStatusReason: reason };
}

describe('newEvents', () => {
  const e1 = event('e1', 1, 'dify-prod', 'UPDATE_IN_PROGRESS', 'User Initiated');
  const e2 = event('e2', 2, 'ApiTaskDefinition', 'UPDATE_IN_PROGRESS');
  const e3 = event('e3', 2, 'ApiTaskDefinition', 'UPDATE_COMPLETE');
  const e4 = event('e4', 5, 'ApiService', 'UPDATE_IN_PROGRESS');

  it('returns the unseen events of a newest-first page, oldest first', () => {
    expect(newEvents(new Set(), [e4, e3, e2, e1])).toEqual([e1, e2, e3, e4]);
    expect(newEvents(new Set(['e1', 'e2']), [e4, e3, e2, e1])).toEqual([e3, e4]);
    expect(newEvents(new Set(['e1', 'e2', 'e3', 'e4']), [e4, e3, e2, e1])).toEqual([]);
  });

  it('keeps events recorded in the same second apart, by id rather than time', () => {
    expect(newEvents(new Set(['e2']), [e3, e2])).toEqual([e3]);
  });

  it('shows an event without an id once, and an event repeated within a page once', () => {
    const anonymous: StackEvent = { ...e4, EventId: undefined };
    expect(eventKey(anonymous)).toBe('ApiService|2026-05-01T10:00:05.000Z|UPDATE_IN_PROGRESS|');
    expect(newEvents(new Set(), [anonymous, e4, e4])).toEqual([e4, anonymous]);
    expect(newEvents(new Set([eventKey(anonymous)]), [anonymous])).toEqual([]);
  });

  it('does not change the set it is given', () => {
    const seen = new Set(['e1']);
    newEvents(seen, [e2, e1]);
    expect([...seen]).toEqual(['e1']);
  });
});

describe('formatEvent', () => {
  it('writes the time, logical id, status and reason on one line', () => {
    expect(
      formatEvent(
        event(
          'e9',
          192,
          'DatabaseCluster',
          'CREATE_FAILED',
          'Resource handler returned message: "The DB subnet group doesn\'t meet Availability Zone (AZ) coverage requirement."',
        ),
      ),
    ).toBe(
      '2026-05-01T10:03:12.000Z DatabaseCluster CREATE_FAILED Resource handler returned message: "The DB subnet group doesn\'t meet Availability Zone (AZ) coverage requirement."',
    );
    expect(formatEvent(event('e2', 2, 'ApiTaskDefinition', 'UPDATE_COMPLETE'))).toBe(
      '2026-05-01T10:00:02.000Z ApiTaskDefinition UPDATE_COMPLETE',
    );
  });

  it('escapes newlines and terminal escape sequences in the reason, so one event stays one line', () => {
    expect(
      formatEvent(event('e9', 0, 'Bootstrap', 'CREATE_FAILED', 'failed:\n::error::forged\u001b[2Kline')),
    ).toBe('2026-05-01T10:00:00.000Z Bootstrap CREATE_FAILED failed:\\u000a::error::forged\\u001b[2Kline');
  });

  it('shows a hook event by its hook status', () => {
    const hook: StackEvent = {
      StackId: STACK_ID,
      EventId: 'h1',
      StackName: 'dify-prod',
      LogicalResourceId: 'StorageBucket',
      Timestamp: new Date(START),
      HookType: 'Private::Guard::Hook',
      HookStatus: 'HOOK_COMPLETE_FAILED',
      HookStatusReason: 'bucket must be versioned',
    };
    expect(formatEvent(hook)).toBe(
      '2026-05-01T10:00:00.000Z StorageBucket HOOK_COMPLETE_FAILED bucket must be versioned',
    );
  });

  it('marks what the event lacks', () => {
    expect(
      formatEvent({ StackId: undefined, EventId: undefined, StackName: undefined, Timestamp: undefined }),
    ).toBe('- - -');
  });
});

describe('rootCause', () => {
  it('finds the one real failure among 50 cascade events', () => {
    const real = event(
      'real',
      120,
      'DatabaseCluster',
      'CREATE_FAILED',
      'Resource handler returned message: "The parameter MasterUsername is not a valid identifier."',
    );
    const cascade: StackEvent[] = [];
    for (let i = 0; i < 25; i++) {
      cascade.push(event(`before-${i}`, 100 + i * 0.5, `Resource${i}`, 'CREATE_IN_PROGRESS'));
    }
    for (let i = 0; i < 20; i++) {
      cascade.push(
        event(`cancelled-${i}`, 121, `Service${i}`, 'CREATE_FAILED', 'Resource creation cancelled'),
      );
    }
    for (let i = 0; i < 4; i++) {
      cascade.push(
        event(`update-cancelled-${i}`, 122, `Listener${i}`, 'UPDATE_FAILED', 'Resource update cancelled'),
      );
    }
    cascade.push(
      event(
        'stack',
        123,
        'dify-prod',
        'ROLLBACK_IN_PROGRESS',
        'The following resource(s) failed to create: [DatabaseCluster, Service0, Service1]. Rollback requested by user.',
      ),
    );
    const events = [...cascade.slice(0, 25), real, ...cascade.slice(25)];
    expect(events).toHaveLength(51);
    expect(rootCause(events)).toEqual([real]);
    expect(rootCause([...events].reverse())).toEqual([real]);
  });

  it('keeps every independent failure, oldest first, and ignores the stack summary', () => {
    const subnets = event('a', 30, 'DatabaseSubnetGroup', 'CREATE_FAILED', 'Some input subnets are invalid.');
    const certificate = event('b', 10, 'Certificate', 'CREATE_FAILED', 'Certificate validation timed out.');
    const summary = event(
      'c',
      40,
      'dify-prod',
      'CREATE_FAILED',
      'The following resource(s) failed to create: [Certificate, DatabaseSubnetGroup]. ',
    );
    const deleteFailed = event(
      'd',
      90,
      'StorageBucket',
      'DELETE_FAILED',
      'The bucket you tried to delete is not empty',
    );
    expect(rootCause([subnets, summary, certificate, deleteFailed])).toEqual([
      certificate,
      subnets,
      deleteFailed,
    ]);
  });

  it('finds nothing when every failure is a cascade', () => {
    expect(rootCause([event('x', 1, 'Service', 'CREATE_FAILED', 'Resource creation cancelled')])).toEqual([]);
  });
});

describe('isCascadeReason', () => {
  it('recognises what CloudFormation writes on resources that failed because another did', () => {
    expect(isCascadeReason('Resource creation cancelled')).toBe(true);
    expect(isCascadeReason('Resource update cancelled')).toBe(true);
    expect(isCascadeReason('The following resource(s) failed to update: [ApiService]. ')).toBe(true);
    expect(isCascadeReason('Resource handler returned message: "Access Denied"')).toBe(false);
    expect(isCascadeReason(undefined)).toBe(false);
  });
});
