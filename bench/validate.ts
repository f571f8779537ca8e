/**
 * Figures for `dify-aws-kit validate`, printed as medians (not asserted anywhere):
 *  - the whole bundled CLI as a process, cold start included, on each example;
 *  - validating 1,000 files in one process (the examples and the invalid corpus, round robin).
 * Run: npm run bench:validate  (uses the Node that runs this script; npm scripts use Node 24).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { checkEnvironment } from '../src/environment/check-environment.js';

const PROCESS_RUNS = 15;
const IN_PROCESS_FILES = 1000;
const IN_PROCESS_ROUNDS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const examples = ['examples/environments/dev.json', 'examples/environments/prod-closed.json'];
console.log(`node ${process.version}, ${PROCESS_RUNS} runs each`);
for (const file of examples) {
  const times: number[] = [];
  for (let i = 0; i < PROCESS_RUNS; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, ['dist/cli/index.js', 'validate', file], { encoding: 'utf8' });
    times.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`validate ${file} failed: ${result.stdout}${result.stderr}`);
  }
  console.log(`validate ${file} (whole process): median ${median(times).toFixed(0)} ms`);
}

const corpus = readdirSync('test/fixtures/invalid')
  .filter((name) => name.endsWith('.json'))
  .map((name) => `test/fixtures/invalid/${name}`);
const inputs = [...examples, ...corpus].map((file) => ({ file, text: readFileSync(file, 'utf8') }));
checkEnvironment(inputs[0]?.text ?? '', { file: 'warm-up' }); // compile the schema once, as a real process would

const rounds: number[] = [];
for (let round = 0; round < IN_PROCESS_ROUNDS; round++) {
  const start = performance.now();
  for (let i = 0; i < IN_PROCESS_FILES; i++) {
    const input = inputs[i % inputs.length];
    if (input) checkEnvironment(input.text, { file: input.file });
  }
  rounds.push(performance.now() - start);
}
const total = median(rounds);
console.log(
  `validate ${IN_PROCESS_FILES} files in one process (${inputs.length} distinct, round robin): median ${total.toFixed(0)} ms (${((total / IN_PROCESS_FILES) * 1000).toFixed(0)} µs per file) over ${IN_PROCESS_ROUNDS} rounds`,
);
console.log(`peak resident memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
