import { createHash } from 'node:crypto';

/** STS's rules for RoleSessionName: 2 to 64 characters of `[\w+=,.@-]`. */
export const ROLE_SESSION_NAME_LIMITS = { minLength: 2, maxLength: 64, pattern: /^[\w+=,.@-]*$/ } as const;

const PREFIX = 'gha';
/** Longer run ids (GitHub's are about 11 digits) are cut; the hash keeps the name unique. */
const MAX_RUN_ID_LENGTH = 20;
const HASH_LENGTH = 8;

export function isValidRoleSessionName(name: string): boolean {
  return (
    name.length >= ROLE_SESSION_NAME_LIMITS.minLength &&
    name.length <= ROLE_SESSION_NAME_LIMITS.maxLength &&
    ROLE_SESSION_NAME_LIMITS.pattern.test(name)
  );
}

/**
 * The role session name for a workflow run, as CloudTrail will show it:
 * `gha-OWNER.REPO-RUNID`, for example `gha-octo-org.dify-infra-12345678901`.
 * Characters STS refuses become "-"; a name over 64 characters keeps the run id
 * and the start of the repository, followed by a hash of the whole, so two long
 * repositories never share a name. The same inputs always give the same name.
 */
export function roleSessionName(repository: string, runId: string | number): string {
  // Owner names cannot contain ".", so "/" → "." keeps owner and repository apart.
  const repo = sanitise(repository.replaceAll('/', '.'));
  const run = sanitise(String(runId));
  const full = [PREFIX, repo, run].filter((part) => part !== '').join('-');
  if (full.length <= ROLE_SESSION_NAME_LIMITS.maxLength) return full;

  const hash = createHash('sha256').update(`${repository}\n${runId}`).digest('hex').slice(0, HASH_LENGTH);
  const runPart = run.slice(0, MAX_RUN_ID_LENGTH);
  const room = ROLE_SESSION_NAME_LIMITS.maxLength - `${PREFIX}-.${hash}-${runPart}`.length;
  const repoPart = repo.slice(0, room).replace(/[-.]+$/, '');
  return [PREFIX, repoPart === '' ? hash : `${repoPart}.${hash}`, runPart]
    .filter((part) => part !== '')
    .join('-');
}

function sanitise(text: string): string {
  return text.replace(/[^\w+=,.@-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '');
}
