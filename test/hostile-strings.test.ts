import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEnvironment } from '../src/environment/check-environment.js';
import { isSafeText } from '../src/environment/unsafe-characters.js';
import { formatDiagnosticLine } from '../src/report/diagnostic-line.js';
import { minimalEnvironment } from './support/environment-fixtures.js';

/** Strings that have broken terminals, YAML, Markdown and templates before. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom(
    '\u001b[2J\u001b[31m',
    'a\nerror: forged line',
    '\u202eevil',
    '</details><img src=x onerror=alert(1)>',
    '| --- |',
    '${AWS::Region}',
    '{{ secret }}',
    '{% raw %}',
    '!Ref X',
    ': # x',
    '@everyone',
    '\u0000',
  ),
);

describe('hostile strings from a user file', () => {
  it('never break the one-line-per-problem output', () => {
    fc.assert(
      fc.property(hostile, hostile, (key, value) => {
        const text = JSON.stringify({ ...minimalEnvironment, [key]: value, region: value });
        const { diagnostics } = checkEnvironment(text, { file: 'env.json' });
        expect(diagnostics.length).toBeGreaterThan(0);
        for (const d of diagnostics) {
          const line = formatDiagnosticLine(d);
          expect(isSafeText(line)).toBe(true);
          expect(line.startsWith('env.json:')).toBe(true);
        }
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });
});
