import { type AnyNode, parse } from '@humanwhocodes/momoa';
import type { Position } from './diagnostic.js';
import { jsonExpectationAt } from './json-expectation.js';
import { joinPointer } from './json-pointer.js';
import { SourceMap } from './source-map.js';

/** An environment file is small; anything bigger is a mistake, not a configuration. */
export const MAX_ENVIRONMENT_BYTES = 1024 * 1024;
/** The schema nests six levels deep; 64 leaves room and keeps the parser's recursion bounded. */
export const MAX_NESTING_DEPTH = 64;

export interface SyntaxProblem {
  readonly position: Position;
  readonly pointer: string;
  readonly message: string;
  readonly hint?: string;
}

export type ParseResult =
  | {
      readonly ok: true;
      readonly value: unknown;
      readonly sourceMap: SourceMap;
      /** Problems that do not stop validation (duplicate keys). */
      readonly problems: readonly SyntaxProblem[];
    }
  | { readonly ok: false; readonly problems: readonly SyntaxProblem[] };

const START: Position = { line: 1, column: 1 };

/**
 * Parses the text of an environment file into a value and a map from JSON
 * pointers to source positions. Strict JSON: no comments, no trailing commas,
 * no byte order mark, no duplicate keys, no raw control characters in strings.
 */
export function parseEnvironmentJson(text: string): ParseResult {
  const early = checkBeforeParsing(text);
  if (early) return { ok: false, problems: [early] };

  let document: ReturnType<typeof parse>;
  try {
    document = parse(text, { mode: 'json', tokens: false, ranges: false });
  } catch (error) {
    return { ok: false, problems: [describeParserError(error, text)] };
  }

  const body = document.body;
  if (body.type !== 'Object') {
    return {
      ok: false,
      problems: [
        {
          position: at(body.loc.start),
          pointer: '',
          message: `the file must hold one JSON object, found ${describeNodeType(body.type)}`,
          hint: 'Start from examples/environments/dev.json.',
        },
      ],
    };
  }

  const sourceMap = new SourceMap(at(document.loc.end));
  const problems: SyntaxProblem[] = [];
  const unreadable: SyntaxProblem[] = [];
  const value = toValue(body, '', { text, sourceMap, problems, unreadable });
  if (unreadable.length > 0) return { ok: false, problems: unreadable };
  sourceMap.set('', { value: at(body.loc.start) });
  return { ok: true, value, sourceMap, problems };
}

function checkBeforeParsing(text: string): SyntaxProblem | undefined {
  if (text.length > MAX_ENVIRONMENT_BYTES) {
    return {
      position: START,
      pointer: '',
      message: `the file is ${formatSize(text.length)}; an environment file is at most ${formatSize(MAX_ENVIRONMENT_BYTES)}`,
      hint: 'Check that this is the environment file you meant to pass.',
    };
  }
  if (text.charCodeAt(0) === 0xfeff) {
    return {
      position: START,
      pointer: '',
      message: 'the file starts with a byte order mark (BOM)',
      hint: 'Save the file as UTF-8 without BOM.',
    };
  }
  if (text.trim() === '') {
    return {
      position: START,
      pointer: '',
      message: 'the file is empty',
      hint: 'An environment file is one JSON object; start from examples/environments/dev.json.',
    };
  }
  return scanStructure(text);
}

/**
 * One linear pass over the text that the parser does not make: it bounds the
 * nesting depth (the parser recurses), rejects raw control characters
 * inside strings (the parser accepts them, JSON does not) and line endings
 * made of a carriage return alone (the parser counts them as lines, git does not).
 */
function scanStructure(text: string): SyntaxProblem | undefined {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let line = 1;
  let column = 1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (code === 0x5c) escaped = true;
      else if (code === 0x22) inString = false;
      else if (code < 0x20) {
        return {
          position: { line, column },
          pointer: '',
          message: `a string contains a raw control character (${controlName(code)})`,
          hint: 'Write it escaped, for example \\n for a new line, or close the string with a double quote.',
        };
      }
    } else if (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a) {
      return {
        position: { line, column },
        pointer: '',
        message: 'a line ends with a carriage return alone (classic Mac OS line endings)',
        hint: 'Git and GitHub read such a file as one line, so no problem in it could be pointed at: save it with LF (or CRLF) line endings.',
      };
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x7b || code === 0x5b) {
      depth++;
      if (depth > MAX_NESTING_DEPTH) {
        return {
          position: { line, column },
          pointer: '',
          message: `the JSON nests deeper than ${MAX_NESTING_DEPTH} levels`,
          hint: 'An environment file nests a few levels at most; check the file is the one you meant.',
        };
      }
    } else if (code === 0x7d || code === 0x5d) {
      depth--;
    }
    if (code === 0x0a) {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return undefined;
}

interface ParserError {
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

function isParserError(error: unknown): error is ParserError {
  return (
    error instanceof Error &&
    typeof (error as Partial<ParserError>).line === 'number' &&
    typeof (error as Partial<ParserError>).column === 'number'
  );
}

function describeParserError(error: unknown, text: string): SyntaxProblem {
  if (!isParserError(error)) throw error;
  const kind = error.constructor.name;
  if (kind === 'UnexpectedEOF') {
    return {
      position: endOf(text),
      pointer: '',
      message: 'the file ends before the JSON is complete',
      hint: 'The file looks truncated: close every open string, array and object.',
    };
  }
  const position = { line: error.line, column: error.column };
  const offset = offsetOf(text, position);
  const char = text[offset] ?? '';
  if ((char === '}' || char === ']') && previousSignificantChar(text, offset) === ',') {
    return {
      position,
      pointer: '',
      message: `trailing comma before "${char}"`,
      hint: 'JSON allows no comma after the last item: remove it.',
    };
  }
  if (char === '/' && (text[offset + 1] === '/' || text[offset + 1] === '*')) {
    return {
      position,
      pointer: '',
      message: 'comments are not allowed in JSON',
      hint: 'Remove the comment; use the "description" field for notes.',
    };
  }
  if (char === "'") {
    return {
      position,
      pointer: '',
      message: 'single quotes are not allowed in JSON',
      hint: 'Use double quotes.',
    };
  }
  const expecting = jsonExpectationAt(text, offset);
  if (expecting === 'end-of-document' && (char === '}' || char === ']')) {
    return {
      position,
      pointer: '',
      message: `an extra "${char}" after the end of the JSON`,
      hint: 'Remove it: every object and array is closed already.',
    };
  }
  if (expecting === 'end-of-document') {
    return {
      position,
      pointer: '',
      message: 'a second JSON value starts after the first one has ended',
      hint: 'An environment file is one JSON object: remove what follows its closing brace, or merge the two.',
    };
  }
  if (expecting === 'colon') {
    return {
      position,
      pointer: '',
      message: 'missing colon after the property name',
      hint: 'Put a colon between a name and its value, as in "name": "dev".',
    };
  }
  if (expecting === 'value' && /[,}\]:]/.test(char)) {
    return {
      position,
      pointer: '',
      message: `a value is missing before "${char}"`,
      hint: 'Write the value, or remove the property or item.',
    };
  }
  if (expecting === 'comma-or-close' && /["{[\d\-tfn]/.test(char)) {
    return {
      position,
      pointer: '',
      message: 'missing comma between two values',
      hint: 'Add a comma at the end of the previous line.',
    };
  }
  if (expecting === 'key' && /[A-Za-z_$]/.test(char)) {
    const name = /^[A-Za-z_$][\w$-]*/.exec(text.slice(offset))?.[0] ?? char;
    return {
      position,
      pointer: '',
      message: 'property names must be in double quotes',
      hint: `Write it as ${JSON.stringify(name)}.`,
    };
  }
  return {
    position,
    pointer: '',
    message: `unexpected ${JSON.stringify(char)}`,
    hint: 'Check for a missing comma, colon or quote just before this point.',
  };
}

interface ValueContext {
  readonly text: string;
  readonly sourceMap: SourceMap;
  /** Problems that do not stop validation (duplicate keys). */
  readonly problems: SyntaxProblem[];
  /** Problems that make the value unknowable (a number JavaScript cannot hold). */
  readonly unreadable: SyntaxProblem[];
}

function toValue(node: AnyNode, pointer: string, context: ValueContext): unknown {
  const { sourceMap, problems } = context;
  switch (node.type) {
    case 'Object': {
      const object: Record<string, unknown> = {};
      const firstSeen = new Map<string, Position>();
      for (const member of node.members) {
        const key = member.name.type === 'String' ? member.name.value : member.name.name;
        const memberPointer = joinPointer(pointer, key);
        const earlier = firstSeen.get(key);
        if (earlier) {
          problems.push({
            position: at(member.name.loc.start),
            pointer: memberPointer,
            message: `duplicate key ${JSON.stringify(key)} (first at line ${earlier.line})`,
            hint: 'Keep one of them: JSON readers disagree on which one wins.',
          });
        } else {
          firstSeen.set(key, at(member.name.loc.start));
        }
        sourceMap.set(memberPointer, { key: at(member.name.loc.start), value: at(member.value.loc.start) });
        // defineProperty, not assignment: a key named "__proto__" stays a plain key.
        Object.defineProperty(object, key, {
          value: toValue(member.value, memberPointer, context),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return object;
    }
    case 'Array':
      return node.elements.map((element, index) => {
        const elementPointer = joinPointer(pointer, index);
        sourceMap.set(elementPointer, { value: at(element.value.loc.start) });
        return toValue(element.value, elementPointer, context);
      });
    case 'Number': {
      const problem = numberProblem(
        context.text.slice(node.loc.start.offset, node.loc.end.offset),
        node.value,
      );
      if (problem !== undefined)
        context.unreadable.push({ position: at(node.loc.start), pointer, ...problem });
      return node.value;
    }
    case 'String':
    case 'Boolean':
      return node.value;
    case 'Null':
      return null;
    default:
      throw new Error(`unexpected JSON node ${node.type}`);
  }
}

/**
 * A number as written that JavaScript (and every JSON reader built like it) cannot
 * hold: beyond the largest double it becomes Infinity, a whole number beyond 2^53
 * loses digits, and one too small to hold becomes 0.
 */
function numberProblem(raw: string, value: number): { message: string; hint: string } | undefined {
  const hint = 'No setting of an environment file needs such a number: check the value.';
  if (!Number.isFinite(value))
    return {
      message: `the number ${shortNumber(raw)} is out of range: JSON readers turn it into ${value}`,
      hint,
    };
  if (/^-?\d+$/.test(raw) && !Number.isSafeInteger(value))
    return {
      message: `the number ${shortNumber(raw)} is too large to be read exactly: it would be read as ${value}`,
      hint: `${hint} An id is written as a string.`,
    };
  if (value === 0 && /[1-9]/.test(raw.split(/[eE]/)[0] ?? ''))
    return { message: `the number ${shortNumber(raw)} is too small to be held: it would be read as 0`, hint };
  return undefined;
}

function shortNumber(raw: string): string {
  return raw.length > 40 ? `${raw.slice(0, 39)}…` : raw;
}

/** Line and column only: the parser's locations also carry offsets we do not report. */
function at(location: Position): Position {
  return { line: location.line, column: location.column };
}

function describeNodeType(type: string): string {
  switch (type) {
    case 'Array':
      return 'an array';
    case 'String':
      return 'a string';
    case 'Number':
      return 'a number';
    case 'Boolean':
      return 'a boolean';
    case 'Null':
      return 'null';
    default:
      return type;
  }
}

function controlName(code: number): string {
  if (code === 0x0a) return 'a new line';
  if (code === 0x0d) return 'a carriage return';
  if (code === 0x09) return 'a tab';
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

function endOf(text: string): Position {
  const lines = text.split('\n');
  const last = lines[lines.length - 1] ?? '';
  return { line: lines.length, column: last.length + 1 };
}

function offsetOf(text: string, position: Position): number {
  let offset = 0;
  for (let line = 1; line < position.line; line++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return offset + position.column - 1;
}

function previousSignificantChar(text: string, offset: number): string | undefined {
  for (let i = offset - 1; i >= 0; i--) {
    const char = text[i];
    if (char !== undefined && !/\s/.test(char)) return char;
  }
  return undefined;
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
