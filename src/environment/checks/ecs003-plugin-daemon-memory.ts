import type { PolicyCheck } from './policy-check.js';

const MIN_PLUGIN_DAEMON_MEMORY_MIB = 1024;

export const pluginDaemonMemory: PolicyCheck = {
  id: 'ECS003',
  title: 'The plugin daemon has enough memory to install and run plugins',
  severity: 'warning',
  check({ environment }) {
    const { memory } = environment.dify.services.pluginDaemon;
    if (memory >= MIN_PLUGIN_DAEMON_MEMORY_MIB) return [];
    return [
      {
        pointer: '/dify/services/pluginDaemon/memory',
        message: `${memory} MiB is too little for the plugin daemon, which runs every plugin as its own Python process`,
        hint: `Give it at least ${MIN_PLUGIN_DAEMON_MEMORY_MIB} MiB: out-of-memory crash loops while installing plugins are the most reported plugin-daemon failure.`,
      },
    ];
  },
};
