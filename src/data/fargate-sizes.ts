/**
 * Valid Fargate task CPU and memory combinations (Linux), from the Amazon ECS
 * developer guide, "Task CPU and memory".
 */
export const fargateSizeTable = {
  asOf: '2026-11-22',
  source: 'Amazon ECS Developer Guide, "Amazon ECS task definition parameters for Fargate: Task size"',
  /** cpu units -> allowed memory in MiB: [min, max, step] */
  ranges: {
    256: [
      [512, 512, 512],
      [1024, 2048, 1024],
    ],
    512: [[1024, 4096, 1024]],
    1024: [[2048, 8192, 1024]],
    2048: [[4096, 16384, 1024]],
    4096: [[8192, 30720, 1024]],
    8192: [[16384, 61440, 4096]],
    16384: [[32768, 122880, 8192]],
  } as Readonly<Record<number, readonly (readonly [number, number, number])[]>>,
} as const;

export function allowedMemory(cpu: number): number[] {
  const ranges = fargateSizeTable.ranges[cpu] ?? [];
  return ranges.flatMap(([min, max, step]) => {
    const values: number[] = [];
    for (let m = min; m <= max; m += step) values.push(m);
    return values;
  });
}

export function isValidFargateSize(cpu: number, memory: number): boolean {
  return allowedMemory(cpu).includes(memory);
}
