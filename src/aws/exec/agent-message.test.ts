import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  acknowledgementOf,
  decodeAgentMessage,
  encodeAgentMessage,
  HEADER_LENGTH,
  MalformedFrameError,
  MessageType,
  PayloadType,
  readAcknowledgement,
} from './agent-message.js';

const MESSAGE = {
  messageType: MessageType.output,
  schemaVersion: 1,
  createdDate: 1_767_225_600_123,
  sequenceNumber: 42,
  flags: 1,
  messageId: '00112233-4455-6677-8899-aabbccddeeff',
  payloadType: PayloadType.output,
  payload: Buffer.from('hello ✓'),
};

describe('the AgentMessage frame', () => {
  it('lays out every field at the offsets of the plugin’s clientmessage.go', () => {
    const frame = encodeAgentMessage(MESSAGE);
    expect(frame.length).toBe(120 + MESSAGE.payload.length);
    expect(frame.readUInt32BE(0)).toBe(HEADER_LENGTH);
    expect(frame.toString('ascii', 4, 36)).toBe('output_stream_data'.padEnd(32, ' '));
    expect(frame.readUInt32BE(36)).toBe(1);
    expect(frame.readBigUInt64BE(40)).toBe(1_767_225_600_123n);
    expect(frame.readBigInt64BE(48)).toBe(42n);
    expect(frame.readBigUInt64BE(56)).toBe(1n);
    // The UUID's least significant half comes first.
    expect(frame.subarray(64, 80).toString('hex')).toBe('8899aabbccddeeff0011223344556677');
    expect(frame.subarray(80, 112)).toEqual(createHash('sha256').update(MESSAGE.payload).digest());
    expect(frame.readUInt32BE(112)).toBe(PayloadType.output);
    expect(frame.readUInt32BE(116)).toBe(MESSAGE.payload.length);
    expect(frame.subarray(120)).toEqual(MESSAGE.payload);
  });

  it('reads back what it writes, and a message type padded with NULs', () => {
    expect(decodeAgentMessage(encodeAgentMessage(MESSAGE))).toEqual(MESSAGE);
    const frame = encodeAgentMessage(MESSAGE);
    frame.fill(0, 4 + 'output_stream_data'.length, 36);
    expect(decodeAgentMessage(frame).messageType).toBe('output_stream_data');
  });

  it('refuses short frames, lengths that disagree and a payload that does not match its digest', () => {
    const frame = encodeAgentMessage(MESSAGE);
    expect(() => decodeAgentMessage(frame.subarray(0, 100))).toThrow(MalformedFrameError);
    expect(() => decodeAgentMessage(frame.subarray(0, frame.length - 1))).toThrow(/payload length/);
    const tampered = Buffer.from(frame);
    tampered.writeUInt8(0x41, 120);
    expect(() => decodeAgentMessage(tampered)).toThrow(/digest/);
    const badHeader = Buffer.from(frame);
    badHeader.writeUInt32BE(10_000, 0);
    expect(() => decodeAgentMessage(badHeader)).toThrow(/header length/);
  });

  it('acknowledges a message by its type, id and sequence number, as sequence 0 with flags 3', () => {
    const ack = decodeAgentMessage(encodeAgentMessage(acknowledgementOf(MESSAGE, 5)));
    expect(ack).toMatchObject({ messageType: 'acknowledge', sequenceNumber: 0, flags: 3, payloadType: 0 });
    expect(readAcknowledgement(ack)).toEqual({
      AcknowledgedMessageType: 'output_stream_data',
      AcknowledgedMessageId: MESSAGE.messageId,
      AcknowledgedMessageSequenceNumber: 42,
      IsSequentialMessage: true,
    });
  });
});
