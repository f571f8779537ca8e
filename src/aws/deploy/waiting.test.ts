import { describe, expect, it } from 'vitest';
import {
  abortableClock,
  type Clock,
  nextDelay,
  pollUntil,
  SHORT_OPERATION_POLLING,
  STACK_OPERATION_POLLING,
  systemClock,
} from './waiting.js';

/** A clock that moves only when the code sleeps or a check takes time. */
function fakeClock(): Clock & { advance(ms: number): void; readonly sleeps: number[] } {
  let now = 1_000_000;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
    advance: (ms) => {
      now += ms;
    },
    sleeps,
  };
}

describe('nextDelay', () => {
  it('doubles from the minimum to the maximum, from half the ceiling to all of it', () => {
    expect([0, 1, 2, 3, 10].map((attempt) => nextDelay(attempt, 0))).toEqual([
      2_000, 4_000, 7_500, 7_500, 7_500,
    ]);
    expect([0, 1, 2, 3, 10].map((attempt) => nextDelay(attempt, 0.5))).toEqual([
      3_000, 6_000, 11_250, 11_250, 11_250,
    ]);
    expect([0, 1, 2, 3, 10].map((attempt) => nextDelay(attempt, 0.999_999))).toEqual([
      4_000, 8_000, 15_000, 15_000, 15_000,
    ]);
  });

  it('follows the schedule it is given', () => {
    expect([0, 1, 2, 3].map((attempt) => nextDelay(attempt, 0, SHORT_OPERATION_POLLING))).toEqual([
      1_000, 2_000, 2_500, 2_500,
    ]);
    expect(nextDelay(0, 0, { minDelayMs: 5_000, maxDelayMs: 5_000 })).toBe(5_000);
  });

  it('stays within the minimum and the maximum whatever the attempt and the random number', () => {
    for (const attempt of [-1, 0, 1, 5, 64, 1_100, Number.MAX_SAFE_INTEGER]) {
      for (const random of [-1, 0, 0.3, 0.999, 1, 2, Number.NaN]) {
        const delay = nextDelay(attempt, random);
        expect(delay, `${attempt} ${random}`).toBeGreaterThanOrEqual(STACK_OPERATION_POLLING.minDelayMs);
        expect(delay, `${attempt} ${random}`).toBeLessThanOrEqual(STACK_OPERATION_POLLING.maxDelayMs);
      }
    }
  });
});

describe('pollUntil', () => {
  it('returns the value that is done, with the attempts and the time it took', async () => {
    const clock = fakeClock();
    const statuses = ['UPDATE_IN_PROGRESS', 'UPDATE_IN_PROGRESS', 'UPDATE_COMPLETE'];
    const outcome = await pollUntil({
      check: async () => statuses.shift() ?? 'none left',
      isDone: (status) => status.endsWith('_COMPLETE'),
      clock,
      timeoutMs: 60_000,
      random: () => 0,
    });
    expect(outcome).toEqual({ done: true, value: 'UPDATE_COMPLETE', attempts: 3, elapsedMs: 6_000 });
    expect(clock.sleeps).toEqual([2_000, 4_000]);
  });

  it('does not sleep when the first check is done', async () => {
    const clock = fakeClock();
    const outcome = await pollUntil({ check: async () => 1, isDone: () => true, clock, timeoutMs: 0 });
    expect(outcome).toEqual({ done: true, value: 1, attempts: 1, elapsedMs: 0 });
    expect(clock.sleeps).toEqual([]);
  });

  it('times out with what it saw last, checking one last time at the deadline, and does not throw', async () => {
    const clock = fakeClock();
    let polls = 0;
    const outcome = await pollUntil({
      check: async () => `UPDATE_IN_PROGRESS #${++polls}`,
      isDone: () => false,
      clock,
      timeoutMs: 30_000,
      random: () => 0,
    });
    expect(outcome).toEqual({
      done: false,
      reason: 'timeout',
      last: 'UPDATE_IN_PROGRESS #7',
      attempts: 7,
      elapsedMs: 30_000,
    });
    expect(clock.sleeps).toEqual([2_000, 4_000, 7_500, 7_500, 7_500, 1_500]);
  });

  it('counts the time checks take against the budget', async () => {
    const clock = fakeClock();
    const outcome = await pollUntil({
      check: async () => {
        clock.advance(4_000);
        return 'CREATE_IN_PROGRESS';
      },
      isDone: () => false,
      clock,
      timeoutMs: 10_000,
      random: () => 0,
    });
    expect(outcome).toEqual({
      done: false,
      reason: 'timeout',
      last: 'CREATE_IN_PROGRESS',
      attempts: 2,
      elapsedMs: 10_000,
    });
    expect(clock.sleeps).toEqual([2_000]);
  });

  it('uses the jitter it is given', async () => {
    const clock = fakeClock();
    const randoms = [0.5, 0.25];
    let polls = 0;
    await pollUntil({
      check: async () => ++polls,
      isDone: (n) => n === 3,
      clock,
      timeoutMs: 60_000,
      random: () => randoms.shift() ?? 0,
    });
    expect(clock.sleeps).toEqual([3_000, 5_000]);
  });

  it("lets a check's error reach the caller", async () => {
    const clock = fakeClock();
    await expect(
      pollUntil({
        check: async () => {
          throw new Error('AccessDenied');
        },
        isDone: () => true,
        clock,
        timeoutMs: 1_000,
      }),
    ).rejects.toThrow('AccessDenied');
  });
});

describe('systemClock', () => {
  it('tells the time and sleeps', async () => {
    const before = systemClock.now();
    await systemClock.sleep(1);
    expect(systemClock.now()).toBeGreaterThanOrEqual(before);
  });

  it('ends a sleep as soon as its signal aborts, with the reason', async () => {
    const controller = new AbortController();
    const sleeping = systemClock.sleep(3_600_000, controller.signal);
    controller.abort(new Error('cancelled'));
    await expect(sleeping).rejects.toThrow('cancelled');
    await expect(systemClock.sleep(3_600_000, controller.signal)).rejects.toThrow('cancelled');
  });

  it('sleeps through with a signal that does not abort', async () => {
    await expect(systemClock.sleep(1, new AbortController().signal)).resolves.toBeUndefined();
  });
});

/** A clock whose sleeps never end on their own, as a real one looks to a test that must not wait. */
function stuckClock(): Clock & { readonly sleeps: number[]; readonly sleeping: Promise<void> } {
  const sleeps: number[] = [];
  let started: () => void = () => {};
  const sleeping = new Promise<void>((resolve) => {
    started = resolve;
  });
  return {
    now: () => 1_000_000,
    sleep: (ms) => {
      sleeps.push(ms);
      started();
      return new Promise<void>(() => {});
    },
    sleeps,
    sleeping,
  };
}

describe('abortableClock', () => {
  it('ends a sleep the clock itself would not end when the signal aborts', async () => {
    const clock = stuckClock();
    const controller = new AbortController();
    const sleep = abortableClock(clock, controller.signal).sleep(5_000);
    await clock.sleeping;
    controller.abort(new Error('cancelled'));
    await expect(sleep).rejects.toThrow('cancelled');
  });

  it('does not sleep at all once the signal has aborted', async () => {
    const clock = fakeClock();
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    await expect(abortableClock(clock, controller.signal).sleep(5_000)).rejects.toThrow('cancelled');
    expect(clock.sleeps).toEqual([]);
  });

  it('keeps the time and the sleeps of the clock while the signal stays quiet', async () => {
    const clock = fakeClock();
    const abortable = abortableClock(clock, new AbortController().signal);
    await abortable.sleep(2_000);
    expect(abortable.now()).toBe(1_002_000);
    expect(clock.sleeps).toEqual([2_000]);
  });
});

describe('pollUntil with a signal', () => {
  it('stops during a pause when the signal aborts, without another check', async () => {
    const clock = stuckClock();
    const controller = new AbortController();
    let checks = 0;
    const polling = pollUntil({
      check: async () => ++checks,
      isDone: () => false,
      clock,
      timeoutMs: 60_000,
      random: () => 0,
      signal: controller.signal,
    });
    await clock.sleeping;
    controller.abort(new Error('cancelled'));
    await expect(polling).rejects.toThrow('cancelled');
    expect(checks).toBe(1);
  });

  it('makes no check when the signal has already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    let checks = 0;
    await expect(
      pollUntil({
        check: async () => ++checks,
        isDone: () => true,
        clock: fakeClock(),
        timeoutMs: 60_000,
        signal: controller.signal,
      }),
    ).rejects.toThrow('cancelled');
    expect(checks).toBe(0);
  });

  it('stops before the next check when the signal aborts during one', async () => {
    const clock = fakeClock();
    const controller = new AbortController();
    let checks = 0;
    const polling = pollUntil({
      check: async () => {
        checks += 1;
        if (checks === 2) controller.abort(new Error('cancelled'));
        return checks;
      },
      isDone: () => false,
      clock,
      timeoutMs: 60_000,
      random: () => 0,
      signal: controller.signal,
    });
    await expect(polling).rejects.toThrow('cancelled');
    expect(checks).toBe(2);
    expect(clock.sleeps).toEqual([2_000]);
  });

  it('polls as without one while the signal stays quiet', async () => {
    const clock = fakeClock();
    const statuses = ['UPDATE_IN_PROGRESS', 'UPDATE_COMPLETE'];
    const outcome = await pollUntil({
      check: async () => statuses.shift() ?? 'none left',
      isDone: (status) => status.endsWith('_COMPLETE'),
      clock,
      timeoutMs: 60_000,
      random: () => 0,
      signal: new AbortController().signal,
    });
    expect(outcome).toEqual({ done: true, value: 'UPDATE_COMPLETE', attempts: 2, elapsedMs: 2_000 });
    expect(clock.sleeps).toEqual([2_000]);
  });
});
