import { showValue } from './show-value.js';

/**
 * AWS's tag rules (the Tag type of every tagging API): Unicode letters,
 * digits, spaces and `_ . : / = + - @`; keys of 1 to 128 characters, values
 * of up to 256; `aws:` in any case reserved for AWS at the start of both.
 * Line and paragraph separators are "spaces" to that pattern but break every
 * line they are printed on, so the kit refuses them too.
 */
const TAG_CHARACTER = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]$/u;
const LINE_BREAKING_SPACE = /^[\u2028\u2029]$/;
const MAX_KEY_LENGTH = 128;
const MAX_VALUE_LENGTH = 256;

/** The tag every resource of the stack gets from the kit: a second one of the same key would be refused. */
export const KIT_NAME_TAG = 'Name';
/** Tags the kit keeps for itself: an environment file cannot set or impersonate them. */
export const KIT_TAG_PREFIX = 'dify-aws-kit:';

/** What is wrong with a tag key or value, and what to do about it. */
export interface TagProblem {
  readonly message: string;
  readonly hint: string;
}

const ALLOWED_CHARACTERS = 'Unicode letters, digits, spaces and _ . : / = + - @';

function characterProblem(text: string, what: 'key' | 'value'): TagProblem | undefined {
  const bad = Array.from(text).find((c) => !TAG_CHARACTER.test(c) || LINE_BREAKING_SPACE.test(c));
  if (bad === undefined) return undefined;
  return {
    message: `holds ${showValue(bad)}, which AWS does not allow in a tag ${what}`,
    hint: `A tag ${what} takes ${ALLOWED_CHARACTERS} only: remove or replace that character.`,
  };
}

function reservedPrefix(text: string, what: 'key' | 'value'): TagProblem | undefined {
  if (!text.toLowerCase().startsWith('aws:')) return undefined;
  return {
    message: 'starts with aws:, which AWS reserves for its own tags',
    hint: `Write the tag ${what} without the aws: prefix.`,
  };
}

/** Why `key` cannot be a tag key of the stack, or undefined when it can. */
export function tagKeyProblem(key: string): TagProblem | undefined {
  const length = Array.from(key).length;
  if (length === 0) return { message: 'is empty', hint: 'A tag key has 1 to 128 characters.' };
  if (length > MAX_KEY_LENGTH)
    return {
      message: `is ${length} characters long; a tag key has at most ${MAX_KEY_LENGTH}`,
      hint: 'Shorten the key.',
    };
  if (key === KIT_NAME_TAG)
    return {
      message: 'is the tag the kit sets on every resource (its name): a second Name tag would be refused',
      hint: 'Use another key; the kit names each resource <stack name>-<part>.',
    };
  if (key.toLowerCase().startsWith(KIT_TAG_PREFIX))
    return {
      message: `starts with ${KIT_TAG_PREFIX}, which the kit reserves for its own tags`,
      hint: `Use a key that does not start with ${KIT_TAG_PREFIX}.`,
    };
  return reservedPrefix(key, 'key') ?? characterProblem(key, 'key');
}

/** Why `value` cannot be a tag value, or undefined when it can. */
export function tagValueProblem(value: string): TagProblem | undefined {
  const length = Array.from(value).length;
  if (length > MAX_VALUE_LENGTH)
    return {
      message: `is ${length} characters long; a tag value has at most ${MAX_VALUE_LENGTH}`,
      hint: 'Shorten the value.',
    };
  return reservedPrefix(value, 'value') ?? characterProblem(value, 'value');
}
