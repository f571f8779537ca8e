import { type CloudFormationClient, DescribeStacksCommand, type Stack } from '@aws-sdk/client-cloudformation';
import { failureFacts } from '../credentials/aws-error.js';
import { type RetryOptions, retry } from '../credentials/retry.js';
import { explainDeployFailure } from './deploy-error.js';

/**
 * True only for CloudFormation's answer that the stack does not exist
 * ("Stack with id X does not exist", a ValidationError). AccessDenied, throttling
 * and every other ValidationError are failures, never "no stack".
 */
export function isMissingStackError(error: unknown): boolean {
  const { code, message } = failureFacts(error);
  return (
    (code === 'ValidationError' || code === 'Validation') && /^Stack with id .+ does not exist$/.test(message)
  );
}

/** The stack by name or id, or undefined when there is none. */
export async function describeStack(
  cloudFormation: CloudFormationClient,
  stackName: string,
  retryOptions: RetryOptions,
): Promise<Stack | undefined> {
  try {
    const { Stacks } = await retry(
      () => cloudFormation.send(new DescribeStacksCommand({ StackName: stackName })),
      retryOptions,
    );
    return Stacks?.[0];
  } catch (error) {
    if (isMissingStackError(error)) return undefined;
    throw explainDeployFailure('cloudformation:DescribeStacks', error);
  }
}
