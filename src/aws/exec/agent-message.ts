import { createHash, randomUUID } from 'node:crypto';

/**
 * The binary frame of the Session Manager data channel ("AgentMessage" on the
 * agent's side, "ClientMessage" in the plugin), as laid out in the public
 * aws/session-manager-plugin source, `src/message/clientmessage.go`:
 *
 *   offset  size  field
 *        0     4  header length (big-endian uint32; 116 for schema 1)
 *        4    32  message type (ASCII, padded with spaces or NULs)
 *       36     4  schema version
 *       40     8  created date (epoch milliseconds)
 *       48     8  sequence number (int64)
 *       56     8  flags (bit 0 SYN, bit 1 FIN)
 *       64    16  message id (a UUID, its least significant half first)
 *       80    32  payload digest (SHA-256 of the payload)
 *      112     4  payload type
 *      116     4  payload length
 *      120     …  payload
 */
export const HEADER_LENGTH = 116;
const PAYLOAD_LENGTH_OFFSET = 116;
const MESSAGE_TYPE_LENGTH = 32;

export const MessageType = {
  input: 'input_stream_data',
  output: 'output_stream_data',
  acknowledge: 'acknowledge',
  channelClosed: 'channel_closed',
  startPublication: 'start_publication',
  pausePublication: 'pause_publication',
} as const;

/** What a stream message's payload is (`PayloadType` in the plugin's `clientmessage.go`). */
export const PayloadType = {
  /** Terminal output from the agent; keystrokes from the client. */
  output: 1,
  error: 2,
  /** Terminal size, from the client. */
  size: 3,
  parameter: 4,
  handshakeRequest: 5,
  handshakeResponse: 6,
  handshakeComplete: 7,
  encryptionChallengeRequest: 8,
  encryptionChallengeResponse: 9,
  flag: 10,
  stdErr: 11,
  exitCode: 12,
} as const;

export interface AgentMessage {
  readonly messageType: string;
  readonly schemaVersion: number;
  /** Epoch milliseconds. */
  readonly createdDate: number;
  readonly sequenceNumber: number;
  readonly flags: number;
  /** Lower-case UUID with hyphens. */
  readonly messageId: string;
  readonly payloadType: number;
  readonly payload: Buffer;
}

/** A frame that cannot be read: too short, lengths that disagree, or a digest that does not match. */
export class MalformedFrameError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedFrameError';
  }
}

export function encodeAgentMessage(message: AgentMessage): Buffer {
  const { payload } = message;
  const frame = Buffer.alloc(HEADER_LENGTH + 4 + payload.length);
  frame.writeUInt32BE(HEADER_LENGTH, 0);
  if (!/^[\x20-\x7e]*$/.test(message.messageType) || message.messageType.length > MESSAGE_TYPE_LENGTH) {
    throw new MalformedFrameError(
      `message type ${JSON.stringify(message.messageType)} does not fit the frame`,
    );
  }
  frame.write(message.messageType.padEnd(MESSAGE_TYPE_LENGTH, ' '), 4, 'ascii');
  frame.writeUInt32BE(message.schemaVersion, 36);
  frame.writeBigUInt64BE(BigInt(message.createdDate), 40);
  frame.writeBigInt64BE(BigInt(message.sequenceNumber), 48);
  frame.writeBigUInt64BE(BigInt(message.flags), 56);
  writeMessageId(frame, message.messageId, 64);
  createHash('sha256').update(payload).digest().copy(frame, 80);
  frame.writeUInt32BE(message.payloadType, 112);
  frame.writeUInt32BE(payload.length, PAYLOAD_LENGTH_OFFSET);
  payload.copy(frame, HEADER_LENGTH + 4);
  return frame;
}

export function decodeAgentMessage(bytes: Uint8Array): AgentMessage {
  const frame = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (frame.length < HEADER_LENGTH + 4) {
    throw new MalformedFrameError(`a frame of ${frame.length} bytes is shorter than its header`);
  }
  const headerLength = frame.readUInt32BE(0);
  if (headerLength < HEADER_LENGTH || headerLength + 4 > frame.length) {
    throw new MalformedFrameError(
      `header length ${headerLength} does not fit a frame of ${frame.length} bytes`,
    );
  }
  const payloadLength = frame.readUInt32BE(PAYLOAD_LENGTH_OFFSET);
  const payloadStart = headerLength + 4;
  if (payloadStart + payloadLength !== frame.length) {
    throw new MalformedFrameError(
      `payload length ${payloadLength} disagrees with the ${frame.length - payloadStart} bytes that follow the header`,
    );
  }
  const payload = Buffer.from(frame.subarray(payloadStart));
  const messageType = frame.toString('ascii', 4, 4 + MESSAGE_TYPE_LENGTH).replace(/^[\s\0]+|[\s\0]+$/g, '');
  // Publication notices carry no payload worth checking (the plugin skips them too).
  const isNotice =
    messageType === MessageType.startPublication || messageType === MessageType.pausePublication;
  if (!isNotice && payloadLength > 0) {
    const digest = createHash('sha256').update(payload).digest();
    if (!digest.equals(frame.subarray(80, 112))) {
      throw new MalformedFrameError(`the payload of a ${messageType} message does not match its digest`);
    }
  }
  return {
    messageType,
    schemaVersion: frame.readUInt32BE(36),
    createdDate: toSafeNumber(frame.readBigUInt64BE(40), 'created date'),
    sequenceNumber: toSafeNumber(frame.readBigInt64BE(48), 'sequence number'),
    flags: toSafeNumber(frame.readBigUInt64BE(56), 'flags'),
    messageId: readMessageId(frame, 64),
    payloadType: frame.readUInt32BE(112),
    payload,
  };
}

/** A new message with a fresh id, created now. */
export function newAgentMessage(
  fields: Pick<AgentMessage, 'messageType' | 'sequenceNumber' | 'flags' | 'payloadType' | 'payload'>,
  now: number,
): AgentMessage {
  return { ...fields, schemaVersion: 1, createdDate: now, messageId: randomUUID() };
}

/** What an acknowledge message says (`AcknowledgeContent` in the plugin). */
export interface Acknowledgement {
  readonly AcknowledgedMessageType: string;
  readonly AcknowledgedMessageId: string;
  readonly AcknowledgedMessageSequenceNumber: number;
  readonly IsSequentialMessage: boolean;
}

/** The acknowledge frame for a received stream message: sequence 0, flags 3, as the plugin sends it. */
export function acknowledgementOf(received: AgentMessage, now: number): AgentMessage {
  const content: Acknowledgement = {
    AcknowledgedMessageType: received.messageType,
    AcknowledgedMessageId: received.messageId,
    AcknowledgedMessageSequenceNumber: received.sequenceNumber,
    IsSequentialMessage: true,
  };
  return newAgentMessage(
    {
      messageType: MessageType.acknowledge,
      sequenceNumber: 0,
      flags: 3,
      payloadType: 0,
      payload: Buffer.from(JSON.stringify(content)),
    },
    now,
  );
}

/** The acknowledgement a message carries, or undefined when its payload is not one. */
export function readAcknowledgement(message: AgentMessage): Acknowledgement | undefined {
  const content = parseJsonObject(message.payload);
  if (content === undefined) return undefined;
  const { AcknowledgedMessageType, AcknowledgedMessageId, AcknowledgedMessageSequenceNumber } = content;
  if (
    typeof AcknowledgedMessageType !== 'string' ||
    typeof AcknowledgedMessageId !== 'string' ||
    typeof AcknowledgedMessageSequenceNumber !== 'number'
  ) {
    return undefined;
  }
  return {
    AcknowledgedMessageType,
    AcknowledgedMessageId,
    AcknowledgedMessageSequenceNumber,
    IsSequentialMessage: content.IsSequentialMessage === true,
  };
}

/** A JSON object payload, or undefined when the payload is not one. */
export function parseJsonObject(payload: Buffer): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(payload.toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

// The plugin writes a UUID as two int64s: bytes 8-15 first, then bytes 0-7
// (`putUuid` in the plugin's `messageparser.go`).
function writeMessageId(frame: Buffer, messageId: string, offset: number): void {
  const hex = messageId.replace(/-/g, '');
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) throw new MalformedFrameError(`message id ${messageId} is not a UUID`);
  const bytes = Buffer.from(hex, 'hex');
  bytes.copy(frame, offset, 8, 16);
  bytes.copy(frame, offset + 8, 0, 8);
}

function readMessageId(frame: Buffer, offset: number): string {
  const bytes = Buffer.concat([frame.subarray(offset + 8, offset + 16), frame.subarray(offset, offset + 8)]);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function toSafeNumber(value: bigint, field: string): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new MalformedFrameError(`${field} ${value} is out of range`);
  }
  return Number(value);
}
