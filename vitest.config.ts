import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    // Tests spawn the bundled CLI; keep them parallel but bounded on a 2-core machine.
    maxWorkers: 2,
    // Every test file that lints starts AWS's validator engine (1-2 s alone, tens of seconds when
    // both cores are busy): the limit only catches a hung test, it measures nothing.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
