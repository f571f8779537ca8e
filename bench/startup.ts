/**
 * Figures for the bundles in dist/, printed as medians (not asserted anywhere): for each
 * bundle that exists, its size (index.js, its chunks and its WebAssembly files) and the
 * cold start of a process that loads it and does nothing expensive:
 *  - dist/cli: `node dist/cli/index.js --version`;
 *  - dist/deploy, dist/drift: `node dist/<action>/index.js` with an empty environment, as
 *    GitHub would run it with no inputs: it fails fast on the first missing input;
 *  - dist/preflight, the same way: outside a pull request, with no file to check, it succeeds.
 * Each process is started once untimed (so the files are in the page cache), then RUNS times;
 * the bare `node -e ''` start is printed too, as the floor under every figure.
 *
 * Run: npm run bench:startup
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const RUNS = 10;

interface Bundle {
  readonly name: string;
  readonly args: readonly string[];
  /** The environment of the process: undefined to inherit this one. */
  readonly env?: NodeJS.ProcessEnv;
  /** What a successful start looks like: the exit status. */
  readonly expectedStatus: number;
}

const BUNDLES: readonly Bundle[] = [
  { name: 'cli', args: ['--version'], expectedStatus: 0 },
  { name: 'deploy', args: [], env: {}, expectedStatus: 1 },
  { name: 'drift', args: [], env: {}, expectedStatus: 1 },
  // No event and no environments/ folder here: it finds no file to check and succeeds.
  { name: 'preflight', args: [], env: {}, expectedStatus: 0 },
];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KiB`;
}

/** The bytes of index.js, the chunks (N.index.js) and the .wasm files of a bundle directory. */
function bundleSize(directory: string): { readonly total: number; readonly parts: string } {
  let entry = 0;
  let chunks = 0;
  let chunkCount = 0;
  let wasm = 0;
  let wasmCount = 0;
  for (const name of readdirSync(directory)) {
    const size = statSync(join(directory, name)).size;
    if (name === 'index.js') entry += size;
    else if (name.endsWith('.js')) {
      chunks += size;
      chunkCount += 1;
    } else if (name.endsWith('.wasm')) {
      wasm += size;
      wasmCount += 1;
    }
  }
  return {
    total: entry + chunks + wasm,
    parts: `index.js ${kib(entry)} + ${chunkCount} chunks ${kib(chunks)} + ${wasmCount} wasm ${kib(wasm)}`,
  };
}

/** Wall time of one process, in ms; throws when it does not end as expected. */
function timeProcess(args: readonly string[], env: NodeJS.ProcessEnv | undefined, expectedStatus: number) {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    ...(env === undefined ? {} : { env }),
  });
  const ms = performance.now() - start;
  if (result.status !== expectedStatus)
    throw new Error(
      `node ${args.join(' ')} exited with ${result.status} (expected ${expectedStatus}): ${result.stdout}${result.stderr}`,
    );
  const firstLine = `${result.stdout}${result.stderr}`.trim().split('\n')[0] ?? '';
  return { ms, firstLine };
}

function coldStart(args: readonly string[], env: NodeJS.ProcessEnv | undefined, expectedStatus: number) {
  const warm = timeProcess(args, env, expectedStatus);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(timeProcess(args, env, expectedStatus).ms);
  return {
    median: median(times),
    min: Math.min(...times),
    max: Math.max(...times),
    firstLine: warm.firstLine,
  };
}

console.log(`node ${process.version}, ${RUNS} timed runs each (after one untimed run)`);
const floor = coldStart(['-e', ''], undefined, 0);
console.log(`node -e '' (the floor): median ${floor.median.toFixed(0)} ms`);
for (const bundle of BUNDLES) {
  const directory = join('dist', bundle.name);
  const entry = join(directory, 'index.js');
  if (!existsSync(entry)) {
    console.log(`dist/${bundle.name}: no bundle (${entry} does not exist)`);
    continue;
  }
  const size = bundleSize(directory);
  const start = coldStart([entry, ...bundle.args], bundle.env, bundle.expectedStatus);
  const how = bundle.env === undefined ? bundle.args.join(' ') : 'empty environment';
  console.log(
    `dist/${bundle.name}: ${kib(size.total)} (${size.parts}); cold start (${how}): median ${start.median.toFixed(0)} ms (min ${start.min.toFixed(0)}, max ${start.max.toFixed(0)}); it said: ${start.firstLine.slice(0, 100)}`,
  );
}
