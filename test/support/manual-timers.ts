import type { Timers } from '../../src/aws/exec/timers.js';

/** Timers that fire only when a test says so: by their duration, which tests keep distinct. Not shipped code. */
export interface ManualTimers extends Timers {
  /** Fires every pending timer started with `ms`; returns how many fired. */
  fire(ms: number): number;
  /** The durations of the timers still pending. */
  pending(): number[];
}

export function manualTimers(): ManualTimers {
  let nextId = 0;
  const timers = new Map<number, { ms: number; fire: () => void }>();
  return {
    start(ms, fire) {
      const id = nextId++;
      timers.set(id, { ms, fire });
      return () => {
        timers.delete(id);
      };
    },
    fire(ms) {
      const due = [...timers.entries()].filter(([, timer]) => timer.ms === ms);
      for (const [id, timer] of due) {
        timers.delete(id);
        timer.fire();
      }
      return due.length;
    },
    pending: () => [...timers.values()].map((timer) => timer.ms),
  };
}
