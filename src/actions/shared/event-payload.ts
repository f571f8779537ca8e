import { readFile } from 'node:fs/promises';

/**
 * The payload of the event that started the workflow, as GitHub writes it to
 * GITHUB_EVENT_PATH; an empty object outside GitHub. Callers narrow what they read.
 */
export async function readEventPayload(
  env: NodeJS.ProcessEnv = process.env,
): Promise<Record<string, unknown>> {
  const path = env.GITHUB_EVENT_PATH;
  if (path === undefined || path === '') return {};
  let payload: unknown;
  try {
    payload = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(
      `cannot read the event payload at GITHUB_EVENT_PATH (${path}): ${(error as Error).message}`,
    );
  }
  return payload !== null && typeof payload === 'object' && !Array.isArray(payload)
    ? (payload as Record<string, unknown>)
    : {};
}
