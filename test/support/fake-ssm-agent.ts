import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type RawData, type WebSocket, WebSocketServer } from 'ws';
import {
  type AgentMessage,
  acknowledgementOf,
  decodeAgentMessage,
  encodeAgentMessage,
  MessageType,
  newAgentMessage,
  PayloadType,
  parseJsonObject,
  readAcknowledgement,
} from '../../src/aws/exec/agent-message.js';
import type { ExecSession } from '../../src/aws/exec/data-channel.js';
import { openWithAesGcm, sealWithAesGcm } from '../../src/aws/exec/session-encryption.js';
import { shlexSplit } from './shlex-split.js';

/**
 * A loopback stand-in for Session Manager and the agent in a container: a
 * WebSocket server that speaks the data channel's frames from the agent's side.
 * Each session runs a behaviour: a test script, or `runCommand`, which runs the
 * ExecuteCommand command on this machine as the agent would in the container.
 * Not shipped code.
 */
export class FakeSsmAgent {
  readonly sessions: AgentSession[] = [];
  private readonly behaviours = new Map<string, { token: string; behaviour: SessionBehaviour }>();
  private readonly waiters: Array<() => void> = [];

  private constructor(private readonly server: WebSocketServer) {
    server.on('connection', (socket, request) => {
      const sessionId = decodeURIComponent((request.url ?? '').split('/').pop()?.split('?')[0] ?? '');
      const registered = this.behaviours.get(sessionId);
      const session = new AgentSession(sessionId, socket);
      this.sessions.push(session);
      for (const wake of this.waiters.splice(0)) wake();
      if (registered === undefined) {
        socket.close(1008, 'unknown session');
        return;
      }
      session.run(registered.token, registered.behaviour);
    });
  }

  static async start(): Promise<FakeSsmAgent> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    return new FakeSsmAgent(server);
  }

  /** A session as ExecuteCommand returns it, whose connection will run `behaviour`. */
  createSession(behaviour: SessionBehaviour, sessionId = `ecs-execute-command-${randomUUID()}`): ExecSession {
    const token = randomBytes(24).toString('base64url');
    this.behaviours.set(sessionId, { token, behaviour });
    const { port } = this.server.address() as AddressInfo;
    return {
      sessionId,
      streamUrl: `ws://127.0.0.1:${port}/v1/data-channel/${encodeURIComponent(sessionId)}?role=publish_subscribe`,
      tokenValue: token,
    };
  }

  /** The n-th connection (from 0), once it has arrived. */
  async session(index: number): Promise<AgentSession> {
    while (this.sessions[index] === undefined) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    return this.sessions[index];
  }

  async close(): Promise<void> {
    for (const session of this.sessions) session.drop();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

export type SessionBehaviour = (session: AgentSession) => Promise<void>;

export interface HandshakeOptions {
  readonly sessionType?: string;
  /** Ask for KMS encryption; the fake knows the data key KMS (mocked) handed the client. */
  readonly kms?: { readonly keyId: string; readonly plaintextKey: Buffer; readonly ciphertextKey: Buffer };
}

/** The agent's side of one connection. */
export class AgentSession {
  /** The text message the client opened with (token, ids, version). */
  tokenMessage: Record<string, unknown> | undefined;
  /** Every frame the client sent, in arrival order. */
  readonly received: AgentMessage[] = [];
  /** The ids of the stream messages this side sent that the client acknowledged, in order. */
  readonly acknowledgedIds: string[] = [];
  /** Client stream messages, once each, by sequence number. */
  readonly input = new Map<number, AgentMessage>();
  /** Client stream messages as they arrived, resends included. */
  readonly inputFrames: AgentMessage[] = [];
  readonly sent: AgentMessage[] = [];
  ended = false;
  /** False makes this side stop acknowledging the client's messages, so the client resends them. */
  acknowledgeInput = true;

  private nextSequence = 0;
  private encryptKey: Buffer | undefined;
  private decryptKey: Buffer | undefined;
  private readonly listeners: Array<() => void> = [];
  private child: ChildProcess | undefined;

  constructor(
    readonly sessionId: string,
    private readonly socket: WebSocket,
  ) {
    socket.on('close', () => {
      this.ended = true;
      this.child?.kill('SIGKILL');
      this.notify();
    });
  }

  async run(token: string, behaviour: SessionBehaviour): Promise<void> {
    this.socket.on('message', (data: RawData, isBinary: boolean) => {
      const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data as ArrayBuffer);
      if (!isBinary) {
        this.tokenMessage = parseJsonObject(bytes);
        if (this.tokenMessage?.TokenValue !== token) this.socket.close(1008, 'bad token');
      } else {
        this.onFrame(decodeAgentMessage(bytes));
      }
      this.notify();
    });
    await this.until(() => this.tokenMessage !== undefined);
    if (this.ended) return;
    try {
      await behaviour(this);
    } catch (error) {
      if (!this.ended) throw error;
    }
  }

  /** The handshake as an agent runs it; resolves with the client's response. */
  async handshake(options: HandshakeOptions = {}): Promise<Record<string, unknown>> {
    const actions: unknown[] = [
      {
        ActionType: 'SessionType',
        ActionParameters: { SessionType: options.sessionType ?? 'InteractiveCommands' },
      },
    ];
    if (options.kms !== undefined) {
      actions.push({ ActionType: 'KMSEncryption', ActionParameters: { KMSKeyId: options.kms.keyId } });
    }
    const request = this.stream(
      PayloadType.handshakeRequest,
      Buffer.from(JSON.stringify({ AgentVersion: '3.3.0.0', RequestedClientActions: actions })),
    );
    this.sendMessage(request);
    const response = await this.nextInput(PayloadType.handshakeResponse);
    const answer = parseJsonObject(response.payload) ?? {};
    if (options.kms !== undefined) {
      const action = (answer.ProcessedClientActions as Array<Record<string, unknown>>).find(
        (a) => a.ActionType === 'KMSEncryption',
      );
      const result = action?.ActionResult as Record<string, unknown> | undefined;
      if (
        action?.ActionStatus !== 1 ||
        result?.KMSCipherTextKey !== options.kms.ciphertextKey.toString('base64')
      ) {
        return answer;
      }
      this.encryptKey = options.kms.plaintextKey.subarray(0, 32);
      this.decryptKey = options.kms.plaintextKey.subarray(32);
      const challenge = randomBytes(64);
      this.sendMessage(
        this.stream(
          PayloadType.encryptionChallengeRequest,
          Buffer.from(
            JSON.stringify({ Challenge: sealWithAesGcm(this.encryptKey, challenge).toString('base64') }),
          ),
        ),
      );
      const reply = await this.nextInput(PayloadType.encryptionChallengeResponse);
      const returned = parseJsonObject(reply.payload)?.Challenge;
      if (
        typeof returned !== 'string' ||
        !openWithAesGcm(this.decryptKey, Buffer.from(returned, 'base64')).equals(challenge)
      ) {
        throw new Error('the client failed the encryption challenge');
      }
    }
    this.sendMessage(
      this.stream(
        PayloadType.handshakeComplete,
        Buffer.from(JSON.stringify({ HandshakeTimeToComplete: 1_000_000 })),
      ),
    );
    return answer;
  }

  /** A new stream message with the next sequence number, not yet sent. Output is encrypted once the handshake set a key. */
  stream(payloadType: number, payload: Buffer): AgentMessage {
    const encrypted =
      this.encryptKey !== undefined &&
      (payloadType === PayloadType.output ||
        payloadType === PayloadType.stdErr ||
        payloadType === PayloadType.exitCode);
    return newAgentMessage(
      {
        messageType: MessageType.output,
        sequenceNumber: this.nextSequence++,
        flags: 0,
        payloadType,
        payload: encrypted && this.encryptKey ? sealWithAesGcm(this.encryptKey, payload) : payload,
      },
      Date.now(),
    );
  }

  sendMessage(message: AgentMessage): void {
    this.sent.push(message);
    this.sendBytes(encodeAgentMessage(message));
  }

  sendBytes(bytes: Buffer): void {
    if (!this.ended) this.socket.send(bytes);
  }

  /** Sends output as the agent does, in messages of at most `chunk` bytes. */
  sendOutput(text: string | Buffer, chunk = 1024): AgentMessage[] {
    const bytes = Buffer.from(text);
    const messages: AgentMessage[] = [];
    for (let at = 0; at < bytes.length; at += chunk) {
      const message = this.stream(PayloadType.output, bytes.subarray(at, at + chunk));
      this.sendMessage(message);
      messages.push(message);
    }
    return messages;
  }

  /** Resolves once the client acknowledged every one of `messages`. */
  async acknowledged(messages: readonly AgentMessage[]): Promise<void> {
    await this.until(() => messages.every((m) => this.acknowledgedIds.includes(m.messageId)));
  }

  closeChannel(output = ''): void {
    const payload = Buffer.from(
      JSON.stringify({
        MessageId: randomUUID(),
        CreatedDate: new Date().toISOString(),
        DestinationId: 'ecs:cluster_task_runtime',
        SessionId: this.sessionId,
        MessageType: 'channel_closed',
        SchemaVersion: 1,
        Output: output,
      }),
    );
    this.sendBytes(
      encodeAgentMessage(
        newAgentMessage(
          { messageType: MessageType.channelClosed, sequenceNumber: 0, flags: 0, payloadType: 0, payload },
          Date.now(),
        ),
      ),
    );
    this.socket.close(1000);
  }

  /** The connection lost without a word, as a network failure looks. */
  drop(): void {
    this.socket.terminate();
  }

  /**
   * Runs the ExecuteCommand command as the agent in a container does: split
   * with shlex rules, run without a shell, its output streamed (with the CR
   * before each LF that a terminal adds), then the channel closed.
   */
  async runCommand(command: string, options: { readonly scramble?: boolean } = {}): Promise<void> {
    await this.handshake();
    const [program, ...args] = shlexSplit(command);
    if (program === undefined) throw new Error('empty command');
    const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    let held: AgentMessage | undefined;
    const emit = (data: Buffer) => {
      const message = this.stream(
        PayloadType.output,
        Buffer.from(data.toString('latin1').replace(/\n/g, '\r\n'), 'latin1'),
      );
      if (!options.scramble) {
        this.sendMessage(message);
        return;
      }
      // Out of order and twice: each pair goes second-first, and the first again.
      if (held === undefined) {
        held = message;
        return;
      }
      this.sendMessage(message);
      this.sendMessage(held);
      this.sendMessage(held);
      held = undefined;
    };
    child.stdout?.on('data', emit);
    child.stderr?.on('data', emit);
    await new Promise<void>((resolve) => child.on('close', () => resolve()));
    if (held !== undefined) this.sendMessage(held);
    if (!this.ended) this.closeChannel();
  }

  private onFrame(message: AgentMessage): void {
    this.received.push(message);
    if (message.messageType === MessageType.acknowledge) {
      const ack = readAcknowledgement(message);
      if (ack !== undefined) this.acknowledgedIds.push(ack.AcknowledgedMessageId);
      return;
    }
    if (message.messageType === MessageType.input) {
      if (this.acknowledgeInput) this.sendBytes(encodeAgentMessage(acknowledgementOf(message, Date.now())));
      this.inputFrames.push(message);
      if (!this.input.has(message.sequenceNumber)) {
        const payload =
          this.decryptKey !== undefined && message.payloadType === PayloadType.output
            ? openWithAesGcm(this.decryptKey, message.payload)
            : message.payload;
        this.input.set(message.sequenceNumber, { ...message, payload });
      }
    }
  }

  private async nextInput(payloadType: number): Promise<AgentMessage> {
    let found: AgentMessage | undefined;
    await this.until(() => {
      found = [...this.input.values()].find((m) => m.payloadType === payloadType);
      return found !== undefined || this.ended;
    });
    if (found === undefined)
      throw new Error(`the connection ended before a message of payload type ${payloadType}`);
    return found;
  }

  private async until(condition: () => boolean): Promise<void> {
    while (!condition() && !this.ended) {
      await new Promise<void>((resolve) => this.listeners.push(resolve));
    }
  }

  private notify(): void {
    for (const wake of this.listeners.splice(0)) wake();
  }
}
