import { glob } from 'node:fs/promises';
import { matchesGlob } from 'node:path';

/** The environment files the patterns match in the workspace: relative, `/`-separated, sorted, each once. */
export async function findEnvironmentFiles(patterns: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of patterns) {
    for await (const file of glob(pattern, { cwd })) found.add(file.split('\\').join('/'));
  }
  return [...found].sort((a, b) => a.localeCompare(b));
}

/**
 * The files a pull request changes, among those found: added, modified, renamed
 * or copied into the pattern. Removed files are not in the workspace any more.
 */
export function changedAmong(files: readonly string[], changedPaths: readonly string[]): string[] {
  const changed = new Set(changedPaths.map((path) => path.replace(/^\.\//, '')));
  return files.filter((file) => changed.has(file.replace(/^\.\//, '')));
}

/** Paths the pull request deletes that the patterns match: environments whose file goes away. */
export function removedAmong(patterns: readonly string[], removedPaths: readonly string[]): string[] {
  return removedPaths.filter((path) => patterns.some((pattern) => matchesGlob(path, pattern)));
}
