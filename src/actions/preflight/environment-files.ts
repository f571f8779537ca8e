import { glob, realpath } from 'node:fs/promises';
import { isAbsolute, matchesGlob, relative, resolve, sep } from 'node:path';
import {
  type FileText,
  readEnvironmentFile,
  UnreadableFileError,
} from '../../environment/read-environment-file.js';
import { showValue } from '../../environment/show-value.js';
import { InputError } from '../shared/action-inputs.js';

/**
 * The environment files the patterns match in the workspace: relative, `/`-separated, sorted, each once.
 * A pattern that reaches outside the workspace (`..`, or a glob that matches it: `.[.]`, `{..,x}`) is
 * refused: the check is on what the pattern matched, not on how it is spelled.
 */
export async function findEnvironmentFiles(patterns: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of patterns) {
    for await (const file of glob(pattern, { cwd })) {
      const path = file.split('\\').join('/');
      if (!isInside(cwd, resolve(cwd, file)))
        throw new InputError(
          `input environment-files has ${showValue(pattern)}, which matches ${showValue(path)} outside the workspace: give patterns that stay inside it (such as environments/*.json)`,
        );
      found.add(path);
    }
  }
  return [...found].sort((a, b) => a.localeCompare(b));
}

/**
 * The text of a file of the workspace, or why it is not read: a link to a path
 * outside the workspace (a pull request can add a symbolic link to the runner's
 * files), a link loop or a dangling link, or whatever makes it no environment file.
 */
export async function readWorkspaceFile(file: string, workspace: string): Promise<FileText> {
  const hint = 'Narrow environment-files to the environment files (JSON) of the repository.';
  let root: string;
  let real: string;
  try {
    root = await realpath(workspace);
    real = await realpath(resolve(root, file));
  } catch (error) {
    return { ok: false, message: `cannot read the file: ${linkProblem(error)}`, hint };
  }
  if (!isInside(root, real))
    return {
      ok: false,
      message: 'the file is a symbolic link to a path outside the workspace, which is never read',
      hint: 'Commit the environment file itself, not a link to it.',
    };
  try {
    return await readEnvironmentFile(real);
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    return { ok: false, message: `cannot read the file: ${error.reason}`, hint };
  }
}

/** `path` is `root` or below it (both absolute, symbolic links resolved where it matters). */
function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}

function linkProblem(error: unknown): string {
  switch ((error as { code?: string }).code) {
    case 'ELOOP':
      return 'it is a symbolic link loop';
    case 'ENOENT':
      return 'no such file (or a symbolic link to nothing)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return (error as { code?: string }).code ?? String(error);
  }
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
