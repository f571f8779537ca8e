import { createHash } from 'node:crypto';

/** CloudFormation's rule for change-set names. */
export const CHANGE_SET_NAME_PATTERN = /^[a-zA-Z][-a-zA-Z0-9]*$/;
export const CHANGE_SET_NAME_MAX_LENGTH = 128;

const HASH_LENGTH = 8;

/**
 * `dify-<environment>-<run>`: the same environment and run always give the same
 * name, so a re-run finds its change set. Characters CloudFormation refuses become
 * hyphens; when that (or shortening to 128 characters) loses information, a hash
 * of the exact input is appended, so two different runs never share a name.
 */
export function changeSetName(environmentName: string, runId: string): string {
  const environment = sanitise(environmentName);
  const run = sanitise(runId);
  const name = ['dify', environment, run].filter((part) => part !== '').join('-');
  const lossless = environment === environmentName && run === runId && run !== '';
  if (lossless && name.length <= CHANGE_SET_NAME_MAX_LENGTH) return name;
  const hash = createHash('sha256')
    .update(`${environmentName}\u0000${runId}`)
    .digest('hex')
    .slice(0, HASH_LENGTH);
  const room = CHANGE_SET_NAME_MAX_LENGTH - HASH_LENGTH - 1;
  return `${name.slice(0, room).replace(/-+$/, '')}-${hash}`;
}

/** Runs of characters outside [-a-zA-Z0-9] become one hyphen; hyphens at either end go. */
function sanitise(part: string): string {
  return part.replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}
