import { joinPointer } from '../environment/json-pointer.js';

/** One field of an environment file that differs between the base branch and the pull request. */
export interface FieldChange {
  /** JSON pointer of the field, as diagnostics name fields. */
  readonly pointer: string;
  readonly kind: 'added' | 'removed' | 'changed';
  readonly before?: unknown;
  readonly after?: unknown;
  /**
   * The `name` of the object the field belongs to, when it has one (the name
   * of an environment variable whose `value` changes): what says whether the
   * value is a secret when its own key does not.
   */
  readonly nameBeside?: string;
}

/**
 * The fields that differ between two versions of an environment file, in the
 * order of the new file (removed fields after the fields of their object).
 * Objects are compared key by key; arrays and scalars as whole values, since a
 * list of CIDRs or endpoints reads best as one before/after pair, except lists
 * of objects of the same length (environment variables), compared item by item.
 */
export function diffEnvironmentFiles(before: unknown, after: unknown): FieldChange[] {
  const changes: FieldChange[] = [];
  collect('', before, after, changes);
  return changes;
}

function collect(
  pointer: string,
  before: unknown,
  after: unknown,
  changes: FieldChange[],
  nameBeside?: string,
  inList = false,
): void {
  const named = nameBeside === undefined ? {} : { nameBeside };
  if (sameLengthListsOfObjects(before, after)) {
    // Objects compared item by item, so that a named one (an environment variable) lends its name to its fields.
    before.forEach((item, index) => {
      collect(joinPointer(pointer, index), item, (after as unknown[])[index], changes, undefined, true);
    });
    return;
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    const name = inList ? (nameOf(after) ?? nameOf(before)) : undefined;
    const inner = name === undefined ? {} : { nameBeside: name };
    for (const key of Object.keys(after)) {
      const child = joinPointer(pointer, key);
      if (key === '$schema') continue;
      if (Object.hasOwn(before, key)) collect(child, before[key], after[key], changes, name);
      else changes.push({ pointer: child, kind: 'added', after: after[key], ...inner });
    }
    for (const key of Object.keys(before)) {
      if (key === '$schema' || Object.hasOwn(after, key)) continue;
      changes.push({ pointer: joinPointer(pointer, key), kind: 'removed', before: before[key], ...inner });
    }
    return;
  }
  if (!deepEqual(before, after)) changes.push({ pointer, kind: 'changed', before, after, ...named });
}

function sameLengthListsOfObjects(before: unknown, after: unknown): before is unknown[] {
  return (
    Array.isArray(before) &&
    Array.isArray(after) &&
    before.length === after.length &&
    [...before, ...after].every(isPlainObject)
  );
}

function nameOf(object: Record<string, unknown>): string | undefined {
  return typeof object.name === 'string' ? object.name : undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** JSON values only: what JSON.parse gives. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]))
    );
  }
  return false;
}
