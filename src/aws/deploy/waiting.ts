/** How often to ask whether something has finished: from `minDelayMs`, doubling, up to `maxDelayMs`. */
export interface PollingSchedule {
  readonly minDelayMs: number;
  readonly maxDelayMs: number;
}

/** A stack operation: minutes long, so a short first look and then at most 15 s behind. */
export const STACK_OPERATION_POLLING: PollingSchedule = { minDelayMs: 2_000, maxDelayMs: 15_000 };

/** A change set being created, or drift being detected: seconds to a minute. */
export const SHORT_OPERATION_POLLING: PollingSchedule = { minDelayMs: 1_000, maxDelayMs: 5_000 };

/**
 * The pause before poll `attempt + 1` (attempt counts from 0), with "equal jitter":
 * half the doubling ceiling, plus up to the other half by `random` (in [0, 1)),
 * never below the minimum nor above the maximum.
 */
export function nextDelay(
  attempt: number,
  random: number,
  schedule: PollingSchedule = STACK_OPERATION_POLLING,
): number {
  const { minDelayMs, maxDelayMs } = schedule;
  const ceiling = Math.min(maxDelayMs, minDelayMs * 2 ** (Math.max(0, attempt) + 1));
  const jitter = Math.min(1, Math.max(0, Number.isFinite(random) ? random : 0));
  const delay = ceiling / 2 + (ceiling / 2) * jitter;
  return Math.round(Math.min(maxDelayMs, Math.max(minDelayMs, delay)));
}

/** Time, as the engine sees it: injected so that tests never sleep. */
export interface Clock {
  now(): number;
  /**
   * Resolves after `ms`. A clock may honour `signal` by rejecting with its reason as
   * soon as it aborts; `abortableClock` makes sure of it for clocks that ignore it.
   */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal === undefined) {
        setTimeout(resolve, ms);
        return;
      }
      if (signal.aborted) {
        reject(signal.reason);
        return;
      }
      // The timer is cleared on abort, so that a cancelled run does not stay alive until it fires.
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal.reason);
      };
      const timer = setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal.addEventListener('abort', onAbort, { once: true });
    }),
};

/**
 * The same clock, but a sleep rejects with `signal.reason` as soon as the signal
 * aborts (at once when it already has), whether or not the clock honours signals.
 */
export function abortableClock(clock: Clock, signal: AbortSignal): Clock {
  return {
    now: () => clock.now(),
    sleep: (ms) =>
      new Promise((resolve, reject) => {
        if (signal.aborted) {
          reject(signal.reason);
          return;
        }
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        clock
          .sleep(ms, signal)
          .then(resolve, reject)
          .finally(() => signal.removeEventListener('abort', onAbort));
      }),
  };
}

export interface PollOptions<T> {
  /** One look (an API call); its errors are the caller's to handle and reach the caller. */
  readonly check: () => Promise<T>;
  readonly isDone: (value: T) => boolean;
  readonly clock: Clock;
  /** Budget from the first check; the last check happens at the deadline, never after. */
  readonly timeoutMs: number;
  readonly schedule?: PollingSchedule;
  /** In [0, 1); Math.random unless a test fixes it. */
  readonly random?: () => number;
  /** Cancellation: the poll rejects with the signal's reason, before the next check or during a pause. */
  readonly signal?: AbortSignal;
}

export type PollOutcome<T> =
  | { readonly done: true; readonly value: T; readonly attempts: number; readonly elapsedMs: number }
  | {
      readonly done: false;
      readonly reason: 'timeout';
      /** What the last check saw: what to tell the user is still going on. */
      readonly last: T;
      readonly attempts: number;
      readonly elapsedMs: number;
    };

/**
 * Checks until `isDone`, pausing by `nextDelay` and never past the deadline. A
 * timeout is an outcome, not an exception: the caller says what is still running.
 * An abort is an exception (the signal's reason): the caller asked to stop.
 */
export async function pollUntil<T>({
  check,
  isDone,
  clock: givenClock,
  timeoutMs,
  schedule = STACK_OPERATION_POLLING,
  random = Math.random,
  signal,
}: PollOptions<T>): Promise<PollOutcome<T>> {
  const clock = signal === undefined ? givenClock : abortableClock(givenClock, signal);
  const start = clock.now();
  const deadline = start + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    signal?.throwIfAborted();
    const value = await check();
    const now = clock.now();
    const attempts = attempt + 1;
    if (isDone(value)) return { done: true, value, attempts, elapsedMs: now - start };
    const remaining = deadline - now;
    if (remaining <= 0)
      return { done: false, reason: 'timeout', last: value, attempts, elapsedMs: now - start };
    await clock.sleep(Math.min(nextDelay(attempt, random(), schedule), remaining));
  }
}
