/**
 * The timeouts of a session (connect, handshake, idle, resend), as one seam:
 * production uses Node's timers, tests fire them by hand.
 */
export interface Timers {
  /** Calls `fire` after `ms` unless the returned function is called first. */
  start(ms: number, fire: () => void): () => void;
}

export const nodeTimers: Timers = {
  start(ms, fire) {
    const timer = setTimeout(fire, ms);
    // A pending timeout alone must not keep a finished run's process alive.
    timer.unref();
    return () => clearTimeout(timer);
  },
};
