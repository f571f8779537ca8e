import { describe, expect, it } from 'vitest';
import { showValue } from './show-value.js';

describe('showValue', () => {
  it('quotes, shortens and escapes what it shows', () => {
    expect(showValue('plain')).toBe('"plain"');
    expect(showValue('a\u001b[31m\u202eb')).toBe('"a\\u001b[31m\\u202eb"');
    expect(showValue('x'.repeat(100))).toBe(`"${'x'.repeat(60)}…"`);
  });

  it('never shows a value that looks like a credential', () => {
    for (const secret of [
      'postgres://dify:hunter2@db/x',
      'AKIAIOSFODNN7EXAMPLE\n',
      '-----BEGIN PRIVATE KEY-----',
    ]) {
      expect(showValue(secret)).toBe('a value that looks like a credential (not shown)');
    }
  });
});
