import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allPolicyChecks } from './index.js';
import type { PolicyCheck } from './policy-check.js';

const modules = readdirSync(new URL('.', import.meta.url))
  .filter((name) => /^[a-z]+\d{3}-.+\.ts$/.test(name) && !name.endsWith('.test.ts'))
  .sort();

describe('the policy check registry', () => {
  it.each(modules)('registers %s under the id its file name starts with', async (name) => {
    const exported = Object.values(await import(`./${name}`)).filter(
      (value): value is PolicyCheck =>
        typeof value === 'object' && value !== null && 'check' in value && 'id' in value,
    );
    expect(exported).toHaveLength(1);
    const [check] = exported;
    expect(check?.id).toBe(name.split('-')[0]?.toUpperCase());
    expect(allPolicyChecks).toContain(check);
  });

  it('has one module per registered check, unique ids, in id order', () => {
    const ids = allPolicyChecks.map((c) => c.id);
    expect(ids).toHaveLength(modules.length);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
  });
});
