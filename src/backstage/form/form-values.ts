import {
  discriminatedBranches,
  environmentRoot,
  propertiesOf,
  resolveRef,
  type SchemaNode,
} from './schema-nodes.js';

export interface EnvironmentFromForm {
  /** The environment as the form meant it: empty fields left out, hidden fields dropped. */
  readonly environment: Record<string, unknown>;
  /** Pointers of values dropped because the form had hidden them (another VPC mode's fields). */
  readonly dropped: readonly string[];
}

/**
 * What a person filled in, as environment.json would say it. A form reports a field left empty
 * as "", null, {} or [] and keeps the values of fields it has since hidden (the existing VPC's ID
 * after switching back to a new VPC); neither is something the person chose, so both go before
 * the kit validates. Anything else, unknown keys included, is kept for the validator to judge.
 */
export function environmentFromForm(values: Readonly<Record<string, unknown>>): EnvironmentFromForm {
  const dropped: string[] = [];
  const pruned = withoutEmpty(values);
  const environment = isObject(pruned) ? pruned : {};
  dropHiddenBranchFields(environment, environmentRoot, '', dropped);
  return { environment: withoutEmpty(environment) as Record<string, unknown>, dropped };
}

function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(withoutEmpty).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (isObject(value)) {
    const entries = Object.entries(value)
      .map(([key, child]) => [key, withoutEmpty(child)] as const)
      .filter(([, child]) => child !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  if (value === null || value === '') return undefined;
  return value;
}

function dropHiddenBranchFields(
  value: Record<string, unknown>,
  schema: SchemaNode,
  pointer: string,
  dropped: string[],
): void {
  const node = resolveRef(schema);
  let properties = propertiesOf(node);
  const discriminated = discriminatedBranches(node);
  if (discriminated) {
    const chosen = discriminated.branches.find((branch) => branch.value === value[discriminated.tag]);
    if (chosen === undefined) return; // an unknown mode: the validator says which modes exist
    properties = propertiesOf(chosen.schema);
    for (const branch of discriminated.branches) {
      for (const key of Object.keys(propertiesOf(branch.schema))) {
        if (!(key in properties) && Object.hasOwn(value, key)) {
          delete value[key];
          dropped.push(`${pointer}/${key}`);
        }
      }
    }
  }
  for (const [key, child] of Object.entries(value)) {
    const childSchema = properties[key];
    if (childSchema !== undefined && isObject(child)) {
      dropHiddenBranchFields(child, childSchema, `${pointer}/${key}`, dropped);
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
