import { randomUUID } from 'node:crypto';
import type { Agent } from 'node:http';
import type { KMSClient } from '@aws-sdk/client-kms';
import WebSocket, { type ClientOptions, type RawData } from 'ws';
import {
  type AgentMessage,
  acknowledgementOf,
  decodeAgentMessage,
  encodeAgentMessage,
  MalformedFrameError,
  MessageType,
  newAgentMessage,
  PayloadType,
  parseJsonObject,
  readAcknowledgement,
} from './agent-message.js';
import { AGENT_CONNECTIVITY_HINT, ExecError } from './exec-error.js';
import { answerHandshake, type HandshakeAnswer } from './handshake.js';
import type { SessionCipher } from './session-encryption.js';
import { nodeTimers, type Timers } from './timers.js';

/** The `session` ECS ExecuteCommand returns: where to connect and the one-time token. */
export interface ExecSession {
  readonly sessionId: string;
  readonly streamUrl: string;
  readonly tokenValue: string;
  /**
   * `ecs:<cluster name>_<task id>_<container runtime id>`, the target the agent
   * knows itself by; needed only when the session is KMS-encrypted.
   */
  readonly targetId?: string;
}

/** Which stream a piece of output came on. */
export type OutputStream = 'stdout' | 'stderr' | 'exit-code';

export interface DataChannelTimeouts {
  /** Opening the WebSocket (TCP, TLS, proxy, upgrade). */
  readonly connectMs: number;
  /** From the open WebSocket to the agent's first message. */
  readonly handshakeMs: number;
  /** Silence on an established session before it counts as lost. */
  readonly idleMs: number;
  /** How long a sent message waits for its acknowledgement before it is sent again. */
  readonly resendMs: number;
  /** Resends of one message before the session counts as lost. */
  readonly maxResends: number;
  /** WebSocket pings, so that proxies and load balancers keep the connection. */
  readonly pingMs: number;
}

export const DEFAULT_TIMEOUTS: DataChannelTimeouts = {
  connectMs: 30_000,
  handshakeMs: 60_000,
  idleMs: 120_000,
  resendMs: 1_000,
  maxResends: 60,
  pingMs: 60_000,
};

export interface DataChannelOptions {
  readonly session: ExecSession;
  /** Called with each piece of output, in sequence order, exactly once. */
  readonly onOutput: (data: Buffer, stream: OutputStream) => void;
  /**
   * The HTTP agent the WebSocket connects through: pass a proxy agent (for
   * example https-proxy-agent's) to reach Session Manager through HTTPS_PROXY.
   */
  readonly agent?: Agent;
  /** Opens the WebSocket; `ws` by default. */
  readonly connect?: (url: string, options: ClientOptions) => WebSocket;
  /** Needed only when the cluster encrypts exec sessions with a KMS key. */
  readonly kms?: KMSClient;
  readonly timers?: Timers;
  readonly timeouts?: Partial<DataChannelTimeouts>;
  readonly now?: () => number;
}

/** How a session ended on the agent's word (a `channel_closed` message). */
export interface ChannelClosed {
  /** What the service said on closing; often empty, sometimes a reason (idle timeout, terminated). */
  readonly output: string;
}

/**
 * The version of the protocol this client speaks, sent where the
 * session-manager-plugin sends its own version: the handshake (request,
 * response, completion), acknowledgements, resends and KMS encryption of
 * aws/session-manager-plugin 1.2.
 */
export const CLIENT_VERSION = '1.2.0.0';

/** Out-of-order messages kept at most (the plugin's IncomingMessageBufferCapacity). */
const INCOMING_BUFFER_CAPACITY = 10_000;

/**
 * One Session Manager data channel over a WebSocket: the token handshake, the
 * agent's handshake, acknowledgements, ordering by sequence number, output to a
 * callback, input with resends, and the end on `channel_closed`. The protocol
 * is the one of the public aws/session-manager-plugin (`src/datachannel/streaming.go`).
 */
export class DataChannel {
  /** Resolves when the agent closes the channel; rejects with an ExecError when the session is lost. */
  readonly closed: Promise<ChannelClosed>;

  private readonly options: DataChannelOptions;
  private readonly timeouts: DataChannelTimeouts;
  private readonly timers: Timers;
  private readonly now: () => number;
  private readonly socket: WebSocket;
  private resolveClosed!: (closed: ChannelClosed) => void;
  private rejectClosed!: (error: ExecError) => void;
  private settled = false;
  private opened = false;
  private heardFromAgent = false;
  private handshakeDone = false;
  private paused = false;

  private expectedSequence = 0;
  private readonly incoming = new Map<number, AgentMessage>();
  /** Ordered messages are handled one after the other, even when one awaits KMS. */
  private processing: Promise<void> = Promise.resolve();

  private nextOutgoingSequence = 0;
  private readonly unacknowledged = new Map<number, { frame: Buffer; resends: number }>();
  private readonly queuedInput: Array<{ payloadType: number; payload: Buffer }> = [];
  private cipher: SessionCipher | undefined;

  private readonly cancelTimers = new Map<string, () => void>();

  private constructor(options: DataChannelOptions) {
    this.options = options;
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
    this.timers = options.timers ?? nodeTimers;
    this.now = options.now ?? Date.now;
    this.closed = new Promise<ChannelClosed>((resolve, reject) => {
      this.resolveClosed = resolve;
      this.rejectClosed = reject;
    });
    const connect = options.connect ?? ((url, clientOptions) => new WebSocket(url, clientOptions));
    this.socket = connect(options.session.streamUrl, {
      perMessageDeflate: false,
      handshakeTimeout: this.timeouts.connectMs,
      ...(options.agent === undefined ? {} : { agent: options.agent }),
    });
    this.listen();
  }

  /** Connects to the session's stream URL and speaks the protocol until the agent closes it. */
  static open(options: DataChannelOptions): DataChannel {
    return new DataChannel(options);
  }

  /** Sends keystrokes (or any bytes) to the command's terminal; queued until the handshake is done. */
  sendInput(data: Buffer | string): void {
    this.queueStream(PayloadType.output, Buffer.from(data));
  }

  /** Tells the agent the terminal's size. */
  sendSize(cols: number, rows: number): void {
    this.queueStream(PayloadType.size, Buffer.from(JSON.stringify({ cols, rows })));
  }

  /** Ends the session from this side; `closed` rejects with a session-dropped error if it had not settled. */
  close(): void {
    this.fail(new ExecError('session-dropped', 'the session was closed by this client', 'Nothing to do.'));
  }

  private listen(): void {
    const socket = this.socket;
    socket.on('open', () => this.onOpen());
    socket.on('message', (data: RawData) => this.onFrame(toBuffer(data)));
    socket.on('unexpected-response', (_request, response) => {
      this.fail(
        new ExecError(
          'session-rejected',
          `Session Manager refused the session's WebSocket with HTTP ${response.statusCode ?? '?'}`,
          'The session token is used once and expires quickly: start a new session (the runner does this itself when it retries).',
        ),
      );
    });
    socket.on('error', (error: Error) => {
      if (!this.opened) {
        this.fail(
          new ExecError(
            'session-unreachable',
            `could not open the session's WebSocket to ${hostOf(this.options.session.streamUrl)}: ${error.message}`,
            `Allow HTTPS from this runner to ${hostOf(this.options.session.streamUrl)} (Session Manager's ssmmessages endpoint); behind a corporate proxy, hand the proxy's agent to the data channel (HTTPS_PROXY).`,
            { cause: error },
          ),
        );
      } else {
        this.fail(this.droppedError(`the connection failed: ${error.message}`, error));
      }
    });
    socket.on('close', (code: number, reason: Buffer) => {
      const said = reason.length > 0 ? ` (${reason.toString('utf8')})` : '';
      this.fail(this.droppedError(`the WebSocket closed with code ${code}${said} before the session ended`));
    });
    this.arm('connect', this.timeouts.connectMs + 1_000, () =>
      this.fail(
        new ExecError(
          'session-unreachable',
          `the session's WebSocket to ${hostOf(this.options.session.streamUrl)} did not open within ${this.timeouts.connectMs} ms`,
          `Allow HTTPS from this runner to ${hostOf(this.options.session.streamUrl)}; behind a corporate proxy, hand the proxy's agent to the data channel (HTTPS_PROXY).`,
        ),
      ),
    );
  }

  private onOpen(): void {
    this.opened = true;
    this.disarm('connect');
    // The first message is text: the token proves this socket belongs to the session
    // (`OpenDataChannelInput` in the plugin's `src/service/service.go`).
    this.socket.send(
      JSON.stringify({
        MessageSchemaVersion: '1.0',
        RequestId: randomUUID(),
        TokenValue: this.options.session.tokenValue,
        ClientId: randomUUID(),
        ClientVersion: CLIENT_VERSION,
      }),
    );
    this.arm('handshake', this.timeouts.handshakeMs, () =>
      this.fail(
        new ExecError(
          'handshake-timeout',
          `the agent in the task did not answer within ${this.timeouts.handshakeMs} ms of opening session ${this.options.session.sessionId}`,
          AGENT_CONNECTIVITY_HINT,
        ),
      ),
    );
    this.armIdle();
    this.schedulePing();
  }

  private onFrame(bytes: Buffer): void {
    if (this.settled) return;
    let message: AgentMessage;
    try {
      message = decodeAgentMessage(bytes);
    } catch (error) {
      // As the plugin does: a frame that fails its checks is neither acknowledged nor
      // used, so the agent sends it again.
      if (error instanceof MalformedFrameError) return;
      throw error;
    }
    this.armIdle();
    switch (message.messageType) {
      case MessageType.output:
        this.onStreamMessage(message);
        return;
      case MessageType.acknowledge:
        this.onAcknowledge(message);
        return;
      case MessageType.channelClosed:
        this.onChannelClosed(message);
        return;
      case MessageType.pausePublication:
        this.paused = true;
        return;
      case MessageType.startPublication:
        this.paused = false;
        this.flushInput();
        return;
      default:
        return;
    }
  }

  private onStreamMessage(message: AgentMessage): void {
    if (!this.heardFromAgent) {
      this.heardFromAgent = true;
      this.disarm('handshake');
    }
    // Every stream message is acknowledged, a duplicate too: its first
    // acknowledgement may be what was lost.
    this.send(encodeAgentMessage(acknowledgementOf(message, this.now())));
    if (message.sequenceNumber < this.expectedSequence) return;
    if (message.sequenceNumber > this.expectedSequence) {
      if (this.incoming.size < INCOMING_BUFFER_CAPACITY) this.incoming.set(message.sequenceNumber, message);
      return;
    }
    this.accept(message);
    for (
      let next = this.incoming.get(this.expectedSequence);
      next;
      next = this.incoming.get(this.expectedSequence)
    ) {
      this.incoming.delete(next.sequenceNumber);
      this.accept(next);
    }
  }

  private accept(message: AgentMessage): void {
    this.expectedSequence = message.sequenceNumber + 1;
    this.processing = this.processing
      .then(() => this.handle(message))
      .catch((error: unknown) => {
        this.fail(
          error instanceof ExecError
            ? error
            : new ExecError(
                'protocol-error',
                `could not handle a message of the agent: ${error instanceof Error ? error.message : String(error)}`,
                'Run again; if it keeps failing, report it with the agent version shown in the task.',
                { cause: error },
              ),
        );
      });
  }

  private async handle(message: AgentMessage): Promise<void> {
    if (this.settled) return;
    switch (message.payloadType) {
      case PayloadType.handshakeRequest:
        return this.onHandshakeRequest(message);
      case PayloadType.encryptionChallengeRequest:
        return this.onEncryptionChallenge(message);
      case PayloadType.handshakeComplete:
        this.handshakeDone = true;
        this.flushInput();
        return;
      case PayloadType.output:
      case PayloadType.stdErr:
      case PayloadType.exitCode: {
        // Agents that predate the handshake start with output at once.
        if (!this.handshakeDone) {
          this.handshakeDone = true;
          this.flushInput();
        }
        const payload = this.cipher === undefined ? message.payload : this.cipher.decrypt(message.payload);
        this.options.onOutput(payload, streamOf(message.payloadType));
        return;
      }
      default:
        return;
    }
  }

  private async onHandshakeRequest(message: AgentMessage): Promise<void> {
    const answer: HandshakeAnswer = await answerHandshake(message.payload, {
      session: this.options.session,
      clientVersion: CLIENT_VERSION,
      ...(this.options.kms === undefined ? {} : { kms: this.options.kms }),
    });
    this.sendStream(PayloadType.handshakeResponse, Buffer.from(JSON.stringify(answer.response)));
    if (answer.failure !== undefined) throw answer.failure;
    this.cipher = answer.cipher;
  }

  private async onEncryptionChallenge(message: AgentMessage): Promise<void> {
    const cipher = this.cipher;
    const challenge = parseJsonObject(message.payload)?.Challenge;
    if (cipher === undefined || typeof challenge !== 'string') {
      throw new ExecError(
        'encryption-failed',
        'the agent sent an encryption challenge, but the session has no encryption key',
        'Run again; if it keeps failing, check the KMS key of the cluster’s exec configuration.',
      );
    }
    const answered = cipher.encrypt(cipher.decrypt(Buffer.from(challenge, 'base64')));
    this.sendStream(
      PayloadType.encryptionChallengeResponse,
      Buffer.from(JSON.stringify({ Challenge: answered.toString('base64') })),
    );
  }

  private onAcknowledge(message: AgentMessage): void {
    const acknowledgement = readAcknowledgement(message);
    if (acknowledgement === undefined) return;
    const sequence = acknowledgement.AcknowledgedMessageSequenceNumber;
    if (this.unacknowledged.delete(sequence)) this.disarm(`resend-${sequence}`);
  }

  private onChannelClosed(message: AgentMessage): void {
    const output = parseJsonObject(message.payload)?.Output;
    this.settle(() => this.resolveClosed({ output: typeof output === 'string' ? output : '' }));
  }

  private queueStream(payloadType: number, payload: Buffer): void {
    this.queuedInput.push({ payloadType, payload });
    this.flushInput();
  }

  private flushInput(): void {
    if (!this.handshakeDone || this.paused || this.settled) return;
    for (let next = this.queuedInput.shift(); next; next = this.queuedInput.shift()) {
      const payload =
        this.cipher !== undefined && next.payloadType === PayloadType.output
          ? this.cipher.encrypt(next.payload)
          : next.payload;
      this.sendStream(next.payloadType, payload);
    }
  }

  /** Sends a stream message now, and again until the agent acknowledges it. */
  private sendStream(payloadType: number, payload: Buffer): void {
    const sequenceNumber = this.nextOutgoingSequence++;
    const frame = encodeAgentMessage(
      newAgentMessage(
        { messageType: MessageType.input, sequenceNumber, flags: 0, payloadType, payload },
        this.now(),
      ),
    );
    this.unacknowledged.set(sequenceNumber, { frame, resends: 0 });
    this.send(frame);
    this.scheduleResend(sequenceNumber);
  }

  private scheduleResend(sequenceNumber: number): void {
    this.arm(`resend-${sequenceNumber}`, this.timeouts.resendMs, () => {
      const pending = this.unacknowledged.get(sequenceNumber);
      if (pending === undefined) return;
      if (pending.resends >= this.timeouts.maxResends) {
        this.fail(this.droppedError(`the agent acknowledged no message for ${pending.resends} resends`));
        return;
      }
      pending.resends++;
      this.send(pending.frame);
      this.scheduleResend(sequenceNumber);
    });
  }

  private schedulePing(): void {
    this.arm('ping', this.timeouts.pingMs, () => {
      if (this.socket.readyState === WebSocket.OPEN) this.socket.ping();
      this.schedulePing();
    });
  }

  private armIdle(): void {
    this.arm('idle', this.timeouts.idleMs, () =>
      this.fail(
        new ExecError(
          'session-idle',
          `nothing arrived on session ${this.options.session.sessionId} for ${this.timeouts.idleMs} ms`,
          'The connection was probably lost on the way (a proxy or NAT timeout); the runner reconnects by itself within its retry budget.',
        ),
      ),
    );
  }

  private send(frame: Buffer): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(frame);
  }

  private droppedError(what: string, cause?: unknown): ExecError {
    return new ExecError(
      'session-dropped',
      `session ${this.options.session.sessionId} was lost: ${what}`,
      'The command in the container keeps running; the runner reconnects through a new session by itself within its retry budget.',
      cause === undefined ? undefined : { cause },
    );
  }

  private fail(error: ExecError): void {
    this.settle(() => this.rejectClosed(error));
  }

  private settle(finish: () => void): void {
    if (this.settled) return;
    this.settled = true;
    for (const cancel of this.cancelTimers.values()) cancel();
    this.cancelTimers.clear();
    finish();
    if (this.socket.readyState === WebSocket.OPEN) this.socket.close(1000);
    else if (this.socket.readyState === WebSocket.CONNECTING) this.socket.terminate();
  }

  private arm(name: string, ms: number, fire: () => void): void {
    this.disarm(name);
    if (this.settled) return;
    this.cancelTimers.set(
      name,
      this.timers.start(ms, () => {
        this.cancelTimers.delete(name);
        fire();
      }),
    );
  }

  private disarm(name: string): void {
    this.cancelTimers.get(name)?.();
    this.cancelTimers.delete(name);
  }
}

function streamOf(payloadType: number): OutputStream {
  if (payloadType === PayloadType.stdErr) return 'stderr';
  if (payloadType === PayloadType.exitCode) return 'exit-code';
  return 'stdout';
}

function toBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the stream URL';
  }
}
