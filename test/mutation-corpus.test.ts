import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkEnvironment } from '../src/environment/check-environment.js';
import { joinPointer, parentPointer } from '../src/environment/json-pointer.js';
import { parseEnvironmentJson } from '../src/environment/parse-environment-json.js';
import { renderStack } from '../src/render/render-stack.js';

/**
 * The mutation corpus: every value of the two examples, replaced by a value of
 * each wrong type, by hostile strings, or removed. Each result either fails
 * with at least one located error at (or under) the value that changed (at its
 * parent for a removed one), or is valid and renders a template that parses.
 * Never an exception, never a message the kit did not write.
 */
const EXAMPLES = ['examples/environments/dev.json', 'examples/environments/prod-closed.json'];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const WRONG_TYPES: Record<string, readonly Json[]> = {
  string: [12345, true, null, ['x'], { x: 'y' }],
  number: ['12345', true, null, [1], { x: 1 }],
  boolean: [1, 'true', null, [true], { x: true }],
  array: [{ x: 'y' }, 'x', 1, null, true],
  object: [['x'], 'x', 1, null, false],
  null: ['x', 1, true, [], {}],
};

const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '{{resolve:secretsmanager:dify-prod/database-master:SecretString:password}}',
  '{{ RESOLVE:ssm:/x}}',
  'a\ud800b',
  'a\u0000b',
  '\uffff',
  'line\nbreak',
  '\u001b[31mred\u001b[0m',
  'rtl\u202eevil',
  'zero\u200bwidth',
  '${AWS::AccountId}',
  '"quoted": value # not a comment',
  '!Ref AWS::StackName',
  'x'.repeat(5000),
  '0.0.0.0/0',
  'http://./',
  'localhost',
  'aws:reserved',
  'postgres://dify:hunter2@db.example.com/dify',
];

function typeOf(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Every pointer of a document but the root, with its value. */
function pointersOf(value: Json, pointer = ''): [string, Json][] {
  const children: [string, Json][] = Array.isArray(value)
    ? value.map((item, index) => [joinPointer(pointer, index), item])
    : value !== null && typeof value === 'object'
      ? Object.entries(value).map(([key, item]) => [joinPointer(pointer, key), item])
      : [];
  return children.flatMap(([child, item]) => [[child, item] as [string, Json], ...pointersOf(item, child)]);
}

function segmentsOf(pointer: string): string[] {
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** A copy of `document` with the value at `pointer` replaced, or removed when `value` is undefined. */
function mutate(document: Json, pointer: string, value: Json | undefined): Json {
  const copy = structuredClone(document);
  const segments = segmentsOf(pointer);
  const last = segments.pop() as string;
  let node = copy as Record<string, Json> | Json[];
  for (const segment of segments) node = (node as Record<string, Json>)[segment] as Record<string, Json>;
  if (Array.isArray(node)) {
    if (value === undefined) node.splice(Number(last), 1);
    else node[Number(last)] = value;
  } else if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

const isAtOrUnder = (pointer: string, base: string) => pointer === base || pointer.startsWith(`${base}/`);

/** ajv's own wording, which the kit always rewrites: one reaching the user means a case it did not explain. */
const AJV_WORDING =
  /^must (?:NOT |match |pass |have |be equal)|^must be (?:string|number|integer|boolean|object|array|null)$/;

interface Mutation {
  readonly file: string;
  readonly pointer: string;
  readonly kind: 'wrong type' | 'hostile string' | 'removed';
  readonly value?: Json;
}

function mutationsOf(file: string, document: Json): Mutation[] {
  return pointersOf(document).flatMap(([pointer, value]): Mutation[] => [
    ...(WRONG_TYPES[typeOf(value)] ?? []).map((wrong) => ({
      file,
      pointer,
      kind: 'wrong type' as const,
      value: wrong,
    })),
    ...(typeof value === 'string'
      ? HOSTILE_STRINGS.map((hostile) => ({ file, pointer, kind: 'hostile string' as const, value: hostile }))
      : []),
    { file, pointer, kind: 'removed' as const },
  ]);
}

/** With the u flag, only an unpaired surrogate is a code point of category Cs. */
const hasUnpairedSurrogate = (text: string) => /\p{Cs}/u.test(text);

describe('the mutation corpus', () => {
  for (const file of EXAMPLES) {
    const document = JSON.parse(readFileSync(file, 'utf8')) as Json;
    const mutations = mutationsOf(file, document);

    it(`covers every value of ${file}`, () => {
      expect(mutations.length).toBeGreaterThan(500);
    });

    it(`locates what is wrong in every mutation of ${file}, and renders every valid one`, () => {
      const failures: string[] = [];
      const rendered = new Set<string>();
      for (const mutation of mutations) {
        const mutated = mutate(document, mutation.pointer, mutation.value);
        const text = JSON.stringify(mutated, null, 2);
        const label = `${mutation.kind} ${JSON.stringify(mutation.value)?.slice(0, 40)} at ${mutation.pointer}`;
        let result: ReturnType<typeof checkEnvironment>;
        try {
          result = checkEnvironment(text, { file });
        } catch (error) {
          failures.push(`${label}: threw ${(error as Error).message}`);
          continue;
        }
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        const unexplained = result.diagnostics.filter((d) => AJV_WORDING.test(d.message));
        if (mutation.kind === 'wrong type') {
          // The type is what is wrong, said at the value itself (not at its parent, not as something missing).
          const parsed = parseEnvironmentJson(text);
          const at = parsed.ok ? parsed.sourceMap.positionOf(mutation.pointer, 'value') : undefined;
          const saysType = errors.some(
            (d) =>
              d.pointer === mutation.pointer &&
              /^expected /.test(d.message) &&
              d.position.line === at?.line &&
              d.position.column === at?.column,
          );
          if (!saysType)
            failures.push(
              `${label}: no "expected …" at the value: ${errors.map((d) => `${d.pointer} ${d.message}`).join('; ')}`,
            );
        }
        if (unexplained.length > 0)
          failures.push(`${label}: unexplained ${unexplained.map((d) => d.message).join('; ')}`);
        if (errors.length > 0) {
          // A removed optional field takes its default, and a valid new value (a hostile but well-formed
          // name) may contradict another field: a policy check's finding belongs to the pair and may sit
          // at the other field (STK001 says at /stackName that it does not start with the new name).
          // Schema and syntax errors never may.
          const defaulted = mutation.kind === 'removed' && result.environment !== undefined;
          const pairFinding =
            mutation.kind !== 'wrong type' &&
            errors.every((d) => d.ruleId !== 'schema' && d.ruleId !== 'syntax');
          const located = errors.some(
            (d) =>
              isAtOrUnder(d.pointer, mutation.pointer) ||
              (mutation.kind === 'removed' && d.pointer === parentPointer(mutation.pointer)),
          );
          if (!located && !defaulted && !pairFinding)
            failures.push(
              `${label}: errors only elsewhere: ${errors.map((d) => `${d.pointer} ${d.message}`).join('; ')}`,
            );
          continue;
        }
        if (mutation.kind === 'wrong type') failures.push(`${label}: accepted a value of the wrong type`);
        if (!result.environment || rendered.has(text)) continue;
        rendered.add(text);
        try {
          const { text: template } = renderStack(result.environment, 'test');
          parse(template, { uniqueKeys: true, strict: true });
          if (hasUnpairedSurrogate(template) || /\\u[dD][89a-fA-F][0-9a-fA-F]{2}/.test(template))
            failures.push(`${label}: the template holds a surrogate`);
        } catch (error) {
          failures.push(`${label}: valid, but render failed: ${(error as Error).message}`);
        }
      }
      expect(failures).toEqual([]);
    }, 600_000);
  }
});
