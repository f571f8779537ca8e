import { readFile, stat } from 'node:fs/promises';
import { MAX_ENVIRONMENT_BYTES } from './parse-environment-json.js';

/** The file could not be read as text at all; the message says why. */
export class UnreadableFileError extends Error {
  constructor(
    readonly file: string,
    /** Why, without the path: "no such file", "it is a directory"… */
    readonly reason: string,
  ) {
    super(`cannot read ${file}: ${reason}`);
    this.name = 'UnreadableFileError';
  }
}

export type FileText =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly message: string; readonly hint: string };

/**
 * Reads an environment file as UTF-8 text, refusing before reading it whole
 * a file too large to be an environment, and text that is not UTF-8.
 * A missing or unreadable path throws UnreadableFileError.
 */
export async function readEnvironmentFile(file: string): Promise<FileText> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new UnreadableFileError(file, 'not a regular file');
    size = info.size;
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(file, describeFsError(error));
  }
  if (size > MAX_ENVIRONMENT_BYTES) {
    return {
      ok: false,
      message: `the file is ${(size / (1024 * 1024)).toFixed(1)} MiB; an environment file is at most 1 MiB`,
      hint: 'Check that this is the environment file you meant to pass.',
    };
  }
  const bytes = await readFile(file).catch((error: unknown) => {
    throw new UnreadableFileError(file, describeFsError(error));
  });
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: 'the file is UTF-16 encoded', hint: 'Save it as UTF-8 without BOM.' };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, message: 'the file is not valid UTF-8', hint: 'Save it as UTF-8 without BOM.' };
  }
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    default:
      return code ?? String(error);
  }
}
