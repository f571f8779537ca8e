import type { CloudFormationClient, Stack } from '@aws-sdk/client-cloudformation';
import type { S3Client } from '@aws-sdk/client-s3';
import { failureFacts } from '../credentials/aws-error.js';
import { isTransientError, type RetryOptions } from '../credentials/retry.js';
import { changeSetFailureDetails, withFailureDetails } from '../deploy/change-set-events.js';
import {
  type CreatedChangeSet,
  createChangeSet,
  deleteChangeSet,
  readChanges,
  waitForChangeSet,
} from '../deploy/change-set-operations.js';
import {
  type ChangeRow,
  isEmptyChangeSet,
  judgeChangeSet,
  type StatefulGuardVerdict,
} from '../deploy/change-set-verdict.js';
import { DeployError } from '../deploy/deploy-error.js';
import { describeStack } from '../deploy/describe-stack.js';
import {
  planForStackState,
  type RecoveryOption,
  regionOfStackId,
  type StackStatePlan,
} from '../deploy/stack-state.js';
import { templateResourceTypes } from '../deploy/template-resources.js';
import { TEMPLATE_BODY_MAX_BYTES, templateBytes, uploadTemplate } from '../deploy/template-upload.js';
import { abortableClock, type Clock, systemClock } from '../deploy/waiting.js';

export interface PreviewChangeSetOptions {
  readonly stackName: string;
  /** The rendered template (YAML or JSON). */
  readonly templateBody: string;
  /** Built by the caller from the pull request number and head SHA, so that a re-run reuses it. */
  readonly changeSetName: string;
  readonly tags: readonly { readonly Key: string; readonly Value: string }[];
  /** The bootstrap stack's ArtifactBucketName: where a template over 51,200 bytes is uploaded (under previews/). */
  readonly artifactBucket?: string;
  /**
   * The service role CloudFormation acts as. The bootstrap's preview role may not pass one:
   * without it CloudFormation uses the stack's own.
   */
  readonly cloudFormationRoleArn?: string;
  readonly clients: { readonly cloudFormation: CloudFormationClient; readonly s3: S3Client };
  readonly clock?: Clock;
  /** In [0, 1): the jitter of polling and retries; Math.random unless a test fixes it. */
  readonly random?: () => number;
  readonly log: (line: string) => void;
  /** The budget of the preview up to reading the change set; the cleanup has its own. */
  readonly timeoutMs: number;
  /** How long the cleanup may wait for a change set still being computed before deleting it. Default 60 s. */
  readonly cleanupTimeoutMs?: number;
  /** Cancellation: stops waiting, deletes the change set and ends with 'cancelled'. */
  readonly signal?: AbortSignal;
}

/** What a deploy of the template would do to the stack, as far as CloudFormation can tell without doing it. */
export type ChangeSetPreview =
  | {
      /** There is no stack (or only an empty REVIEW_IN_PROGRESS one): a deploy creates every resource. */
      readonly kind: 'new-stack';
      /** The resources of the template, which a deploy would create. */
      readonly resourceCount: number;
    }
  | { readonly kind: 'no-changes'; readonly changeSetName: string }
  | {
      readonly kind: 'changes';
      readonly changeSetName: string;
      readonly rows: readonly ChangeRow[];
      /** The stateful guard with no allow-replacement: every stateful replacement or removal is refused. */
      readonly guard: StatefulGuardVerdict;
    }
  | {
      /** No change set could show the changes; `reason` says why and what to do. */
      readonly kind: 'unavailable';
      readonly reason: string;
    }
  | { readonly kind: 'cancelled' };

export type PreviewOutcome = ChangeSetPreview & {
  /**
   * False when a change set this preview made may still exist, because deleting it
   * failed: a warning line names the command that deletes it.
   */
  readonly cleanedUp: boolean;
};

const DEFAULT_CLEANUP_TIMEOUT_MS = 60_000;

/** The deploy's recovery options, all off: a preview never waits for, deletes or rolls back a stack. */
const NO_RECOVERY = { recreateFailedStack: false, waitForInProgress: false, continueUpdateRollback: false };

interface Preview {
  readonly options: PreviewChangeSetOptions;
  readonly cf: CloudFormationClient;
  readonly clock: Clock;
  /** Interrupted by the signal: for the work the caller may cancel. */
  readonly workClock: Clock;
  readonly retry: RetryOptions;
  /** Never interrupted: the cleanup runs after a cancellation too. */
  readonly cleanupRetry: RetryOptions;
  readonly deadline: number;
}

/** The change set a cleanup must delete: its ARN once created, its name when CreateChangeSet may have created it. */
interface Leftover {
  changeSet: string | undefined;
}

/**
 * Shows what deploying the template would do to the existing stack: an UPDATE
 * change set created, computed, read with property values and always deleted,
 * never executed. A missing stack is never created (a CREATE change set would
 * leave one in REVIEW_IN_PROGRESS). AWS failures throw a DeployError, after the cleanup.
 */
export async function previewChangeSet(options: PreviewChangeSetOptions): Promise<PreviewOutcome> {
  const preview = startPreview(options);
  const bytes = templateBytes(options.templateBody);
  if (bytes > TEMPLATE_BODY_MAX_BYTES && options.artifactBucket === undefined)
    return { kind: 'unavailable', reason: templateTooBig(bytes), cleanedUp: true };
  if (options.signal?.aborted) return { kind: 'cancelled', cleanedUp: true };

  let stack: Stack | undefined;
  try {
    stack = await describeStack(preview.cf, options.stackName, preview.retry);
  } catch (error) {
    if (options.signal?.aborted) return { kind: 'cancelled', cleanedUp: true };
    throw error;
  }
  const plan = planForStackState(stack, NO_RECOVERY);
  options.log(plan.reason);
  if (plan.kind === 'create') return newStack(options);
  if (plan.kind !== 'update' || stack === undefined)
    return { kind: 'unavailable', reason: unavailableReason(plan), cleanedUp: true };
  return previewUpdate(preview, stack);
}

function startPreview(options: PreviewChangeSetOptions): Preview {
  const clock = options.clock ?? systemClock;
  const workClock = options.signal === undefined ? clock : abortableClock(clock, options.signal);
  const random = options.random === undefined ? {} : { random: options.random };
  return {
    options,
    cf: options.clients.cloudFormation,
    clock,
    workClock,
    retry: { sleep: (ms) => workClock.sleep(ms), ...random },
    cleanupRetry: { sleep: (ms) => clock.sleep(ms), ...random },
    deadline: clock.now() + options.timeoutMs,
  };
}

function newStack(options: PreviewChangeSetOptions): PreviewOutcome {
  const resourceCount = Object.keys(templateResourceTypes(options.templateBody)).length;
  options.log(
    `${options.stackName} has not been deployed: a deploy would create it with ${resourceCount} resources; no change set is made, as one would create the stack`,
  );
  return { kind: 'new-stack', resourceCount, cleanedUp: true };
}

/** The preview of an update, and the cleanup of its change set whatever happened. */
async function previewUpdate(preview: Preview, stack: Stack): Promise<PreviewOutcome> {
  const leftover: Leftover = { changeSet: undefined };
  let result: ChangeSetPreview;
  try {
    result = await computePreview(preview, stack, leftover);
  } catch (error) {
    const cleanedUp = await cleanUp(preview, stack, leftover.changeSet);
    if (preview.options.signal?.aborted) return { kind: 'cancelled', cleanedUp };
    throw error;
  }
  return { ...result, cleanedUp: await cleanUp(preview, stack, leftover.changeSet) };
}

async function computePreview(preview: Preview, stack: Stack, leftover: Leftover): Promise<ChangeSetPreview> {
  const { options, cf } = preview;
  const { signal, changeSetName } = options;
  const template = await templateSource(preview, stack);
  signal?.throwIfAborted();
  const created = await createTracked(preview, template, leftover);
  options.log(
    `change set ${changeSetName} created on ${options.stackName}; waiting for CloudFormation to compute it (it is never executed)`,
  );
  const waited = await waitForChangeSet(
    cf,
    created.changeSetId,
    {
      clock: preview.workClock,
      timeoutMs: Math.max(0, preview.deadline - preview.clock.now()),
      ...(options.random === undefined ? {} : { random: options.random }),
    },
    preview.retry,
  );
  if (!waited.done)
    return {
      kind: 'unavailable',
      reason: `timed out after ${Math.round(options.timeoutMs / 1000)} s: CloudFormation was still computing change set ${changeSetName} (${waited.last.Status ?? 'no status'}); run the preview again, or give it more time`,
    };
  const { Status: status, StatusReason: statusReason } = waited.value;
  if (isEmptyChangeSet(status, statusReason)) {
    options.log(
      `change set ${changeSetName} has no changes: ${options.stackName} already matches the template`,
    );
    return { kind: 'no-changes', changeSetName };
  }
  if (status !== 'CREATE_COMPLETE') {
    const details = await changeSetFailureDetails(cf, created.changeSetId, preview.retry);
    return {
      kind: 'unavailable',
      reason: oneLine(
        `CloudFormation could not create change set ${changeSetName} (${status ?? 'no status'}): ${withFailureDetails(statusReason ?? 'no reason given', details)}`,
      ),
    };
  }

  signal?.throwIfAborted();
  const changes = await readChanges(cf, created.changeSetId, preview.retry);
  const verdict = judgeChangeSet({
    changes,
    templateTypes: templateResourceTypes(options.templateBody),
    allowReplacement: [],
  });
  options.log(changeSummary(changeSetName, verdict.rows, verdict.statefulGuard));
  return { kind: 'changes', changeSetName, rows: verdict.rows, guard: verdict.statefulGuard };
}

/** CreateChangeSet, noting what the cleanup must delete, even when the call failed but may have created it. */
async function createTracked(
  preview: Preview,
  template: { readonly TemplateBody: string } | { readonly TemplateURL: string },
  leftover: Leftover,
): Promise<CreatedChangeSet> {
  const { options } = preview;
  try {
    const created = await createChangeSet(
      preview.cf,
      {
        stackName: options.stackName,
        changeSetName: options.changeSetName,
        changeSetType: 'UPDATE',
        template,
        tags: options.tags,
        roleArn: options.cloudFormationRoleArn,
      },
      preview.retry,
      options.log,
    );
    leftover.changeSet = created.changeSetId;
    return created;
  } catch (error) {
    if (mayHaveCreated(error)) leftover.changeSet = options.changeSetName;
    throw error;
  }
}

/**
 * A CreateChangeSet that failed without a definite answer (throttled to the end, a
 * server error, a lost connection, an interrupted retry) may have created the change
 * set; so may one refused as AlreadyExists. An answered refusal (AccessDenied,
 * ValidationError…) created nothing.
 */
function mayHaveCreated(error: unknown): boolean {
  const cause = causeOf(error);
  const { code, httpStatus } = failureFacts(cause);
  return code === 'AlreadyExists' || httpStatus === undefined || isTransientError(cause);
}

/**
 * Deletes the change set the preview left, if any. Never throws: a failure is a
 * warning line with the command that deletes it, and the answer false.
 */
async function cleanUp(preview: Preview, stack: Stack, changeSet: string | undefined): Promise<boolean> {
  if (changeSet === undefined) return true;
  const { options } = preview;
  try {
    await deleteWhenSettled(preview, changeSet);
    options.log(`change set ${options.changeSetName} deleted`);
    return true;
  } catch (error) {
    if (failureFacts(causeOf(error)).code === 'ChangeSetNotFound') return true;
    options.log(
      `warning: change set ${options.changeSetName} could not be deleted (${oneLine(messageOf(error))}); delete it with: ${deleteCommand(options, stack)}`,
    );
    return false;
  }
}

/**
 * DeleteChangeSet. CloudFormation refuses to delete a change set it is still
 * computing (after a timeout or a cancellation): wait for it to settle, then delete it.
 */
async function deleteWhenSettled(preview: Preview, changeSet: string): Promise<void> {
  const { cf, options, cleanupRetry } = preview;
  try {
    await deleteChangeSet(cf, changeSet, options.stackName, cleanupRetry);
    return;
  } catch (error) {
    // Only a change set known by its ARN can be described without more calls.
    if (failureFacts(causeOf(error)).code !== 'InvalidChangeSetStatus' || !changeSet.startsWith('arn:'))
      throw error;
  }
  const cleanupTimeoutMs = options.cleanupTimeoutMs ?? DEFAULT_CLEANUP_TIMEOUT_MS;
  options.log(
    `change set ${options.changeSetName} is still being computed; waiting up to ${Math.round(cleanupTimeoutMs / 1000)} s to delete it`,
  );
  await waitForChangeSet(
    cf,
    changeSet,
    {
      clock: preview.clock,
      timeoutMs: cleanupTimeoutMs,
      ...(options.random === undefined ? {} : { random: options.random }),
    },
    cleanupRetry,
  );
  await deleteChangeSet(cf, changeSet, options.stackName, cleanupRetry);
}

async function templateSource(
  preview: Preview,
  stack: Stack,
): Promise<{ readonly TemplateBody: string } | { readonly TemplateURL: string }> {
  const { options } = preview;
  const bytes = templateBytes(options.templateBody);
  if (bytes <= TEMPLATE_BODY_MAX_BYTES || options.artifactBucket === undefined)
    return { TemplateBody: options.templateBody };
  const region = regionOfStackId(stack.StackId) ?? (await preview.cf.config.region());
  const uploaded = await uploadTemplate({
    s3: options.clients.s3,
    bucket: options.artifactBucket,
    region,
    stackName: options.stackName,
    templateBody: options.templateBody,
    folder: 'previews',
    reuseExisting: false,
    retry: preview.retry,
  });
  options.log(`the template is ${bytes} bytes: uploaded to s3://${options.artifactBucket}/${uploaded.key}`);
  return { TemplateURL: uploaded.url };
}

function templateTooBig(bytes: number): string {
  return `the template is ${bytes} bytes, over the ${TEMPLATE_BODY_MAX_BYTES} bytes CloudFormation accepts inline, and no artifact bucket is set: set artifact-bucket to the ArtifactBucketName output of the bootstrap stack (dify-aws-kit bootstrap), and the template is uploaded there and passed by URL`;
}

/** What the deploy option would do about the state, had the deploy been run with it. */
const RECOVERY_EFFECT: Readonly<Record<RecoveryOption, string>> = {
  'recreate-failed-stack': 'which deletes the stack and creates it again',
  'wait-for-in-progress': 'which waits for the running operation to finish first',
  'continue-update-rollback': 'which continues the rollback first',
};

/** Why the stack takes no change set now, what a deploy would do, and what to do. */
function unavailableReason(plan: StackStatePlan): string {
  if (plan.kind !== 'stop') return `no change set can be previewed: ${plan.reason}`;
  const deploy =
    plan.option === undefined
      ? 'A deploy would stop too'
      : `A deploy would stop too, unless run with ${plan.option}: true, ${RECOVERY_EFFECT[plan.option]}`;
  const next = plan.nextStep === `${plan.option}: true` ? '' : ` Next step: ${plan.nextStep}.`;
  return `no change set can be previewed: ${plan.reason}. ${deploy}.${next}`;
}

function changeSummary(
  changeSetName: string,
  rows: readonly ChangeRow[],
  guard: StatefulGuardVerdict,
): string {
  const count = (...actions: readonly ChangeRow['action'][]) =>
    rows.filter((row) => actions.includes(row.action)).length;
  const refused = guard.verdict === 'refuse' ? guard.refused.map((change) => change.logicalId) : [];
  const stateful =
    refused.length === 0
      ? 'no stateful resource is replaced or removed'
      : `stateful resources replaced or removed: ${refused.join(', ')}`;
  return `change set ${changeSetName}: ${count('add')} to add, ${count('modify')} to modify, ${count('replace', 'conditional-replace')} to replace, ${count('remove')} to remove; ${stateful}`;
}

/** `aws cloudformation delete-change-set …`, with the region when the stack id names it. */
function deleteCommand(options: PreviewChangeSetOptions, stack: Stack): string {
  const region = regionOfStackId(stack.StackId);
  return [
    'aws cloudformation delete-change-set',
    `--stack-name ${options.stackName}`,
    `--change-set-name ${options.changeSetName}`,
    ...(region === undefined ? [] : [`--region ${region}`]),
  ].join(' ');
}

/** The AWS failure a DeployError wraps, or the error itself. */
function causeOf(error: unknown): unknown {
  return error instanceof DeployError ? error.cause : error;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Log lines are one line each, whatever AWS put in its text. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
