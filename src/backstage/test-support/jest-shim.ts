import { vi } from 'vitest';

// Backstage's test utilities (mockServices, createMockActionContext) create their mocks with the
// global `jest`; under vitest that is `vi`. Import this module before calling them.
(globalThis as { jest?: unknown }).jest ??= vi;
