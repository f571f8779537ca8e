import {
  type Change,
  type ChangeSetType,
  type CloudFormationClient,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DescribeChangeSetCommand,
  type DescribeChangeSetCommandOutput,
} from '@aws-sdk/client-cloudformation';
import { failureFacts } from '../credentials/aws-error.js';
import { type RetryOptions, retry } from '../credentials/retry.js';
import { readAllPages, UnexpectedAnswer } from '../unexpected-answer.js';
import { callAws, explainDeployFailure } from './deploy-error.js';
import { type Clock, type PollOutcome, pollUntil, SHORT_OPERATION_POLLING } from './waiting.js';

/** What CreateChangeSet needs beyond the stack and the name. */
export interface ChangeSetRequest {
  readonly stackName: string;
  readonly changeSetName: string;
  readonly changeSetType: Extract<ChangeSetType, 'CREATE' | 'UPDATE'>;
  readonly template: { readonly TemplateBody: string } | { readonly TemplateURL: string };
  readonly tags: readonly { readonly Key: string; readonly Value: string }[];
  readonly roleArn?: string | undefined;
  /** Values of the template's parameters: the Dify stack takes none, the bootstrap template may. */
  readonly parameters?:
    | readonly { readonly ParameterKey: string; readonly ParameterValue: string }[]
    | undefined;
}

export interface CreatedChangeSet {
  readonly changeSetId: string;
  readonly stackId: string;
}

/** IAM roles and policies are in every kit template, some of them named. */
export const CAPABILITIES = ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM'] as const;

/**
 * CreateChangeSet. A change set of the same name left by an earlier attempt of the
 * same run (or by a retried request) is deleted and created again: it was never executed.
 */
export async function createChangeSet(
  cloudFormation: CloudFormationClient,
  request: ChangeSetRequest,
  retryOptions: RetryOptions,
  log: (line: string) => void,
): Promise<CreatedChangeSet> {
  const command = new CreateChangeSetCommand({
    StackName: request.stackName,
    ChangeSetName: request.changeSetName,
    ChangeSetType: request.changeSetType,
    ...request.template,
    Capabilities: [...CAPABILITIES],
    Tags: request.tags.map(({ Key, Value }) => ({ Key, Value })),
    IncludeNestedStacks: false,
    ...(request.roleArn === undefined ? {} : { RoleARN: request.roleArn }),
    ...(request.parameters && request.parameters.length > 0
      ? {
          Parameters: request.parameters.map(({ ParameterKey, ParameterValue }) => ({
            ParameterKey,
            ParameterValue,
          })),
        }
      : {}),
    Description: `dify-aws-kit ${request.changeSetType === 'CREATE' ? 'creates' : 'updates'} ${request.stackName}`,
  });
  const send = () => retry(() => cloudFormation.send(command), retryOptions);
  let created: Awaited<ReturnType<typeof send>>;
  try {
    created = await send();
  } catch (error) {
    if (failureFacts(error).code !== 'AlreadyExists')
      throw explainDeployFailure('cloudformation:CreateChangeSet', error);
    log(
      `change set ${request.changeSetName} exists from an earlier attempt; deleting it and creating it again`,
    );
    await deleteChangeSet(cloudFormation, request.changeSetName, request.stackName, retryOptions);
    try {
      created = await send();
    } catch (again) {
      throw explainDeployFailure('cloudformation:CreateChangeSet', again);
    }
  }
  if (created.Id === undefined || created.StackId === undefined)
    throw explainDeployFailure(
      'cloudformation:CreateChangeSet',
      new Error('CloudFormation returned no change set id or stack id'),
    );
  return { changeSetId: created.Id, stackId: created.StackId };
}

/** Change-set statuses after which nothing more happens to it. */
const SETTLED = new Set(['CREATE_COMPLETE', 'FAILED', 'DELETE_COMPLETE', 'DELETE_FAILED']);

/**
 * Waits (short, jittered polling) until CloudFormation has computed the change set or given up.
 * An answer without a status is a DeployError, not "still computing" until the time runs out.
 */
export function waitForChangeSet(
  cloudFormation: CloudFormationClient,
  changeSetId: string,
  options: { readonly clock: Clock; readonly timeoutMs: number; readonly random?: () => number },
  retryOptions: RetryOptions,
): Promise<PollOutcome<DescribeChangeSetCommandOutput>> {
  const action = 'cloudformation:DescribeChangeSet';
  return pollUntil({
    check: async () => {
      const answer = await callAws(
        action,
        () => cloudFormation.send(new DescribeChangeSetCommand({ ChangeSetName: changeSetId })),
        retryOptions,
      );
      if (answer.Status === undefined)
        throw explainDeployFailure(
          action,
          new UnexpectedAnswer(action, `DescribeChangeSet answered for ${changeSetId} without a status`),
        );
      return answer;
    },
    isDone: (changeSet) => changeSet.Status !== undefined && SETTLED.has(changeSet.Status),
    clock: options.clock,
    timeoutMs: options.timeoutMs,
    schedule: SHORT_OPERATION_POLLING,
    ...(options.random === undefined ? {} : { random: options.random }),
  });
}

/**
 * Every change of the change set, every page, with before and after property values.
 * (A computed change set may list none: one that changes only the stack's outputs.)
 */
export async function readChanges(
  cloudFormation: CloudFormationClient,
  changeSetId: string,
  retryOptions: RetryOptions,
): Promise<Change[]> {
  const action = 'cloudformation:DescribeChangeSet';
  try {
    return await readAllPages(action, async (token) => {
      const page = await callAws(
        action,
        () =>
          cloudFormation.send(
            new DescribeChangeSetCommand({
              ChangeSetName: changeSetId,
              IncludePropertyValues: true,
              ...(token === undefined ? {} : { NextToken: token }),
            }),
          ),
        retryOptions,
      );
      return { items: page.Changes, nextToken: page.NextToken };
    });
  } catch (error) {
    throw explainDeployFailure(action, error);
  }
}

/** DeleteChangeSet, awaited; `stackName` is needed when the change set is named rather than an ARN. */
export async function deleteChangeSet(
  cloudFormation: CloudFormationClient,
  changeSet: string,
  stackName: string,
  retryOptions: RetryOptions,
): Promise<void> {
  await callAws(
    'cloudformation:DeleteChangeSet',
    () =>
      cloudFormation.send(
        new DeleteChangeSetCommand({
          ChangeSetName: changeSet,
          ...(changeSet.startsWith('arn:') ? {} : { StackName: stackName }),
        }),
      ),
    retryOptions,
  );
}
