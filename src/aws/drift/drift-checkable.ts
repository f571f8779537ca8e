import type { StackStatus } from '@aws-sdk/client-cloudformation';
import { DriftError } from './drift-error.js';

/**
 * The statuses CloudFormation detects drift in: a stack whose last operation
 * finished, its update rolled back included ("Detect drift on an entire
 * CloudFormation stack", AWS CloudFormation User Guide).
 */
const CHECKABLE = new Set<string>([
  'CREATE_COMPLETE',
  'UPDATE_COMPLETE',
  'UPDATE_ROLLBACK_COMPLETE',
  'UPDATE_ROLLBACK_FAILED',
  'IMPORT_COMPLETE',
]);

/**
 * Undefined when drift can be detected on a stack in this status; otherwise the
 * DriftError that says why not and what to do, rather than DetectStackDrift's
 * ValidationError and "run again later", which would never help a stack whose
 * first create failed or that was never deployed.
 */
export function notCheckable(stackName: string, status: StackStatus | undefined): DriftError | undefined {
  if (status !== undefined && CHECKABLE.has(status)) return undefined;
  const name = JSON.stringify(stackName);
  const stop = (message: string, hint: string) => new DriftError('stack-not-checkable', message, hint);
  if (status === undefined)
    return stop(
      `stack ${name} has no status: drift cannot be detected on it`,
      'Look at the stack in the CloudFormation console.',
    );
  if (status === 'REVIEW_IN_PROGRESS')
    return stop(
      `stack ${name} has not been deployed (REVIEW_IN_PROGRESS: a change set created it and was never executed): there is nothing to check for drift`,
      'Deploy the environment (dify-aws-kit deploy FILE, or the deploy action with execute: true).',
    );
  if (status === 'ROLLBACK_COMPLETE' || status === 'ROLLBACK_FAILED' || status === 'CREATE_FAILED')
    return stop(
      `stack ${name} is ${status}: its first create failed, so it holds no deployed resources to check for drift`,
      'Fix the cause named in its events, then deploy with recreate-failed-stack: true, which deletes the stack and creates it again.',
    );
  if (status.startsWith('DELETE_'))
    return stop(
      `stack ${name} is ${status}: it is being or was deleted, and drift is not detected on it`,
      'If the environment should exist, finish or undo the deletion in the CloudFormation console, then deploy it.',
    );
  if (status.endsWith('_IN_PROGRESS'))
    return stop(
      `stack ${name} is ${status}: an operation is running on it, and drift is detected only on a settled stack`,
      'Run the drift check again once the operation has finished (the next scheduled run does).',
    );
  return stop(
    `stack ${name} is ${status}: its last operation failed and was not rolled back, and drift is not detected on it`,
    'Roll the stack back or continue its rollback (the deploy says how), then check drift again.',
  );
}
