import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import { fargateTaskSize } from './ecs001-fargate-task-size.js';

describe('ECS001 Fargate task size', () => {
  it('accepts the default sizes and valid explicit pairs', () => {
    expect(fargateTaskSize.check(contextFor())).toEqual([]);
    expect(
      fargateTaskSize.check(contextFor({ dify: { services: { api: { cpu: 4096, memory: 30720 } } } })),
    ).toEqual([]);
  });

  it('refuses a memory size the CPU does not allow, naming the allowed range', () => {
    const findings = fargateTaskSize.check(
      contextFor({ dify: { services: { web: { cpu: 256, memory: 4096 } } } }),
    );
    expect(findings).toEqual([
      {
        pointer: '/dify/services/web/memory',
        message: '4096 MiB is not a Fargate memory size for 256 CPU units',
        hint: 'With 256 CPU use 512 to 2048 MiB (512, 1024, 2048), or change the CPU.',
      },
    ]);
  });

  it('knows the 4 GiB steps of an 8 vCPU task', () => {
    const findings = fargateTaskSize.check(
      contextFor({ dify: { services: { worker: { cpu: 8192, memory: 17408 } } } }),
    );
    expect(findings[0]?.hint).toContain('in steps of 4096');
  });
});
