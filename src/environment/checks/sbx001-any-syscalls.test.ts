import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import { anySyscalls } from './sbx001-any-syscalls.js';

describe('SBX001 any system calls', () => {
  it('accepts the filtered sandbox', () => {
    expect(anySyscalls.check(contextFor())).toEqual([]);
  });

  it('warns when any system call is allowed', () => {
    expect(anySyscalls.check(contextFor({ dify: { sandbox: { allowAnySyscalls: true } } }))).toEqual([
      {
        pointer: '/dify/sandbox/allowAnySyscalls',
        message: 'the sandbox lets code nodes make any system call, switching off its system-call filter',
        hint: 'Keep it only if everyone who can write code nodes in this Dify is trusted; otherwise set dify.sandbox.allowAnySyscalls to false.',
      },
    ]);
  });
});
