import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import { apiTaskFits, SSRF_PROXY_CPU_UNITS, SSRF_PROXY_MEMORY_MIB } from './ecs002-api-task-fits.js';

const services = (overrides: Record<string, unknown>) => contextFor({ dify: { services: overrides } });

describe('ECS002 API task fits', () => {
  it('reserves 64 CPU units and 128 MiB for the SSRF proxy', () => {
    expect([SSRF_PROXY_CPU_UNITS, SSRF_PROXY_MEMORY_MIB]).toEqual([64, 128]);
  });

  it('accepts the default sizes', () => {
    expect(apiTaskFits.check(contextFor())).toEqual([]);
  });

  it('refuses a task whose shares leave the api container too little memory, and names the next size', () => {
    expect(
      apiTaskFits.check(services({ pluginDaemon: { memory: 2048 }, sandbox: { memory: 1024 } })),
    ).toEqual([
      {
        pointer: '/dify/services/api/memory',
        message:
          "the plugin daemon, sandbox and SSRF proxy take 3200 of the API task's 4096 MiB (2048 + 1024 + 128), leaving the api container 896 of the 1024 MiB it needs",
        hint: 'Set dify.services.api to cpu 2048 and memory 5120, the next Fargate size that leaves the api container at least 256 CPU units and 1024 MiB, or give the plugin daemon or sandbox less.',
      },
    ]);
  });

  it('refuses a task whose shares leave the api container too little CPU, keeping its memory', () => {
    expect(apiTaskFits.check(services({ api: { cpu: 1024, memory: 8192 } }))).toEqual([
      {
        pointer: '/dify/services/api/cpu',
        message:
          "the plugin daemon, sandbox and SSRF proxy take 832 of the API task's 1024 CPU units (512 + 256 + 64), leaving the api container 192 of the 256 it needs",
        hint: 'Set dify.services.api to cpu 2048 and memory 8192, the next Fargate size that leaves the api container at least 256 CPU units and 1024 MiB, or give the plugin daemon or sandbox less.',
      },
    ]);
  });

  it('reports CPU and memory when both are short, never a negative share', () => {
    const findings = apiTaskFits.check(services({ api: { cpu: 256, memory: 512 } }));
    expect(findings.map((f) => f.message)).toEqual([
      "the plugin daemon, sandbox and SSRF proxy take 832 of the API task's 256 CPU units (512 + 256 + 64), leaving the api container 0 of the 256 it needs",
      "the plugin daemon, sandbox and SSRF proxy take 1664 of the API task's 512 MiB (1024 + 512 + 128), leaving the api container 0 of the 1024 MiB it needs",
    ]);
    expect(findings[0]?.hint).toContain('cpu 2048 and memory 4096');
  });

  it('says when no Fargate size is big enough', () => {
    const [finding] = apiTaskFits.check(
      services({ api: { cpu: 16384, memory: 122880 }, pluginDaemon: { memory: 122000 } }),
    );
    expect(finding?.hint).toBe(
      'No Fargate size leaves the api container 256 CPU units and 1024 MiB beside these shares: give the plugin daemon or sandbox less.',
    );
  });
});
