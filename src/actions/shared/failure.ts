import * as core from '@actions/core';
import { CredentialError } from '../../aws/credentials/index.js';
import { DeployError } from '../../aws/deploy/index.js';
import { DriftError } from '../../aws/drift/index.js';
import * as log from './log.js';

/** A failure the step reports as it is: the message is already the whole story. */
export class StepFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StepFailure';
  }
}

/**
 * One line for a failure: the kit's errors say what happened and what to do
 * (`message. Next step: hint`); anything else is a bug or an unexpected AWS
 * failure, named as such.
 */
export function failureMessage(error: unknown): string {
  if (error instanceof CredentialError)
    return `Could not get AWS credentials: ${error.message}. ${error.hint}`;
  if (error instanceof DeployError || error instanceof DriftError) return `${error.message}. ${error.hint}`;
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * Fails the step with one message. The stack trace (and its causes) goes to the
 * debug log only, which GitHub shows with ACTIONS_STEP_DEBUG.
 */
export function failStep(error: unknown): void {
  if (core.isDebug() && error instanceof Error && !(error instanceof StepFailure)) {
    // One debug line per line of the trace: each is made printable on its own.
    for (const line of (error.stack ?? error.message).split('\n')) log.debug(line);
  }
  log.fail(failureMessage(error));
}
