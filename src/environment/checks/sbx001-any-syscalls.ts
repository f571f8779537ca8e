import type { PolicyCheck } from './policy-check.js';

export const anySyscalls: PolicyCheck = {
  id: 'SBX001',
  title: 'The code sandbox keeps its system-call filter',
  severity: 'warning',
  check({ environment }) {
    if (!environment.dify.sandbox.allowAnySyscalls) return [];
    return [
      {
        pointer: '/dify/sandbox/allowAnySyscalls',
        message: 'the sandbox lets code nodes make any system call, switching off its system-call filter',
        hint: 'Keep it only if everyone who can write code nodes in this Dify is trusted; otherwise set dify.sandbox.allowAnySyscalls to false.',
      },
    ];
  },
};
