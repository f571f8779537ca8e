import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { loadAwsServiceSpec } from '@aws-cdk/aws-service-spec';
import type { Property, PropertyType, Resource, SpecDatabase } from '@aws-cdk/service-spec-types';

/** What a change to each property of one resource type does, as the generated table holds it. */
interface ReplacementRules {
  readonly replacedBy: readonly string[];
  readonly mayReplaceBy: readonly string[];
  readonly stateful: boolean;
}

/** Every `Custom::Name` is an AWS::CloudFormation::CustomResource to CloudFormation. */
const CUSTOM_RESOURCE = 'AWS::CloudFormation::CustomResource';

/**
 * The replacement table of every resource type the kit's templates can render,
 * read at build time from the CloudFormation specification in
 * @aws-cdk/aws-service-spec (too large and slow to load at run time).
 */
export async function replacementProperties(directory = 'templates/cloudformation'): Promise<string> {
  const types = await renderableResourceTypes(directory);
  const db = await loadAwsServiceSpec();
  const entries = types.map((type) => {
    const specType = type.startsWith('Custom::') ? CUSTOM_RESOURCE : type;
    return tableEntry(type, rulesOf(db, specResource(db, specType)));
  });
  return `/* Generated from @aws-cdk/aws-service-spec ${specVersion()} by \`npm run generate\`. Do not edit by hand:
 * change the templates or the package and regenerate; a test fails when this file is stale.
 * For each resource type the templates render: the properties whose change replaces the resource
 * (replacedBy), those whose change may (mayReplaceBy), and whether the type holds data (stateful).
 * Custom:: types follow ${CUSTOM_RESOURCE}. */
export interface ReplacementProperties {
  readonly replacedBy: readonly string[];
  readonly mayReplaceBy: readonly string[];
  readonly stateful: boolean;
}

export const replacementProperties: Readonly<Record<string, ReplacementProperties>> = {
${entries.join('\n')}
};
`;
}

/** The `Type: AWS::…` and `Type: Custom::…` of every resource the templates can render, sorted. */
export async function renderableResourceTypes(directory = 'templates/cloudformation'): Promise<string[]> {
  const files = (await readdir(directory, { recursive: true })).filter((name) => name.endsWith('.njk'));
  const types = new Set<string>();
  for (const file of files) {
    const text = await readFile(join(directory, file), 'utf8');
    for (const match of text.matchAll(RESOURCE_TYPE)) if (match[1] !== undefined) types.add(match[1]);
  }
  return [...types].sort();
}

/** `Type: AWS::S3::Bucket`, `"Type": "AWS::S3::Bucket"` or `Type: Custom::Name`, in YAML or JSON. */
const RESOURCE_TYPE = /\bType"?\s*:\s*"?((?:AWS::[A-Za-z0-9]+::[A-Za-z0-9]+)|(?:Custom::[A-Za-z0-9_@-]+))/g;

function specResource(db: SpecDatabase, type: string): Resource {
  const found = db.lookup('resource', 'cloudFormationType', 'equals', type);
  if (found.length !== 1)
    throw new Error(`${type}: the CloudFormation specification has no such resource type`);
  return found.only();
}

function rulesOf(db: SpecDatabase, resource: Resource): ReplacementRules {
  const replacedBy: string[] = [];
  const mayReplaceBy: string[] = [];
  for (const [name, property] of Object.entries(resource.properties)) {
    if (property.causesReplacement === 'yes') replacedBy.push(name);
    else if (property.causesReplacement === 'maybe' || hasReplacingField(db, property))
      mayReplaceBy.push(name);
  }
  // Paths into a property: only some changes of that property replace the resource.
  for (const [name, ...path] of resource.additionalReplacementProperties ?? []) {
    if (name === undefined || replacedBy.includes(name) || mayReplaceBy.includes(name)) continue;
    (path.length === 0 ? replacedBy : mayReplaceBy).push(name);
  }
  return {
    replacedBy: replacedBy.sort(),
    mayReplaceBy: mayReplaceBy.sort(),
    stateful: resource.isStateful === true,
  };
}

/**
 * True when a field nested in the property's type replaces the resource: a change
 * of the property may then replace it, depending on which field changes.
 */
function hasReplacingField(db: SpecDatabase, property: Property, seen = new Set<string>()): boolean {
  return definitionIds(property.type).some((id) => {
    if (seen.has(id)) return false;
    seen.add(id);
    return Object.values(db.get('typeDefinition', id).properties).some(
      (field) =>
        field.causesReplacement === 'yes' ||
        field.causesReplacement === 'maybe' ||
        hasReplacingField(db, field, seen),
    );
  });
}

function definitionIds(type: PropertyType): string[] {
  switch (type.type) {
    case 'ref':
      return [type.reference.$ref];
    case 'array':
    case 'map':
      return definitionIds(type.element);
    case 'union':
      return type.types.flatMap(definitionIds);
    default:
      return [];
  }
}

function specVersion(): string {
  const manifest: unknown = createRequire(import.meta.url)('@aws-cdk/aws-service-spec/package.json');
  const version = (manifest as { version?: unknown }).version;
  if (typeof version !== 'string') throw new Error('@aws-cdk/aws-service-spec/package.json has no version');
  return version;
}

/** One entry as Biome formats it: arrays on one line when they fit in its 110 columns. */
function tableEntry(type: string, rules: ReplacementRules): string {
  return [
    `  ${quote(type)}: {`,
    ...stringArray('replacedBy', rules.replacedBy),
    ...stringArray('mayReplaceBy', rules.mayReplaceBy),
    `    stateful: ${rules.stateful},`,
    '  },',
  ].join('\n');
}

function stringArray(key: string, values: readonly string[]): string[] {
  const oneLine = `    ${key}: [${values.map(quote).join(', ')}],`;
  if (oneLine.length <= 110) return [oneLine];
  return [`    ${key}: [`, ...values.map((value) => `      ${quote(value)},`), '    ],'];
}

function quote(name: string): string {
  if (!/^[\w:@-]+$/.test(name))
    throw new Error(`unexpected name in the specification: ${JSON.stringify(name)}`);
  return `'${name}'`;
}
