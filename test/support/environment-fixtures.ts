import { readFileSync } from 'node:fs';
import { checkEnvironment } from '../../src/environment/check-environment.js';
import type { CheckContext } from '../../src/environment/checks/policy-check.js';
import type { Environment, EnvironmentFile } from '../../src/environment/environment.types.js';
import { type ResolvedEnvironment, resolveEnvironment } from '../../src/environment/resolve-environment.js';
import { validateAgainstSchema } from '../../src/environment/validate-schema.js';

/** The smallest environment that passes the schema and every policy check. */
export const minimalEnvironment = {
  name: 'test',
  accountId: '123456789012',
  region: 'ap-northeast-1',
  dify: { version: '1.13.3' },
  network: {
    vpc: { mode: 'create', cidr: '10.0.0.0/16' },
    loadBalancer: { allowedCidrs: ['203.0.113.0/24'] },
  },
  domain: {
    hostName: 'dify.example.com',
    hostedZoneId: 'Z0123456789ABCDEFGHIJ',
  },
  bedrock: { models: { chat: ['amazon.nova-lite-v1:0'] } },
} as const;

type Overrides = { readonly [key: string]: unknown };

/**
 * Deep-merges `overrides` into `base`: objects merge, arrays and scalars
 * replace, and `undefined` removes a key.
 */
export function merge(base: unknown, overrides: Overrides): Record<string, unknown> {
  const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete result[key];
    else if (isPlainObject(value) && isPlainObject(result[key]))
      result[key] = merge(result[key], value as Overrides);
    else result[key] = value;
  }
  return result;
}

/** A check context for the minimal environment with `overrides` merged in; throws if the schema rejects it. */
export function contextFor(overrides: Overrides = {}, base?: unknown): CheckContext {
  const written = merge(minimalEnvironment, overrides);
  const validation = validateAgainstSchema(written);
  if (!validation.valid) {
    throw new Error(`test environment fails the schema: ${JSON.stringify(validation.problems, null, 2)}`);
  }
  return {
    environment: resolveEnvironment(validation.withDefaults as Environment),
    written: written as unknown as EnvironmentFile,
    ...(base !== undefined ? { base } : {}),
  };
}

function isPlainObject(value: unknown): value is Overrides {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** An example file of examples/environments/, checked and resolved; throws with its diagnostics if it fails. */
export function exampleEnvironment(name: string): ResolvedEnvironment {
  const file = `examples/environments/${name}.json`;
  const { environment, diagnostics } = checkEnvironment(readFileSync(file, 'utf8'), { file });
  if (!environment) throw new Error(JSON.stringify(diagnostics));
  return environment;
}
