/** RFC 6901 JSON pointers, as ajv reports them in `instancePath`. */

export function joinPointer(parent: string, segment: string | number): string {
  return `${parent}/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

export function parentPointer(pointer: string): string {
  const at = pointer.lastIndexOf('/');
  return at <= 0 ? '' : pointer.slice(0, at);
}

/** Reads the value at a pointer, or undefined when any step is missing. */
export function valueAtPointer(root: unknown, pointer: string): unknown {
  let current: unknown = root;
  for (const segment of splitPointer(pointer)) {
    if (Array.isArray(current)) current = current[Number(segment)];
    else if (current !== null && typeof current === 'object')
      current = (current as Record<string, unknown>)[segment];
    else return undefined;
  }
  return current;
}
