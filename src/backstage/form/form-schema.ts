import { ENVIRONMENT_PAGES, type FormPage, OFF_THE_FORM, SHOWN_WHEN } from './pages.js';
import {
  discriminatedBranches,
  environmentRoot,
  propertiesOf,
  requiredOf,
  resolveRef,
  type SchemaNode,
} from './schema-nodes.js';

/**
 * Turns schemas/environment.schema.json into the pages of a Backstage form.
 *
 * The form validates with RJSF (ajv, draft-07, ajv-formats) in the browser and with `jsonschema`
 * on the backend, page by page against the values of all pages merged. So a page keeps only
 * draft-07 keywords both enforce, and never `additionalProperties: false`, `$schema` or `$id`;
 * the kit's own formats (account IDs, CIDRs…) are not known there and are left to the
 * `dify:environment:create` action, which validates the assembled file against the real schema.
 * Any keyword this file does not know stops the generator instead of being dropped silently.
 */

export type FormSchema = Record<string, unknown>;

/** Copied as they are: draft-07 keywords that RJSF and `jsonschema` both enforce. */
const COPIED = [
  'title',
  'type',
  'enum',
  'const',
  'minimum',
  'maximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'uniqueItems',
  'pattern',
] as const;

/** Handled below, or deliberately not carried to the form (see the file comment). */
const HANDLED = new Set([
  ...COPIED,
  '$ref',
  '$schema',
  '$id',
  '$comment',
  'description',
  'examples',
  'default',
  'format',
  'properties',
  'required',
  'items',
  'additionalProperties',
  'anyOf',
  'oneOf',
  'discriminator',
]);

/** Formats the form's validator knows (ajv-formats); the kit's own formats are checked by the action. */
const FORM_FORMATS = new Set(['email', 'hostname']);

/** Small enums read best as radio buttons; longer ones stay a drop-down. */
const MAX_RADIO_OPTIONS = 4;

export class FormSchemaError extends Error {
  override readonly name = 'FormSchemaError';
}

interface Place {
  /** JSON pointer of the value in environment.json ("-" stands for any array item). */
  readonly pointer: string;
  /**
   * Inside an optional section (domain, email): no defaults and no `required`, so that a page
   * left empty stays empty; the action applies the defaults and reports what is missing.
   */
  readonly optional: boolean;
}

/** One form page: a `type: object` schema whose properties are top-level fields of environment.json. */
export function pageSchema(page: FormPage): FormSchema {
  const rootProperties = propertiesOf(environmentRoot);
  const required = requiredOf(environmentRoot);
  const properties: Record<string, FormSchema> = {};
  for (const name of page.properties) {
    const node = rootProperties[name];
    if (node === undefined)
      throw new FormSchemaError(`page "${page.title}" names ${name}, which the schema lacks`);
    const optional = !required.includes(name) && resolveRef(node).default === undefined;
    const field = formField(node, { pointer: `/${name}`, optional });
    if (field !== undefined) properties[name] = field;
  }
  return {
    title: page.title,
    description: page.description,
    type: 'object',
    ...withRequired(page.properties.filter((name) => required.includes(name))),
    properties,
  };
}

/** Every environment page, in order. */
export function environmentPageSchemas(): FormSchema[] {
  assertEveryPropertyPlaced();
  return ENVIRONMENT_PAGES.map(pageSchema);
}

function formField(node: SchemaNode, place: Place): FormSchema | undefined {
  if (Object.hasOwn(OFF_THE_FORM, place.pointer)) return undefined;
  const schema = resolveRef(node);
  for (const keyword of Object.keys(schema)) {
    if (!HANDLED.has(keyword)) {
      throw new FormSchemaError(
        `${place.pointer}: the schema keyword "${keyword}" has no form equivalent; teach src/backstage/form/form-schema.ts what to do with it, or put the field in OFF_THE_FORM`,
      );
    }
  }
  if (schema.discriminator !== undefined) return discriminatedObject(schema, place);
  if (schema.oneOf !== undefined) {
    throw new FormSchemaError(`${place.pointer}: a oneOf without a discriminator has no form equivalent`);
  }

  const field: FormSchema = {};
  for (const keyword of COPIED) if (schema[keyword] !== undefined) field[keyword] = schema[keyword];
  if (schema.anyOf !== undefined) field.type = anyOfStringType(schema, place);
  if (typeof schema.format === 'string' && FORM_FORMATS.has(schema.format)) field.format = schema.format;

  const description = typeof schema.description === 'string' ? schema.description : undefined;
  if (field.type === 'object') {
    if (description) field.description = description;
    Object.assign(field, objectBody(schema, place));
    return field;
  }
  if (description) field['ui:help'] = description;
  if (!place.optional && isFormDefault(schema.default)) field.default = schema.default;
  const example = Array.isArray(schema.examples) ? schema.examples[0] : undefined;
  if (typeof example === 'string' && field.type === 'string' && field.enum === undefined) {
    field['ui:placeholder'] = example;
  }
  if (Array.isArray(field.enum) && field.type === 'string' && field.enum.length <= MAX_RADIO_OPTIONS) {
    field['ui:widget'] = 'radio';
  }
  if (schema.items !== undefined) {
    const items = formField(schema.items as SchemaNode, { ...place, pointer: `${place.pointer}/-` });
    if (items === undefined)
      throw new FormSchemaError(`${place.pointer}: its items cannot be left off the form`);
    field.items = items;
  }
  return field;
}

function objectBody(schema: SchemaNode, place: Place, except?: string): FormSchema {
  const properties: Record<string, FormSchema> = {};
  const conditional = new Map<string, Record<string, FormSchema>>();
  for (const [name, child] of Object.entries(propertiesOf(schema))) {
    if (name === except) continue;
    const pointer = `${place.pointer}/${name}`;
    const field = formField(child, { ...place, pointer });
    if (field === undefined) continue;
    const condition = SHOWN_WHEN[pointer];
    if (condition === undefined) properties[name] = field;
    else conditional.set(pointer, { [name]: field });
  }
  const required = requiredOf(schema).filter((name) => name !== except);
  for (const name of required) {
    if (!(name in properties)) {
      throw new FormSchemaError(
        `${place.pointer}/${name} is required, so it cannot be hidden or left off the form`,
      );
    }
  }
  return {
    ...(place.optional ? {} : withRequired(required)),
    properties,
    ...shownWhen(conditional, properties, place),
  };
}

/**
 * RJSF's `dependencies` + `oneOf`: one branch per value of the sibling choice, each adding the
 * fields shown for that value (a branch for every value, or the form could match none).
 */
function shownWhen(
  conditional: ReadonlyMap<string, Record<string, FormSchema>>,
  properties: Readonly<Record<string, FormSchema>>,
  place: Place,
): { dependencies?: FormSchema } {
  const bySibling = new Map<string, { values: readonly string[]; fields: Record<string, FormSchema> }[]>();
  for (const [pointer, fields] of conditional) {
    const condition = SHOWN_WHEN[pointer];
    if (condition === undefined) continue;
    bySibling.set(condition.sibling, [
      ...(bySibling.get(condition.sibling) ?? []),
      { values: condition.values, fields },
    ]);
  }
  if (bySibling.size === 0) return {};
  const dependencies: FormSchema = {};
  for (const [sibling, shown] of bySibling) {
    const choices = properties[sibling]?.enum;
    if (!Array.isArray(choices)) {
      throw new FormSchemaError(`${place.pointer}/${sibling} must be an enum to show fields by its value`);
    }
    dependencies[sibling] = {
      oneOf: choices.map((choice) => ({
        properties: {
          [sibling]: { enum: [choice] },
          ...Object.assign(
            {},
            ...shown.filter((s) => s.values.includes(String(choice))).map((s) => s.fields),
          ),
        },
      })),
    };
  }
  return { dependencies };
}

/**
 * The VPC: `mode` as radio buttons, and each mode's fields shown only when it is chosen (RJSF's
 * `dependencies` + `oneOf`, the draft-07 way the Backstage form supports conditional fields).
 */
function discriminatedObject(schema: SchemaNode, place: Place): FormSchema {
  const discriminated = discriminatedBranches(schema);
  if (discriminated === undefined) throw new FormSchemaError(`${place.pointer}: malformed discriminator`);
  const { tag, branches } = discriminated;
  const values = branches.map((branch) => branch.value);
  const tagSchema = resolveRef(propertiesOf(branches[0]?.schema ?? {})[tag] ?? {});
  return {
    ...(typeof schema.title === 'string' ? { title: schema.title } : {}),
    ...(typeof schema.description === 'string' ? { description: schema.description } : {}),
    type: 'object',
    required: [tag],
    properties: {
      [tag]: {
        title: typeof tagSchema.title === 'string' ? tagSchema.title : tag,
        type: 'string',
        enum: values,
        enumNames: branches.map((branch) => String(branch.schema.title ?? branch.value)),
        default: values[0],
        'ui:widget': 'radio',
      },
    },
    dependencies: {
      [tag]: {
        oneOf: branches.map(({ value, schema: branch }) => {
          const body = objectBody(branch, place, tag);
          return {
            ...body,
            properties: { [tag]: { enum: [value] }, ...(body.properties as FormSchema) },
          };
        }),
      },
    },
  };
}

/** The certificate: "create" or an ARN. The form takes a string; the action checks which. */
function anyOfStringType(schema: SchemaNode, place: Place): string {
  const branches = (schema.anyOf as SchemaNode[]).map(resolveRef);
  if (!branches.every((branch) => branch.type === 'string')) {
    throw new FormSchemaError(`${place.pointer}: only an anyOf of strings has a form equivalent`);
  }
  return 'string';
}

function isFormDefault(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  return typeof value !== 'object';
}

function withRequired(names: readonly string[]): { required?: string[] } {
  return names.length > 0 ? { required: [...names] } : {};
}

/** Every top-level property is on exactly one page or deliberately off the form. */
function assertEveryPropertyPlaced(): void {
  const placed = ENVIRONMENT_PAGES.flatMap((page) => page.properties);
  for (const name of Object.keys(propertiesOf(environmentRoot))) {
    const count = placed.filter((p) => p === name).length;
    if (count === 0 && !Object.hasOwn(OFF_THE_FORM, `/${name}`)) {
      throw new FormSchemaError(
        `the schema property ${name} is on no page of the form: add it to a page or to OFF_THE_FORM in src/backstage/form/pages.ts`,
      );
    }
    if (count > 1) throw new FormSchemaError(`the schema property ${name} is on more than one page`);
  }
}
