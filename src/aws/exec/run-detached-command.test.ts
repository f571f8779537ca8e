import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ECSClient, ECSServiceException, ExecuteCommandCommand } from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AgentSession, FakeSsmAgent } from '../../../test/support/fake-ssm-agent.js';
import type { Clock } from '../deploy/waiting.js';
import { commandFiles, type DetachedCommand } from './detached-command.js';
import { ExecError } from './exec-error.js';
import {
  type RunDetachedCommandOptions,
  type RunnerEvent,
  runDetachedCommand,
} from './run-detached-command.js';

const ecsMock = mockClient(ECSClient);
const ecs = new ECSClient({ region: 'eu-west-1' });
const TARGET = {
  cluster: 'dify-prod',
  task: 'arn:aws:ecs:eu-west-1:123456789012:task/dify-prod/0123456789abcdef0123456789abcdef',
  container: 'api',
};

let agent: FakeSsmAgent;
let base: string;
let sleeps: number[];
let currentTime: number;
const clock: Clock = {
  now: () => currentTime,
  sleep: async (ms) => {
    sleeps.push(ms);
  },
};

beforeEach(async () => {
  ecsMock.reset();
  agent = await FakeSsmAgent.start();
  base = mkdtempSync(join(tmpdir(), 'exec-runner-'));
  sleeps = [];
  currentTime = 0;
});
afterEach(async () => {
  await agent.close();
  rmSync(base, { recursive: true, force: true });
});

/** Every ExecuteCommand opens a session on the fake agent that runs the command on this machine. */
function sessionsRunCommands(
  behaviour: (session: AgentSession, command: string) => Promise<void> = (s, c) => s.runCommand(c),
) {
  ecsMock.on(ExecuteCommandCommand).callsFake(async (input: { command: string }) => ({
    clusterArn: 'arn:aws:ecs:eu-west-1:123456789012:cluster/dify-prod',
    taskArn: TARGET.task,
    containerName: 'api',
    interactive: true,
    session: agent.createSession((session) => behaviour(session, input.command)),
  }));
}

function command(argv: string[], extra: Partial<DetachedCommand> = {}): DetachedCommand {
  return { runId: 'mig-20260101-abcdef', name: 'install-plugins', argv, baseDir: base, ...extra };
}

function run(detached: DetachedCommand, extra: Partial<RunDetachedCommandOptions> = {}) {
  const lines: string[] = [];
  const events: RunnerEvent[] = [];
  const result = runDetachedCommand({
    ecs,
    target: TARGET,
    command: detached,
    onLine: (line) => lines.push(line),
    onEvent: (event) => events.push(event),
    clock,
    random: () => 0,
    pollSeconds: 0.02,
    chunkBytes: 512,
    ...extra,
  });
  return { result, lines, events };
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 2));
}

/**
 * A long step: part one, then it waits for a gate file, part two (long enough
 * for several records), another gate, part three, exit 7. The test opens the
 * gates, so what happens while disconnected is under its control.
 */
function longCommand(): { argv: string[]; gate: (name: string) => void; expected: string[] } {
  const script = [
    'i=0; while [ $i -lt 3 ]; do echo "one $i"; i=$((i+1)); done',
    // It also stops waiting when the test's directory is gone, so that no test leaves it running.
    'while [ ! -e "$1/gate-1" ] && [ -d "$1" ]; do sleep 0.01; done',
    'i=0; while [ $i -lt 200 ]; do echo "two $i: ünïcödé ✓"; i=$((i+1)); done',
    'while [ ! -e "$1/gate-2" ] && [ -d "$1" ]; do sleep 0.01; done',
    'echo "three"; printf "no newline at the end"',
    'exit 7',
  ].join('\n');
  const expected = [
    ...[0, 1, 2].map((i) => `one ${i}`),
    ...Array.from({ length: 200 }, (_, i) => `two ${i}: ünïcödé ✓`),
    'three',
    'no newline at the end',
  ];
  return {
    argv: ['/bin/sh', '-c', script, 'long-step', base],
    gate: (name) => writeFileSync(join(base, name), ''),
    expected,
  };
}

describe('runDetachedCommand', () => {
  it('streams the output line by line and reads the exit status from the status file', async () => {
    sessionsRunCommands();
    const { result, lines, events } = run(
      command(['/bin/sh', '-c', 'echo "a line"; echo "EXIT_CODE: 0"; exit 3']),
    );
    const outcome = await result;
    expect(outcome.exitStatus).toBe(3);
    expect(outcome.foundAs).toBe('started');
    expect(lines).toEqual(['a line', 'EXIT_CODE: 0']);
    expect(outcome.sessions).toBe(1);
    expect(events.filter((e) => e.type === 'state')).toEqual([{ type: 'state', state: 'started' }]);
    const call = ecsMock.commandCalls(ExecuteCommandCommand)[0]?.args[0].input;
    expect(call).toMatchObject({
      cluster: 'dify-prod',
      task: TARGET.task,
      container: 'api',
      interactive: true,
    });
    expect(call?.command).toMatch(/^\/bin\/sh -c '/);
  });

  it('gets every byte once when the agent sends messages out of order and twice', async () => {
    sessionsRunCommands((session, c) => session.runCommand(c, { scramble: true }));
    const { argv, gate, expected } = longCommand();
    gate('gate-1');
    gate('gate-2');
    const { result, lines } = run(command(argv));
    expect((await result).exitStatus).toBe(7);
    expect(lines).toEqual(expected);
  });

  it('survives a dropped connection mid-command: the command goes on, a second session resumes the log from its offset', async () => {
    let releaseSecondSession: () => void = () => {};
    const secondSessionMayStart = new Promise<void>((resolve) => {
      releaseSecondSession = resolve;
    });
    let calls = 0;
    sessionsRunCommands(async (session, c) => {
      calls++;
      if (calls === 2) await secondSessionMayStart;
      await session.runCommand(c);
    });
    const { argv, gate, expected } = longCommand();
    const detached = command(argv);
    const { result, lines, events } = run(detached);

    await until(() => lines.length === 3);
    (await agent.session(0)).drop();
    // While nobody is connected the command carries on and writes part two.
    gate('gate-1');
    const log = commandFiles(detached).log;
    await until(() => readFileSync(log, 'utf8').includes('two 199'));
    expect(lines).toHaveLength(3);
    releaseSecondSession();
    await until(() => lines.length >= 203);
    gate('gate-2');

    const outcome = await result;
    expect(outcome.exitStatus).toBe(7);
    expect(lines).toEqual(expected);
    expect(outcome.bytes).toBe(readFileSync(log).length);
    expect(outcome.sessions).toBe(2);
    expect(outcome.foundAs).toBe('started');
    // The second session attached (it never starts a command) from the byte after part one.
    const commands = ecsMock.commandCalls(ExecuteCommandCommand).map((c) => c.args[0].input.command ?? '');
    expect(commands[1]).not.toContain('setsid');
    expect(commands[1]).toContain(`o=${Buffer.byteLength('one 0\none 1\none 2\n')}`);
    expect(events.filter((e) => e.type === 'state').map((e) => e.type === 'state' && e.state)).toEqual([
      'started',
      'running',
    ]);
    expect(events.find((e) => e.type === 'reconnecting')).toMatchObject({
      reason: { kind: 'session-dropped' },
      failedSessions: 0,
    });
    expect(readFileSync(join(commandFiles(detached).dir, 'exit-status'), 'utf8')).toBe('7\n');
  });

  it('attaches to a finished command on a re-run with the same run id instead of running it again', async () => {
    sessionsRunCommands();
    const counter = join(base, 'ran');
    const detached = command(['/bin/sh', '-c', 'echo ran >> "$1"; echo done; exit 5', 'sh', counter]);
    const first = run(detached);
    expect((await first.result).exitStatus).toBe(5);

    const second = run(detached);
    const outcome = await second.result;
    expect(outcome).toMatchObject({ exitStatus: 5, foundAs: 'finished', sessions: 1 });
    expect(second.lines).toEqual(['done']);
    expect(readFileSync(counter, 'utf8')).toBe('ran\n');
  });

  it('attaches to a command still running from an earlier run, and both see it end', async () => {
    sessionsRunCommands();
    const { argv, gate, expected } = longCommand();
    const detached = command(argv);
    const first = run(detached);
    await until(() => first.lines.length === 3);
    const second = run(detached);
    await until(() => second.lines.length === 3);
    gate('gate-1');
    gate('gate-2');
    const [a, b] = await Promise.all([first.result, second.result]);
    expect(a).toMatchObject({ exitStatus: 7, foundAs: 'started' });
    expect(b).toMatchObject({ exitStatus: 7, foundAs: 'running' });
    expect(second.lines).toEqual(expected);
  });

  it('fails with command-vanished when the command is killed before it writes a status', async () => {
    sessionsRunCommands();
    const { argv } = longCommand();
    const detached = command(argv);
    const { result, lines } = run(detached);
    await until(() => lines.length === 3);
    const pid = Number(readFileSync(commandFiles(detached).pid, 'utf8'));
    process.kill(pid, 'SIGKILL');
    const error = await result.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ExecError);
    expect(error).toMatchObject({ kind: 'command-vanished' });
    expect((error as ExecError).hint).toContain(commandFiles(detached).log);
    expect(existsSync(commandFiles(detached).status)).toBe(false);
  });

  it('gives up after the allowed sessions in a row without progress, saying the command may still run', async () => {
    let calls = 0;
    sessionsRunCommands(async (session, c) => {
      calls++;
      if (calls === 1) {
        await session.runCommand(c);
        return;
      }
      await session.handshake();
      session.drop();
    });
    const { argv, gate } = longCommand();
    const { result, lines } = run(command(argv), { maxFailedSessions: 2 });
    await until(() => lines.length === 3);
    (await agent.session(0)).drop();
    const error = await result.then(
      () => undefined,
      (e: unknown) => e,
    );
    gate('gate-1');
    gate('gate-2');
    expect(error).toMatchObject({ kind: 'too-many-drops' });
    expect((error as ExecError).hint).toMatch(/same run id/);
    // One session that made progress, then three that did not (two allowed, one too many).
    expect(ecsMock.commandCalls(ExecuteCommandCommand)).toHaveLength(4);
    expect(sleeps).toHaveLength(3);
    expect(sleeps.every((ms) => ms >= 500 && ms <= 30_000)).toBe(true);
  });

  it('stops following when the time allowed has passed, saying the command may still run', async () => {
    sessionsRunCommands();
    const { argv, gate } = longCommand();
    const detached = command(argv);
    const { result, lines } = run(detached, { timeoutMs: 60_000 });
    await until(() => lines.length === 3);
    currentTime = 60_001;
    const error = await result.then(
      () => undefined,
      (e: unknown) => e,
    );
    gate('gate-1');
    gate('gate-2');
    expect(error).toMatchObject({ kind: 'command-timeout' });
    expect((error as ExecError).hint).toContain(commandFiles(detached).log);
    expect(ecsMock.commandCalls(ExecuteCommandCommand)).toHaveLength(1);
  });

  it('retries a task whose agent is not connected yet, and when it never connects, says why with its own error', async () => {
    ecsMock.on(ExecuteCommandCommand).rejects(
      new ECSServiceException({
        name: 'TargetNotConnectedException',
        $fault: 'client',
        $metadata: { httpStatusCode: 400 },
        message: 'The execute command failed due to an internal error. Try again later.',
      }),
    );
    const { result } = run(command(['true']), { maxFailedSessions: 2 });
    const error = await result.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ kind: 'target-not-connected' });
    expect((error as ExecError).hint).toMatch(/ssmmessages/);
    expect(ecsMock.commandCalls(ExecuteCommandCommand)).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
  });

  it('stops at once, with its own error, when ECS refuses ExecuteCommand', async () => {
    ecsMock.on(ExecuteCommandCommand).rejects(
      new ECSServiceException({
        name: 'AccessDeniedException',
        $fault: 'client',
        $metadata: { httpStatusCode: 400 },
        message:
          'User: arn:aws:sts::123456789012:assumed-role/deploy/x is not authorized to perform: ecs:ExecuteCommand',
      }),
    );
    const { result } = run(command(['true']));
    await expect(result).rejects.toMatchObject({ kind: 'access-denied' });
    expect(ecsMock.commandCalls(ExecuteCommandCommand)).toHaveLength(1);
  });

  it('refuses a command it cannot run before calling AWS', async () => {
    sessionsRunCommands();
    const { result } = run(command(['true'], { runId: '../../etc' }));
    await expect(result).rejects.toMatchObject({ kind: 'invalid-request' });
    expect(ecsMock.commandCalls(ExecuteCommandCommand)).toHaveLength(0);
  });
});
