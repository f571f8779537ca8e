/**
 * The one set of rules that says whether something is, or holds, a secret:
 * ENV002 and SBX002 refuse literal secrets with them, the template lint
 * (SEC008) checks the rendered task definitions with them, and the drift
 * report and the pull-request comment hide values with them. A name is a
 * weak signal and a value a strong one: a name that reads like a setting
 * (ENABLE_…, …_SECONDS) never excuses a value that looks like a credential.
 */

// TOKEN, PWD, PASS, DSN and AUTH only as whole words: MAX_TOKENS, PASSTHROUGH and OAUTH_… hold no secret.
const SECRET_NAME =
  /PASSWORD|PASSWD|PASSPHRASE|SECRET|CREDENTIAL|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|(?:^|_)(?:TOKEN|PWD|PASS|DSN|AUTH)(?:_|$)|_KEY$|^CELERY_BROKER_URL$/;
// Dify's settings about secrets (ACCESS_TOKEN_EXPIRE_MINUTES, ENABLE_EMAIL_PASSWORD_LOGIN, AUTH_TYPE) hold none.
const SETTING_NAME = /^ENABLE_|_(?:ENABLED|MINUTES|HOURS|DAYS|SECONDS|LENGTH|TYPE)$/;

/**
 * Whether an environment variable name (UPPER_SNAKE_CASE) says its value is a
 * secret: PASSWORD, SECRET, API_KEY, …_PWD, …_PASS, …_DSN, AUTH…, and not a
 * setting about one.
 */
export function looksSecret(name: string): boolean {
  return SECRET_NAME.test(name) && !SETTING_NAME.test(name);
}

/** Any name (MasterUserPassword, authToken, db-password, SMTP_PASSWORD) read as UPPER_SNAKE_CASE. */
export function namesSecret(name: string): boolean {
  return looksSecret(upperSnakeCase(name));
}

function upperSnakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
}

/** Whether a JSON pointer (or a CloudFormation property path) names a secret at any step. */
export function isSecretPath(path: string): boolean {
  return path.split('/').some((segment) => segment !== '' && namesSecret(segment));
}

// ---------------------------------------------------------------------------------------------------------------
// Values

/** A URL with a password in its user info (postgres://user:password@host), or a long token as its user (a DSN). */
const URL_CREDENTIALS = /[a-z][a-z0-9+.-]*:\/\/(?:[^\s/?#@:]*:[^\s/?#@]+|[A-Za-z0-9_-]{16,})@/i;
/** `password=…`, `Pwd=…`, `AccountKey=…` in a connection string or a query. */
const ASSIGNED_SECRET =
  /(?:^|[\s;&?,])(?:password|passwd|pwd|pass|secret|token|api[-_]?key|access[-_]?key|account[-_]?key|auth)\s*[=:]\s*[^\s;&,]+/i;
/** A PEM block; those of public material (certificates, public keys, parameters, signatures) are no secret. */
const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----/g;
const PUBLIC_PEM_LABEL =
  /^(?:(?:TRUSTED |X509 )?CERTIFICATE(?: REQUEST)?|NEW CERTIFICATE REQUEST|X509 CRL|(?:RSA |SSH2 )?PUBLIC KEY|PGP PUBLIC KEY BLOCK|PGP SIGNATURE|PKCS7|CMS|(?:DH |EC |DSA )?PARAMETERS)$/;
const PUBLIC_PEM_BODY = new RegExp(
  `-----BEGIN (${PUBLIC_PEM_LABEL.source.slice(1, -1)})-----[\\s\\S]*?-----END \\1-----`,
  'g',
);
/** A CloudFormation dynamic reference to a secret: its value, once resolved, must never be shown. */
const DYNAMIC_SECRET_REFERENCE = /\{\{\s*resolve\s*:\s*(?:secretsmanager|ssm-secure)\s*:/i;
/** Credentials whose shape says what they are, whatever the name beside them. */
const CREDENTIAL_SHAPES = [
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/, // AWS access key ID
  /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\b/, // GitHub tokens
  /\bxox[abprs]-[A-Za-z0-9-]{10,}/, // Slack tokens
  /\bsk-(?:ant-|proj-)?[A-Za-z0-9_-]{20,}/, // OpenAI and Anthropic API keys
  /\b[rs]k_live_[A-Za-z0-9]{16,}/, // Stripe secret keys
  /\bAIza[0-9A-Za-z_-]{35}\b/, // Google API keys
  /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/, // JSON Web Tokens
  /^(?:Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]{12,}$/i, // an Authorization header's value
];
/** Values a secret-named setting may plainly hold. */
const PLAIN_SETTING = /^(?:|true|false|yes|no|on|off|enabled|disabled|none|null)$/i;
/** How deep JSON inside JSON is read before giving up (and calling it a secret, to be safe). */
const MAX_JSON_DEPTH = 8;

/**
 * Whether a value looks like a credential whatever it is called: a URL with
 * credentials, a private-key PEM block, a known token shape, a
 * `password=` assignment, a random-looking token, or JSON that holds one of
 * these or a secret-named key (even inside a string of JSON).
 */
export function looksSecretValue(value: string, depth = 0): boolean {
  if (depth > MAX_JSON_DEPTH) return true;
  if (DYNAMIC_SECRET_REFERENCE.test(value)) return true;
  if (URL_CREDENTIALS.test(value) || ASSIGNED_SECRET.test(value)) return true;
  for (const [, label] of value.matchAll(PEM_BLOCK)) if (!PUBLIC_PEM_LABEL.test(label ?? '')) return true;
  if (CREDENTIAL_SHAPES.some((shape) => shape.test(value))) return true;
  // A certificate's base64 body is random-looking but public.
  const withoutPublicPem = value.replace(PUBLIC_PEM_BODY, '');
  if (withoutPublicPem.split(/[\s,;]+/).some(isRandomToken)) return true;
  const json = parseJsonContainer(value);
  return json !== undefined && jsonHoldsSecret(json, depth + 1);
}

/** Whether a value holds a `{{resolve:secretsmanager:…}}` or `{{resolve:ssm-secure:…}}` reference. */
export function hasDynamicSecretReference(value: string): boolean {
  return DYNAMIC_SECRET_REFERENCE.test(value);
}

/**
 * Whether a token looks generated rather than written: 32 characters or more,
 * letters of both cases and digits, and nearly as varied as random text
 * (a UUID, a commit hash or a word with numbers is not).
 */
function isRandomToken(token: string): boolean {
  if (token.length < 32 || !/^[A-Za-z0-9+/=_-]+$/.test(token)) return false;
  if (!/[a-z]/.test(token) || !/[A-Z]/.test(token) || !/[0-9]/.test(token)) return false;
  return shannonEntropy(token) >= 4.5;
}

function shannonEntropy(text: string): number {
  const counts = new Map<string, number>();
  for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** Whether `name = value` (an environment variable, a JSON member) is a secret: the value wins over the name. */
export function isSecretVariable(name: string, value: string): boolean {
  return looksSecretValue(value) || (namesSecret(name) && !PLAIN_SETTING.test(value.trim()));
}

/**
 * Whether a value that is JSON (an object or a list: an added container
 * environment, a field of a file) holds a secret: a secret-named member or
 * `{ "Name": …, "Value": … }` pair with a value, or any string that looks
 * like a credential, however deep, including JSON written inside a string.
 */
export function holdsSecretJson(value: string): boolean {
  const json = parseJsonContainer(value);
  return json !== undefined && jsonHoldsSecret(json, 1);
}

function jsonHoldsSecret(value: unknown, depth: number): boolean {
  if (depth > MAX_JSON_DEPTH) return true;
  if (typeof value === 'string') return looksSecretValue(value, depth);
  if (Array.isArray(value)) return value.some((item) => jsonHoldsSecret(item, depth + 1));
  if (value === null || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  const name = record.Name ?? record.name;
  const paired = record.Value ?? record.value;
  if (typeof name === 'string' && typeof paired === 'string' && isSecretVariable(name, paired)) return true;
  return Object.entries(record).some(
    ([key, inner]) =>
      (typeof inner === 'string' ? isSecretVariable(key, inner) : namesSecret(key) && holdsData(inner)) ||
      jsonHoldsSecret(inner, depth + 1),
  );
}

/** An object or list with something in it: what a secret-named member may carry besides a string. */
function holdsData(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return value !== null && typeof value === 'object' && Object.keys(value).length > 0;
}

function parseJsonContainer(text: string): unknown {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return undefined;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * A value at a path, with the name beside it when there is one (the `name` of
 * an environment variable whose `value` this is): whether to hide it.
 */
export function holdsSecret(field: {
  readonly path?: string | undefined;
  readonly name?: string | undefined;
  readonly value: string;
}): boolean {
  const { path, name, value } = field;
  return (
    (path !== undefined && isSecretPath(path)) ||
    (name !== undefined && isSecretVariable(name, value)) ||
    looksSecretValue(value) ||
    holdsSecretJson(value)
  );
}
