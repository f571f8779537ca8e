import { type CloudFormationClient, DescribeStacksCommand, type Stack } from '@aws-sdk/client-cloudformation';
import { failureFacts } from '../credentials/aws-error.js';
import { type RetryOptions, retry } from '../credentials/retry.js';
import { UnexpectedAnswer } from '../unexpected-answer.js';
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

/**
 * The stack by name or id, or undefined when CloudFormation says there is none.
 * An answer without an error but without the stack asked for (`{Stacks: []}`, no
 * `Stacks`, another stack) is a DeployError: taken for "no stack", it would start a
 * CREATE change set next to a stack that exists.
 */
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
    const [stack] = Stacks ?? [];
    if (stack === undefined)
      throw new UnexpectedAnswer(
        'cloudformation:DescribeStacks',
        `DescribeStacks answered for ${stackName} without an error and without the stack (${Stacks === undefined ? 'no Stacks field' : 'an empty Stacks list'}); only "Stack with id ${stackName} does not exist" means there is none`,
      );
    if (stack.StackName !== stackName && stack.StackId !== stackName)
      throw new UnexpectedAnswer(
        'cloudformation:DescribeStacks',
        `DescribeStacks answered for ${stackName} with another stack (${stack.StackName ?? stack.StackId ?? 'unnamed'})`,
      );
    return stack;
  } catch (error) {
    if (isMissingStackError(error)) return undefined;
    throw explainDeployFailure('cloudformation:DescribeStacks', error);
  }
}
