import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './support/run-cli.js';

/**
 * The preflight report is read by people in terminals and pull requests: its
 * exact text is reviewed through these golden files. After a deliberate
 * change: UPDATE_GOLDEN=1 npx vitest run test/preflight-report.test.ts, then
 * read the diff.
 */
const cases = [
  ['dev', ['examples/environments/dev.json']],
  ['prod-closed', ['examples/environments/prod-closed.json']],
  [
    'invalid-and-valid',
    ['test/fixtures/invalid/policy-existing-vpc-subnets.json', 'test/fixtures/invalid/format-bad-cidr.json'],
  ],
] as const;

describe('preflight report', () => {
  it.each(cases)('renders %s as its golden file', async (name, files) => {
    const outcome = await runInProcess(['preflight', ...files]);
    const golden = `test/fixtures/reports/${name}.md`;
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, outcome.stdout);
    expect(outcome.stdout).toBe(readFileSync(golden, 'utf8'));
  });
});
