import { compile, type JSONSchema } from 'json-schema-to-typescript';

type Node = Record<string, unknown>;

const BANNER = `/* Generated from schemas/environment.schema.json by \`npm run generate\`. Do not edit by hand:
 * change the schema and regenerate; a test fails when this file is stale. */`;

/**
 * Two views of one schema: `EnvironmentFile` is what a user writes (defaulted
 * properties optional); `Environment` is what validation returns (every
 * property with a schema default is present).
 */
export async function schemaToTypes(schema: Node): Promise<string> {
  const asWritten = await compile(
    prepare(schema, false, 'EnvironmentFile') as JSONSchema,
    'EnvironmentFile',
    {
      bannerComment: BANNER,
      additionalProperties: false,
      unreachableDefinitions: false,
      format: true,
    },
  );
  const withDefaults = await compile(prepare(schema, true, 'Environment') as JSONSchema, 'Environment', {
    bannerComment: '',
    additionalProperties: false,
    unreachableDefinitions: false,
    format: true,
  });
  return `${asWritten}\n${withDefaults}`;
}

/** Names only objects (leaf titles would become dozens of string aliases) and marks defaults required. */
function prepare(schema: Node, defaultsRequired: boolean, rootName: string): Node {
  const suffix = defaultsRequired ? '' : 'File';
  const copy = structuredClone(schema);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const n = node as Node;
    if (n.type === 'object' && typeof n.title === 'string') n.title = `${n.title}${suffix}`;
    else delete n.title;
    delete n.examples;
    // "exactly one of these properties" is checked at run time; as a type it is just optional properties.
    if (Array.isArray(n.oneOf) && n.oneOf.every((b: Node) => Object.keys(b).join() === 'required'))
      delete n.oneOf;
    delete n.dependencies;
    if (defaultsRequired && n.properties && typeof n.properties === 'object') {
      const withDefault = Object.entries(n.properties as Record<string, Node>)
        .filter(([, p]) => 'default' in p)
        .map(([name]) => name);
      n.required = [...new Set([...((n.required as string[]) ?? []), ...withDefault])];
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'default' && key !== 'enum') visit(value);
  };
  visit(copy);
  copy.title = rootName;
  return copy;
}
