import { looksSecretValue } from './secret-names.js';
import { escapeUnsafe } from './unsafe-characters.js';

const MAX_SHOWN = 60;

/**
 * Renders a value from a user's file for a message: JSON-quoted, shortened,
 * with invisible and direction-changing characters escaped so that a hostile
 * string cannot disguise itself or the line it is printed on, and never a
 * value that looks like a credential (secret-names.ts).
 */
export function showValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    // A message about a malformed field must not print the credential someone put in it.
    if (looksSecretValue(value)) return 'a value that looks like a credential (not shown)';
    const shortened = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
    return escapeUnsafe(JSON.stringify(shortened));
  }
  return String(value);
}

/** "a string (\"2\")", "a number (3)", "an object": what was found instead. */
export function describeFound(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return `a string (${showValue(value)})`;
    case 'number':
      return Number.isInteger(value) ? `an integer (${value})` : `a number (${value})`;
    case 'boolean':
      return `a boolean (${value})`;
    default:
      return 'an object';
  }
}

/** "\"a\", \"b\" or \"c\"" */
export function listAlternatives(values: readonly unknown[], conjunction = 'or'): string {
  const shown = values.map(showValue);
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${conjunction} ${shown[shown.length - 1]}`;
}
