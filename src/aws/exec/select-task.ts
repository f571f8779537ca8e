import {
  DescribeServicesCommand,
  DescribeTasksCommand,
  type ECSClient,
  ListTasksCommand,
  type Service,
  type Task,
} from '@aws-sdk/client-ecs';
import { type RetryOptions, retry } from '../credentials/retry.js';
import {
  AGENT_CONNECTIVITY_HINT,
  type EcsAction,
  type EcsScope,
  ExecError,
  explainEcsFailure,
} from './exec-error.js';
import type { ExecTarget } from './execute-command.js';

/** The service whose container a command runs in. */
export interface ExecServiceRef {
  readonly cluster: string;
  readonly service: string;
  readonly container: string;
}

/** The task picked for ECS Exec, with what the engine may want to record. */
export interface SelectedTask extends ExecTarget {
  readonly taskArn: string;
  readonly taskDefinitionArn: string;
  /** The service deployment that started the task (its PRIMARY one). */
  readonly deploymentId: string;
  readonly startedAt: Date;
}

/** Whether ECS Exec can run in the service's container now, and on which task; for a migration's preflight. */
export interface ExecReadiness {
  readonly ready: boolean;
  /** Every reason it cannot, service-wide ones first; empty when ready. */
  readonly problems: readonly ExecError[];
  /** The task a command would run in, when ready. */
  readonly task?: SelectedTask;
}

export interface SelectTaskOptions {
  /** Pick a task even while the service is between deployments. Default false: a task could be replaced mid-run. */
  readonly allowDeploymentInProgress?: boolean;
  readonly retry?: RetryOptions;
}

const EXEC_AGENT = 'ExecuteCommandAgent';

/**
 * Checks, without changing anything, that ECS Exec can run in the service's
 * container: the service flag, a settled deployment, a RUNNING task of the
 * current deployment whose container and ExecuteCommandAgent are RUNNING.
 * Failures of the calls themselves (AccessDenied, no such cluster) are thrown.
 */
export async function checkExecReadiness(
  ecs: ECSClient,
  ref: ExecServiceRef,
  options: SelectTaskOptions = {},
): Promise<ExecReadiness> {
  const service = await describeService(ecs, ref, options.retry);
  const serviceProblems = serviceProblemsOf(service, ref, options);
  if (serviceProblems.length > 0) return { ready: false, problems: serviceProblems };
  const tasks = await describeServiceTasks(ecs, ref, options.retry);
  return chooseExecTask(service, tasks, ref);
}

/** The task to run a command in (see checkExecReadiness); throws the first problem when there is none. */
export async function selectExecTask(
  ecs: ECSClient,
  ref: ExecServiceRef,
  options: SelectTaskOptions = {},
): Promise<SelectedTask> {
  const readiness = await checkExecReadiness(ecs, ref, options);
  if (readiness.task !== undefined) return readiness.task;
  throw readiness.problems[0] ?? new Error('no task and no reason: a bug in checkExecReadiness');
}

/** Why the service as a whole cannot be used, if it cannot. */
export function serviceProblemsOf(
  service: Service,
  ref: ExecServiceRef,
  options: SelectTaskOptions = {},
): ExecError[] {
  const problems: ExecError[] = [];
  const name = JSON.stringify(ref.service);
  if (service.enableExecuteCommand !== true) {
    problems.push(
      new ExecError(
        'exec-not-enabled',
        `ECS Exec is off on service ${name} (enableExecuteCommand is false)`,
        'Turn on EnableExecuteCommand on the service (the kit’s template sets it; on a hand-built or CDK stack set enableExecuteCommand: true), deploy, and let the tasks be replaced (force a new deployment): only tasks started after the change can run commands.',
      ),
    );
  }
  const deployments = service.deployments ?? [];
  const primary = deployments.find((d) => d.status === 'PRIMARY');
  if (!options.allowDeploymentInProgress && primary !== undefined) {
    const others = deployments.filter((d) => d !== primary);
    if (others.length > 0 || primary.rolloutState === 'IN_PROGRESS') {
      problems.push(
        new ExecError(
          'deployment-in-progress',
          `service ${name} is between deployments (${deployments.length} deployments; the primary one is ${primary.rolloutState ?? 'in an unknown state'})`,
          'Wait until the deployment has finished (the service is stable), then run again: a task picked now could be stopped by the deployment in the middle of a command.',
        ),
      );
    }
  }
  return problems;
}

/**
 * The oldest RUNNING task of the service's PRIMARY deployment whose container
 * and ExecuteCommandAgent are RUNNING (by startedAt, then task ARN, so that two
 * runs pick the same one); or the reasons there is none.
 */
export function chooseExecTask(service: Service, tasks: readonly Task[], ref: ExecServiceRef): ExecReadiness {
  const name = JSON.stringify(ref.service);
  const primary = (service.deployments ?? []).find((d) => d.status === 'PRIMARY');
  const current = tasks
    .filter((task) => task.lastStatus === 'RUNNING' && task.desiredStatus === 'RUNNING')
    .filter((task) =>
      task.startedBy !== undefined
        ? task.startedBy === primary?.id
        : task.taskDefinitionArn !== undefined && task.taskDefinitionArn === primary?.taskDefinition,
    )
    .sort(
      (a, b) =>
        (a.startedAt?.getTime() ?? Number.MAX_SAFE_INTEGER) -
          (b.startedAt?.getTime() ?? Number.MAX_SAFE_INTEGER) ||
        (a.taskArn ?? '').localeCompare(b.taskArn ?? ''),
    );
  if (current.length === 0 || primary === undefined) {
    return {
      ready: false,
      problems: [
        new ExecError(
          'no-running-task',
          `service ${name} has no RUNNING task of its current deployment${primary?.id ? ` (${primary.id})` : ''}`,
          'Wait until the service has running tasks (see its events in the ECS console: tasks that fail to start, health checks), then run again.',
        ),
      ],
    };
  }
  const verdicts = current.map((task) => judgeTask(task, ref));
  const eligible = verdicts.find((verdict) => verdict.task !== undefined);
  if (eligible?.task !== undefined) return { ready: true, problems: [], task: eligible.task };
  // None can run a command: the oldest task's reason stands for all.
  return { ready: false, problems: verdicts.flatMap((verdict) => verdict.problem ?? []).slice(0, 1) };

  function judgeTask(task: Task, serviceRef: ExecServiceRef): { task?: SelectedTask; problem?: ExecError } {
    const taskArn = task.taskArn ?? '';
    const taskId = JSON.stringify(taskArn.split('/').pop());
    if (task.enableExecuteCommand === false) {
      return {
        problem: new ExecError(
          'exec-not-enabled',
          `task ${taskId} of service ${name} was started without ECS Exec`,
          'The service has ECS Exec on now, but its tasks were started before: force a new deployment of the service so that they are replaced, then run again.',
        ),
      };
    }
    const container = (task.containers ?? []).find((c) => c.name === serviceRef.container);
    if (container === undefined) {
      const names = (task.containers ?? []).map((c) => JSON.stringify(c.name ?? '')).join(', ');
      return {
        problem: new ExecError(
          'container-not-running',
          `task ${taskId} of service ${name} has no container ${JSON.stringify(serviceRef.container)} (it has ${names || 'none'})`,
          'Name the container that runs the Dify API (the kit’s is "api"; aws-samples’ is "Main").',
        ),
      };
    }
    if (container.lastStatus !== 'RUNNING') {
      return {
        problem: new ExecError(
          'container-not-running',
          `container ${JSON.stringify(serviceRef.container)} of task ${taskId} is ${container.lastStatus ?? 'in an unknown state'}, not RUNNING`,
          'Wait until the task is healthy (see the service events), then run again.',
        ),
      };
    }
    const agent = (container.managedAgents ?? []).find((a) => a.name === EXEC_AGENT);
    if (agent?.lastStatus !== 'RUNNING') {
      const reason = agent?.reason ? `: ${agent.reason}` : '';
      return {
        problem: new ExecError(
          'agent-not-running',
          `the ECS Exec agent in container ${JSON.stringify(serviceRef.container)} of task ${taskId} is ${agent?.lastStatus ?? 'absent'}${reason}`,
          `The agent starts a little after the container; if it stays down, the container cannot run it: its root filesystem must be writable (readonlyRootFilesystem false, or writable volumes at /managed-agents, /var/lib/amazon/ssm and /var/log/amazon/ssm) and Fargate must be on platform 1.4.0 or later. ${AGENT_CONNECTIVITY_HINT}`,
        ),
      };
    }
    return {
      task: {
        cluster: serviceRef.cluster,
        task: taskArn,
        container: serviceRef.container,
        ...(container.runtimeId === undefined ? {} : { runtimeId: container.runtimeId }),
        taskArn,
        taskDefinitionArn: task.taskDefinitionArn ?? '',
        deploymentId: primary?.id ?? '',
        startedAt: task.startedAt ?? new Date(0),
      },
    };
  }
}

async function describeService(
  ecs: ECSClient,
  ref: ExecServiceRef,
  retryOptions?: RetryOptions,
): Promise<Service> {
  const { services, failures } = await call('ecs:DescribeServices', ref, retryOptions, () =>
    ecs.send(new DescribeServicesCommand({ cluster: ref.cluster, services: [ref.service] })),
  );
  const service = services?.[0];
  if (service === undefined || service.status !== 'ACTIVE') {
    const reason = failures?.[0]?.reason ?? service?.status ?? 'MISSING';
    throw new ExecError(
      'service-not-found',
      `service ${JSON.stringify(ref.service)} is not an active service of cluster ${JSON.stringify(ref.cluster)} (${reason})`,
      'Check the service and cluster names, the region, and that the stack that runs Dify is deployed.',
    );
  }
  return service;
}

/** Every task the service wants running, described (ListTasks pages, DescribeTasks by 100). */
async function describeServiceTasks(
  ecs: ECSClient,
  ref: ExecServiceRef,
  retryOptions?: RetryOptions,
): Promise<Task[]> {
  const arns: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await call('ecs:ListTasks', ref, retryOptions, () =>
      ecs.send(
        new ListTasksCommand({
          cluster: ref.cluster,
          serviceName: ref.service,
          desiredStatus: 'RUNNING',
          ...(nextToken === undefined ? {} : { nextToken }),
        }),
      ),
    );
    arns.push(...(page.taskArns ?? []));
    nextToken = page.nextToken;
  } while (nextToken !== undefined);
  const tasks: Task[] = [];
  for (let at = 0; at < arns.length; at += 100) {
    const page = await call('ecs:DescribeTasks', ref, retryOptions, () =>
      ecs.send(new DescribeTasksCommand({ cluster: ref.cluster, tasks: arns.slice(at, at + 100) })),
    );
    tasks.push(...(page.tasks ?? []));
  }
  return tasks;
}

async function call<T>(
  action: EcsAction,
  ref: ExecServiceRef,
  retryOptions: RetryOptions | undefined,
  operation: () => Promise<T>,
): Promise<T> {
  const scope: EcsScope = { cluster: ref.cluster, service: ref.service };
  try {
    return await retry(operation, retryOptions ?? {});
  } catch (error) {
    throw explainEcsFailure(action, error, scope);
  }
}
