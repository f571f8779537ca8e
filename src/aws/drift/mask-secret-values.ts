import { looksSecret } from '../../environment/secret-names.js';
import type { PropertyDrift } from './drift-outcome.js';

/** What a report shows instead of a value that is, or may be, a secret. */
export const SECRET_PLACEHOLDER = '(secret, not shown)';

/** Longer values are cut to this many characters, the last one an ellipsis. */
export const MAX_SHOWN_VALUE_LENGTH = 200;

/**
 * A property whose name says it holds a secret: Password, MasterUserPassword,
 * AuthToken, SecretString, GenerateSecretString, PrivateKey, Credentials, …
 */
const SECRET_PROPERTY = /password|passwd|secret|token|private_?key|credential/i;

/** A CloudFormation dynamic reference to a secret: its value, once resolved, must never be shown. */
const DYNAMIC_SECRET_REFERENCE = /\{\{\s*resolve\s*:\s*(?:secretsmanager|ssm-secure)\s*:/i;

/** Whether a JSON pointer into a resource's properties names a secret anywhere along it. */
export function isSecretPath(path: string): boolean {
  return path.split('/').some((segment) => SECRET_PROPERTY.test(segment));
}

/** Whether a value holds a `{{resolve:secretsmanager:…}}` or `{{resolve:ssm-secure:…}}` reference. */
export function hasDynamicSecretReference(value: string): boolean {
  return DYNAMIC_SECRET_REFERENCE.test(value);
}

/**
 * Whether a value that is JSON (an added or removed object or list) holds a
 * secret: a key that names one, or a `{ "Name": "DB_PASSWORD", "Value": … }`
 * pair like an ECS container's environment.
 */
export function holdsSecretJson(value: string): boolean {
  const trimmed = value.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return false;
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return false;
  }
  return containsSecret(parsed);
}

function containsSecret(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(containsSecret);
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const name = record.Name ?? record.name;
  if (typeof name === 'string' && (looksSecret(name.toUpperCase()) || SECRET_PROPERTY.test(name)))
    return true;
  return Object.entries(record).some(([key, inner]) => SECRET_PROPERTY.test(key) || containsSecret(inner));
}

/**
 * The name beside the value a pointer ends at, as in `/ContainerDefinitions/0/Environment/3/Value`:
 * the `Name` of that same object in the resource's properties (JSON), when it can be found.
 */
export function siblingName(propertiesJson: string | undefined, path: string): string | undefined {
  if (propertiesJson === undefined || !path.endsWith('/Value')) return undefined;
  let node: unknown;
  try {
    node = JSON.parse(propertiesJson);
  } catch {
    return undefined;
  }
  const segments = path.split('/').slice(1, -1);
  for (const raw of segments) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  if (typeof node !== 'object' || node === null) return undefined;
  const name = (node as Record<string, unknown>).Name;
  return typeof name === 'string' ? name : undefined;
}

/** A value cut to MAX_SHOWN_VALUE_LENGTH characters (code points), ending in an ellipsis when cut. */
export function shortened(value: string): string {
  const characters = Array.from(value);
  if (characters.length <= MAX_SHOWN_VALUE_LENGTH) return value;
  return `${characters.slice(0, MAX_SHOWN_VALUE_LENGTH - 1).join('')}…`;
}

/** The resource's properties as CloudFormation reports them, to find the names of environment variables. */
export interface PropertiesContext {
  readonly expectedProperties?: string | undefined;
  readonly actualProperties?: string | undefined;
}

/**
 * A property difference safe to show: both values replaced by SECRET_PLACEHOLDER
 * when the path, a value, or the name beside the value says it is a secret;
 * otherwise both values shortened. Applying it twice changes nothing.
 */
export function maskDifference(difference: PropertyDrift, context: PropertiesContext = {}): PropertyDrift {
  const { path, expected, actual } = difference;
  const name =
    siblingName(context.actualProperties, path) ?? siblingName(context.expectedProperties, path) ?? undefined;
  const secret =
    isSecretPath(path) ||
    (name !== undefined && (looksSecret(name.toUpperCase()) || SECRET_PROPERTY.test(name))) ||
    [expected, actual].some((value) => hasDynamicSecretReference(value) || holdsSecretJson(value));
  if (secret) {
    return {
      ...difference,
      path: shortened(path),
      expected: expected === '' ? '' : SECRET_PLACEHOLDER,
      actual: actual === '' ? '' : SECRET_PLACEHOLDER,
    };
  }
  return { ...difference, path: shortened(path), expected: shortened(expected), actual: shortened(actual) };
}
