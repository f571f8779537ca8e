import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import { closest, distance } from 'fastest-levenshtein';
import { type StringFormat, stringFormats } from './formats.js';
import { joinPointer, valueAtPointer } from './json-pointer.js';
import { schema } from './schema.js';
import { describeFound, listAlternatives, showValue } from './show-value.js';
import { findTextHazards } from './text-hazards.js';

/** A schema violation, in words a person can act on, with where to show it. */
export interface SchemaProblem {
  /** Pointer reported to the user (for a missing property: where it belongs). */
  readonly pointer: string;
  /** Where to place it in the file: a pointer that exists, and whether at its key or value. */
  readonly locate: { readonly pointer: string; readonly at: 'key' | 'value' };
  readonly message: string;
  readonly hint?: string;
  /** For a missing property: the pointer it should have. */
  readonly missing?: string;
  /** For an unknown property that looks like a typo: the pointer it was meant to have. */
  readonly renameTo?: string;
}

type SchemaNode = Record<string, unknown>;

type AddFormats = (ajv: Ajv, formats: string[]) => Ajv;
// ajv-formats is CommonJS; depending on the loader its default import is the plugin or its namespace.
const addFormats = ((addFormatsPlugin as unknown as { default?: AddFormats }).default ??
  addFormatsPlugin) as unknown as AddFormats;

let compiled: ValidateFunction | undefined;

/** The compiled validator, built once per process (compiling costs more than validating). */
function validator(): ValidateFunction {
  if (compiled) return compiled;
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    strictRequired: false,
    discriminator: true,
    verbose: true,
    useDefaults: true,
  });
  addFormats(ajv, ['email']);
  for (const [name, format] of Object.entries(stringFormats)) {
    ajv.addFormat(name, { type: 'string', validate: format.validate });
  }
  compiled = ajv.compile(schema);
  return compiled;
}

export type SchemaValidation =
  | { readonly valid: true; readonly withDefaults: unknown }
  | { readonly valid: false; readonly problems: readonly SchemaProblem[] };

/**
 * Validates a parsed environment against schemas/environment.schema.json and
 * returns either the value with every schema default filled in, or all the
 * problems found, rewritten for people.
 */
export function validateAgainstSchema(value: unknown): SchemaValidation {
  const withDefaults = structuredClone(value);
  const validate = validator();
  const schemaValid = validate(withDefaults);
  const hazards = findTextHazards(value).map(
    (hazard): SchemaProblem => ({
      pointer: hazard.pointer,
      locate: { pointer: hazard.pointer, at: hazard.at },
      message: hazard.message,
      hint: hazard.hint,
    }),
  );
  if (schemaValid && hazards.length === 0) return { valid: true, withDefaults };
  // A string that is not text, or that CloudFormation would resolve, is the one thing to say about it.
  const hazardous = new Set(hazards.map((hazard) => hazard.pointer));
  const problems = schemaValid ? [] : explainErrors(validate.errors ?? [], value);
  return {
    valid: false,
    problems: [...hazards, ...problems.filter((problem) => !hazardous.has(problem.pointer))],
  };
}

export function explainErrors(errors: readonly ErrorObject[], data: unknown): SchemaProblem[] {
  const combinators = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  const branchErrors = new Set<ErrorObject>();
  const problems: SchemaProblem[] = [];

  for (const combinator of combinators) {
    const prefix = `${combinator.schemaPath}/`;
    const branches = errors.filter((e) => e.schemaPath.startsWith(prefix));
    for (const e of branches) branchErrors.add(e);
    problems.push(...explainCombinator(combinator, branches, data));
  }

  // A value of the wrong type fails its other keywords too; the type is the one to report.
  const wrongType = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  for (const error of errors) {
    if (branchErrors.has(error) || combinators.includes(error)) continue;
    if (error.keyword === 'propertyNames') continue; // its inner error carries the detail
    if (error.keyword !== 'type' && wrongType.has(error.instancePath)) continue;
    const problem = explainError(error, data);
    if (problem) problems.push(problem);
  }
  return dedupe(withoutMissingExplainedByTypo(problems));
}

/** "cidrr" is unknown and "cidr" is missing: one mistake, reported once, as the typo. */
function withoutMissingExplainedByTypo(problems: SchemaProblem[]): SchemaProblem[] {
  const renames = new Set(problems.flatMap((p) => (p.renameTo ? [p.renameTo] : [])));
  return problems.filter((p) => !(p.missing && renames.has(p.missing)));
}

function explainError(error: ErrorObject, data: unknown): SchemaProblem | undefined {
  const here = error.instancePath;
  const value = valueAtPointer(data, here);
  const at = (message: string, hint?: string): SchemaProblem => ({
    pointer: here,
    locate: { pointer: here, at: 'value' },
    message,
    ...(hint ? { hint } : {}),
  });
  const params = error.params as Record<string, unknown>;
  const errorSchema = error.schema as unknown;

  if (error.propertyName !== undefined) {
    const key = error.propertyName;
    const pointer = joinPointer(here, key);
    const format = typeof params.format === 'string' ? stringFormats[params.format] : undefined;
    const hint = format ? formatHint(format, key) : undefined;
    return {
      pointer,
      locate: { pointer, at: 'key' },
      message: `key ${format?.explain?.(key) ?? `${showValue(key)} is not ${format?.noun ?? 'allowed here'}`}`,
      ...(hint ? { hint } : {}),
    };
  }

  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const example = exampleOf(propertySchema(error.parentSchema, missing));
      return {
        pointer: joinPointer(here, missing),
        locate: { pointer: here, at: 'value' },
        missing: joinPointer(here, missing),
        message: `missing required property ${showValue(missing)}`,
        hint:
          example === undefined
            ? `Add ${showValue(missing)}.`
            : `Add it, for example ${JSON.stringify(missing)}: ${JSON.stringify(example)}.`,
      };
    }
    case 'additionalProperties': {
      const unknown = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema?.properties as SchemaNode | undefined) ?? {});
      const pointer = joinPointer(here, unknown);
      const suggestion = suggest(unknown, known);
      return {
        pointer,
        locate: { pointer, at: 'key' },
        ...(suggestion ? { renameTo: joinPointer(here, suggestion) } : {}),
        message: `unknown property ${showValue(unknown)}${suggestion ? `; did you mean ${showValue(suggestion)}?` : ''}`,
        hint: suggestion
          ? `Rename it to ${showValue(suggestion)}.`
          : `Remove it; the properties allowed here are ${listAlternatives(known, 'and')}.`,
      };
    }
    case 'type':
      return at(
        `expected ${typeNoun(params.type)}, found ${describeFound(value)}`,
        typeHint(params.type, value),
      );
    case 'enum': {
      const allowed = (errorSchema as unknown[]) ?? [];
      const suggestion = typeof value === 'string' ? suggest(value, allowed.map(String)) : undefined;
      return at(
        `${showValue(value)} is not one of ${listAlternatives(allowed)}${suggestion ? `; did you mean ${showValue(suggestion)}?` : ''}`,
      );
    }
    case 'const':
      return at(`must be ${showValue(params.allowedValue)}, found ${showValue(value)}`);
    case 'format': {
      const format = stringFormats[String(params.format)];
      const noun = format?.noun ?? builtInFormatNoun(String(params.format));
      const explained = typeof value === 'string' ? format?.explain?.(value) : undefined;
      const hint = format && typeof value === 'string' ? formatHint(format, value) : undefined;
      return at(explained ?? `${showValue(value)} is not ${noun}`, hint);
    }
    case 'minimum':
    case 'exclusiveMinimum':
      return at(`${showValue(value)} is below the minimum of ${String(params.limit)}`);
    case 'maximum':
    case 'exclusiveMaximum':
      return at(`${showValue(value)} is above the maximum of ${String(params.limit)}`);
    case 'multipleOf':
      return at(`${showValue(value)} is not a multiple of ${String(params.multipleOf)}`);
    case 'minLength':
      return at(
        params.limit === 1 ? 'must not be empty' : `must be at least ${String(params.limit)} characters long`,
      );
    case 'maxLength':
      return at(`is ${String(value).length} characters long; at most ${String(params.limit)} are allowed`);
    case 'minItems':
      return at(
        `needs at least ${plural(Number(params.limit), 'item')}, found ${Array.isArray(value) ? value.length : 0}`,
      );
    case 'maxItems':
      return at(
        `has ${Array.isArray(value) ? value.length : 0} items; at most ${String(params.limit)} are allowed`,
      );
    case 'maxProperties':
      return at(
        `has ${Object.keys(value ?? {}).length} entries; at most ${String(params.limit)} are allowed`,
      );
    case 'uniqueItems': {
      const later = Math.max(Number(params.i), Number(params.j));
      const earlier = Math.min(Number(params.i), Number(params.j));
      const pointer = joinPointer(here, later);
      return {
        pointer,
        locate: { pointer, at: 'value' },
        message: `${showValue(valueAtPointer(data, pointer))} is listed twice (also item ${earlier})`,
        hint: 'Remove the repeated item.',
      };
    }
    case 'dependencies': {
      const property = String(params.property);
      const pointer = joinPointer(here, property);
      return {
        pointer,
        locate: { pointer, at: 'key' },
        message: `${showValue(property)} needs ${showValue(params.missingProperty)} beside it`,
      };
    }
    case 'discriminator': {
      const tag = String(params.tag);
      const pointer = joinPointer(here, tag);
      const allowed = discriminatorValues(error.parentSchema);
      if (params.error === 'tag') {
        const found = valueAtPointer(data, pointer);
        if (found !== undefined) {
          return {
            pointer,
            locate: { pointer, at: 'value' },
            message: `expected a string, found ${describeFound(found)}`,
            hint: `Set it to ${listAlternatives(allowed)}.`,
          };
        }
        return {
          pointer,
          locate: { pointer: here, at: 'value' },
          message: `missing required property ${showValue(tag)}`,
          hint: `Set it to ${listAlternatives(allowed)}.`,
        };
      }
      const suggestion = typeof params.tagValue === 'string' ? suggest(params.tagValue, allowed) : undefined;
      return {
        pointer,
        locate: { pointer, at: 'value' },
        message: `${showValue(params.tagValue)} is not one of ${listAlternatives(allowed)}${suggestion ? `; did you mean ${showValue(suggestion)}?` : ''}`,
      };
    }
    default:
      return at(error.message ?? `is not valid (${error.keyword})`);
  }
}

/**
 * oneOf/anyOf: report the branch the user evidently meant (the one that
 * failed only deeper down), or say plainly which alternatives exist.
 */
function explainCombinator(combinator: ErrorObject, branches: ErrorObject[], data: unknown): SchemaProblem[] {
  const here = combinator.instancePath;
  const value = valueAtPointer(data, here);
  const alternatives = (combinator.schema as SchemaNode[]) ?? [];
  const passing = (combinator.params as { passingSchemas?: number[] | null }).passingSchemas;

  const onlyRequired = alternatives.every(
    (branch) => Object.keys(branch).length === 1 && 'required' in branch,
  );
  if (onlyRequired) {
    const names = alternatives.flatMap((branch) => (branch.required as string[]) ?? []);
    const present = names.filter((name) => isObject(value) && Object.hasOwn(value, name));
    return [
      {
        pointer: here,
        locate: { pointer: here, at: 'value' },
        message:
          passing && passing.length > 1
            ? `set only one of ${listAlternatives(names)}; found ${listAlternatives(present, 'and')}`
            : `set exactly one of ${listAlternatives(names)}`,
      },
    ];
  }

  const byBranch = new Map<number, ErrorObject[]>();
  for (const error of branches) {
    const index = Number(error.schemaPath.slice(combinator.schemaPath.length + 1).split('/')[0]);
    byBranch.set(index, [...(byBranch.get(index) ?? []), error]);
  }
  const meant = [...byBranch.entries()]
    .filter(([, errors]) => !errors.some((e) => e.instancePath === here && ROOT_MISMATCH.has(e.keyword)))
    .sort((a, b) => a[1].length - b[1].length)[0];
  if (meant) return explainErrors(meant[1], data);

  const nouns = alternatives.map(describeAlternative);
  const expectedTypes = new Set(alternatives.map((branch) => branch.type));
  const [expectedType] = expectedTypes;
  const wrongType =
    expectedTypes.size === 1 &&
    typeof expectedType === 'string' &&
    [...byBranch.values()].every((errors) =>
      errors.some((e) => e.instancePath === here && e.keyword === 'type'),
    );
  if (wrongType) {
    return [
      {
        pointer: here,
        locate: { pointer: here, at: 'value' },
        message: `expected ${typeNoun(expectedType)}, found ${describeFound(value)}`,
        hint: `Set it to ${nouns.join(' or ')}.`,
      },
    ];
  }
  return [
    {
      pointer: here,
      locate: { pointer: here, at: 'value' },
      message: `${showValue(value)} is not ${nouns.join(' or ')}`,
    },
  ];
}

const ROOT_MISMATCH = new Set(['type', 'const', 'enum', 'format', 'pattern', 'discriminator']);

function describeAlternative(branch: SchemaNode): string {
  if ('const' in branch) return showValue(branch.const);
  if (typeof branch.format === 'string') {
    return stringFormats[branch.format]?.noun ?? builtInFormatNoun(branch.format);
  }
  if (typeof branch.type === 'string') return typeNoun(branch.type);
  return 'another allowed shape';
}

function discriminatorValues(parentSchema: unknown): string[] {
  const oneOf = isObject(parentSchema) && Array.isArray(parentSchema.oneOf) ? parentSchema.oneOf : [];
  const definitions = (schema.definitions as Record<string, SchemaNode>) ?? {};
  return oneOf.flatMap((branch: unknown) => {
    const ref = isObject(branch) && typeof branch.$ref === 'string' ? branch.$ref : undefined;
    const target = ref ? definitions[ref.replace('#/definitions/', '')] : (branch as SchemaNode);
    const properties = target?.properties as Record<string, SchemaNode> | undefined;
    const mode = properties?.mode?.const;
    return typeof mode === 'string' ? [mode] : [];
  });
}

function propertySchema(parentSchema: unknown, name: string): SchemaNode | undefined {
  if (!isObject(parentSchema) || !isObject(parentSchema.properties)) return undefined;
  const property = parentSchema.properties[name];
  if (!isObject(property)) return undefined;
  if (typeof property.$ref === 'string') {
    const definitions = (schema.definitions as Record<string, SchemaNode>) ?? {};
    return { ...definitions[property.$ref.replace('#/definitions/', '')], ...property };
  }
  return property;
}

function exampleOf(property: SchemaNode | undefined): unknown {
  const examples = property?.examples;
  return Array.isArray(examples) ? examples[0] : undefined;
}

/** The closest known name, when it is close enough to be a typo. */
function suggest(unknown: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const lower = unknown.toLowerCase();
  const caseOnly = known.find((name) => name.toLowerCase() === lower);
  if (caseOnly) return caseOnly;
  const best = closest(unknown, [...known]);
  return distance(unknown, best) <= Math.max(2, Math.floor(unknown.length / 3)) ? best : undefined;
}

function typeNoun(type: unknown): string {
  const types = Array.isArray(type) ? type : [type];
  return types
    .map((t) => {
      switch (t) {
        case 'object':
          return 'an object';
        case 'array':
          return 'an array';
        case 'integer':
          return 'an integer';
        default:
          return `a ${String(t)}`;
      }
    })
    .join(' or ');
}

function typeHint(expected: unknown, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (
    (expected === 'integer' || expected === 'number') &&
    value.trim() !== '' &&
    !Number.isNaN(Number(value))
  ) {
    return `Write the number without quotes: ${Number(value)}.`;
  }
  if (expected === 'boolean' && (value === 'true' || value === 'false')) {
    return `Write it without quotes: ${value}.`;
  }
  return undefined;
}

function formatHint(format: StringFormat, value: string): string | undefined {
  return typeof format.hint === 'function' ? format.hint(value) : format.hint;
}

function builtInFormatNoun(format: string): string {
  if (format === 'email') return 'a valid email address';
  return `a valid ${format}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function dedupe(problems: SchemaProblem[]): SchemaProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.pointer}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
