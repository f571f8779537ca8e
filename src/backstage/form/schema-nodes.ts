import { environmentSchema } from '../kit-core.js';

/** One node of a JSON Schema, as plain data. */
export type SchemaNode = Readonly<Record<string, unknown>>;

const definitions = (environmentSchema.definitions ?? {}) as Readonly<Record<string, SchemaNode>>;

/** The root of schemas/environment.schema.json. */
export const environmentRoot: SchemaNode = environmentSchema;

/**
 * A node with its local `$ref` replaced by the definition it names; keywords beside the `$ref`
 * (a property's own `default`) win over the definition's.
 */
export function resolveRef(node: SchemaNode): SchemaNode {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  const name = ref.startsWith('#/definitions/') ? ref.slice('#/definitions/'.length) : undefined;
  const target = name === undefined ? undefined : definitions[name];
  if (target === undefined) throw new Error(`schema reference ${ref} does not name a definition`);
  const { $ref: _ref, ...siblings } = node;
  return { ...resolveRef(target), ...siblings };
}

export function propertiesOf(node: SchemaNode): Readonly<Record<string, SchemaNode>> {
  return (node.properties ?? {}) as Readonly<Record<string, SchemaNode>>;
}

export function requiredOf(node: SchemaNode): readonly string[] {
  return Array.isArray(node.required) ? (node.required as string[]) : [];
}

/** The branches of a discriminated `oneOf` (the VPC's `mode`), resolved, with the value that selects each. */
export function discriminatedBranches(
  node: SchemaNode,
): { readonly tag: string; readonly branches: readonly { value: string; schema: SchemaNode }[] } | undefined {
  const discriminator = node.discriminator as { propertyName?: unknown } | undefined;
  if (typeof discriminator?.propertyName !== 'string' || !Array.isArray(node.oneOf)) return undefined;
  const tag = discriminator.propertyName;
  const branches = (node.oneOf as SchemaNode[]).map((branch) => {
    const schema = resolveRef(branch);
    const value = propertiesOf(schema)[tag]?.const;
    if (typeof value !== 'string') throw new Error(`a ${tag} branch of the schema has no const ${tag}`);
    return { value, schema };
  });
  return { tag, branches };
}
