import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    // Tests spawn the bundled CLI; keep them parallel but bounded on a 2-core machine.
    maxWorkers: 2,
  },
});
