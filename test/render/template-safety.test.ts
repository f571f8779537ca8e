import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { embedTemplates } from '../../scripts/embed-templates.js';
import { templateSources } from '../../src/render/template-sources.generated.js';

/** Output expressions that are not values: logical ids the model generates, and keys it chooses. */
const STRUCTURAL = /^[\w.]*(logicalId|LogicalId)$|^key$|^target\.port$/;

describe('templates/cloudformation', () => {
  it('writes every value through the yaml filter, so no string can change the structure', () => {
    const unfiltered: string[] = [];
    for (const [name, source] of Object.entries(templateSources)) {
      for (const match of source.matchAll(/\{\{(.*?)\}\}/gs)) {
        const expression = (match[1] ?? '').trim();
        if (/\|\s*yaml$/.test(expression) || STRUCTURAL.test(expression)) continue;
        unfiltered.push(`${name}: {{ ${expression} }}`);
      }
    }
    expect(unfiltered).toEqual([]);
  });

  it('uses no raw or safe output that would bypass the filter', () => {
    for (const [name, source] of Object.entries(templateSources)) {
      expect(`${name}: ${source}`).not.toMatch(/\|\s*safe|\{%-?\s*raw/);
    }
  });

  it('is embedded as committed (run npm run generate after changing a template)', async () => {
    expect(readFileSync('src/render/template-sources.generated.ts', 'utf8')).toBe(await embedTemplates());
  });
});
