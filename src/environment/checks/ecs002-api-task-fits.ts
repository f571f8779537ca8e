import { allowedMemory, fargateSizeTable } from '../../data/fargate-sizes.js';
import type { Finding, PolicyCheck } from './policy-check.js';

/** Memory (MiB) the renderer reserves for the SSRF proxy container in the API task. */
export const SSRF_PROXY_MEMORY_MIB = 128;
/** CPU units the renderer reserves for the SSRF proxy container in the API task. */
export const SSRF_PROXY_CPU_UNITS = 64;

const API_MIN_MEMORY_MIB = 1024;
const API_MIN_CPU_UNITS = 256;

export const apiTaskFits: PolicyCheck = {
  id: 'ECS002',
  title: 'The API task leaves the api container enough room beside the plugin daemon, sandbox and SSRF proxy',
  severity: 'error',
  check({ environment }) {
    const { api, pluginDaemon, sandbox } = environment.dify.services;
    const sharedCpu = pluginDaemon.cpu + sandbox.cpu + SSRF_PROXY_CPU_UNITS;
    const sharedMemory = pluginDaemon.memory + sandbox.memory + SSRF_PROXY_MEMORY_MIB;
    const cpuShort = api.cpu - sharedCpu < API_MIN_CPU_UNITS;
    const memoryShort = api.memory - sharedMemory < API_MIN_MEMORY_MIB;
    if (!cpuShort && !memoryShort) return [];

    const size = nextSizeThatFits(
      api.cpu,
      api.memory,
      sharedCpu + API_MIN_CPU_UNITS,
      sharedMemory + API_MIN_MEMORY_MIB,
    );
    const hint = size
      ? `Set dify.services.api to cpu ${size.cpu} and memory ${size.memory}, the next Fargate size that leaves the api container at least ${API_MIN_CPU_UNITS} CPU units and ${API_MIN_MEMORY_MIB} MiB, or give the plugin daemon or sandbox less.`
      : `No Fargate size leaves the api container ${API_MIN_CPU_UNITS} CPU units and ${API_MIN_MEMORY_MIB} MiB beside these shares: give the plugin daemon or sandbox less.`;
    const findings: Finding[] = [];
    if (cpuShort) {
      findings.push({
        pointer: '/dify/services/api/cpu',
        message: `the plugin daemon, sandbox and SSRF proxy take ${sharedCpu} of the API task's ${api.cpu} CPU units (${pluginDaemon.cpu} + ${sandbox.cpu} + ${SSRF_PROXY_CPU_UNITS}), leaving the api container ${Math.max(api.cpu - sharedCpu, 0)} of the ${API_MIN_CPU_UNITS} it needs`,
        hint,
      });
    }
    if (memoryShort) {
      findings.push({
        pointer: '/dify/services/api/memory',
        message: `the plugin daemon, sandbox and SSRF proxy take ${sharedMemory} of the API task's ${api.memory} MiB (${pluginDaemon.memory} + ${sandbox.memory} + ${SSRF_PROXY_MEMORY_MIB}), leaving the api container ${Math.max(api.memory - sharedMemory, 0)} of the ${API_MIN_MEMORY_MIB} MiB it needs`,
        hint,
      });
    }
    return findings;
  },
};

/** The smallest Fargate size, no smaller than the current one in either dimension, that holds the given totals. */
function nextSizeThatFits(
  cpu: number,
  memory: number,
  neededCpu: number,
  neededMemory: number,
): { cpu: number; memory: number } | undefined {
  const cpus = Object.keys(fargateSizeTable.ranges)
    .map(Number)
    .sort((a, b) => a - b);
  for (const candidateCpu of cpus) {
    if (candidateCpu < Math.max(cpu, neededCpu)) continue;
    const candidateMemory = allowedMemory(candidateCpu).find((m) => m >= Math.max(memory, neededMemory));
    if (candidateMemory !== undefined) return { cpu: candidateCpu, memory: candidateMemory };
  }
  return undefined;
}
