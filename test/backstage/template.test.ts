import { readFileSync } from 'node:fs';
import {
  DefaultNamespaceEntityPolicy,
  type Entity,
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
} from '@backstage/catalog-model';
import { templateEntityV1beta3Validator } from '@backstage/plugin-scaffolder-common';
import { Ajv } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import { type Schema, Validator } from 'jsonschema';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createDifyEnvironmentCreateAction } from '../../src/backstage/actions/environment-create.js';
import { createDifyEnvironmentPreflightAction } from '../../src/backstage/actions/environment-preflight.js';
import { environmentSchema } from '../../src/backstage/kit-core.js';
import { templateOnlyFields } from '../../src/backstage/template/repository-pages.js';
import { renderTemplateYaml, TEMPLATE_PATH } from '../../src/backstage/template/template-yaml.js';
import { filledForm } from './filled-form.js';

type Page = { properties: Record<string, unknown> } & Record<string, unknown>;
type Step = { id: string; action: string; if?: string; input?: unknown };

const committed = readFileSync(TEMPLATE_PATH, 'utf8');
const template = parse(committed) as Entity & {
  spec: { parameters: Page[]; steps: Step[]; output: unknown };
};
const pages = template.spec.parameters;

type AddFormats = (ajv: Ajv) => Ajv;
const addFormats = ((addFormatsPlugin as unknown as { default?: AddFormats }).default ??
  addFormatsPlugin) as unknown as AddFormats;

/** The form's validator: ajv 8 draft-07 with ajv-formats, as RJSF builds it, but strict about keywords. */
function formAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, strictTypes: false });
  addFormats(ajv);
  ajv.addKeyword({ keyword: 'enumNames' });
  for (const key of new Set(pages.flatMap((page) => uiKeys(page)))) ajv.addKeyword({ keyword: key });
  return ajv;
}

function uiKeys(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(uiKeys);
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => [
    ...(key.startsWith('ui:') ? [key] : []),
    ...uiKeys(value),
  ]);
}

function keysDeep(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(keysDeep);
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => [key, ...keysDeep(value)]);
}

function expressions(node: unknown): string[] {
  return JSON.stringify(node).match(/\$\{\{.*?\}\}/g) ?? [];
}

describe('the Create Dify environment template', () => {
  it('is what `npm run gen:backstage` generates now from the schema (run it after changing the schema)', () => {
    expect(committed).toBe(renderTemplateYaml());
  });

  it("passes Backstage's Template validator and the catalog's entity policies", async () => {
    await expect(templateEntityV1beta3Validator.check(template)).resolves.toBe(true);
    const policies = EntityPolicies.allOf([
      new SchemaValidEntityPolicy(),
      new DefaultNamespaceEntityPolicy(),
      new NoForeignRootFieldsEntityPolicy(),
      new FieldFormatEntityPolicy(),
    ]);
    await expect(policies.enforce(template)).resolves.toBeDefined();
  });

  it('has pages a person can follow, in order', () => {
    expect(pages.map((page) => page.title)).toEqual([
      'Basics',
      'Network',
      'Domain',
      'Dify sizing',
      'Bedrock and data residency',
      'Email',
      'Repository',
      'AWS roles',
    ]);
  });

  it('uses only draft-07 keywords the form enforces: every page compiles under a strict draft-07 ajv', () => {
    const ajv = formAjv();
    for (const page of pages) expect(() => ajv.compile(page), String(page.title)).not.toThrow();
  });

  it('has no $schema, $id, 2019+ keyword or additionalProperties: false, which break merged pages', () => {
    const keys = new Set(keysDeep(pages));
    for (const banned of [
      '$schema',
      '$id',
      '$defs',
      'dependentRequired',
      'dependentSchemas',
      'unevaluatedProperties',
      'prefixItems',
      'additionalProperties',
      'discriminator',
    ]) {
      expect(keys.has(banned), banned).toBe(false);
    }
  });

  it('accepts the values of a filled form on every page, in the browser (ajv) and on the backend (jsonschema)', () => {
    const ajv = formAjv();
    const backend = new Validator();
    for (const page of pages) {
      const validate = ajv.compile(page);
      expect(
        validate(structuredClone(filledForm)),
        `${String(page.title)}: ${JSON.stringify(validate.errors)}`,
      ).toBe(true);
      expect(backend.validate(filledForm, page as Schema).errors, String(page.title)).toEqual([]);
    }
  });

  it('rejects in the form what it can tell early: a bad role ARN, a new VPC without its CIDR', () => {
    const ajv = formAjv();
    const roles = ajv.compile(pages.at(-1) ?? {});
    expect(roles({ ...filledForm, deployRoleArn: 'dify-deploy' })).toBe(false);
    const network = ajv.compile(pages[1] ?? {});
    expect(network({ ...filledForm, network: { ...filledForm.network, vpc: { mode: 'create' } } })).toBe(
      false,
    );
  });

  it('takes its help text from the schema descriptions', () => {
    const schemaText = JSON.stringify(environmentSchema);
    const helps = JSON.stringify(pages).match(/"ui:help":"(?:[^"\\]|\\.)*"/g) ?? [];
    const environmentHelps = helps.filter((help) => schemaText.includes(help.slice('"ui:help":'.length)));
    expect(environmentHelps.length).toBeGreaterThan(40);
  });

  it('keeps its own fields apart from environment.json', () => {
    const environmentFields = Object.keys(environmentSchema.properties as object);
    for (const field of templateOnlyFields()) expect(environmentFields).not.toContain(field);
  });

  it('names only parameters that exist in ${{ parameters.x }}', () => {
    const declared = new Set(pages.flatMap((page) => Object.keys(page.properties)));
    const used = expressions(template.spec).flatMap((e) =>
      [...e.matchAll(/parameters\.(\w+)/g)].map((m) => m[1]),
    );
    expect(used.length).toBeGreaterThan(10);
    for (const name of used) expect(declared.has(String(name)), String(name)).toBe(true);
  });

  it('reads only outputs of earlier steps, and only outputs our actions declare', () => {
    // At run time an action's zod output schema is a JSON Schema object.
    const outputsOf = (action: { schema?: { output?: unknown } }) =>
      Object.keys((action.schema?.output as { properties?: object } | undefined)?.properties ?? {});
    const declaredOutputs: Record<string, string[]> = {
      'dify:environment:create': outputsOf(createDifyEnvironmentCreateAction()),
      'dify:environment:preflight': outputsOf(createDifyEnvironmentPreflightAction()),
    };
    const steps = template.spec.steps;
    const check = (node: unknown, before: Step[]) => {
      for (const [, id, output] of expressions(node).flatMap((e) => [
        ...e.matchAll(/steps\.(\w+)\.output\.(\w+)/g),
      ])) {
        const step = before.find((s) => s.id === id);
        expect(step, `steps.${id}`).toBeDefined();
        const outputs = step && declaredOutputs[step.action];
        if (outputs) expect(outputs, `steps.${id}.output.${output}`).toContain(output);
      }
    };
    for (const [index, step] of steps.entries()) check(step, steps.slice(0, index));
    check(template.spec.output, steps);
  });
});
