import { readFile } from 'node:fs/promises';

/** The event payload cannot be read as GitHub writes it; the message says what is wrong with it. */
export class EventPayloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EventPayloadError';
  }
}

/** GitHub's payloads are a few hundred KiB at most; anything far bigger is not one. */
const MAX_PAYLOAD_BYTES = 64 * 1024 * 1024;

/**
 * The payload of the event that started the workflow, as GitHub writes it to
 * GITHUB_EVENT_PATH; an empty object outside GitHub. A file that cannot be read,
 * is not JSON or is not a JSON object is one EventPayloadError, never a crash
 * further on. Callers narrow what they read.
 */
export async function readEventPayload(
  env: NodeJS.ProcessEnv = process.env,
): Promise<Record<string, unknown>> {
  const path = env.GITHUB_EVENT_PATH;
  if (path === undefined || path === '') return {};
  const where = 'the event payload at GITHUB_EVENT_PATH';
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new EventPayloadError(
      code === 'ENOENT'
        ? `${where} does not exist: run the action in a GitHub Actions job, or unset GITHUB_EVENT_PATH`
        : `cannot read ${where} (${code ?? String(error)})`,
    );
  }
  if (bytes.length > MAX_PAYLOAD_BYTES)
    throw new EventPayloadError(`${where} is ${bytes.length} bytes: not an event payload`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new EventPayloadError(`${where} is not UTF-8 text`);
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    throw new EventPayloadError(`${where} is not JSON (${(error as Error).message})`);
  }
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload))
    throw new EventPayloadError(`${where} is not a JSON object`);
  return payload as Record<string, unknown>;
}
