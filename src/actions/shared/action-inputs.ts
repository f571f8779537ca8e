import * as core from '@actions/core';
import { checkRegion } from '../../aws/region.js';

/** An input the action cannot use; the message names the input, the value and what is accepted. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/**
 * One input of an action: what its action.yml declares (name, required, default)
 * and how the action reads it. The reader applies the same default to an empty
 * input, so a workflow that passes `''` gets what one that leaves it out gets.
 * test/actions/action-metadata.test.ts holds every action.yml to these.
 */
export interface InputSpec<T> {
  readonly name: string;
  readonly required: boolean;
  /** action.yml's `default`, exactly as written there; undefined when it has none. */
  readonly default: string | undefined;
  /**
   * A default the runner evaluates (`${{ github.token }}`): outside GitHub the
   * input is empty and the reader treats it as not given.
   */
  readonly defaultIsExpression?: boolean;
  /** Reads the input with @actions/core and parses it; an unusable value throws an InputError. */
  read(): T;
}

/** The specs of one action, by the name the code knows each input under. */
export type InputSpecs = Readonly<Record<string, InputSpec<unknown>>>;

/** What reading the specs gives: each input parsed. */
export type InputValues<S extends InputSpecs> = { readonly [K in keyof S]: ReturnType<S[K]['read']> };

/** Reads every input of the action, in the order the specs list them; the first unusable one throws. */
export function readInputs<S extends InputSpecs>(specs: S): InputValues<S> {
  const values: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(specs)) values[key] = spec.read();
  return values as InputValues<S>;
}

/** The trimmed input, or undefined when it is empty or not given. */
function rawInput(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === '' ? undefined : value;
}

/** An input the action needs; action.yml says `required: true`. */
export function requiredText(name: string): InputSpec<string> {
  return {
    name,
    required: true,
    default: undefined,
    read: () => {
      const value = rawInput(name);
      if (value === undefined) throw new InputError(`input ${name} is required and was not given`);
      return value;
    },
  };
}

/** Free text, undefined when empty; `expressionDefault` is action.yml's `${{ … }}` default, if any. */
export function optionalText(name: string, expressionDefault?: string): InputSpec<string | undefined> {
  return {
    name,
    required: false,
    default: expressionDefault,
    ...(expressionDefault === undefined ? {} : { defaultIsExpression: true }),
    read: () => rawInput(name),
  };
}

/** Free text with a default. */
export function textWithDefault(name: string, defaultValue: string): InputSpec<string> {
  return { name, required: false, default: defaultValue, read: () => rawInput(name) ?? defaultValue };
}

/** `true` or `false`, exactly; the default when empty. Anything else is refused rather than guessed. */
export function booleanInput(name: string, defaultValue: boolean): InputSpec<boolean> {
  return {
    name,
    required: false,
    default: String(defaultValue),
    read: () => {
      const value = rawInput(name);
      if (value === undefined) return defaultValue;
      if (value === 'true') return true;
      if (value === 'false') return false;
      throw new InputError(`input ${name} is ${JSON.stringify(value)}: give true or false`);
    },
  };
}

/** A whole number within bounds; the default (or undefined, without one) when empty. */
export function integerInput(
  name: string,
  bounds: { readonly min: number; readonly max: number },
): InputSpec<number | undefined>;
export function integerInput(
  name: string,
  bounds: { readonly min: number; readonly max: number; readonly default: number },
): InputSpec<number>;
export function integerInput(
  name: string,
  bounds: { readonly min: number; readonly max: number; readonly default?: number },
): InputSpec<number | undefined> {
  return {
    name,
    required: false,
    default: bounds.default === undefined ? undefined : String(bounds.default),
    read: () => {
      const value = rawInput(name);
      if (value === undefined) return bounds.default;
      const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
      if (!Number.isSafeInteger(number) || number < bounds.min || number > bounds.max) {
        throw new InputError(
          `input ${name} is ${JSON.stringify(value)}: give a whole number from ${bounds.min} to ${bounds.max}`,
        );
      }
      return number;
    },
  };
}

/**
 * Items separated by commas or new lines, trimmed, empty ones dropped, duplicates
 * kept once; `defaultValue` (action.yml's default, parsed the same way) when none.
 * `check` refuses an item with the reason it gives.
 */
export function listInput(
  name: string,
  options: { readonly default?: string; readonly check?: (item: string) => string | undefined } = {},
): InputSpec<readonly string[]> {
  return {
    name,
    required: false,
    default: options.default,
    read: () => {
      const items = splitList(rawInput(name) ?? '');
      for (const item of items) {
        const problem = options.check?.(item);
        if (problem !== undefined)
          throw new InputError(`input ${name} has ${JSON.stringify(item)}: ${problem}`);
      }
      return items.length === 0 && options.default !== undefined ? splitList(options.default) : items;
    },
  };
}

function splitList(value: string): string[] {
  return [
    ...new Set(
      value
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter((item) => item !== ''),
    ),
  ];
}

/**
 * An AWS region code the kit knows, undefined when empty; checked when the inputs
 * are read, so a mistyped region fails naming the input before any token is asked for.
 */
export function regionInput(name: string): InputSpec<string | undefined> {
  return {
    name,
    required: false,
    default: undefined,
    read: () => {
      const value = rawInput(name);
      if (value === undefined) return undefined;
      const problem = checkRegion(value);
      if (problem !== undefined)
        throw new InputError(
          `input ${name} is ${JSON.stringify(value)}: ${problem.message}. ${problem.hint}`,
        );
      return value;
    },
  };
}
