/**
 * Figures for rendering, printed as medians (not asserted anywhere):
 *  - `dify-aws-kit render` of each example as a whole bundled process (the validator's engine start included);
 *  - render + lint in one process, once the engine is warm.
 * Run: npm run bench:render
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkEnvironment } from '../src/environment/check-environment.js';
import { lintTemplate } from '../src/render/lint/lint-template.js';
import { renderStack } from '../src/render/render-stack.js';

const PROCESS_RUNS = 7;
const IN_PROCESS_RUNS = 15;
const examples = ['examples/environments/dev.json', 'examples/environments/prod-closed.json'];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

console.log(`node ${process.version}`);
for (const file of examples) {
  const times: number[] = [];
  for (let i = 0; i < PROCESS_RUNS; i++) {
    const out = mkdtempSync(join(tmpdir(), 'bench-render-'));
    const start = performance.now();
    const result = spawnSync(process.execPath, ['dist/cli/index.js', 'render', file, '--out', out], {
      encoding: 'utf8',
    });
    times.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`render ${file} failed: ${result.stdout}${result.stderr}`);
  }
  console.log(`render ${file} (whole process, ${PROCESS_RUNS} runs): median ${median(times).toFixed(0)} ms`);
}

for (const file of examples) {
  const { environment } = checkEnvironment(readFileSync(file, 'utf8'), { file });
  if (!environment) throw new Error(`${file} is not valid`);
  const engineStart = performance.now();
  const first = renderStack(environment, 'bench');
  lintTemplate({ template: first.template, text: first.text, environment });
  const firstMs = performance.now() - engineStart;
  const renderTimes: number[] = [];
  const lintTimes: number[] = [];
  for (let i = 0; i < IN_PROCESS_RUNS; i++) {
    const start = performance.now();
    const rendered = renderStack(environment, 'bench');
    const rendering = performance.now();
    lintTemplate({ template: rendered.template, text: rendered.text, environment });
    lintTimes.push(performance.now() - rendering);
    renderTimes.push(rendering - start);
  }
  console.log(
    `${file}: first render+lint ${firstMs.toFixed(0)} ms (engine start included); then render ${median(renderTimes).toFixed(1)} ms + lint ${median(lintTimes).toFixed(0)} ms (median of ${IN_PROCESS_RUNS}), ${first.plan.resourceCount} resources, ${first.plan.templateBytes} bytes`,
  );
}
console.log(`peak resident memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
