import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './support/run-cli.js';

/**
 * Every file under test/fixtures/invalid/ must fail validation with exactly the
 * lines in its .expected file, exit 1 and no stack trace. After a deliberate
 * change of messages: UPDATE_GOLDEN=1 npx vitest run test/invalid-corpus.test.ts,
 * then read every changed line before committing.
 */
const directory = 'test/fixtures/invalid';
const cases = readdirSync(directory)
  .filter((name) => name.endsWith('.json'))
  .sort();

describe('invalid environment corpus', () => {
  it('has at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('%s fails with its expected lines', async (name) => {
    const file = `${directory}/${name}`;
    const outcome = await runInProcess(['validate', file]);
    const expectedPath = `${directory}/${name.replace(/\.json$/, '.expected')}`;
    if (process.env.UPDATE_GOLDEN) writeFileSync(expectedPath, outcome.stdout);
    expect(outcome.stdout).toBe(readFileSync(expectedPath, 'utf8'));
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toBe('');
    expect(outcome.stdout).not.toMatch(/\bat .+:\d+:\d+\)/); // no stack frames
    for (const line of outcome.stdout.trimEnd().split('\n')) {
      expect(line).toMatch(new RegExp(`^${file.replaceAll('.', '\\.')}:\\d+:\\d+: (error|warning): `));
    }
  });
});
