import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileText } from '../../test/support/hostile-text.js';
import { runnerLines, workflowCommands } from '../../test/support/workflow-commands.js';
import { isSafeText } from '../environment/unsafe-characters.js';
import { printable, printableLines } from './printable.js';

describe('printable', () => {
  it('keeps any text on one runner line that starts no workflow command and moves no cursor', () => {
    fc.assert(
      fc.property(hostileText, hostileText, (before, value) => {
        for (const line of [
          printable(value),
          printable(`${before}${value}`),
          `${printable(value)}: checked`,
        ]) {
          expect(runnerLines(line)).toHaveLength(1);
          expect(workflowCommands(line)).toEqual([]);
          expect(isSafeText(line)).toBe(true);
        }
      }),
      { numRuns: 1000, seed: 20261122 },
    );
  });

  it.each([
    ['environments/a\n::add-mask::x.json', 'environments/a\\u000a::add-mask::x.json'],
    ['::stop-commands::token', '\\u003a:stop-commands::token'],
    ['  \u00a0::error file=x::forged', '  \u00a0\\u003a:error file=x::forged'],
    ['a ##[add-mask]secret', 'a #\\u0023[add-mask]secret'],
    ['\u001b]8;;https://evil.example\u0007link', '\\u001b]8;;https://evil.example\\u0007link'],
    ['\u202eevil', '\\u202eevil'],
    ['AWS::ECS::Service', 'AWS::ECS::Service'],
    ['%0A::add-mask::x', '%0A::add-mask::x'],
  ])('shows %j as %j', (text, expected) => {
    expect(printable(text)).toBe(expected);
  });

  it('keeps the lines of a text the kit composed, each one printable', () => {
    expect(printableLines('| `::set-output name=x::y` |\n::warning::z\ntext')).toBe(
      '| `::set-output name=x::y` |\n\\u003a:warning::z\ntext',
    );
    fc.assert(
      fc.property(fc.array(hostileText, { maxLength: 5 }), (lines) => {
        const shown = printableLines(lines.join('\n'));
        expect(workflowCommands(shown)).toEqual([]);
        expect(shown.split('\n').every(isSafeText)).toBe(true);
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });
});
