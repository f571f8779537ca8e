/**
 * The claims of GitHub's OIDC token that a trust policy tests, read to explain
 * a refusal. Never use them to decide anything: the signature is not checked.
 */
export interface IdTokenClaims {
  /** `repo:OWNER/REPO:ref:refs/heads/main`, `repo:OWNER/REPO:environment:prod`, … */
  readonly sub?: string;
  readonly aud?: string | readonly string[];
  readonly iss?: string;
  /** Expiry, in seconds since the epoch. */
  readonly exp?: number;
}

/**
 * Decodes the payload of a JWT (base64url JSON, its middle part) without
 * verifying it. Undefined when the text is not a JWT with a JSON object payload.
 */
export function readIdTokenClaims(token: string): IdTokenClaims | undefined {
  const parts = token.split('.');
  const payload = parts.length === 3 ? parts[1] : undefined;
  if (payload === undefined || !/^[\w-]+$/.test(payload)) return undefined;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof decoded !== 'object' || decoded === null || Array.isArray(decoded)) return undefined;
  const { sub, aud, iss, exp } = decoded as Record<string, unknown>;
  return {
    ...(typeof sub === 'string' ? { sub } : {}),
    ...(typeof aud === 'string' || isStringArray(aud) ? { aud } : {}),
    ...(typeof iss === 'string' ? { iss } : {}),
    ...(typeof exp === 'number' ? { exp } : {}),
  };
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
