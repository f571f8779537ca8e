import { ECSClient, ECSServiceException, ExecuteCommandCommand } from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { ExecError, explainEcsFailure } from './exec-error.js';
import { agentTargetId, startExecSession } from './execute-command.js';

const ecsMock = mockClient(ECSClient);
const ecs = new ECSClient({ region: 'eu-west-1' });
const TASK = 'arn:aws:ecs:eu-west-1:123456789012:task/dify-prod/0123456789abcdef';
const TARGET = {
  cluster: 'dify-prod',
  task: TASK,
  container: 'api',
  runtimeId: '0123456789abcdef-1234567890',
};
const FAST = { maxAttempts: 3, sleep: async () => {} };

function ecsError(name: string, message: string, status = 400): ECSServiceException {
  return new ECSServiceException({
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
    message,
  });
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

describe('startExecSession', () => {
  it('opens an interactive session and names the agent target for KMS encryption', async () => {
    ecsMock.on(ExecuteCommandCommand).resolves({
      clusterArn: 'arn:aws:ecs:eu-west-1:123456789012:cluster/dify-prod',
      taskArn: TASK,
      session: {
        sessionId: 's-1',
        streamUrl: 'wss://ssmmessages.eu-west-1.amazonaws.com/v1/data-channel/s-1',
        tokenValue: 'tok',
      },
    });
    const session = await startExecSession(ecs, TARGET, 'echo hi', FAST);
    expect(session).toEqual({
      sessionId: 's-1',
      streamUrl: 'wss://ssmmessages.eu-west-1.amazonaws.com/v1/data-channel/s-1',
      tokenValue: 'tok',
      targetId: 'ecs:dify-prod_0123456789abcdef_0123456789abcdef-1234567890',
    });
    expect(ecsMock.commandCalls(ExecuteCommandCommand)[0]?.args[0].input).toEqual({
      cluster: 'dify-prod',
      task: TASK,
      container: 'api',
      interactive: true,
      command: 'echo hi',
    });
  });

  it('retries throttling', async () => {
    ecsMock
      .on(ExecuteCommandCommand)
      .rejectsOnce(ecsError('ThrottlingException', 'Rate exceeded'))
      .resolves({ session: { sessionId: 's', streamUrl: 'wss://x/s', tokenValue: 't' } });
    await expect(startExecSession(ecs, TARGET, 'true', FAST)).resolves.toMatchObject({ sessionId: 's' });
    expect(ecsMock.commandCalls(ExecuteCommandCommand)).toHaveLength(2);
  });

  it('maps AccessDenied on ecs:ExecuteCommand to what the caller role needs, and does not retry it', async () => {
    ecsMock
      .on(ExecuteCommandCommand)
      .rejects(
        ecsError(
          'AccessDeniedException',
          'User: arn:aws:sts::1:assumed-role/r/x is not authorized to perform: ecs:ExecuteCommand',
        ),
      );
    const error = await failure(startExecSession(ecs, TARGET, 'true', FAST));
    expect(error.kind).toBe('access-denied');
    expect(error.hint).toMatch(/ecs:ExecuteCommand/);
    expect(error.hint).toMatch(/task\/dify-prod\/\*/);
    expect(error.hint).toMatch(/ecs:container-name.*"api"/);
    expect(ecsMock.commandCalls(ExecuteCommandCommand)).toHaveLength(1);
  });

  it('maps TargetNotConnectedException to the task role permissions and the ssmmessages endpoint', async () => {
    ecsMock
      .on(ExecuteCommandCommand)
      .rejects(
        ecsError(
          'TargetNotConnectedException',
          'The execute command failed due to an internal error. Try again later.',
        ),
      );
    const error = await failure(startExecSession(ecs, TARGET, 'true', FAST));
    expect(error.kind).toBe('target-not-connected');
    for (const action of [
      'CreateControlChannel',
      'CreateDataChannel',
      'OpenControlChannel',
      'OpenDataChannel',
    ]) {
      expect(error.hint).toContain(`ssmmessages:${action}`);
    }
    expect(error.hint).toContain('com.amazonaws.<region>.ssmmessages');
  });

  it('says when ECS answers without a session', async () => {
    ecsMock.on(ExecuteCommandCommand).resolves({ session: { sessionId: 's' } });
    expect((await failure(startExecSession(ecs, TARGET, 'true', FAST))).kind).toBe('protocol-error');
  });
});

describe('explainEcsFailure', () => {
  const scope = { cluster: 'dify-prod', task: TASK, container: 'api' };

  it.each([
    [
      'InvalidParameterException',
      'The execute command failed because execute command was not enabled when the task was run or the execute command agent isn’t running. Wait and try the command again or run a new task with execute command enabled and try again.',
      'exec-not-enabled',
    ],
    ['InvalidParameterException', 'The specified task is not running.', 'task-stopped'],
    ['ClusterNotFoundException', 'Cluster not found.', 'cluster-not-found'],
    ['ServiceNotFoundException', 'Service not found.', 'service-not-found'],
    ['InvalidParameterException', 'Something else entirely.', 'aws-error'],
  ])('maps %s (%s) to %s', (name, message, kind) => {
    expect(explainEcsFailure('ecs:ExecuteCommand', ecsError(name, message), scope).kind).toBe(kind);
  });

  it('says throttling outlasted the retries', () => {
    const error = explainEcsFailure(
      'ecs:ExecuteCommand',
      ecsError('ThrottlingException', 'Rate exceeded'),
      scope,
    );
    expect(error.kind).toBe('aws-error');
    expect(error.hint).toMatch(/run again later/);
  });

  it('lets an ExecError through unchanged', () => {
    const original = new ExecError('no-running-task', 'm', 'h');
    expect(explainEcsFailure('ecs:DescribeTasks', original, scope)).toBe(original);
  });
});

describe('agentTargetId', () => {
  it('is ecs:<cluster name>_<task id>_<runtime id>, from names or ARNs', () => {
    expect(agentTargetId('arn:aws:ecs:eu-west-1:1:cluster/c', 'arn:aws:ecs:eu-west-1:1:task/c/t', 'r')).toBe(
      'ecs:c_t_r',
    );
    expect(agentTargetId('c', 't', 'r')).toBe('ecs:c_t_r');
    expect(agentTargetId('c', 't', undefined)).toBeUndefined();
  });
});
