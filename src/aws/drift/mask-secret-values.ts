import { holdsSecret } from '../../environment/secret-names.js';
import type { PropertyDrift } from './drift-outcome.js';

/** What a report shows instead of a value that is, or may be, a secret. */
export const SECRET_PLACEHOLDER = '(secret, not shown)';

/** Longer values are cut to this many characters, the last one an ellipsis. */
export const MAX_SHOWN_VALUE_LENGTH = 200;

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
  const name = siblingName(context.actualProperties, path) ?? siblingName(context.expectedProperties, path);
  // The rules of src/environment/secret-names.ts: a secret-named path or name beside, or a credential-looking value.
  const secret = [expected, actual].some((value) => holdsSecret({ path, name, value }));
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
