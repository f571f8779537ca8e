import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { isMap, isScalar, type Node, parseDocument } from 'yaml';

/**
 * Test support: reads an action.yml as GitHub's runner must be able to, and
 * lists every way it breaks GitHub's metadata syntax for a JavaScript action
 * (docs.github.com, "Metadata syntax for GitHub Actions").
 */

export interface ActionInput {
  readonly description: string;
  readonly required: boolean;
  readonly default: string | undefined;
}

export interface ActionMetadata {
  readonly inputs: ReadonlyMap<string, ActionInput>;
  readonly outputs: readonly string[];
  /** runs.main, resolved from the action's directory. */
  readonly main: string | undefined;
}

export interface MetadataCheck {
  readonly problems: readonly string[];
  /** Undefined when the YAML does not parse. */
  readonly metadata: ActionMetadata | undefined;
}

const TOP_LEVEL = new Set(['name', 'author', 'description', 'inputs', 'outputs', 'runs', 'branding']);
const INPUT_KEYS = new Set(['description', 'required', 'default', 'deprecationMessage']);
const OUTPUT_KEYS = new Set(['description']);
const NODE_RUNS_KEYS = new Set(['using', 'main', 'pre', 'pre-if', 'post', 'post-if']);
const BRANDING_COLORS = new Set([
  'white',
  'black',
  'yellow',
  'blue',
  'green',
  'orange',
  'red',
  'purple',
  'gray-dark',
]);
/** The runtime GitHub-hosted runners run JavaScript actions on, and the kit is built for. */
const RUNTIME = 'node24';
const ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * Parses the text strictly (YAML 1.2, duplicate keys refused, every warning an
 * error) and checks the metadata of a node action whose bundles live under `distRoot`.
 */
export function checkActionMetadata(text: string, actionDir: string, distRoot: string): MetadataCheck {
  const problems: string[] = [];
  const doc = parseDocument(text, { uniqueKeys: true, strict: true, prettyErrors: true, version: '1.2' });
  for (const error of [...doc.errors, ...doc.warnings])
    problems.push(`YAML: ${error.message.split('\n')[0]}`);
  if (problems.length > 0) return { problems, metadata: undefined };
  const root = doc.contents;
  if (!isMap(root)) return { problems: ['the document is not a mapping'], metadata: undefined };

  const top = entries(root);
  for (const key of top.keys()) if (!TOP_LEVEL.has(key)) problems.push(`unknown top-level key ${key}`);
  for (const key of ['name', 'description'] as const) {
    if (nonEmptyString(top.get(key)) === undefined) problems.push(`${key} must be a non-empty string`);
  }
  const author = top.get('author');
  if (author !== undefined && nonEmptyString(author) === undefined) problems.push('author must be a string');
  checkBranding(top.get('branding'), problems);
  const inputs = readInputs(top.get('inputs'), problems);
  const outputs = readOutputs(top.get('outputs'), problems);
  const main = checkRuns(top.get('runs'), actionDir, distRoot, problems);
  return { problems, metadata: { inputs, outputs, main } };
}

function readInputs(node: Node | undefined, problems: string[]): Map<string, ActionInput> {
  const inputs = new Map<string, ActionInput>();
  if (node === undefined) return inputs;
  if (!isMap(node)) {
    problems.push('inputs must be a mapping');
    return inputs;
  }
  for (const [name, value] of entries(node)) {
    if (!ID.test(name)) problems.push(`input ${name}: not a valid input id`);
    if (!isMap(value)) {
      problems.push(`input ${name} must be a mapping`);
      continue;
    }
    const fields = entries(value);
    for (const key of fields.keys())
      if (!INPUT_KEYS.has(key)) problems.push(`input ${name}: unknown key ${key}`);
    const description = nonEmptyString(fields.get('description'));
    if (description === undefined) problems.push(`input ${name}: description must be a non-empty string`);
    const required = fields.get('required');
    if (required !== undefined && !(isScalar(required) && typeof required.value === 'boolean'))
      problems.push(`input ${name}: required must be true or false`);
    const defaultNode = fields.get('default');
    // A default is a string: `true` or `60` unquoted are a boolean and a number in YAML, and
    // YAML 1.1 (which some readers of action.yml follow) reads `yes`, `on` or `0o10` differently.
    if (defaultNode !== undefined && !(isScalar(defaultNode) && typeof defaultNode.value === 'string'))
      problems.push(`input ${name}: default must be a string (quote it)`);
    if (required !== undefined && isScalar(required) && required.value === true && defaultNode !== undefined)
      problems.push(`input ${name}: a required input has no default`);
    inputs.set(name, {
      description: description ?? '',
      required: isScalar(required) && required.value === true,
      default: isScalar(defaultNode) && typeof defaultNode.value === 'string' ? defaultNode.value : undefined,
    });
  }
  return inputs;
}

function readOutputs(node: Node | undefined, problems: string[]): string[] {
  if (node === undefined) return [];
  if (!isMap(node)) {
    problems.push('outputs must be a mapping');
    return [];
  }
  const names: string[] = [];
  for (const [name, value] of entries(node)) {
    names.push(name);
    if (!ID.test(name)) problems.push(`output ${name}: not a valid output id`);
    if (!isMap(value)) {
      problems.push(`output ${name} must be a mapping`);
      continue;
    }
    const fields = entries(value);
    for (const key of fields.keys())
      if (!OUTPUT_KEYS.has(key))
        problems.push(`output ${name}: unknown key ${key} (a JavaScript action sets its outputs)`);
    if (nonEmptyString(fields.get('description')) === undefined)
      problems.push(`output ${name}: description must be a non-empty string`);
  }
  return names;
}

function checkRuns(
  node: Node | undefined,
  actionDir: string,
  distRoot: string,
  problems: string[],
): string | undefined {
  if (!isMap(node)) {
    problems.push('runs must be a mapping');
    return undefined;
  }
  const runs = entries(node);
  for (const key of runs.keys()) if (!NODE_RUNS_KEYS.has(key)) problems.push(`runs: unknown key ${key}`);
  const using = runs.get('using');
  if (!(isScalar(using) && using.value === RUNTIME)) problems.push(`runs.using must be ${RUNTIME}`);
  let main: string | undefined;
  for (const key of ['main', 'pre', 'post'] as const) {
    const value = runs.get(key);
    if (value === undefined) {
      if (key === 'main') problems.push('runs.main is missing');
      continue;
    }
    const path = nonEmptyString(value);
    if (path === undefined) {
      problems.push(`runs.${key} must be a path`);
      continue;
    }
    const resolved = resolve(actionDir, path);
    const inDist = relative(distRoot, resolved);
    if (inDist.startsWith('..') || inDist.startsWith(sep) || inDist === '')
      problems.push(`runs.${key} ${path} is not a bundle under dist/`);
    else if (!existsSync(resolved)) problems.push(`runs.${key} ${path} does not exist (run npm run build)`);
    if (key === 'main') main = resolved;
  }
  return main;
}

function checkBranding(node: Node | undefined, problems: string[]): void {
  if (node === undefined) return;
  if (!isMap(node)) {
    problems.push('branding must be a mapping');
    return;
  }
  const branding = entries(node);
  for (const key of branding.keys())
    if (key !== 'icon' && key !== 'color') problems.push(`branding: unknown key ${key}`);
  const color = branding.get('color');
  if (color !== undefined && !BRANDING_COLORS.has(nonEmptyString(color) ?? ''))
    problems.push(`branding.color must be one of ${[...BRANDING_COLORS].join(', ')}`);
  const icon = branding.get('icon');
  if (icon !== undefined && nonEmptyString(icon) === undefined)
    problems.push('branding.icon must be a string');
}

/** A mapping's entries by key; every key must be a plain string. */
function entries(map: Node): Map<string, Node | undefined> {
  const result = new Map<string, Node | undefined>();
  if (!isMap(map)) return result;
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    result.set(typeof key === 'string' ? key : String(key), (pair.value ?? undefined) as Node | undefined);
  }
  return result;
}

function nonEmptyString(node: Node | undefined): string | undefined {
  if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') return undefined;
  return node.value;
}
