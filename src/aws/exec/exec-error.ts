import { failureFacts } from '../credentials/aws-error.js';
import { isTransientError } from '../credentials/retry.js';

export type ExecErrorKind =
  /** A run id, command or path the caller gave cannot be used; nothing was sent to AWS. */
  | 'invalid-request'
  | 'cluster-not-found'
  | 'service-not-found'
  /** `enableExecuteCommand` is off on the service, or the task was started before it was turned on. */
  | 'exec-not-enabled'
  /** The service is between deployments: a task picked now could be replaced mid-run. */
  | 'deployment-in-progress'
  /** No RUNNING task of the service's current deployment. */
  | 'no-running-task'
  /** The task has no container by that name, or it is not RUNNING. */
  | 'container-not-running'
  /** The task the command runs in stopped, or ECS no longer knows it. */
  | 'task-stopped'
  /** The ExecuteCommandAgent in the container is not RUNNING. */
  | 'agent-not-running'
  /** The credentials may not call an ECS API (ecs:ExecuteCommand above all). */
  | 'access-denied'
  /** ECS answered TargetNotConnectedException: the agent in the task cannot reach Session Manager. */
  | 'target-not-connected'
  /** The session's WebSocket could not be opened from here. */
  | 'session-unreachable'
  /** Session Manager refused the WebSocket (an expired or used token). */
  | 'session-rejected'
  /** The WebSocket opened but the agent never answered. */
  | 'handshake-timeout'
  /** The session asks for KMS encryption that could not be set up. */
  | 'encryption-failed'
  /** The connection was lost before the session ended. */
  | 'session-dropped'
  /** Nothing arrived on the session for longer than the idle timeout. */
  | 'session-idle'
  /** The agent sent something this client cannot follow. */
  | 'protocol-error'
  /** The command's pid file names a process that is gone, and it wrote no exit status. */
  | 'command-vanished'
  /** The command did not finish within the time allowed; it may still be running in the container. */
  | 'command-timeout'
  /** Sessions kept dropping; the retries are spent. */
  | 'too-many-drops'
  /** Any other AWS failure, or throttling that outlasted the retries. */
  | 'aws-error';

/** ECS Exec failed; the message says what happened, the hint what to do about it. */
export class ExecError extends Error {
  constructor(
    readonly kind: ExecErrorKind,
    message: string,
    readonly hint: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ExecError';
  }
}

/** The ECS call that failed, named in messages and hints. */
export type EcsAction = 'ecs:DescribeServices' | 'ecs:ListTasks' | 'ecs:DescribeTasks' | 'ecs:ExecuteCommand';

/** Where the call was aimed, for the message. */
export interface EcsScope {
  readonly cluster: string;
  readonly service?: string;
  readonly task?: string;
  readonly container?: string;
}

/**
 * What the Session Manager agent inside a task needs to reach the service; the
 * causes ECS lists for TargetNotConnectedException
 * (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec.html).
 */
export const AGENT_CONNECTIVITY_HINT =
  "The Session Manager agent in the task cannot reach Session Manager. Check, in this order: the task role allows ssmmessages:CreateControlChannel, ssmmessages:CreateDataChannel, ssmmessages:OpenControlChannel and ssmmessages:OpenDataChannel; in subnets without a NAT gateway, an interface VPC endpoint com.amazonaws.<region>.ssmmessages with private DNS enabled whose security group admits HTTPS from the tasks (or an egress proxy); the task was started after enableExecuteCommand was turned on (otherwise force a new deployment). AWS's amazon-ecs-exec-checker script checks all of these for one task.";

/** Turns the failure of one ECS call into an ExecError a user can act on; an ExecError passes through. */
export function explainEcsFailure(action: EcsAction, error: unknown, target: EcsScope): ExecError {
  if (error instanceof ExecError) return error;
  const { code, message } = failureFacts(error);
  const said = message === '' ? (code ?? 'no message') : message;
  const where = describeTarget(target);
  switch (code) {
    case 'AccessDenied':
    case 'UnauthorizedOperation':
      return new ExecError(
        'access-denied',
        `${action} on ${where} was denied: ${said}`,
        action === 'ecs:ExecuteCommand'
          ? `Allow ecs:ExecuteCommand to the role this run uses, on the cluster's tasks (arn:aws:ecs:<region>:<account>:task/${target.cluster}/*) and the cluster itself; a condition on ecs:container-name must admit ${JSON.stringify(target.container ?? 'the container')}. With a KMS key on the cluster's exec configuration the role also needs kms:GenerateDataKey on that key.`
          : `Allow ${action} to the role this run uses, on cluster ${JSON.stringify(target.cluster)}; ECS Exec also needs ecs:DescribeServices, ecs:ListTasks, ecs:DescribeTasks and ecs:ExecuteCommand.`,
        { cause: error },
      );
    case 'TargetNotConnected':
      return new ExecError(
        'target-not-connected',
        `${action} on ${where} failed: the task's Session Manager agent is not connected (${said})`,
        AGENT_CONNECTIVITY_HINT,
        { cause: error },
      );
    case 'ClusterNotFound':
      return new ExecError(
        'cluster-not-found',
        `cluster ${JSON.stringify(target.cluster)} does not exist in this account and region`,
        'Check the cluster name, the region and the account of the credentials this run uses.',
        { cause: error },
      );
    case 'ServiceNotFound':
    case 'ServiceNotActive':
      return new ExecError(
        'service-not-found',
        `service ${JSON.stringify(target.service ?? '')} is not an active service of cluster ${JSON.stringify(target.cluster)}`,
        'Check the service name, and that the stack that runs Dify is deployed.',
        { cause: error },
      );
    case 'InvalidParameter':
      if (/execute command was not enabled/i.test(message)) {
        return new ExecError(
          'exec-not-enabled',
          `${action} on ${where} failed: ${said}`,
          'Turn on enableExecuteCommand on the service and force a new deployment, so that the tasks are started with ECS Exec; then run again.',
          { cause: error },
        );
      }
      if (/task.*(is not running|not found|stopped)|not in a running state/i.test(message)) {
        return new ExecError(
          'task-stopped',
          `${action} on ${where} failed: the task is not running (${said})`,
          'The task stopped (a deployment, a scale-in or a crash) and anything it was running stopped with it. Run again: a new run picks a running task, and every migration step is safe to repeat.',
          { cause: error },
        );
      }
      break;
  }
  return new ExecError(
    'aws-error',
    `${action} on ${where} failed${code === undefined ? '' : ` (${code})`}: ${said}`,
    isTransientError(error)
      ? 'AWS kept refusing or failing after several attempts (throttling or an outage): run again later.'
      : 'Read the message from AWS above; nothing was retried because asking again would not change the answer.',
    { cause: error },
  );
}

export function describeTarget(target: EcsScope): string {
  const parts = [`cluster ${JSON.stringify(target.cluster)}`];
  if (target.service !== undefined) parts.push(`service ${JSON.stringify(target.service)}`);
  if (target.task !== undefined) parts.push(`task ${JSON.stringify(target.task)}`);
  if (target.container !== undefined) parts.push(`container ${JSON.stringify(target.container)}`);
  return parts.join(', ');
}
