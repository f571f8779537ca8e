import { randomBytes } from 'node:crypto';
import type { ECSClient } from '@aws-sdk/client-ecs';
import { backoffDelay, type RetryOptions } from '../credentials/retry.js';
import type { Clock } from '../deploy/waiting.js';
import { systemClock } from '../deploy/waiting.js';
import { DataChannel, type DataChannelOptions } from './data-channel.js';
import {
  type CommandFiles,
  commandFiles,
  type DetachedCommand,
  execCommandString,
  followScript,
  validateCommand,
} from './detached-command.js';
import { ExecError, type ExecErrorKind } from './exec-error.js';
import { type ExecTarget, startExecSession } from './execute-command.js';
import {
  type CommandState,
  type FollowRecord,
  FollowRecordReader,
  MalformedRecordError,
} from './follow-records.js';
import { LineSplitter } from './line-splitter.js';

export interface RunDetachedCommandOptions {
  readonly ecs: ECSClient;
  readonly target: ExecTarget;
  readonly command: DetachedCommand;
  /**
   * Each line of the command's output, once, in order, without its line ending.
   * The text is the container's, as it is: escape it (escapeUnsafe) before it
   * reaches a terminal, a log or Markdown.
   */
  readonly onLine: (line: string) => void;
  /** What the runner is doing, for a progress log. */
  readonly onEvent?: (event: RunnerEvent) => void;
  /** Time: the backoff between sessions and the overall deadline. */
  readonly clock?: Clock;
  /** A number in [0, 1) that spreads the backoff; Math.random by default. */
  readonly random?: () => number;
  /** Sessions in a row that may end without bringing any progress. Default 5. */
  readonly maxFailedSessions?: number;
  /** How long to wait for the command to end, over all sessions. Default 4 hours. */
  readonly timeoutMs?: number;
  /** Seconds between the follower's looks at the log. Default 2. */
  readonly pollSeconds?: number;
  /** Largest piece of log per record. Default 4096 bytes. */
  readonly chunkBytes?: number;
  /** Proxy agent, KMS client, timeouts and WebSocket factory for every session. */
  readonly channel?: Omit<DataChannelOptions, 'session' | 'onOutput'>;
  /** Retries of ecs:ExecuteCommand itself (throttling). */
  readonly retry?: RetryOptions;
}

export type RunnerEvent =
  | { readonly type: 'session'; readonly number: number; readonly sessionId: string; readonly offset: number }
  | { readonly type: 'state'; readonly state: CommandState }
  | {
      readonly type: 'reconnecting';
      readonly reason: ExecError;
      readonly delayMs: number;
      readonly failedSessions: number;
    };

export interface DetachedCommandResult {
  /** The command's exit status, as the status file in the container holds it. */
  readonly exitStatus: number;
  /** What the first session found: a fresh start, or a command an earlier run had started. */
  readonly foundAs: 'started' | 'running' | 'finished';
  /** Bytes of output received. */
  readonly bytes: number;
  readonly sessions: number;
  readonly files: CommandFiles;
}

/** Heartbeats after which a session that brought no new bytes still counts as healthy. */
const HEALTHY_HEARTBEATS = 3;

const DEFAULTS = { maxFailedSessions: 5, timeoutMs: 4 * 60 * 60 * 1000, pollSeconds: 2, chunkBytes: 4096 };

/** Failures a new session may get past; any other ends the run at once. */
const SESSION_FAILURES = new Set<ExecErrorKind>([
  'session-dropped',
  'session-idle',
  'session-unreachable',
  'session-rejected',
  'handshake-timeout',
  'target-not-connected',
  'protocol-error',
]);

/**
 * Runs a command in the container detached from the session that starts it,
 * and follows it to its end: the first session starts it (unless the run id
 * finds it started or finished already) and streams its log; when a session
 * drops, a new ExecuteCommand session resumes the log from the last byte
 * received, while the command goes on. The exit status comes from the status
 * file the command's wrapper writes, never from its output.
 */
export async function runDetachedCommand(options: RunDetachedCommandOptions): Promise<DetachedCommandResult> {
  validateCommand(options.command);
  const clock = options.clock ?? systemClock;
  const settings = {
    maxFailedSessions: options.maxFailedSessions ?? DEFAULTS.maxFailedSessions,
    timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
    pollSeconds: options.pollSeconds ?? DEFAULTS.pollSeconds,
    chunkBytes: options.chunkBytes ?? DEFAULTS.chunkBytes,
  };
  const files = commandFiles(options.command);
  const deadline = clock.now() + settings.timeoutMs;
  const lines = new LineSplitter();
  let offset = 0;
  let foundAs: DetachedCommandResult['foundAs'] | undefined;
  let sessions = 0;
  let failedSessions = 0;

  const timedOut = () =>
    new ExecError(
      'command-timeout',
      `command ${JSON.stringify(options.command.name)} did not end within ${Math.round(settings.timeoutMs / 60_000)} minutes`,
      `It may still be running in the container (its log is ${files.log}). Run again with the same run id to follow it on, or stop it by the pid in ${files.pid}.`,
    );

  for (;;) {
    if (clock.now() > deadline) throw timedOut();
    const nonce = randomBytes(12).toString('hex');
    const script = followScript(options.command, {
      offset,
      nonce,
      chunkBytes: settings.chunkBytes,
      pollSeconds: settings.pollSeconds,
      // Once a session has seen the command, a later one only ever attaches.
      mayStart: foundAs === undefined,
    });
    let outcome: SessionOutcome;
    try {
      const session = await startExecSession(
        options.ecs,
        options.target,
        execCommandString(script),
        // Throttling backs off on the run's clock too.
        { sleep: (ms) => clock.sleep(ms), ...options.retry },
      );
      sessions++;
      options.onEvent?.({ type: 'session', number: sessions, sessionId: session.sessionId, offset });
      outcome = await followOneSession(session, nonce, offset, options, lines, () =>
        clock.now() > deadline ? timedOut() : undefined,
      );
    } catch (error) {
      if (!(error instanceof ExecError) || !SESSION_FAILURES.has(error.kind)) throw error;
      outcome = { offset, failure: error };
    }

    if (outcome.state !== undefined) {
      options.onEvent?.({ type: 'state', state: outcome.state });
      if (foundAs === undefined && outcome.state !== 'vanished' && outcome.state !== 'missing') {
        foundAs = outcome.state;
      }
    }
    if (outcome.failure?.kind === 'command-timeout') throw outcome.failure;
    // A session counts as a success when it brought new bytes or stayed up for a few
    // polls: a long quiet command whose sessions end now and then (Session Manager's
    // idle timeout) must not spend the retry budget.
    const progressed = outcome.offset > offset || (outcome.heartbeats ?? 0) >= HEALTHY_HEARTBEATS;
    offset = outcome.offset;
    if (outcome.exitStatus !== undefined) {
      for (const line of lines.end()) options.onLine(line);
      return {
        exitStatus: outcome.exitStatus,
        foundAs: foundAs ?? 'started',
        bytes: offset,
        sessions,
        files,
      };
    }
    if (outcome.state === 'vanished' || outcome.state === 'missing') {
      throw new ExecError(
        'command-vanished',
        outcome.state === 'missing'
          ? `command ${JSON.stringify(options.command.name)} of run ${JSON.stringify(options.command.runId)} has no directory in the container any more (${files.dir})`
          : `command ${JSON.stringify(options.command.name)} of run ${JSON.stringify(options.command.runId)} stopped without writing an exit status`,
        `Its process was killed (out of memory, or the container restarted) and its exit status is unknown. Read what it wrote in ${files.log}; the migration steps are safe to repeat, so run the step again under a new run id.`,
      );
    }

    failedSessions = progressed ? 0 : failedSessions + 1;
    const reason =
      outcome.failure ??
      new ExecError(
        'session-dropped',
        'the session ended before the command did',
        'The runner reconnects by itself within its retry budget.',
      );
    if (failedSessions > settings.maxFailedSessions) {
      // No session ever reached the command: the cause is how ECS Exec is set up, and
      // the last failure's own kind and hint say what to fix.
      if (foundAs === undefined && offset === 0) throw reason;
      throw new ExecError(
        'too-many-drops',
        `${failedSessions} sessions in a row ended without progress; the last: ${reason.message}`,
        `${reason.hint} The command may still be running in the container: run again with the same run id to follow it on.`,
        { cause: reason },
      );
    }
    const delayMs = backoffDelay(Math.max(1, failedSessions), {
      baseDelayMs: 1_000,
      maxDelayMs: 30_000,
      ...(options.random === undefined ? {} : { random: options.random }),
    });
    options.onEvent?.({ type: 'reconnecting', reason, delayMs, failedSessions });
    await clock.sleep(delayMs);
  }
}

interface SessionOutcome {
  /** The first byte of the log not yet received, after this session. */
  readonly offset: number;
  readonly state?: CommandState;
  readonly exitStatus?: number;
  readonly failure?: ExecError;
  /** Heartbeat records received: how long the session was up and well. */
  readonly heartbeats?: number;
}

/** One session of the follower: its records applied in order until the channel closes. */
async function followOneSession(
  session: Parameters<typeof DataChannel.open>[0]['session'],
  nonce: string,
  startOffset: number,
  options: RunDetachedCommandOptions,
  lines: LineSplitter,
  /** The timeout error once the deadline has passed; checked on every record. */
  overdue: () => ExecError | undefined,
): Promise<SessionOutcome> {
  const reader = new FollowRecordReader(nonce);
  let offset = startOffset;
  let state: CommandState | undefined;
  let exitStatus: number | undefined;
  let heartbeats = 0;
  let problem: ExecError | undefined;
  let callbackError: { error: unknown } | undefined;

  const apply = (record: FollowRecord) => {
    switch (record.kind) {
      case 'state':
        state = record.state;
        return;
      case 'data': {
        if (record.offset > offset) {
          throw new MalformedRecordError(`the follower skipped from byte ${offset} to ${record.offset}`);
        }
        // A resend of bytes already received: keep only what is new.
        const fresh = record.bytes.subarray(Math.min(record.bytes.length, offset - record.offset));
        offset += fresh.length;
        for (const line of lines.push(fresh)) options.onLine(line);
        return;
      }
      case 'heartbeat':
        // The follower's own count of what it sent: more than was received means bytes were lost.
        if (record.offset !== offset) {
          throw new MalformedRecordError(
            `the follower is at byte ${record.offset}, but ${offset} bytes were received`,
          );
        }
        heartbeats++;
        return;
      case 'exit':
        exitStatus = record.status;
        return;
    }
  };

  const channel = DataChannel.open({
    ...options.channel,
    session,
    onOutput: (data) => {
      if (problem !== undefined || callbackError !== undefined) return;
      try {
        for (const record of reader.push(data)) apply(record);
        if (exitStatus === undefined) {
          const late = overdue();
          if (late !== undefined) {
            problem = late;
            channel.close();
          }
        }
      } catch (error) {
        if (error instanceof MalformedRecordError) {
          problem = new ExecError(
            'protocol-error',
            error.message,
            'The runner starts a new session from the last byte it received.',
          );
        } else {
          callbackError = { error };
        }
        channel.close();
      }
    },
  });
  let failure: ExecError | undefined;
  try {
    await channel.closed;
  } catch (error) {
    if (!(error instanceof ExecError)) throw error;
    failure = error;
  }
  if (callbackError !== undefined) throw callbackError.error;
  // The exit record is the last thing the follower prints: with it the log is complete,
  // whatever happened to the connection afterwards.
  const seen = { offset, heartbeats, ...(state === undefined ? {} : { state }) };
  if (exitStatus !== undefined) return { ...seen, exitStatus };
  const reason = problem ?? failure;
  return { ...seen, ...(reason === undefined ? {} : { failure: reason }) };
}
