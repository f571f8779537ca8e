import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/main.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const bundledCli = fileURLToPath(new URL('../../dist/cli/index.js', import.meta.url));

export interface CliOutcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in this process (fast; for many cases). */
export async function runInProcess(argv: string[]): Promise<CliOutcome> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

/** Runs the committed bundle as a user would: a separate Node process, from the repository root. */
export function runBundled(argv: string[], options: { cwd?: string } = {}): CliOutcome {
  const result = spawnSync(process.execPath, [bundledCli, ...argv], {
    cwd: options.cwd ?? repoRoot,
    encoding: 'utf8',
    // Generous: a bundle's first run starts AWS's validator engine, slow on a busy 2-core machine.
    timeout: 120_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
