import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TemplateRule } from '../template-rule.js';
import { templateRules } from './index.js';

const modules = readdirSync(new URL('.', import.meta.url))
  .filter((name) => /^[a-z]+\d{3}-.+\.ts$/.test(name) && !name.endsWith('.test.ts'))
  .sort();

describe('the template rule registry', () => {
  it.each(modules)('registers %s under the id its file name starts with', async (name) => {
    const exported = Object.values(await import(/* @vite-ignore */ `./${name}`)).filter(
      (value): value is TemplateRule =>
        typeof value === 'object' && value !== null && 'check' in value && 'id' in value,
    );
    expect(exported).toHaveLength(1);
    const [rule] = exported;
    expect(rule?.id).toBe(name.split('-')[0]?.toUpperCase());
    expect(templateRules).toContain(rule);
  });

  it('has one module per registered rule, unique ids, in id order', () => {
    const ids = templateRules.map((rule) => rule.id);
    expect(modules.length).toBeGreaterThan(0);
    expect(ids).toHaveLength(modules.length);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
  });
});
