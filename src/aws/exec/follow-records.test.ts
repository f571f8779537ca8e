import { describe, expect, it } from 'vitest';
import { FollowRecordReader, MalformedRecordError } from './follow-records.js';
import { LineSplitter } from './line-splitter.js';

describe('FollowRecordReader', () => {
  it('reads records split across chunks and ended by CR LF, ignoring lines without the nonce', () => {
    const reader = new FollowRecordReader('abc12345');
    const records = [
      ...reader.push(Buffer.from('motd from the image\r\nabc12345 S star')),
      ...reader.push(Buffer.from('ted\r\nabc12345 D 0 68690a\r\nother 1 D 0 ff\r\nabc12345 H 3\r\n')),
      ...reader.push(Buffer.from('abc12345 X 0\r\n')),
    ];
    expect(records).toEqual([
      { kind: 'state', state: 'started' },
      { kind: 'data', offset: 0, bytes: Buffer.from('hi\n') },
      { kind: 'heartbeat', offset: 3 },
      { kind: 'exit', status: 0 },
    ]);
  });

  it('refuses a record with the nonce it cannot read', () => {
    for (const line of [
      'n0nce123 D 0 6',
      'n0nce123 X 256',
      'n0nce123 S dancing',
      'n0nce123 D x 00',
      'n0nce123 Q',
    ]) {
      expect(() => new FollowRecordReader('n0nce123').push(Buffer.from(`${line}\n`)), line).toThrow(
        MalformedRecordError,
      );
    }
  });
});

describe('LineSplitter', () => {
  it('gives whole lines, a character split between chunks whole, and the last line without a new line at the end', () => {
    const splitter = new LineSplitter();
    const bytes = Buffer.from('one\r\ntwo ✓\nthree');
    const check = bytes.indexOf(Buffer.from('✓'));
    expect(splitter.push(bytes.subarray(0, check + 1))).toEqual(['one']);
    expect(splitter.push(bytes.subarray(check + 1))).toEqual(['two ✓']);
    expect(splitter.end()).toEqual(['three']);
    expect(splitter.end()).toEqual([]);
  });
});
