import { CloudFormationServiceException } from '@aws-sdk/client-cloudformation';
import type { Clock } from '../deploy/waiting.js';

/** Shared by the drift tests: a clock that never waits, and CloudFormation failures. Not shipped code. */

/** A clock that moves only when the code sleeps. */
export function fakeClock(): Clock & { readonly sleeps: number[] } {
  let now = 1_000_000;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
    sleeps,
  };
}

/** A CloudFormation failure as the SDK throws it: the error code is the name. */
export function cfnError(
  code: string,
  httpStatusCode: number,
  message: string,
): CloudFormationServiceException {
  return new CloudFormationServiceException({
    name: code,
    $fault: httpStatusCode >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode },
    message,
  });
}

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
