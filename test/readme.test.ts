import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { renderReadmeSections, replaceSections } from '../scripts/readme-sections.js';
import { allPolicyChecks } from '../src/environment/checks/index.js';
import { schema } from '../src/environment/schema.js';
import { templateRules } from '../src/render/lint/rules/index.js';

const readme = readFileSync('README.md', 'utf8');

describe('README.md', () => {
  it('has current generated sections (run npm run generate after changing the schema or the checks)', () => {
    expect(readme).toBe(
      replaceSections(readme, renderReadmeSections(schema, allPolicyChecks, templateRules)),
    );
  });

  it('documents a quick start whose commands exist', () => {
    expect(readme).toContain('npm ci && npm run preflight');
    expect(readme).toContain('npm test');
    expect(packageJson.scripts.preflight).toContain('preflight examples/environments/dev.json');
    expect(packageJson.scripts.test).toBe('vitest run');
  });

  it('names every policy check in the examples or the rule table', () => {
    for (const check of allPolicyChecks) expect(readme).toContain(`| ${check.id} |`);
  });
});
