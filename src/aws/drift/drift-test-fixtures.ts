/** Shared by the drift tests: the deploy tests' clock that never waits, and CloudFormation failures. Not shipped code. */
export { cfError as cfnError, fakeClock } from '../deploy/deploy-test-fixtures.js';

/** A sleep that only records what it was asked to wait. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; delays: number[] } {
  const delays: number[] = [];
  return {
    delays,
    sleep: (ms) => {
      delays.push(ms);
      return Promise.resolve();
    },
  };
}
