import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import { pluginDaemonMemory } from './ecs003-plugin-daemon-memory.js';

describe('ECS003 plugin daemon memory', () => {
  it('accepts the default 1024 MiB and more', () => {
    expect(pluginDaemonMemory.check(contextFor())).toEqual([]);
    expect(
      pluginDaemonMemory.check(contextFor({ dify: { services: { pluginDaemon: { memory: 1536 } } } })),
    ).toEqual([]);
  });

  it('warns below 1024 MiB', () => {
    expect(
      pluginDaemonMemory.check(contextFor({ dify: { services: { pluginDaemon: { memory: 768 } } } })),
    ).toEqual([
      {
        pointer: '/dify/services/pluginDaemon/memory',
        message:
          '768 MiB is too little for the plugin daemon, which runs every plugin as its own Python process',
        hint: 'Give it at least 1024 MiB: out-of-memory crash loops while installing plugins are the most reported plugin-daemon failure.',
      },
    ]);
  });
});
