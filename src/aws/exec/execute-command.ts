import { type ECSClient, ExecuteCommandCommand, type ExecuteCommandCommandOutput } from '@aws-sdk/client-ecs';
import { type RetryOptions, retry } from '../credentials/retry.js';
import type { ExecSession } from './data-channel.js';
import { ExecError, explainEcsFailure } from './exec-error.js';

/** The container a command runs in: a task picked by `selectExecTask`, or given by the caller. */
export interface ExecTarget {
  /** Cluster name or ARN. */
  readonly cluster: string;
  /** Task ARN (or id). */
  readonly task: string;
  readonly container: string;
  /**
   * The container's `runtimeId` from DescribeTasks: with it the session can be
   * KMS-encrypted (the agent knows itself as `ecs:<cluster>_<task id>_<runtime id>`).
   */
  readonly runtimeId?: string;
}

/**
 * Opens an ECS Exec session that runs `command` in the target container:
 * ecs:ExecuteCommand (interactive, the only mode ECS offers), retried on
 * throttling, explained when it fails.
 */
export async function startExecSession(
  ecs: ECSClient,
  target: ExecTarget,
  command: string,
  retryOptions: RetryOptions = {},
): Promise<ExecSession> {
  const where = { cluster: target.cluster, task: target.task, container: target.container };
  let output: ExecuteCommandCommandOutput;
  try {
    output = await retry(
      () =>
        ecs.send(
          new ExecuteCommandCommand({
            cluster: target.cluster,
            task: target.task,
            container: target.container,
            interactive: true,
            command,
          }),
        ),
      retryOptions,
    );
  } catch (error) {
    throw explainEcsFailure('ecs:ExecuteCommand', error, where);
  }
  const { sessionId, streamUrl, tokenValue } = output.session ?? {};
  if (!sessionId || !streamUrl || !tokenValue) {
    throw new ExecError(
      'protocol-error',
      'ecs:ExecuteCommand answered without a session (no session id, stream URL or token)',
      'Run again; if it keeps happening, check the ECS service health in the AWS Health Dashboard.',
    );
  }
  const targetId = agentTargetId(
    output.clusterArn ?? target.cluster,
    output.taskArn ?? target.task,
    target.runtimeId,
  );
  return { sessionId, streamUrl, tokenValue, ...(targetId === undefined ? {} : { targetId }) };
}

/**
 * `ecs:<cluster name>_<task id>_<container runtime id>`, the id the agent in
 * the container goes by, as the AWS CLI builds it for the session-manager-plugin
 * (aws-cli `awscli/customizations/ecs/executecommand.py`).
 */
export function agentTargetId(
  cluster: string,
  task: string,
  runtimeId: string | undefined,
): string | undefined {
  if (runtimeId === undefined || runtimeId === '') return undefined;
  const lastPart = (arnOrName: string) => arnOrName.split('/').pop() ?? arnOrName;
  return `ecs:${lastPart(cluster)}_${lastPart(task)}_${runtimeId}`;
}
