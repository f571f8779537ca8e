import { Agent, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { GenerateDataKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AgentSession, FakeSsmAgent } from '../../../test/support/fake-ssm-agent.js';
import { manualTimers } from '../../../test/support/manual-timers.js';
import { encodeAgentMessage, PayloadType } from './agent-message.js';
import { CLIENT_VERSION, DataChannel, type DataChannelOptions, type OutputStream } from './data-channel.js';
import { ExecError } from './exec-error.js';

let agent: FakeSsmAgent;
beforeEach(async () => {
  agent = await FakeSsmAgent.start();
});
afterEach(async () => {
  await agent.close();
});

const TARGET_ID = 'ecs:dify_0123456789abcdef_0123456789abcdef-1234567890';

/** Distinct durations, so that a test fires exactly the timer it means. */
const TIMEOUTS = {
  connectMs: 500,
  handshakeMs: 2_000,
  idleMs: 3_000,
  resendMs: 4_000,
  maxResends: 2,
  pingMs: 5_000,
};

function open(behaviour: (session: AgentSession) => Promise<void>, extra: Partial<DataChannelOptions> = {}) {
  const output: Array<{ text: string; stream: OutputStream }> = [];
  const channel = DataChannel.open({
    session: { ...agent.createSession(behaviour), targetId: TARGET_ID },
    onOutput: (data, stream) => output.push({ text: data.toString('utf8'), stream }),
    timeouts: TIMEOUTS,
    ...extra,
  });
  return { channel, output, text: () => output.map((o) => o.text).join('') };
}

async function rejection(promise: Promise<unknown>): Promise<ExecError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExecError);
  return error as ExecError;
}

describe('DataChannel', () => {
  it('opens with the token, answers the handshake, streams output in several messages and acknowledges each by id', async () => {
    const { channel, output, text } = open(async (session) => {
      const answer = await session.handshake();
      expect(answer).toEqual({
        ClientVersion: CLIENT_VERSION,
        ProcessedClientActions: [{ ActionType: 'SessionType', ActionStatus: 1 }],
        Errors: [],
      });
      const sent = session.sendOutput('first line\r\nsecond ', 8);
      sent.push(...session.sendOutput('line\r\n'));
      await session.acknowledged(sent);
      session.closeChannel();
    });
    await expect(channel.closed).resolves.toEqual({ output: '' });
    expect(text()).toBe('first line\r\nsecond line\r\n');
    expect(output.every((o) => o.stream === 'stdout')).toBe(true);

    const session = agent.sessions[0];
    expect(session?.tokenMessage).toMatchObject({
      MessageSchemaVersion: '1.0',
      ClientVersion: CLIENT_VERSION,
    });
    expect(session?.tokenMessage?.TokenValue).toEqual(expect.any(String));
    // Every stream message the agent sent (handshake included) was acknowledged, by its own id.
    expect(new Set(session?.acknowledgedIds)).toEqual(new Set(session?.sent.map((m) => m.messageId)));
    const acks = session?.received.filter((m) => m.messageType === 'acknowledge') ?? [];
    expect(acks.every((m) => m.sequenceNumber === 0 && m.flags === 3)).toBe(true);
  });

  it('puts out-of-order messages back in order, uses a duplicate once and still acknowledges it', async () => {
    const ids: string[] = [];
    const { channel, text } = open(async (session) => {
      await session.handshake();
      const [a, b, c, d] = ['one ', 'two ', 'three ', 'four'].map((t) =>
        session.stream(PayloadType.output, Buffer.from(t)),
      );
      if (!a || !b || !c || !d) throw new Error('four messages expected');
      ids.push(a.messageId, c.messageId);
      for (const message of [c, a, d, a, b, c]) session.sendMessage(message);
      await session.acknowledged([a, b, c, d]);
      session.closeChannel();
    });
    await channel.closed;
    expect(text()).toBe('one two three four');
    // a and c arrived twice and were acknowledged twice.
    const acknowledged = agent.sessions[0]?.acknowledgedIds ?? [];
    expect(acknowledged.filter((id) => id === ids[0])).toHaveLength(2);
    expect(acknowledged.filter((id) => id === ids[1])).toHaveLength(2);
  });

  it('neither uses nor acknowledges a frame whose payload does not match its digest, and takes the resend', async () => {
    const { channel, text } = open(async (session) => {
      await session.handshake();
      const message = session.stream(PayloadType.output, Buffer.from('intact'));
      const corrupt = encodeAgentMessage(message);
      corrupt.writeUInt8(corrupt.readUInt8(corrupt.length - 1) ^ 0xff, corrupt.length - 1);
      session.sendBytes(corrupt);
      session.sendMessage(message);
      await session.acknowledged([message]);
      session.closeChannel();
    });
    await channel.closed;
    expect(text()).toBe('intact');
    const id = agent.sessions[0]?.sent.at(-1)?.messageId;
    expect(agent.sessions[0]?.acknowledgedIds.filter((x) => x === id)).toHaveLength(1);
  });

  it('holds input until the handshake is complete, then sends it in sequence and stops once acknowledged', async () => {
    let channel: DataChannel | undefined;
    const opened = open(async (session) => {
      channel?.sendInput('queued early\n');
      await session.handshake();
      channel?.sendInput('after\n');
      await new Promise<void>((resolve) => {
        const check = () => (session.input.size >= 3 ? resolve() : setTimeout(check, 1));
        check();
      });
      session.closeChannel();
    });
    channel = opened.channel;
    await channel.closed;
    const input = [...(agent.sessions[0]?.input.values() ?? [])];
    expect(input.map((m) => [m.sequenceNumber, m.payloadType, m.payload.toString()])).toEqual([
      [0, PayloadType.handshakeResponse, expect.any(String)],
      [1, PayloadType.output, 'queued early\n'],
      [2, PayloadType.output, 'after\n'],
    ]);
  });

  it('sends an unacknowledged message again when its resend timer fires, and gives up after the last resend', async () => {
    const timers = manualTimers();
    let session: AgentSession | undefined;
    const { channel } = open(
      async (s) => {
        session = s;
        s.acknowledgeInput = false;
        await s.handshake();
        await new Promise(() => {});
      },
      { timers },
    );
    const frames = async (count: number) => {
      while ((session?.inputFrames.length ?? 0) < count) await new Promise((r) => setTimeout(r, 1));
      return session?.inputFrames ?? [];
    };
    await frames(1);
    // The handshake response waits for its acknowledgement.
    expect(timers.fire(TIMEOUTS.resendMs)).toBe(1);
    const [first, again] = await frames(2);
    expect(again?.messageId).toBe(first?.messageId);
    timers.fire(TIMEOUTS.resendMs);
    timers.fire(TIMEOUTS.resendMs);
    const error = await rejection(channel.closed);
    expect(error.kind).toBe('session-dropped');
    expect(error.message).toMatch(/acknowledged no message for 2 resends/);
  });

  it('ends with channel_closed and hands over what the service said', async () => {
    const { channel } = open(async (session) => {
      await session.handshake();
      session.closeChannel('Session terminated: idle timeout');
    });
    await expect(channel.closed).resolves.toEqual({ output: 'Session terminated: idle timeout' });
  });

  it('reports a connection lost before channel_closed as a dropped session', async () => {
    const { channel, text } = open(async (session) => {
      await session.handshake();
      await session.acknowledged(session.sendOutput('partial'));
      session.drop();
    });
    const error = await rejection(channel.closed);
    expect(error.kind).toBe('session-dropped');
    expect(error.hint).toMatch(/keeps running/);
    expect(text()).toBe('partial');
  });

  it('times out when the agent never answers, with the task-side causes in the hint', async () => {
    const timers = manualTimers();
    const { channel } = open(() => new Promise(() => {}), { timers });
    while (!timers.pending().includes(TIMEOUTS.handshakeMs)) await new Promise((r) => setTimeout(r, 1));
    timers.fire(TIMEOUTS.handshakeMs);
    const error = await rejection(channel.closed);
    expect(error.kind).toBe('handshake-timeout');
    expect(error.hint).toMatch(/ssmmessages:OpenDataChannel/);
    expect(error.hint).toMatch(/com\.amazonaws\.<region>\.ssmmessages/);
  });

  it('times out a session that falls silent', async () => {
    const timers = manualTimers();
    const { channel } = open(
      async (session) => {
        await session.handshake();
        await new Promise(() => {});
      },
      { timers },
    );
    while (!agent.sessions[0]?.sent.some((m) => m.payloadType === PayloadType.handshakeComplete)) {
      await new Promise((r) => setTimeout(r, 1));
    }
    timers.fire(TIMEOUTS.idleMs);
    expect((await rejection(channel.closed)).kind).toBe('session-idle');
  });

  it('connects through the HTTP agent it is given, so that a proxy agent carries the session', async () => {
    const connections: string[] = [];
    class RecordingAgent extends Agent {
      override createConnection(...args: Parameters<Agent['createConnection']>): Duplex | null | undefined {
        const [options] = args as [{ host?: string; port?: number }];
        connections.push(`${options.host}:${options.port}`);
        return super.createConnection(...args);
      }
    }
    const { channel } = open(
      async (session) => {
        await session.handshake();
        session.closeChannel();
      },
      { agent: new RecordingAgent() },
    );
    await channel.closed;
    expect(connections).toHaveLength(1);
    expect(connections[0]).toMatch(/^127\.0\.0\.1:\d+$/);
  });

  it('says Session Manager is unreachable when the WebSocket cannot be opened', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const channel = DataChannel.open({
      session: { sessionId: 's', streamUrl: `ws://127.0.0.1:${port}/v1/data-channel/s`, tokenValue: 't' },
      onOutput: () => {},
      timeouts: TIMEOUTS,
    });
    const error = await rejection(channel.closed);
    expect(error.kind).toBe('session-unreachable');
    expect(error.hint).toMatch(/HTTPS_PROXY/);
  });

  it('says the session was refused when the upgrade is answered with an HTTP error', async () => {
    const server = createServer((_request, response) => response.writeHead(403).end());
    server.on('upgrade', (_request, socket) =>
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n'),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const channel = DataChannel.open({
        session: { sessionId: 's', streamUrl: `ws://127.0.0.1:${port}/v1/data-channel/s`, tokenValue: 't' },
        onOutput: () => {},
        timeouts: TIMEOUTS,
      });
      const error = await rejection(channel.closed);
      expect(error.kind).toBe('session-rejected');
      expect(error.message).toMatch(/HTTP 403/);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('refuses a port-forwarding session: it is not a command', async () => {
    const { channel } = open(async (session) => {
      const answer = await session.handshake({ sessionType: 'Port' });
      expect(answer.ProcessedClientActions).toEqual([
        { ActionType: 'SessionType', ActionStatus: 2, Error: 'Unknown session type Port' },
      ]);
    });
    expect((await rejection(channel.closed)).kind).toBe('protocol-error');
  });

  describe('with KMS encryption', () => {
    const kmsMock = mockClient(KMSClient);
    const plaintextKey = Buffer.from(Array.from({ length: 64 }, (_, i) => i));
    const ciphertextKey = Buffer.from('encrypted data key');
    const kms = { keyId: 'arn:aws:kms:eu-west-1:123456789012:key/abcd', plaintextKey, ciphertextKey };
    beforeEach(() => {
      kmsMock.reset();
      kmsMock.on(GenerateDataKeyCommand).resolves({ Plaintext: plaintextKey, CiphertextBlob: ciphertextKey });
    });

    it('asks KMS for a data key in the session context, passes the challenge, decrypts output and encrypts input', async () => {
      let channel: DataChannel | undefined;
      const opened = open(
        async (session) => {
          await session.handshake({ kms });
          channel?.sendInput('secret input');
          session.sendOutput('secret output');
          await new Promise<void>((resolve) => {
            const check = () =>
              [...session.input.values()].some((m) => m.payloadType === PayloadType.output)
                ? resolve()
                : setTimeout(check, 1);
            check();
          });
          session.closeChannel();
        },
        { kms: new KMSClient({ region: 'eu-west-1' }) },
      );
      channel = opened.channel;
      await channel.closed;
      expect(opened.text()).toBe('secret output');
      expect(kmsMock.commandCalls(GenerateDataKeyCommand)[0]?.args[0].input).toEqual({
        KeyId: kms.keyId,
        NumberOfBytes: 64,
        EncryptionContext: {
          'aws:ssm:SessionId': agent.sessions[0]?.sessionId,
          'aws:ssm:TargetId': TARGET_ID,
        },
      });
      const input = [...(agent.sessions[0]?.input.values() ?? [])].find(
        (m) => m.payloadType === PayloadType.output,
      );
      expect(input?.payload.toString()).toBe('secret input');
      // On the wire, neither the output nor the input was in the clear.
      const wireInput = agent.sessions[0]?.inputFrames.find((m) => m.payloadType === PayloadType.output);
      expect(wireInput?.payload.toString()).not.toContain('secret');
    });

    it('tells the agent and the user when there is no KMS client to make the data key', async () => {
      const { channel } = open(async (session) => {
        const answer = await session.handshake({ kms });
        expect(answer.ProcessedClientActions).toContainEqual(
          expect.objectContaining({ ActionType: 'KMSEncryption', ActionStatus: 2 }),
        );
      });
      const error = await rejection(channel.closed);
      expect(error.kind).toBe('encryption-failed');
      expect(error.hint).toMatch(/kms:GenerateDataKey/);
    });
  });
});
