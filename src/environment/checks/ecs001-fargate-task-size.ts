import { allowedMemory, isValidFargateSize } from '../../data/fargate-sizes.js';
import type { Finding, PolicyCheck } from './policy-check.js';

const TASKS = ['api', 'worker', 'beat', 'web'] as const;

export const fargateTaskSize: PolicyCheck = {
  id: 'ECS001',
  title: 'Every task has a CPU and memory pair that Fargate accepts',
  severity: 'error',
  check({ environment }) {
    const findings: Finding[] = [];
    for (const task of TASKS) {
      const { cpu, memory } = environment.dify.services[task];
      if (isValidFargateSize(cpu, memory)) continue;
      const allowed = allowedMemory(cpu);
      findings.push({
        pointer: `/dify/services/${task}/memory`,
        message: `${memory} MiB is not a Fargate memory size for ${cpu} CPU units`,
        hint: `With ${cpu} CPU use ${allowed[0]} to ${allowed.at(-1)} MiB (${describeSteps(allowed)}), or change the CPU.`,
      });
    }
    return findings;
  },
};

function describeSteps(values: number[]): string {
  if (values.length <= 4) return values.join(', ');
  const step = (values[values.length - 1] ?? 0) - (values[values.length - 2] ?? 0);
  return `in steps of ${step}`;
}
