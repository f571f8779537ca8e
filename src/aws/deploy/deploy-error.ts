import { failureFacts } from '../credentials/aws-error.js';
import { CredentialError } from '../credentials/credential-errors.js';
import { isTransientError, type RetryOptions, retry } from '../credentials/retry.js';
import { UnexpectedAnswer } from '../unexpected-answer.js';

/** An AWS call of the deploy failed; the message says which and why, the hint what to change. */
export class DeployError extends Error {
  constructor(
    /** The API action that failed, such as `cloudformation:DescribeStacks`. */
    readonly action: string,
    message: string,
    readonly hint: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DeployError';
  }
}

/** What AWS answers when the request was signed with credentials that have expired. */
const EXPIRED = new Set(['ExpiredToken', 'RequestExpired', 'TokenRefreshRequired']);

const CARRIES_ON =
  'CloudFormation carries on with any operation this deploy started; a deploy run again with wait-for-in-progress: true waits for it and converges.';

/** Turns the failure of one AWS call into a DeployError that names the call. */
export function explainDeployFailure(action: string, error: unknown): DeployError {
  if (error instanceof DeployError) return error;
  if (error instanceof UnexpectedAnswer)
    return new DeployError(
      action,
      `${action} gave an answer the deploy cannot act on: ${error.message}`,
      'The deploy stopped rather than guess. Run it again; if the answer repeats, compare it with the AWS CLI (aws cloudformation describe-stacks --stack-name NAME) and check that nothing between the runner and AWS (AWS_ENDPOINT_URL, a proxy) rewrites answers.',
      { cause: error },
    );
  if (error instanceof CredentialError)
    return new DeployError(
      action,
      `${action} was not sent: the role's credentials ran out and new ones could not be had: ${error.message}`,
      `${error.hint} ${CARRIES_ON}`,
      { cause: error },
    );
  const { code, message } = failureFacts(error);
  const said = message === '' ? (code ?? 'no message') : message;
  if (EXPIRED.has(code ?? ''))
    return new DeployError(
      action,
      `${action} failed: ${code}: ${said}: the credentials expired during the run`,
      `Credentials from role-arn are renewed by the kit before they expire; others (the default chain, such as aws-actions/configure-aws-credentials) last their session: give them a role-duration-seconds longer than timeout-minutes, or pass role-arn. ${CARRIES_ON}`,
      { cause: error },
    );
  const hint =
    code === 'AccessDenied' || code === 'UnauthorizedOperation' || code === 'Forbidden'
      ? `The role the deploy runs as may not call ${action}: deploy with the DeployRoleArn output of the bootstrap stack (dify-aws-kit bootstrap), or grant ${action} to the role.`
      : isTransientError(error)
        ? 'AWS kept refusing or failing after several attempts (throttling or an outage): run the deploy again.'
        : 'Read the message from AWS above; nothing was retried because asking again would not change the answer.';
  return new DeployError(action, `${action} failed: ${code === undefined ? '' : `${code}: `}${said}`, hint, {
    cause: error,
  });
}

/**
 * One AWS call, retried on throttling and transient failures (bounded and jittered,
 * on top of the SDK's own attempts), and explained when it fails for good.
 */
export async function callAws<T>(
  action: string,
  operation: () => Promise<T>,
  retryOptions: RetryOptions,
): Promise<T> {
  try {
    return await retry(operation, retryOptions);
  } catch (error) {
    throw explainDeployFailure(action, error);
  }
}
