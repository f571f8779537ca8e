import {
  type CloudFormationClient,
  DescribeStackDriftDetectionStatusCommand,
  type DescribeStackDriftDetectionStatusCommandOutput,
  DescribeStackResourceDriftsCommand,
  DescribeStacksCommand,
  DetectStackDriftCommand,
  type StackResourceDrift,
} from '@aws-sdk/client-cloudformation';
import { type RetryOptions, retry } from '../credentials/retry.js';
import {
  type Clock,
  type PollingSchedule,
  pollUntil,
  SHORT_OPERATION_POLLING,
  systemClock,
} from '../deploy/waiting.js';
import { readAllPages, UnexpectedAnswer } from '../unexpected-answer.js';
import { notCheckable } from './drift-checkable.js';
import { explainDriftFailure } from './drift-error.js';
import type { DriftOutcome, PropertyDrift, ResourceDrift } from './drift-outcome.js';
import { maskDifference } from './mask-secret-values.js';

/** How long drift detection may take unless the caller gives its own budget (the CLI's and the action's default). */
export const DRIFT_TIMEOUT_MINUTES = 15;

export interface DetectDriftOptions {
  readonly stackName: string;
  readonly cloudFormation: CloudFormationClient;
  /** The system clock unless a test injects one; retries sleep on it too. */
  readonly clock?: Clock;
  /** Budget for the detection, from the first status check; past it the outcome is `timed-out`. */
  readonly timeoutMs: number;
  /** SHORT_OPERATION_POLLING (1 s doubling to 5 s) by default. */
  readonly schedule?: PollingSchedule;
  /** In [0, 1): the jitter of the polls and the retries; Math.random by default. */
  readonly random?: () => number;
  /** Retries of throttling and transient failures of each call; never of anything else. */
  readonly retry?: RetryOptions;
}

/**
 * Asks CloudFormation to detect drift on the stack (DetectStackDrift), polls
 * the detection with backoff up to `timeoutMs`, and on completion reads the
 * resources that were modified or deleted, every value already masked.
 * A failed or timed-out detection is its own outcome. A stack that does not
 * exist, one in a state drift cannot be detected in (never deployed, a failed
 * first create, an operation running, deleted: its status is read first), a
 * denied call or a failure that outlasts the retries is a DriftError.
 */
export async function detectDrift(options: DetectDriftOptions): Promise<DriftOutcome> {
  const { stackName, cloudFormation, timeoutMs } = options;
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const retryOptions: RetryOptions = { sleep: (ms) => clock.sleep(ms), random, ...options.retry };

  const call = async <T>(
    step: Parameters<typeof explainDriftFailure>[2],
    send: () => Promise<T>,
  ): Promise<T> => {
    try {
      return await retry(send, retryOptions);
    } catch (error) {
      throw explainDriftFailure(error, stackName, step);
    }
  };

  const stack = await call('DescribeStacks', async () => {
    const { Stacks } = await cloudFormation.send(new DescribeStacksCommand({ StackName: stackName }));
    const [found] = Stacks ?? [];
    if (found === undefined)
      throw new UnexpectedAnswer(
        'cloudformation:DescribeStacks',
        `DescribeStacks answered for ${stackName} without an error and without the stack`,
      );
    return found;
  });
  const unchecked = notCheckable(stackName, stack.StackStatus);
  if (unchecked !== undefined) throw unchecked;

  const started = await call('DetectStackDrift', async () => {
    const answer = await cloudFormation.send(new DetectStackDriftCommand({ StackName: stackName }));
    if (!answer.StackDriftDetectionId)
      throw new UnexpectedAnswer(
        'cloudformation:DetectStackDrift',
        'DetectStackDrift answered without a detection id',
      );
    return answer;
  });
  const detectionId = started.StackDriftDetectionId ?? '';

  const polled = await pollUntil<DescribeStackDriftDetectionStatusCommandOutput>({
    check: () =>
      call('DescribeStackDriftDetectionStatus', async () => {
        const answer = await cloudFormation.send(
          new DescribeStackDriftDetectionStatusCommand({ StackDriftDetectionId: detectionId }),
        );
        if (answer.DetectionStatus === undefined)
          throw new UnexpectedAnswer(
            'cloudformation:DescribeStackDriftDetectionStatus',
            `DescribeStackDriftDetectionStatus answered for detection ${detectionId} without a detection status`,
          );
        return answer;
      }),
    isDone: (status) =>
      status.DetectionStatus !== undefined && status.DetectionStatus !== 'DETECTION_IN_PROGRESS',
    clock,
    timeoutMs,
    schedule: options.schedule ?? SHORT_OPERATION_POLLING,
    random,
  });
  if (!polled.done) return { outcome: 'timed-out', detectionId, elapsedMs: polled.elapsedMs };

  const status = polled.value;
  if (status.DetectionStatus !== 'DETECTION_COMPLETE') {
    return {
      outcome: 'detection-failed',
      detectionId,
      reason:
        status.DetectionStatusReason || `detection ended with status ${status.DetectionStatus ?? 'unknown'}`,
    };
  }

  const drifts: StackResourceDrift[] = await call('DescribeStackResourceDrifts', () =>
    readAllPages('cloudformation:DescribeStackResourceDrifts', async (token) => {
      const page = await cloudFormation.send(
        new DescribeStackResourceDriftsCommand({
          StackName: stackName,
          StackResourceDriftStatusFilters: ['MODIFIED', 'DELETED'],
          ...(token === undefined ? {} : { NextToken: token }),
        }),
      );
      return { items: page.StackResourceDrifts, nextToken: page.NextToken };
    }),
  );

  const drifted = drifts
    .map(toResourceDrift)
    .filter((drift): drift is ResourceDrift => drift !== undefined)
    .sort((a, b) => compare(a.logicalId, b.logicalId));
  if (drifted.length > 0) return { outcome: 'drifted', detectionId, drifted };
  switch (status.StackDriftStatus) {
    case 'IN_SYNC':
      return { outcome: 'in-sync', detectionId, drifted: [] };
    case 'DRIFTED':
      // CloudFormation says the stack drifted but listed no resource: report it rather than call it in sync.
      return { outcome: 'drifted', detectionId, drifted: [] };
    default:
      // Only CloudFormation's IN_SYNC is "in sync": a completed detection without a verdict is not one.
      return {
        outcome: 'detection-failed',
        detectionId,
        reason: `detection completed without saying whether the stack drifted (stack drift status ${status.StackDriftStatus ?? 'missing'})`,
      };
  }
}

function toResourceDrift(drift: StackResourceDrift): ResourceDrift | undefined {
  const status = drift.StackResourceDriftStatus;
  if (status !== 'MODIFIED' && status !== 'DELETED') return undefined;
  const context = { expectedProperties: drift.ExpectedProperties, actualProperties: drift.ActualProperties };
  const differences = (drift.PropertyDifferences ?? [])
    .map(
      (difference): PropertyDrift =>
        maskDifference(
          {
            path: difference.PropertyPath ?? '',
            expected: difference.ExpectedValue ?? '',
            actual: difference.ActualValue ?? '',
            differenceType: difference.DifferenceType ?? 'NOT_EQUAL',
          },
          context,
        ),
    )
    .sort((a, b) => compare(a.path, b.path));
  return {
    logicalId: drift.LogicalResourceId ?? '',
    physicalId: drift.PhysicalResourceId,
    type: drift.ResourceType ?? '',
    status,
    differences,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
