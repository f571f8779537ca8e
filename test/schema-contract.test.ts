import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { schemaToTypes } from '../scripts/schema-to-types.js';
import { stringFormats } from '../src/environment/formats.js';
import { schema } from '../src/environment/schema.js';
import { validateAgainstSchema } from '../src/environment/validate-schema.js';

type Node = Record<string, unknown>;
const definitions = schema.definitions as Record<string, Node>;

/** Every property schema in the contract, with a readable path, refs resolved. */
function allProperties(): { path: string; node: Node }[] {
  const found: { path: string; node: Node }[] = [];
  const visit = (node: Node, path: string, seen: Set<string>): void => {
    const properties = (node.properties ?? {}) as Record<string, Node>;
    for (const [name, property] of Object.entries(properties)) {
      const resolved = resolve(property);
      found.push({ path: `${path}/${name}`, node: resolved });
      const ref = property.$ref as string | undefined;
      if (ref && seen.has(ref)) continue;
      visitChildren(resolved, `${path}/${name}`, new Set([...seen, ...(ref ? [ref] : [])]));
    }
  };
  const visitChildren = (node: Node, path: string, seen: Set<string>): void => {
    visit(node, path, seen);
    for (const branch of (node.oneOf ?? []) as Node[]) visit(resolve(branch), path, seen);
    const items = node.items as Node | undefined;
    if (items) visitChildren(resolve(items), `${path}[]`, seen);
  };
  visit(schema as Node, '', new Set());
  return found;
}

function resolve(node: Node): Node {
  const ref = node.$ref as string | undefined;
  return ref ? { ...definitions[ref.replace('#/definitions/', '')], ...node } : node;
}

describe('environment.schema.json', () => {
  it('documents every property with a title, a description and examples', () => {
    const undocumented = allProperties()
      .filter(
        ({ node }) =>
          !node.title || !node.description || !Array.isArray(node.examples) || node.examples.length === 0,
      )
      .map(({ path }) => path);
    expect(undocumented).toEqual([]);
  });

  it('has examples and defaults that are valid against their own property', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    for (const name of Object.keys(stringFormats))
      ajv.addFormat(name, stringFormats[name]?.validate ?? (() => true));
    ajv.addFormat('hostname', /^[a-z0-9.-]+$/i).addFormat('email', /^[^@\s]+@[^@\s]+$/);
    const invalid: string[] = [];
    for (const { path, node } of allProperties()) {
      const { examples, default: fallback, ...rest } = node;
      const check = ajv.compile({
        ...rest,
        definitions: schema.definitions,
        $ref: undefined,
        ...(rest.$ref ? { $ref: rest.$ref } : {}),
      });
      for (const value of [
        ...((examples as unknown[]) ?? []),
        ...(fallback !== undefined ? [fallback] : []),
      ]) {
        if (!check(value)) invalid.push(`${path}: ${JSON.stringify(value)} ${ajv.errorsText(check.errors)}`);
      }
    }
    expect(invalid).toEqual([]);
  });

  it('rejects unknown properties at every level', () => {
    const closed = (node: Node): boolean =>
      node.additionalProperties !== undefined ||
      (Array.isArray(node.oneOf) && (node.oneOf as Node[]).every((branch) => closed(resolve(branch))));
    const open = allProperties()
      .filter(({ node }) => node.type === 'object' && !closed(node))
      .map(({ path }) => path);
    expect(open).toEqual([]);
  });

  it('uses only draft-07 keywords the Backstage form understands', () => {
    const text = JSON.stringify(schema);
    for (const keyword of [
      '"$defs"',
      '"dependentRequired"',
      '"unevaluatedProperties"',
      '"prefixItems"',
      '"$dynamicRef"',
    ]) {
      expect(text).not.toContain(keyword);
    }
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('matches the generated TypeScript types (run npm run generate after changing it)', async () => {
    const generated = await schemaToTypes(schema as Node);
    expect(readFileSync('src/environment/environment.types.ts', 'utf8')).toBe(generated);
  });

  it.each(['examples/environments/dev.json', 'examples/environments/prod-closed.json'])(
    'accepts %s',
    (file) => {
      expect(validateAgainstSchema(JSON.parse(readFileSync(file, 'utf8')))).toMatchObject({ valid: true });
    },
  );
});
