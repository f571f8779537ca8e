import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSafeText } from '../src/environment/unsafe-characters.js';
import { type CliOutcome, runBundled, runInProcess } from './support/run-cli.js';
import { workflowCommands } from './support/workflow-commands.js';

/**
 * Everything the CLI prints, with file names, folder names, values and options
 * chosen to break a terminal or, in CI, to issue workflow commands: every line
 * stays one line, shows no control, invisible or bidirectional character, and
 * starts no workflow command.
 */

const HOSTILE_NAMES = [
  'a\n::add-mask::x.json',
  '::stop-commands::token.json',
  '\u001b[31mred\u001b]8;;https:evil.example\u0007link.json',
  '\u202eevil.json',
  '##[error]forged.json',
  'x\r::set-output name=valid::true.json',
];

const HOSTILE_VALUE = '\n::add-mask::value ##[warning]w \u001b[2J \u202e <img src=x> @team #1';

function hostileWorkspace(): { root: string; files: string[]; valid: string } {
  const root = mkdtempSync(join(tmpdir(), 'cli-hostile-'));
  const example = JSON.parse(readFileSync('examples/environments/dev.json', 'utf8'));
  const files = HOSTILE_NAMES.map((name, index) => {
    const path = join(root, name);
    const broken = { ...example, name: HOSTILE_VALUE, [`key${HOSTILE_VALUE}`]: HOSTILE_VALUE };
    writeFileSync(
      path,
      index % 2 === 0 ? JSON.stringify(broken, null, 2) : `{ "name" ${JSON.stringify(HOSTILE_VALUE)} }`,
    );
    return path;
  });
  const valid = join(root, 'b\n::add-mask::valid.json');
  // A valid file carries hostile text where the schema takes it: a one-line description, and a
  // variable's value (new lines, escapes and bidi characters included).
  const hostile = {
    ...example,
    description: '::add-mask::value ##[warning]w <img src=x> @team #1',
    dify: { ...example.dify, environment: [{ name: 'NOTE_TEXT', value: HOSTILE_VALUE }] },
  };
  writeFileSync(valid, JSON.stringify(hostile, null, 2));
  return { root, files, valid };
}

function expectHarmless(outcome: CliOutcome): void {
  const text = `${outcome.stdout}${outcome.stderr}`;
  expect(workflowCommands(text)).toEqual([]);
  for (const line of text.split('\n')) expect(isSafeText(line), JSON.stringify(line)).toBe(true);
}

describe('what the CLI prints, whatever the names and values', () => {
  const { root, files, valid } = hostileWorkspace();

  it('validate: one located, harmless line per problem, for every file', async () => {
    const outcome = await runInProcess(['validate', ...files, valid, join(root, 'missing\n::x.json')]);
    expectHarmless(outcome);
    expect(outcome.code).toBe(1);
    const lines = outcome.stdout.trimEnd().split('\n');
    expect(lines.some((line) => line.includes('a\\u000a::add-mask::x.json:'))).toBe(true);
    expect(
      lines.some((line) => line.includes('missing\\u000a::x.json:1:1: error: : cannot read the file')),
    ).toBe(true);
  });

  it('preflight: the report, its headings and its tables', async () => {
    const out = join(root, 'out\n::add-mask::dir');
    const outcome = await runInProcess(['preflight', ...files, valid, '--out', out]);
    expectHarmless(outcome);
    expect(outcome.stdout).toContain('## `');
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('Dify environment preflight');
  }, 120_000);

  it('render: diagnostics, lint lines, the written path, and a refused --out', async () => {
    const [first] = files;
    expectHarmless(await runInProcess(['render', first ?? '', '--out', join(root, 'r1')]));
    const written = await runInProcess(['render', valid, '--out', join(root, 'out\u001b[31m\n::x')]);
    expectHarmless(written);
    expect(written.code).toBe(0);
    writeFileSync(join(root, 'a file\n::error::x'), '');
    const refused = await runInProcess(['render', valid, '--out', join(root, 'a file\n::error::x')]);
    expectHarmless(refused);
    expect(refused.code).toBe(2);
  }, 120_000);

  it('deploy and drift: the refusal of an invalid file, before any AWS call', async () => {
    for (const command of ['deploy', 'drift']) {
      const outcome = await runInProcess([command, files[0] ?? '']);
      expectHarmless(outcome);
      expect(outcome.code).toBe(1);
      expect(outcome.stderr).toMatch(/nothing was sent to AWS/);
    }
  });

  it('usage errors that quote what was typed', async () => {
    mkdirSync(join(root, 'folder'));
    for (const argv of [
      [`\u001b]0;title\u0007${HOSTILE_VALUE}`],
      ['validate', `--x${HOSTILE_VALUE}`],
      ['render', join(root, 'missing\n::add-mask::y.json'), '--out', join(root, 'o')],
      ['bootstrap', '--github-repo', `acme/infra${HOSTILE_VALUE}`],
      ['bootstrap', '--github-repo', 'acme/infra', '--out', join(root, 'a file\n::error::x')],
      ['deploy', 'a.json', '--allow-replacement', `X${HOSTILE_VALUE}`],
    ]) {
      const outcome = await runInProcess(argv);
      expectHarmless(outcome);
      expect(outcome.code).toBe(2);
    }
  });

  it('the bundled CLI, as a process writes it', () => {
    const outcome = runBundled(['validate', ...files]);
    expectHarmless(outcome);
    expect(outcome.code).toBe(1);
  });
});
