import * as core from '@actions/core';

/** An input the action cannot use; the message names the input, the value and what is accepted. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** The trimmed input, or undefined when it is empty or not given. */
export function optionalInput(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === '' ? undefined : value;
}

export function requiredInput(name: string): string {
  const value = optionalInput(name);
  if (value === undefined) throw new InputError(`input ${name} is required and was not given`);
  return value;
}

/** `true` or `false`, exactly; the default when empty. Anything else is refused rather than guessed. */
export function booleanInput(name: string, defaultValue: boolean): boolean {
  const value = optionalInput(name);
  if (value === undefined) return defaultValue;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new InputError(`input ${name} is ${JSON.stringify(value)}: give true or false`);
}

/** A whole number within bounds; undefined when empty. */
export function integerInput(
  name: string,
  bounds: { readonly min: number; readonly max: number },
): number | undefined {
  const value = optionalInput(name);
  if (value === undefined) return undefined;
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < bounds.min || number > bounds.max) {
    throw new InputError(
      `input ${name} is ${JSON.stringify(value)}: give a whole number from ${bounds.min} to ${bounds.max}`,
    );
  }
  return number;
}

/** Items separated by commas or new lines, trimmed, empty ones dropped, duplicates kept once. */
export function listInput(name: string): string[] {
  const value = optionalInput(name) ?? '';
  return [
    ...new Set(
      value
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter((item) => item !== ''),
    ),
  ];
}
