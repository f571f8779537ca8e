import * as core from '@actions/core';

/**
 * An AbortSignal that GitHub's cancellation aborts: the runner sends SIGINT, then
 * SIGTERM a few seconds later, before it kills the step. `dispose` removes the handlers.
 */
export function abortOnSignals(what: string): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const abort = (signal: NodeJS.Signals) => {
    core.info(`cancelled (${signal}): ${what}`);
    controller.abort(new Error(`the run was cancelled (${signal})`));
  };
  process.once('SIGINT', abort);
  process.once('SIGTERM', abort);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', abort);
      process.off('SIGTERM', abort);
    },
  };
}
