import { joinPointer } from './json-pointer.js';

/**
 * Text that no field of an environment file may hold, whatever the field: every
 * string the file carries (values and keys) is read here, so a field added to
 * the schema later is covered without being listed.
 */
export interface TextHazard {
  /** Pointer of the string (for a key: the member it names). */
  readonly pointer: string;
  readonly at: 'key' | 'value';
  readonly message: string;
  readonly hint: string;
}

/**
 * A CloudFormation dynamic reference, `{{resolve:service:key}}`. CloudFormation
 * resolves one wherever it sits in a resource property, with the deploy role's
 * permissions, and writes the result in plain text (a container variable, a tag).
 * CloudFormation itself takes only `{{resolve:` written tightly (cfn-lint
 * W1053, confirmed against the service: `{{ resolve:` stays literal), but the
 * kit refuses every spelling, whatever the case and whatever spaces or
 * invisible characters sit between the parts: a near miss is no safer to keep.
 */
const DYNAMIC_REFERENCE = /\{\{resolve:/i;
/** Spaces (any kind) and invisible format characters (zero-width, bidi) a spelling might hide behind. */
const IGNORED_IN_SPELLING = /[\s\p{Z}\p{Cf}]/gu;

/** Whether `text` holds a CloudFormation dynamic reference, spelled in any way. */
export function holdsDynamicReference(text: string): boolean {
  return DYNAMIC_REFERENCE.test(text.replace(IGNORED_IN_SPELLING, ''));
}

/**
 * Code units that are not text: a lone UTF-16 surrogate (no UTF-8 encoding
 * exists for it, so no template, task definition or API call can carry it),
 * NUL (it ends a string in the container runtime) and the non-characters
 * U+FFFE and U+FFFF.
 */
const NOT_TEXT = /[\0\p{Cs}\ufffe\uffff]/u;

/** The first character of `text` that is not text, if any. */
export function firstNonText(text: string): string | undefined {
  return NOT_TEXT.exec(text)?.[0];
}

/** Every hazard in every string of a parsed environment file, in document order. */
export function findTextHazards(document: unknown): TextHazard[] {
  const hazards: TextHazard[] = [];
  const visit = (value: unknown, pointer: string): void => {
    if (typeof value === 'string') {
      const hazard = hazardOf(value);
      if (hazard) hazards.push({ pointer, at: 'value', ...hazard });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => {
        visit(item, joinPointer(pointer, index));
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        const member = joinPointer(pointer, key);
        const hazard = hazardOf(key);
        if (hazard) hazards.push({ pointer: member, at: 'key', ...hazard });
        visit(inner, member);
      }
    }
  };
  visit(document, '');
  return hazards;
}

function hazardOf(text: string): { message: string; hint: string } | undefined {
  const nonText = firstNonText(text);
  if (nonText !== undefined) {
    const surrogate = /\p{Cs}/u.test(nonText);
    return {
      message: `holds ${describeCodeUnit(nonText)}, which is not text: no template, task definition or AWS API can carry it`,
      hint: surrogate
        ? 'Write the character whole or not at all: an unpaired surrogate is one half of a character that takes two \\u escapes.'
        : 'Remove the \\u escape that produced it.',
    };
  }
  if (holdsDynamicReference(text)) {
    return {
      message:
        'holds a CloudFormation dynamic reference ({{resolve:…}}): CloudFormation would resolve it with the deploy role and write the secret or parameter in plain text',
      hint: 'Pass secrets and parameters with dify.environment fromSecret or fromSsmParameter, which reach the container through ECS secrets; no field may contain "{{resolve:".',
    };
  }
  return undefined;
}

function describeCodeUnit(unit: string): string {
  const code = unit.charCodeAt(0);
  const escaped = `\\u${code.toString(16).padStart(4, '0')}`;
  if (code >= 0xd800 && code <= 0xdfff) return `an unpaired surrogate (${escaped})`;
  if (code === 0) return `a NUL character (${escaped})`;
  return `the non-character ${escaped}`;
}
