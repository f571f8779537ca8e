import { describe, expect, it } from 'vitest';
import { jsonExpectationAt } from '../src/environment/json-expectation.js';
import { MAX_NESTING_DEPTH, parseEnvironmentJson } from '../src/environment/parse-environment-json.js';

function parsed(text: string) {
  const result = parseEnvironmentJson(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

describe('parseEnvironmentJson', () => {
  it('maps every pointer to the line and column of its value and key', () => {
    const { sourceMap, value } = parsed(
      '{\n  "network": {\n    "vpc": { "cidr": "10.0.0.0/33" }\n  },\n  "list": [1, {"a": true}]\n}',
    );
    expect(value).toEqual({ network: { vpc: { cidr: '10.0.0.0/33' } }, list: [1, { a: true }] });
    expect(sourceMap.positionOf('/network/vpc/cidr')).toEqual({ line: 3, column: 22 });
    expect(sourceMap.positionOf('/network/vpc/cidr', 'key')).toEqual({ line: 3, column: 14 });
    expect(sourceMap.positionOf('/list/1/a')).toEqual({ line: 5, column: 21 });
  });

  it('places a pointer that is not in the file at its nearest ancestor', () => {
    const { sourceMap } = parsed('{\n  "dify": {}\n}');
    expect(sourceMap.positionOf('/dify/services/api/cpu')).toEqual({ line: 2, column: 11 });
    expect(sourceMap.positionOf('/database/minCapacity')).toEqual({ line: 1, column: 1 });
  });

  it('reports a duplicate key at the second occurrence and keeps parsing', () => {
    const result = parsed('{\n  "a": 1,\n  "a": 2\n}');
    expect(result.problems).toEqual([
      expect.objectContaining({
        position: { line: 3, column: 3 },
        pointer: '/a',
        message: 'duplicate key "a" (first at line 2)',
      }),
    ]);
  });

  it('keeps a key named __proto__ as a plain key', () => {
    const { value } = parsed('{"__proto__": {"polluted": true}}');
    expect(Object.keys(value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it('refuses nesting deeper than the limit without recursing into it', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const result = parseEnvironmentJson(deep);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]?.message).toBe(`the JSON nests deeper than ${MAX_NESTING_DEPTH} levels`);
      expect(result.problems[0]?.position).toEqual({ line: 1, column: MAX_NESTING_DEPTH + 1 });
    }
  });

  it('does not count brackets inside strings as nesting', () => {
    expect(parseEnvironmentJson(`{"description": "${'['.repeat(500)}"}`).ok).toBe(true);
  });

  it('reports a truncated file at its end, not at its start', () => {
    const result = parseEnvironmentJson('{\n  "name": "dev",\n  "region": "ap-');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.position).toEqual({ line: 3, column: 17 });
  });

  it('accepts escaped control characters and unicode', () => {
    const { value } = parsed('{"description": "line\\nbreak \\u0007 東京 \\ud83d\\ude00"}');
    expect(value).toEqual({ description: 'line\nbreak \u0007 東京 😀' });
  });
});

describe('what a syntax error is named for', () => {
  const message = (text: string) => {
    const result = parseEnvironmentJson(text);
    return result.ok ? 'ok' : result.problems[0]?.message;
  };

  it.each([
    ['{"a" 1}', 'missing colon after the property name'],
    ['{"a\\" : ,": "x", "b" "y"}', 'missing colon after the property name'],
    ['{"a": ,}', 'a value is missing before ","'],
    ['{"a": }', 'a value is missing before "}"'],
    ['{"a": 1 "b": 2}', 'missing comma between two values'],
    ['{"a": [1 2]}', 'missing comma between two values'],
    ['{"a": {"b": "}"} "c": 1}', 'missing comma between two values'],
    ['{"a": 1} {"b": 2}', 'a second JSON value starts after the first one has ended'],
    ['{"a": 1}}', 'an extra "}" after the end of the JSON'],
    ['{"a": 1,}', 'trailing comma before "}"'],
    ['{a: 1}', 'property names must be in double quotes'],
    ['{"a": 1e400}', 'the number 1e400 is out of range: JSON readers turn it into Infinity'],
    ['{"a": -1e400}', 'the number -1e400 is out of range: JSON readers turn it into -Infinity'],
    ['{"a": 1e-400}', 'the number 1e-400 is too small to be held: it would be read as 0'],
    ['{"a": 0e10, "b": 0.0}', 'ok'],
    [
      '{"a": 9007199254740993}',
      'the number 9007199254740993 is too large to be read exactly: it would be read as 9007199254740992',
    ],
    ['{"a": 1,\r"b": 2}', 'a line ends with a carriage return alone (classic Mac OS line endings)'],
    ['{"a": 1,\r\n"b": 2}', 'ok'],
  ])('%j: %s', (text, expected) => {
    expect(message(text)).toBe(expected);
  });

  it('reads what the grammar expects through strings with escaped quotes and brackets', () => {
    const text = '{"k\\"{[": ["]", {"x": "\\"}"}], "z"';
    expect(jsonExpectationAt(text, text.length)).toBe('colon');
    expect(jsonExpectationAt('{"a": 1}', 8)).toBe('end-of-document');
    expect(jsonExpectationAt('[1, ', 4)).toBe('value');
    expect(jsonExpectationAt('{"a": 1, ', 9)).toBe('key');
  });
});
