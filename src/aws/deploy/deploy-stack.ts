import { createHash } from 'node:crypto';
import {
  type CloudFormationClient,
  ContinueUpdateRollbackCommand,
  DeleteStackCommand,
  DescribeStackEventsCommand,
  ExecuteChangeSetCommand,
  SetStackPolicyCommand,
  type Stack,
  type StackEvent,
  type StackStatus,
  UpdateTerminationProtectionCommand,
} from '@aws-sdk/client-cloudformation';
import type { S3Client } from '@aws-sdk/client-s3';
import { escapeUnsafe } from '../../environment/unsafe-characters.js';
import type { RetryOptions } from '../credentials/retry.js';
import { changeSetFailureDetails, withFailureDetails } from './change-set-events.js';
import { createChangeSet, deleteChangeSet, readChanges, waitForChangeSet } from './change-set-operations.js';
import {
  type ChangeRow,
  isEmptyChangeSet,
  judgeChangeSet,
  type StatefulGuardVerdict,
} from './change-set-verdict.js';
import { callAws, DeployError } from './deploy-error.js';
import { describeStack } from './describe-stack.js';
import { type StackEventStream, streamStackEvents } from './event-stream.js';
import { formatEvent, rootCause } from './stack-events.js';
import { parseStackPolicy, stackPolicyAllowing } from './stack-policy.js';
import { planForStackState, type StackStatePlan } from './stack-state.js';
import { templateResourceTypes } from './template-resources.js';
import { TEMPLATE_BODY_MAX_BYTES, templateBytes, uploadTemplate } from './template-upload.js';
import { abortableClock, type Clock, pollUntil, systemClock } from './waiting.js';

export interface DeployStackOptions {
  readonly stackName: string;
  readonly region: string;
  /** The rendered template (YAML or JSON). */
  readonly templateBody: string;
  readonly tags: readonly { readonly Key: string; readonly Value: string }[];
  /** From `changeSetName(environment, run)`; it also begins the ExecuteChangeSet request token. */
  readonly changeSetName: string;
  /** False: create and show the change set, leave it for approval, change nothing else. */
  readonly execute: boolean;
  /** Logical ids of stateful resources this deploy may replace or remove. */
  readonly allowReplacement: readonly string[];
  readonly recreateFailedStack: boolean;
  readonly waitForInProgress: boolean;
  readonly continueUpdateRollback: boolean;
  /** Turn termination protection on once the stack exists (after a create). */
  readonly terminationProtection: boolean;
  /** The protective stack policy (JSON), from `protectiveStackPolicy`. */
  readonly stackPolicy: string;
  /** The bootstrap stack's ArtifactBucketName: where a template over 51,200 bytes is uploaded. */
  readonly artifactBucket?: string;
  /** The service role CloudFormation acts as (the bootstrap's CloudFormationExecutionRoleArn). */
  readonly cloudFormationRoleArn?: string;
  /** Template parameter values (the bootstrap template's ExistingOidcProviderArn); the Dify stack takes none. */
  readonly parameters?: readonly { readonly ParameterKey: string; readonly ParameterValue: string }[];
  readonly clients: { readonly cloudFormation: CloudFormationClient; readonly s3: S3Client };
  readonly clock?: Clock;
  /** In [0, 1): the jitter of polling and retries; Math.random unless a test fixes it. */
  readonly random?: () => number;
  readonly log: (line: string) => void;
  /** The budget of the whole deploy, waits included. */
  readonly timeoutMs: number;
  /**
   * Cancellation (the runner's SIGINT): every wait stops, the protective stack policy is
   * set again, and the deploy throws a DeployError saying what CloudFormation carries on with.
   */
  readonly signal?: AbortSignal;
}

/** How long a deploy may take, waits included, unless the caller gives its own budget (the CLI's and the action's default). */
export const DEPLOY_TIMEOUT_MINUTES = 60;

export type DeployStatus = 'deployed' | 'unchanged' | 'previewed' | 'refused' | 'failed' | 'timed-out';

export interface DeployOutcome {
  readonly status: DeployStatus;
  /** True when CloudFormation executed a change set on the stack (even one that then rolled back). */
  readonly changed: boolean;
  readonly stackId?: string;
  readonly stackStatus?: StackStatus;
  readonly changeSetName: string;
  /** The change table: one row per resource the change set touches. */
  readonly rows: readonly ChangeRow[];
  /** The stateful guard's verdict, once the change set was read. */
  readonly guard?: StatefulGuardVerdict;
  /** On failure: the events that explain it, oldest first (the first is the root cause). */
  readonly rootCause: readonly StackEvent[];
  readonly outputs: Readonly<Record<string, string>>;
  readonly durations: { readonly changeSetMs: number; readonly executeMs: number };
  readonly message: string;
}

/** What the deploy has learnt so far, for whichever outcome it ends with. */
interface Facts {
  stackId: string | undefined;
  stackStatus: StackStatus | undefined;
  rows: readonly ChangeRow[];
  guard: StatefulGuardVerdict | undefined;
  changeSetMs: number;
  executeMs: number;
  /** ExecuteChangeSet was sent (it may have failed). */
  executed: boolean;
  /** After an error: what happened to the temporary stack policy, as a sentence for the error. */
  policyNote: string;
}

interface Run {
  readonly options: DeployStackOptions;
  readonly cf: CloudFormationClient;
  /** Interrupted by the signal: every wait of the deploy. */
  readonly clock: Clock;
  readonly random: (() => number) | undefined;
  readonly retry: RetryOptions;
  /** Never interrupted: setting the protective policy again after a cancellation. */
  readonly cleanupRetry: RetryOptions;
  readonly deadline: number;
  readonly facts: Facts;
}

/** Another look at the stack after waiting or recovering; more rounds means the stack keeps changing under us. */
const MAX_SETTLE_ROUNDS = 6;

const SUCCEEDED = new Set<string>(['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'IMPORT_COMPLETE']);

/**
 * Deploys the template through a change set, whatever state the stack is in:
 * waits for or recovers from the state (as the options allow), refuses a change
 * set that would replace or remove stateful resources, executes it (unless
 * `execute` is false), streams the events, and protects the stack afterwards.
 * AWS failures throw a DeployError; everything CloudFormation decides is an outcome.
 */
export async function deployStack(options: DeployStackOptions): Promise<DeployOutcome> {
  const givenClock = options.clock ?? systemClock;
  const clock = options.signal === undefined ? givenClock : abortableClock(givenClock, options.signal);
  const random = options.random === undefined ? {} : { random: options.random };
  const run: Run = {
    options,
    cf: options.clients.cloudFormation,
    clock,
    random: options.random,
    retry: { sleep: (ms) => clock.sleep(ms), ...random },
    cleanupRetry: { sleep: (ms) => givenClock.sleep(ms), ...random },
    deadline: clock.now() + options.timeoutMs,
    facts: {
      stackId: undefined,
      stackStatus: undefined,
      rows: [],
      guard: undefined,
      changeSetMs: 0,
      executeMs: 0,
      executed: false,
      policyNote: '',
    },
  };
  parseStackPolicy(options.stackPolicy);
  const bytes = templateBytes(options.templateBody);
  if (bytes > TEMPLATE_BODY_MAX_BYTES && options.artifactBucket === undefined) {
    return finish(
      run,
      'refused',
      `the template is ${bytes} bytes, over the ${TEMPLATE_BODY_MAX_BYTES} bytes CloudFormation accepts inline, and no artifact bucket is set: set artifact-bucket to the ArtifactBucketName output of the bootstrap stack (dify-aws-kit bootstrap), and the template is uploaded there and passed by URL`,
    );
  }

  try {
    options.signal?.throwIfAborted();
    const settled = await settleStack(run);
    if (settled.kind === 'outcome') return settled.outcome;
    return await deployThroughChangeSet(run, settled.changeSetType, settled.stack, bytes);
  } catch (error) {
    if (options.signal?.aborted) throw cancelled(run, error);
    if (error instanceof DeployError && run.facts.policyNote !== '')
      throw new DeployError(error.action, `${error.message}.${run.facts.policyNote}`, error.hint, {
        cause: error.cause,
      });
    throw error;
  }
}

/** The run was cancelled (GitHub sends SIGINT, then SIGTERM): what CloudFormation is left doing. */
function cancelled(run: Run, reason: unknown): DeployError {
  const { options, facts } = run;
  const message = facts.executed
    ? `the run was cancelled while change set ${options.changeSetName} was executing: CloudFormation carries on with it.${facts.policyNote}`
    : `the run was cancelled before change set ${options.changeSetName} was executed: the stack was not changed`;
  const hint = facts.executed
    ? `See where the stack is with: ${awsCli('describe-stack-events', options)}; a deploy with wait-for-in-progress: true waits for it to finish.`
    : 'Run the deploy again.';
  return new DeployError('cancelled', message, hint, { cause: reason });
}

type Settled =
  | { readonly kind: 'ready'; readonly changeSetType: 'CREATE' | 'UPDATE'; readonly stack: Stack | undefined }
  | { readonly kind: 'outcome'; readonly outcome: DeployOutcome };

/** Looks at the stack until it can take a change set: waits, deletes or continues a rollback as allowed. */
async function settleStack(run: Run): Promise<Settled> {
  const { options } = run;
  let recreateFailedStack = options.recreateFailedStack && options.execute;
  let continueUpdateRollback = options.continueUpdateRollback && options.execute;
  for (let round = 0; round < MAX_SETTLE_ROUNDS; round++) {
    const stack = await describeStack(run.cf, options.stackName, run.retry);
    noteStack(run, stack);
    const plan = planForStackState(stack, {
      recreateFailedStack,
      waitForInProgress: options.waitForInProgress,
      continueUpdateRollback,
    });
    options.log(plan.reason);
    switch (plan.kind) {
      case 'create':
        return { kind: 'ready', changeSetType: 'CREATE', stack };
      case 'update':
        return { kind: 'ready', changeSetType: 'UPDATE', stack };
      case 'stop':
        return { kind: 'outcome', outcome: finish(run, 'refused', refusal(plan, options)) };
      case 'wait': {
        const timedOut = await waitWhileBusy(run, stack?.StackId ?? options.stackName);
        if (timedOut !== undefined) return { kind: 'outcome', outcome: timedOut };
        break;
      }
      case 'delete-then-create': {
        const stackId = stack?.StackId ?? options.stackName;
        await callAws(
          'cloudformation:DeleteStack',
          () => run.cf.send(new DeleteStackCommand({ StackName: stackId })),
          run.retry,
        );
        options.log(`deleting ${options.stackName} to create it again`);
        const timedOut = await waitWhileBusy(run, stackId, plan.status);
        if (timedOut !== undefined) return { kind: 'outcome', outcome: timedOut };
        recreateFailedStack = false;
        break;
      }
      case 'continue-rollback': {
        await callAws(
          'cloudformation:ContinueUpdateRollback',
          () => run.cf.send(new ContinueUpdateRollbackCommand({ StackName: options.stackName })),
          run.retry,
        );
        options.log(`continuing the update rollback of ${options.stackName}`);
        const timedOut = await waitWhileBusy(run, stack?.StackId ?? options.stackName, plan.status);
        if (timedOut !== undefined) return { kind: 'outcome', outcome: timedOut };
        continueUpdateRollback = false;
        break;
      }
    }
  }
  return {
    kind: 'outcome',
    outcome: finish(
      run,
      'refused',
      `${options.stackName} kept changing state while the deploy waited for it (${run.facts.stackStatus ?? 'no status'}); run the deploy again once nothing else is changing it. See: ${awsCli('describe-stack-events', options)}`,
    ),
  };
}

/** `reason. Next step: …`, and, in a preview, why the deploy did not take that step itself. */
function refusal(plan: Extract<StackStatePlan, { kind: 'stop' }>, options: DeployStackOptions): string {
  const asked =
    (plan.option === 'recreate-failed-stack' && options.recreateFailedStack) ||
    (plan.option === 'continue-update-rollback' && options.continueUpdateRollback);
  const preview =
    asked && !options.execute
      ? ` A preview (execute: false) never deletes a stack nor continues a rollback: run the deploy with execute: true and ${plan.option}: true to let it do so.`
      : '';
  const option =
    !asked && plan.option !== undefined && plan.nextStep !== `${plan.option}: true`
      ? ` (or set ${plan.option}: true to let the deploy do it)`
      : '';
  return `${plan.reason}. Next step: ${plan.nextStep}${option}.${preview}`;
}

/**
 * Polls the stack until no operation runs on it; a timeout is returned as the outcome.
 * After a call that starts an operation (DeleteStack, ContinueUpdateRollback), `leaving`
 * is the status the stack had: a read still showing it, before the operation was
 * seen running, is stale and does not end the wait.
 */
async function waitWhileBusy(
  run: Run,
  stackRef: string,
  leaving?: StackStatus,
): Promise<DeployOutcome | undefined> {
  let sawBusy = false;
  const waited = await pollUntil({
    check: async () => {
      const stack = await describeStack(run.cf, stackRef, run.retry);
      if (isBusy(stack?.StackStatus)) sawBusy = true;
      return stack;
    },
    isDone: (stack) =>
      stack === undefined || (!isBusy(stack.StackStatus) && (sawBusy || stack.StackStatus !== leaving)),
    clock: run.clock,
    timeoutMs: remaining(run),
    ...(run.random === undefined ? {} : { random: run.random }),
  });
  if (waited.done) {
    noteStack(run, waited.value);
    run.options.log(`${run.options.stackName} is ${waited.value?.StackStatus ?? 'gone'}`);
    return undefined;
  }
  noteStack(run, waited.last);
  return timedOut(run, waited.last?.StackStatus);
}

async function deployThroughChangeSet(
  run: Run,
  changeSetType: 'CREATE' | 'UPDATE',
  stackBefore: Stack | undefined,
  bytes: number,
): Promise<DeployOutcome> {
  const { options, clock } = run;
  const changeSetStart = clock.now();
  const template = await templateSource(run, bytes);
  const created = await createChangeSet(
    run.cf,
    {
      stackName: options.stackName,
      changeSetName: options.changeSetName,
      changeSetType,
      template,
      tags: options.tags,
      roleArn: options.cloudFormationRoleArn,
      parameters: options.parameters,
    },
    run.retry,
    options.log,
  );
  run.facts.stackId = created.stackId;
  options.log(
    `change set ${options.changeSetName} (${changeSetType}) created; waiting for CloudFormation to compute it`,
  );
  const waited = await waitForChangeSet(
    run.cf,
    created.changeSetId,
    { clock, timeoutMs: remaining(run), ...(run.random === undefined ? {} : { random: run.random }) },
    run.retry,
  );
  run.facts.changeSetMs = clock.now() - changeSetStart;
  if (!waited.done) {
    return finish(
      run,
      'timed-out',
      `change set ${options.changeSetName} was still being computed (${waited.last.Status ?? 'no status'}) when the deploy's time ran out; nothing was executed. See it with: ${awsCli('describe-change-set', options, ['--change-set-name', options.changeSetName])}`,
    );
  }
  const changeSet = waited.value;
  if (changeSet.Status !== 'CREATE_COMPLETE') {
    const empty = isEmptyChangeSet(changeSet.Status, changeSet.StatusReason);
    // Read before the change set is deleted: its events may go with it.
    const details = empty ? '' : await changeSetFailureDetails(run.cf, created.changeSetId, run.retry);
    if (changeSet.Status === 'FAILED')
      await deleteChangeSet(run.cf, created.changeSetId, options.stackName, run.retry);
    if (empty) {
      options.log(`change set ${options.changeSetName} has no changes; deleted it`);
      if (options.execute && stackBefore !== undefined) await protect(run, stackBefore, true);
      return finish(
        run,
        'unchanged',
        `${options.stackName} already matches the template: change set ${options.changeSetName} had no changes and was deleted`,
      );
    }
    return finish(
      run,
      'failed',
      `CloudFormation could not create change set ${options.changeSetName} (${changeSet.Status ?? 'no status'}): ${escapeUnsafe(withFailureDetails(changeSet.StatusReason ?? 'no reason given', details))}`,
    );
  }
  if (changeSet.ExecutionStatus !== undefined && changeSet.ExecutionStatus !== 'AVAILABLE') {
    return finish(
      run,
      'failed',
      `change set ${options.changeSetName} cannot be executed: its execution status is ${changeSet.ExecutionStatus}${changeSet.StatusReason === undefined ? '' : ` (${changeSet.StatusReason})`}`,
    );
  }

  const changes = await readChanges(run.cf, created.changeSetId, run.retry);
  const verdict = judgeChangeSet({
    changes,
    templateTypes: templateResourceTypes(options.templateBody),
    allowReplacement: options.allowReplacement,
  });
  run.facts.rows = verdict.rows;
  run.facts.guard = verdict.statefulGuard;
  run.facts.changeSetMs = clock.now() - changeSetStart;
  logChangeTable(options.log, options.changeSetName, verdict.rows);
  for (const id of verdict.statefulGuard.unusedAllowances)
    options.log(
      `allow-replacement names ${id}, but the change set neither replaces nor removes a stateful ${id}`,
    );

  if (verdict.statefulGuard.verdict === 'refuse') {
    await deleteChangeSet(run.cf, created.changeSetId, options.stackName, run.retry);
    const reasons = verdict.statefulGuard.refused.map((change) => `${change.message}. ${change.hint}`);
    return finish(
      run,
      'refused',
      `the stateful guard refused change set ${options.changeSetName}, which was deleted: ${reasons.join(' ')}`,
    );
  }
  if (!options.execute) {
    return finish(
      run,
      'previewed',
      `change set ${options.changeSetName} was created and left for review (execute: false); nothing was executed. See it with: ${awsCli('describe-change-set', options, ['--change-set-name', options.changeSetName])}`,
    );
  }
  return executeAndWatch(run, created.changeSetId, created.stackId, changeSetType, stackBefore);
}

async function templateSource(
  run: Run,
  bytes: number,
): Promise<{ readonly TemplateBody: string } | { readonly TemplateURL: string }> {
  const { options } = run;
  if (bytes <= TEMPLATE_BODY_MAX_BYTES || options.artifactBucket === undefined)
    return { TemplateBody: options.templateBody };
  const uploaded = await uploadTemplate({
    s3: options.clients.s3,
    bucket: options.artifactBucket,
    region: options.region,
    stackName: options.stackName,
    templateBody: options.templateBody,
    retry: run.retry,
  });
  options.log(
    `the template is ${bytes} bytes: ${uploaded.uploaded ? 'uploaded to' : 'already in'} s3://${options.artifactBucket}/${uploaded.key}`,
  );
  return { TemplateURL: uploaded.url };
}

/**
 * Executes the change set and watches it to the end. A stack policy that lets the
 * allowed ids be replaced is set for the update only: the protective one is set
 * again on every way out (success, failure, timeout, an AWS error, a cancelled
 * run), and a failure to set it is said in the outcome or the error.
 */
async function executeAndWatch(
  run: Run,
  changeSetId: string,
  stackId: string,
  changeSetType: 'CREATE' | 'UPDATE',
  stackBefore: Stack | undefined,
): Promise<DeployOutcome> {
  const { options } = run;
  // ExecuteChangeSet takes no policy for the update: a temporary one lets the allowed ids be replaced.
  const duringUpdate =
    changeSetType === 'UPDATE' && options.allowReplacement.length > 0
      ? stackPolicyAllowing(options.stackPolicy, options.allowReplacement)
      : options.stackPolicy;
  const policy: PolicyState = { relaxed: false };
  let outcome: DeployOutcome;
  try {
    outcome = await executeAndJudge(
      run,
      { changeSetId, stackId, changeSetType, stackBefore, duringUpdate },
      policy,
    );
  } catch (error) {
    if (policy.relaxed) run.facts.policyNote = await restorePolicy(run, stackId);
    throw error;
  }
  if (!policy.relaxed) return outcome;
  const note = await restorePolicy(run, stackId);
  return { ...outcome, message: `${outcome.message}${note}` };
}

/** Whether the stack may hold the temporary policy now: from just before it is set until the protective one is back. */
interface PolicyState {
  relaxed: boolean;
}

interface Execution {
  readonly changeSetId: string;
  readonly stackId: string;
  readonly changeSetType: 'CREATE' | 'UPDATE';
  readonly stackBefore: Stack | undefined;
  /** The stack policy for the update: the protective one, or one that also lets the allowed ids be replaced. */
  readonly duringUpdate: string;
}

async function executeAndJudge(run: Run, execution: Execution, policy: PolicyState): Promise<DeployOutcome> {
  const { options, clock } = run;
  const { changeSetId, stackId, changeSetType, stackBefore, duringUpdate } = execution;
  const stream = streamStackEvents((nextToken) => stackEventsPage(run, stackId, nextToken), options.log);
  await stream.markExisting();

  if (changeSetType === 'UPDATE') {
    // Set before the call: a call that fails may still have set it.
    policy.relaxed = duringUpdate !== options.stackPolicy;
    await setStackPolicy(run, stackId, duringUpdate);
    if (policy.relaxed)
      options.log(
        `stack policy set for this deploy: ${options.allowReplacement.join(', ')} may be replaced or removed`,
      );
  }

  const executeStart = clock.now();
  run.facts.executed = true;
  await callAws(
    'cloudformation:ExecuteChangeSet',
    () =>
      run.cf.send(
        new ExecuteChangeSetCommand({
          ChangeSetName: changeSetId,
          StackName: stackId,
          ClientRequestToken: executionToken(options.changeSetName, changeSetId),
        }),
      ),
    run.retry,
  );
  options.log(`executing change set ${options.changeSetName}`);
  // The events only show the way (the stream never throws); the stack's status decides.
  const watched = await pollUntil({
    check: async () => {
      await stream.poll();
      return describeStack(run.cf, stackId, run.retry);
    },
    isDone: (stack) => stack === undefined || isFinished(stack, stackBefore, stream),
    clock,
    timeoutMs: remaining(run),
    ...(run.random === undefined ? {} : { random: run.random }),
  });
  run.facts.executeMs = clock.now() - executeStart;
  if (!watched.done) {
    noteStack(run, watched.last);
    return finish(run, 'timed-out', timedOutMessage(run, watched.last?.StackStatus), { changed: true });
  }
  await stream.poll();
  const stack = watched.value;
  noteStack(run, stack);
  const status = stack?.StackStatus;
  if (stack !== undefined && status !== undefined && SUCCEEDED.has(status)) {
    const deployed = `${options.stackName} is ${status}: change set ${options.changeSetName} was executed`;
    const unprotected = await protectAfterDeploy(
      run,
      stack,
      changeSetType === 'CREATE' || policy.relaxed,
      policy,
    );
    if (unprotected !== undefined)
      return finish(run, 'failed', `${deployed}, but ${unprotected}`, {
        changed: true,
        outputs: outputsOf(stack),
      });
    return finish(run, 'deployed', deployed, { changed: true, outputs: outputsOf(stack) });
  }

  const causes = rootCause(stream.events());
  const unread = stream.failure();
  const explanation =
    causes.length > 0
      ? `root cause: ${causes.map(formatEvent).join('; ')}`
      : unread !== undefined
        ? `its events could not be read (${unread}); see them with ${awsCli('describe-stack-events', options)}`
        : `no failed event explains it; see ${awsCli('describe-stack-events', options)}`;
  const next =
    status === 'ROLLBACK_COMPLETE'
      ? ' The stack cannot be updated now: fix the cause, then deploy with recreate-failed-stack: true.'
      : '';
  return finish(
    run,
    'failed',
    `${options.stackName} ended in ${status ?? 'no status'}: ${explanation}.${next}`,
    {
      changed: true,
      rootCause: causes,
    },
  );
}

/**
 * protect() after a successful execution: undefined when the stack is protected,
 * otherwise what could not be done, for the outcome (the stack is deployed either way).
 */
async function protectAfterDeploy(
  run: Run,
  stack: Stack,
  setPolicy: boolean,
  policy: PolicyState,
): Promise<string | undefined> {
  try {
    await protect(run, stack, setPolicy);
    policy.relaxed = false;
    return undefined;
  } catch (error) {
    return `protecting it failed: ${(error as Error).message}. ${error instanceof DeployError ? error.hint : ''} Run the deploy again: it finds no changes and protects the stack.`.replace(
      /\s+/g,
      ' ',
    );
  }
}

/**
 * The ExecuteChangeSet request token: the change set's name (it shows in the stack
 * events), made unique to this change set by a digest of its ARN. A retried request
 * sends the same token, so CloudFormation runs it once; a re-run of the same GitHub
 * run, which creates its change set again under the same name, sends a new one
 * rather than one CloudFormation may take for the earlier, finished request.
 */
export function executionToken(changeSetName: string, changeSetArn: string): string {
  const digest = createHash('sha256').update(changeSetArn).digest('hex').slice(0, 8);
  return `${changeSetName.slice(0, CLIENT_REQUEST_TOKEN_MAX_LENGTH - digest.length - 1)}-${digest}`;
}

const CLIENT_REQUEST_TOKEN_MAX_LENGTH = 128;

/**
 * The operation this deploy started has finished: the stack is in a settled state
 * and that state is not the one it was in before (events of the operation were
 * seen, or the status or update time moved), so a stale terminal status read
 * just after ExecuteChangeSet is not taken for the end.
 */
function isFinished(stack: Stack, before: Stack | undefined, stream: StackEventStream): boolean {
  if (isBusy(stack.StackStatus) || stack.StackStatus === 'REVIEW_IN_PROGRESS') return false;
  if (stream.events().length > 0 || before === undefined) return true;
  return (
    stack.StackStatus !== before.StackStatus ||
    stack.LastUpdatedTime?.getTime() !== before.LastUpdatedTime?.getTime()
  );
}

async function stackEventsPage(run: Run, stackId: string, nextToken: string | undefined) {
  const page = await callAws(
    'cloudformation:DescribeStackEvents',
    () =>
      run.cf.send(
        new DescribeStackEventsCommand({
          StackName: stackId,
          ...(nextToken === undefined ? {} : { NextToken: nextToken }),
        }),
      ),
    run.retry,
  );
  return { events: page.StackEvents ?? [], nextToken: page.NextToken };
}

/** After a successful deploy: the protective stack policy (when `setPolicy`) and termination protection. */
async function protect(run: Run, stack: Stack, setPolicy: boolean): Promise<void> {
  const { options } = run;
  const stackId = stack.StackId ?? options.stackName;
  if (setPolicy) {
    await setStackPolicy(run, stackId, options.stackPolicy);
    options.log('stack policy set: the stateful resources cannot be replaced or deleted by an update');
  }
  if (options.terminationProtection && stack.EnableTerminationProtection !== true) {
    await callAws(
      'cloudformation:UpdateTerminationProtection',
      () =>
        run.cf.send(
          new UpdateTerminationProtectionCommand({ StackName: stackId, EnableTerminationProtection: true }),
        ),
      run.retry,
    );
    options.log('termination protection turned on');
  }
}

async function setStackPolicy(run: Run, stackId: string, policy: string): Promise<void> {
  await callAws(
    'cloudformation:SetStackPolicy',
    () => run.cf.send(new SetStackPolicyCommand({ StackName: stackId, StackPolicyBody: policy })),
    run.retry,
  );
}

/**
 * Sets the protective policy again after the temporary one, with retries that a
 * cancelled run does not interrupt. What was done, as a sentence for the outcome.
 */
async function restorePolicy(run: Run, stackId: string): Promise<string> {
  try {
    await callAws(
      'cloudformation:SetStackPolicy',
      () =>
        run.cf.send(
          new SetStackPolicyCommand({ StackName: stackId, StackPolicyBody: run.options.stackPolicy }),
        ),
      run.cleanupRetry,
    );
    run.options.log(
      'stack policy restored: the stateful resources cannot be replaced or deleted by an update',
    );
    return ' The protective stack policy was set again.';
  } catch (error) {
    return ` The protective stack policy could not be set again (${(error as Error).message}): until a deploy sets it, an update may replace ${run.options.allowReplacement.join(', ')}; run the deploy again.`;
  }
}

function timedOut(run: Run, status: StackStatus | undefined): DeployOutcome {
  return finish(run, 'timed-out', timedOutMessage(run, status));
}

function timedOutMessage(run: Run, status: StackStatus | undefined): string {
  const { options } = run;
  return `${options.stackName} is still changing in CloudFormation (${status ?? 'no status'}): the deploy stopped watching after ${Math.round(options.timeoutMs / 1000)} s, but CloudFormation carries on. See where it is with: ${awsCli('describe-stack-events', options)}; a deploy with wait-for-in-progress: true waits for it to finish.`;
}

function logChangeTable(
  log: (line: string) => void,
  changeSetName: string,
  rows: readonly ChangeRow[],
): void {
  const count = (action: ChangeRow['action'] | readonly ChangeRow['action'][]) =>
    rows.filter((row) => (typeof action === 'string' ? row.action === action : action.includes(row.action)))
      .length;
  log(
    `change set ${changeSetName}: ${count('add')} to add, ${count('modify')} to modify, ${count(['replace', 'conditional-replace'])} to replace, ${count('remove')} to remove`,
  );
  for (const row of rows) {
    const causes = row.causes.length === 0 ? '' : ` (${row.causes.join(', ')})`;
    log(`  ${row.action} ${row.logicalId} ${row.type}${causes}`);
  }
}

function outputsOf(stack: Stack): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const output of stack.Outputs ?? []) {
    if (output.OutputKey !== undefined) outputs[output.OutputKey] = output.OutputValue ?? '';
  }
  return outputs;
}

/** An operation runs on the stack. REVIEW_IN_PROGRESS is a stack waiting for its first change set, not one. */
function isBusy(status: StackStatus | undefined): boolean {
  return status?.endsWith('_IN_PROGRESS') === true && status !== 'REVIEW_IN_PROGRESS';
}

function noteStack(run: Run, stack: Stack | undefined): void {
  if (stack === undefined) return;
  run.facts.stackId = stack.StackId ?? run.facts.stackId;
  run.facts.stackStatus = stack.StackStatus ?? run.facts.stackStatus;
}

function remaining(run: Run): number {
  return Math.max(0, run.deadline - run.clock.now());
}

function awsCli(command: string, options: DeployStackOptions, extra: readonly string[] = []): string {
  return [
    'aws',
    'cloudformation',
    command,
    ...extra,
    '--stack-name',
    options.stackName,
    '--region',
    options.region,
  ].join(' ');
}

function finish(
  run: Run,
  status: DeployStatus,
  message: string,
  extra: {
    readonly changed?: boolean;
    readonly rootCause?: readonly StackEvent[];
    readonly outputs?: Readonly<Record<string, string>>;
  } = {},
): DeployOutcome {
  const { facts } = run;
  return {
    status,
    changed: extra.changed ?? false,
    ...(facts.stackId === undefined ? {} : { stackId: facts.stackId }),
    ...(facts.stackStatus === undefined ? {} : { stackStatus: facts.stackStatus }),
    changeSetName: run.options.changeSetName,
    rows: facts.rows,
    ...(facts.guard === undefined ? {} : { guard: facts.guard }),
    rootCause: extra.rootCause ?? [],
    outputs: extra.outputs ?? {},
    durations: { changeSetMs: facts.changeSetMs, executeMs: facts.executeMs },
    message,
  };
}
