import { failureFacts } from '../credentials/aws-error.js';
import { isMissingStackError } from '../deploy/describe-stack.js';
import { UnexpectedAnswer } from '../unexpected-answer.js';

export type DriftErrorKind =
  /** No stack by that name in the account and region. */
  | 'stack-not-found'
  /** The stack is in a state drift cannot be detected in: never deployed, failed, being changed or deleted. */
  | 'stack-not-checkable'
  /** The credentials may not call the drift or template APIs. */
  | 'access-denied'
  /** The deployed template could not be read as YAML or JSON. */
  | 'unreadable-template'
  /** Any other AWS failure, or throttling that outlasted the retries. */
  | 'aws-error';

/** Checking for drift failed before there was an outcome; the message says what happened, the hint what to do. */
export class DriftError extends Error {
  constructor(
    readonly kind: DriftErrorKind,
    message: string,
    /** What to do about it. */
    readonly hint: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DriftError';
  }
}

/** The call that failed, named in the message: `DetectStackDrift`, `GetTemplate`, … */
export type DriftStep =
  | 'DescribeStacks'
  | 'DetectStackDrift'
  | 'DescribeStackDriftDetectionStatus'
  | 'DescribeStackResourceDrifts'
  | 'GetTemplate';

const PERMISSIONS: Readonly<Record<DriftStep, string>> = {
  DescribeStacks: 'cloudformation:DescribeStacks',
  DetectStackDrift: 'cloudformation:DetectStackDrift',
  DescribeStackDriftDetectionStatus: 'cloudformation:DescribeStackDriftDetectionStatus',
  DescribeStackResourceDrifts: 'cloudformation:DescribeStackResourceDrifts',
  GetTemplate: 'cloudformation:GetTemplate',
};

/** Turns an AWS failure of one call into a DriftError a user can act on; a DriftError passes through. */
export function explainDriftFailure(error: unknown, stackName: string, step: DriftStep): DriftError {
  if (error instanceof DriftError) return error;
  const { code, message } = failureFacts(error);
  const name = JSON.stringify(stackName);
  if (error instanceof UnexpectedAnswer) {
    return new DriftError(
      'aws-error',
      `${step} on stack ${name} gave an answer drift detection cannot act on: ${error.message}`,
      'Nothing was concluded from it. Run again; if the answer repeats, compare it with the AWS CLI (aws cloudformation detect-stack-drift) and check that nothing between the runner and AWS (AWS_ENDPOINT_URL, a proxy) rewrites answers.',
      { cause: error },
    );
  }
  if (isMissingStackError(error)) {
    return new DriftError(
      'stack-not-found',
      `stack ${name} does not exist in this account and region: there is nothing to check for drift`,
      'Deploy the environment first (dify-aws-kit deploy FILE), or check stackName, region and accountId in environment.json and the credentials the run uses.',
      { cause: error },
    );
  }
  if (code === 'AccessDenied' || code === 'UnauthorizedOperation') {
    return new DriftError(
      'access-denied',
      `${step} on stack ${name} was denied: ${message}`,
      `Allow ${PERMISSIONS[step]} on the stack for the role the run uses; drift detection also needs read access (Describe*, Get*, List*) to every resource type in the stack.`,
      { cause: error },
    );
  }
  return new DriftError(
    'aws-error',
    `${step} on stack ${name} failed${code === undefined ? '' : ` (${code})`}: ${message}`,
    'Run again later; if it keeps failing, look at the stack in the CloudFormation console (Stack actions → Detect drift).',
    { cause: error },
  );
}
