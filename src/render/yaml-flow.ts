/**
 * Characters JSON.stringify leaves raw that YAML does not allow raw (C1
 * controls, line and paragraph separators, BOM, non-characters).
 */
const NOT_YAML_PRINTABLE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

/** A value the template cannot hold: undefined, a function, NaN or Infinity. */
export class UnrenderableValueError extends Error {
  constructor(what: string) {
    super(`cannot render ${what} into the template`);
    this.name = 'UnrenderableValueError';
  }
}

/**
 * Any value as one line of YAML: its JSON form, which YAML reads as a flow
 * scalar, sequence or mapping. This is the only way a value enters a
 * template, so no string, whatever it holds, can change the template's
 * structure: quotes, new lines, `: `, `#`, `!Ref` and `{{ }}` all stay inside
 * one quoted scalar.
 */
export function toYamlFlow(value: unknown): string {
  const json = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'number' && !Number.isFinite(v)) throw new UnrenderableValueError(String(v));
    if (typeof v === 'function' || typeof v === 'symbol') throw new UnrenderableValueError(`a ${typeof v}`);
    // Validation refuses them (text-hazards.ts); a template holding one would not parse anywhere else.
    if (typeof v === 'string' && /\p{Cs}/u.test(v)) throw new UnrenderableValueError('an unpaired surrogate');
    return v;
  });
  if (json === undefined) throw new UnrenderableValueError('undefined');
  return json.replace(NOT_YAML_PRINTABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
