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
  const encoding = otherEncoding(bytes);
  if (encoding !== undefined)
    return { ok: false, message: `the file is ${encoding} encoded`, hint: 'Save it as UTF-8 without BOM.' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, message: 'the file is not valid UTF-8', hint: 'Save it as UTF-8 without BOM.' };
  }
}

/**
 * UTF-16 or UTF-32, told by its byte order mark or, without one, by where the
 * zero bytes of the first ASCII characters fall (a JSON text starts with one:
 * RFC 4627, section 3).
 */
function otherEncoding(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'UTF-32 (little-endian, with a byte order mark)';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32 (big-endian, with a byte order mark)';
  if (a === 0xff && b === 0xfe) return 'UTF-16 (little-endian, with a byte order mark)';
  if (a === 0xfe && b === 0xff) return 'UTF-16 (big-endian, with a byte order mark)';
  if (bytes.length < 4) return undefined;
  if (a === 0 && b === 0 && c === 0 && d !== 0) return 'UTF-32 (big-endian, without a byte order mark)';
  if (a !== 0 && b === 0 && c === 0 && d === 0) return 'UTF-32 (little-endian, without a byte order mark)';
  if (a === 0 && b !== 0 && c === 0 && d !== 0) return 'UTF-16 (big-endian, without a byte order mark)';
  if (a !== 0 && b === 0 && c !== 0 && d === 0) return 'UTF-16 (little-endian, without a byte order mark)';
  return undefined;
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'ELOOP':
      return 'it is a symbolic link loop';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    default:
      return code ?? String(error);
  }
}
