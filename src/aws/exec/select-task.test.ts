import {
  type Container,
  DescribeServicesCommand,
  DescribeTasksCommand,
  ECSClient,
  ECSServiceException,
  ListTasksCommand,
  type Service,
  type Task,
} from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { ExecError } from './exec-error.js';
import { checkExecReadiness, selectExecTask } from './select-task.js';

const ecsMock = mockClient(ECSClient);
const ecs = new ECSClient({ region: 'eu-west-1' });
const REF = { cluster: 'dify-prod', service: 'dify-prod-api', container: 'api' };
const PRIMARY = 'ecs-svc/1111111111111111111';
const OLD = 'ecs-svc/2222222222222222222';
const NO_RETRY = { retry: { maxAttempts: 1 } };

function service(extra: Partial<Service> = {}): Service {
  return {
    serviceName: REF.service,
    status: 'ACTIVE',
    enableExecuteCommand: true,
    deployments: [
      {
        id: PRIMARY,
        status: 'PRIMARY',
        rolloutState: 'COMPLETED',
        taskDefinition: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/api:7',
      },
    ],
    ...extra,
  };
}

function container(extra: Partial<Container> = {}): Container {
  return {
    name: 'api',
    lastStatus: 'RUNNING',
    runtimeId: 'abc-123',
    managedAgents: [{ name: 'ExecuteCommandAgent', lastStatus: 'RUNNING' }],
    ...extra,
  };
}

function task(id: string, startedAt: string, extra: Partial<Task> = {}): Task {
  return {
    taskArn: `arn:aws:ecs:eu-west-1:123456789012:task/dify-prod/${id}`,
    taskDefinitionArn: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/api:7',
    lastStatus: 'RUNNING',
    desiredStatus: 'RUNNING',
    startedBy: PRIMARY,
    startedAt: new Date(startedAt),
    enableExecuteCommand: true,
    containers: [container()],
    ...extra,
  };
}

function given(svc: Service, tasks: Task[]): void {
  ecsMock.on(DescribeServicesCommand).resolves({ services: [svc], failures: [] });
  ecsMock.on(ListTasksCommand).resolves({ taskArns: tasks.map((t) => t.taskArn ?? '') });
  ecsMock.on(DescribeTasksCommand).callsFake((input: { tasks: string[] }) => ({
    tasks: tasks.filter((t) => input.tasks.includes(t.taskArn ?? '')),
  }));
}

async function failure(promise: Promise<unknown>): Promise<ExecError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExecError);
  return error as ExecError;
}

beforeEach(() => {
  ecsMock.reset();
});

describe('selectExecTask', () => {
  it('picks the oldest RUNNING task of the primary deployment whose container and exec agent run', async () => {
    given(service({ deployments: [...(service().deployments ?? [])] }), [
      task('old-deployment', '2026-01-01T00:00:00Z', { startedBy: OLD }),
      task('agent-pending', '2026-01-02T00:00:00Z', {
        containers: [container({ managedAgents: [{ name: 'ExecuteCommandAgent', lastStatus: 'PENDING' }] })],
      }),
      task('stopping', '2026-01-02T00:00:00Z', { desiredStatus: 'STOPPED' }),
      task('bbbb', '2026-01-03T00:00:00Z'),
      task('aaaa', '2026-01-03T00:00:00Z'),
      task('newest', '2026-01-04T00:00:00Z'),
    ]);
    const picked = await selectExecTask(ecs, REF, NO_RETRY);
    expect(picked).toEqual({
      cluster: 'dify-prod',
      task: 'arn:aws:ecs:eu-west-1:123456789012:task/dify-prod/aaaa',
      taskArn: 'arn:aws:ecs:eu-west-1:123456789012:task/dify-prod/aaaa',
      container: 'api',
      runtimeId: 'abc-123',
      taskDefinitionArn: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/api:7',
      deploymentId: PRIMARY,
      startedAt: new Date('2026-01-03T00:00:00Z'),
    });
    expect(ecsMock.commandCalls(ListTasksCommand)[0]?.args[0].input).toEqual({
      cluster: 'dify-prod',
      serviceName: 'dify-prod-api',
      desiredStatus: 'RUNNING',
    });
  });

  it('reads every page of tasks and describes them by 100', async () => {
    const tasks = Array.from({ length: 150 }, (_, i) =>
      task(`t${String(i).padStart(3, '0')}`, '2026-01-05T00:00:00Z', i === 149 ? {} : { startedBy: OLD }),
    );
    ecsMock.on(DescribeServicesCommand).resolves({ services: [service()] });
    ecsMock
      .on(ListTasksCommand)
      .resolvesOnce({ taskArns: tasks.slice(0, 100).map((t) => t.taskArn ?? ''), nextToken: 'page-2' })
      .resolves({ taskArns: tasks.slice(100).map((t) => t.taskArn ?? '') });
    ecsMock.on(DescribeTasksCommand).callsFake((input: { tasks: string[] }) => ({
      tasks: tasks.filter((t) => input.tasks.includes(t.taskArn ?? '')),
    }));
    const picked = await selectExecTask(ecs, REF, NO_RETRY);
    expect(picked.taskArn).toMatch(/t149$/);
    expect(ecsMock.commandCalls(ListTasksCommand)[1]?.args[0].input.nextToken).toBe('page-2');
    expect(ecsMock.commandCalls(DescribeTasksCommand).map((c) => c.args[0].input.tasks?.length)).toEqual([
      100, 50,
    ]);
  });

  it('refuses when ECS Exec is off on the service, before listing tasks', async () => {
    given(service({ enableExecuteCommand: false }), [task('a', '2026-01-01T00:00:00Z')]);
    const error = await failure(selectExecTask(ecs, REF, NO_RETRY));
    expect(error.kind).toBe('exec-not-enabled');
    expect(error.hint).toMatch(/force a new deployment/);
    expect(ecsMock.commandCalls(ListTasksCommand)).toHaveLength(0);
  });

  it('refuses while a deployment is in progress, unless told to go ahead', async () => {
    const rolling = service({
      deployments: [
        { id: PRIMARY, status: 'PRIMARY', rolloutState: 'IN_PROGRESS' },
        { id: OLD, status: 'ACTIVE', rolloutState: 'COMPLETED' },
      ],
    });
    given(rolling, [
      task('new', '2026-01-02T00:00:00Z'),
      task('old', '2026-01-01T00:00:00Z', { startedBy: OLD }),
    ]);
    expect((await failure(selectExecTask(ecs, REF, NO_RETRY))).kind).toBe('deployment-in-progress');
    const picked = await selectExecTask(ecs, REF, { ...NO_RETRY, allowDeploymentInProgress: true });
    expect(picked.taskArn).toMatch(/new$/);
  });

  it('says so when the current deployment has no running task', async () => {
    given(service(), [
      task('old', '2026-01-01T00:00:00Z', { startedBy: OLD }),
      task('p', '2026-01-01T00:00:00Z', { lastStatus: 'PROVISIONING' }),
    ]);
    const error = await failure(selectExecTask(ecs, REF, NO_RETRY));
    expect(error.kind).toBe('no-running-task');
    expect(error.message).toContain(PRIMARY);
  });

  it('reports an exec agent that is not running, with its reason and what the container needs', async () => {
    given(service(), [
      task('a', '2026-01-01T00:00:00Z', {
        containers: [
          container({
            managedAgents: [
              { name: 'ExecuteCommandAgent', lastStatus: 'STOPPED', reason: 'read-only file system' },
            ],
          }),
        ],
      }),
    ]);
    const readiness = await checkExecReadiness(ecs, REF, NO_RETRY);
    expect(readiness.ready).toBe(false);
    expect(readiness.problems).toHaveLength(1);
    const [problem] = readiness.problems;
    expect(problem?.kind).toBe('agent-not-running');
    expect(problem?.message).toMatch(/STOPPED: read-only file system/);
    expect(problem?.hint).toMatch(/readonlyRootFilesystem/);
  });

  it('reports a task without the container, naming the containers it has', async () => {
    given(service(), [task('a', '2026-01-01T00:00:00Z', { containers: [container({ name: 'Main' })] })]);
    const error = await failure(selectExecTask(ecs, REF, NO_RETRY));
    expect(error.kind).toBe('container-not-running');
    expect(error.message).toContain('"Main"');
  });

  it('reports tasks started before ECS Exec was turned on', async () => {
    given(service(), [task('a', '2026-01-01T00:00:00Z', { enableExecuteCommand: false })]);
    const error = await failure(selectExecTask(ecs, REF, NO_RETRY));
    expect(error.kind).toBe('exec-not-enabled');
    expect(error.hint).toMatch(/force a new deployment/);
  });

  it('reports a service that does not exist', async () => {
    ecsMock
      .on(DescribeServicesCommand)
      .resolves({ services: [], failures: [{ arn: 'x', reason: 'MISSING' }] });
    const error = await failure(selectExecTask(ecs, REF, NO_RETRY));
    expect(error.kind).toBe('service-not-found');
    expect(error.message).toContain('MISSING');
  });

  it('explains a denied DescribeServices with the permissions ECS Exec needs', async () => {
    ecsMock.on(DescribeServicesCommand).rejects(
      new ECSServiceException({
        name: 'AccessDeniedException',
        $fault: 'client',
        $metadata: { httpStatusCode: 400 },
        message: 'not authorized to perform: ecs:DescribeServices',
      }),
    );
    const error = await failure(checkExecReadiness(ecs, REF, NO_RETRY));
    expect(error.kind).toBe('access-denied');
    expect(error.hint).toMatch(/ecs:DescribeServices.*ecs:ExecuteCommand/);
  });

  it('is ready, with the task, when everything is in place', async () => {
    given(service(), [task('a', '2026-01-01T00:00:00Z')]);
    const readiness = await checkExecReadiness(ecs, REF, NO_RETRY);
    expect(readiness).toMatchObject({
      ready: true,
      problems: [],
      task: { taskArn: expect.stringMatching(/\/a$/) },
    });
  });
});
