import {
  type CloudFormationClient,
  DescribeEventsCommand,
  type OperationEvent,
} from '@aws-sdk/client-cloudformation';
import { escapeUnsafe } from '../../environment/unsafe-characters.js';
import { failureFacts } from '../credentials/aws-error.js';
import { type RetryOptions, retry } from '../credentials/retry.js';
import { readAllPages } from '../unexpected-answer.js';

/** The failures shown in a message; the rest are counted. */
const MAX_SHOWN = 10;

/**
 * Why CloudFormation refused to create a change set, resource by resource, as one
 * sentence to append to its StatusReason. Early validation (checks CloudFormation
 * runs before computing a change set, such as a property value the resource type
 * refuses or a bucket name that exists) only says "use the DescribeEvents API":
 * this calls DescribeEvents with the change set and its failed events, and names
 * each resource, the property path and the reason. Called for every failed change
 * set, not only when the reason names early validation, and before it is deleted.
 * Never throws: a DescribeEvents that fails (an older role without
 * cloudformation:DescribeEvents) is said as such, without hiding the change set's own failure.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/validate-stack-deployments.html
 */
export async function changeSetFailureDetails(
  cloudFormation: CloudFormationClient,
  changeSetArn: string,
  retryOptions: RetryOptions,
): Promise<string> {
  let events: OperationEvent[];
  try {
    events = await readAllPages('cloudformation:DescribeEvents', async (token) => {
      const page = await retry(
        () =>
          cloudFormation.send(
            new DescribeEventsCommand({
              ChangeSetName: changeSetArn,
              Filters: { FailedEvents: true },
              ...(token === undefined ? {} : { NextToken: token }),
            }),
          ),
        retryOptions,
      );
      return { items: page.OperationEvents, nextToken: page.NextToken };
    });
  } catch (error) {
    const { code, message } = failureFacts(error);
    const why =
      code === 'AccessDenied' || code === 'UnauthorizedOperation'
        ? 'the role may not call cloudformation:DescribeEvents on the stack and its change sets: grant it to see them here'
        : `${code === undefined ? '' : `${code}: `}${escapeUnsafe(message)}`;
    return ` The failed checks could not be read (${why}); see them with: aws cloudformation describe-events --change-set-name ${changeSetArn} --filters FailedEvents=true`;
  }
  const failures = events.filter(isFailure).map(describeFailure);
  if (failures.length === 0) return '';
  const shown = failures.slice(0, MAX_SHOWN).join('; ');
  const more = failures.length > MAX_SHOWN ? `; and ${failures.length - MAX_SHOWN} more` : '';
  return ` Failed: ${shown}${more}.`;
}

/** CloudFormation's StatusReason, then the details as sentences of their own. */
export function withFailureDetails(statusReason: string, details: string): string {
  if (details === '') return statusReason;
  return `${statusReason}${/[.!?]$/.test(statusReason) ? '' : '.'}${details}`;
}

/** An event that says something failed: a validation, a hook, or a resource. */
function isFailure(event: OperationEvent): boolean {
  return (
    event.EventType === 'VALIDATION_ERROR' ||
    event.EventType === 'HOOK_INVOCATION_ERROR' ||
    event.EventType === 'PROVISIONING_ERROR' ||
    event.ValidationStatus === 'FAILED' ||
    event.ResourceStatus?.endsWith('_FAILED') === true
  );
}

/** `DatabaseCluster (AWS::RDS::DBCluster) at /Properties/EngineVersion: reason [validation]`. */
function describeFailure(event: OperationEvent): string {
  const resource = event.LogicalResourceId ?? 'the stack';
  const type = event.ResourceType === undefined ? '' : ` (${event.ResourceType})`;
  const path =
    event.ValidationPath === undefined || event.ValidationPath === '' ? '' : ` at ${event.ValidationPath}`;
  const reason =
    event.ValidationStatusReason || event.HookStatusReason || event.ResourceStatusReason || 'no reason given';
  const check = event.ValidationName === undefined ? '' : ` [${event.ValidationName}]`;
  return escapeUnsafe(`${resource}${type}${path}: ${reason}${check}`);
}
