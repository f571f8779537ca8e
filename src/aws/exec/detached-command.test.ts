import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shlexSplit } from '../../../test/support/shlex-split.js';
import {
  commandFiles,
  type DetachedCommand,
  execCommandString,
  type FollowOptions,
  followScript,
  runDirectory,
  validateCommand,
} from './detached-command.js';
import { ExecError } from './exec-error.js';
import { FollowRecordReader } from './follow-records.js';
import { quoteShellWord } from './shell-quote.js';

/** Arguments that break naive quoting: each must arrive as exactly this string. */
const HOSTILE = [
  "it's",
  '"double" and \\backslash\\',
  '$(touch /tmp/pwned-by-dollar)',
  '`touch /tmp/pwned-by-backtick`',
  '$HOME ${PATH} $1 $@ $*',
  'two\nlines',
  'carriage\rreturn',
  "''''",
  '; rm -rf / #',
  '# a comment?',
  '*',
  '-n',
  '',
  ' leading and trailing spaces ',
  'tab\there',
  'ünïcödé ✓ 漢字',
  '\\',
  "'\\''",
];

let base: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'exec-script-'));
});
afterEach(() => {
  rmSync(base, { recursive: true, force: true });
});

function command(extra: Partial<DetachedCommand> = {}): DetachedCommand {
  return { runId: 'run-1', name: 'step', argv: ['true'], baseDir: base, ...extra };
}

const FOLLOW: FollowOptions = {
  offset: 0,
  nonce: 'n0nce0123',
  chunkBytes: 64,
  pollSeconds: 0.01,
  mayStart: true,
};

/** Runs a session's command as the agent in a container would: shlex-split, no shell of its own. */
function runAsAgent(script: string) {
  const [program, ...args] = shlexSplit(execCommandString(script));
  const result = spawnSync(program ?? '', args, { encoding: 'latin1', timeout: 20_000 });
  const records = new FollowRecordReader(FOLLOW.nonce).push(Buffer.from(result.stdout, 'latin1'));
  const log = Buffer.concat(records.flatMap((r) => (r.kind === 'data' ? [r.bytes] : [])));
  return {
    records,
    states: records.flatMap((r) => (r.kind === 'state' ? [r.state] : [])),
    exit: records.find((r) => r.kind === 'exit'),
    log: log.toString('utf8'),
    status: result.status,
  };
}

describe('the shell quoting', () => {
  it.each(HOSTILE)('keeps %j one literal word for /bin/sh', (word) => {
    const result = spawnSync('/bin/sh', ['-c', `printf '%s' ${quoteShellWord(word)}`], { encoding: 'utf8' });
    expect(result.stdout).toBe(word);
  });

  it('keeps every hostile word one literal word for the agent’s splitter too', () => {
    for (const word of HOSTILE)
      expect(shlexSplit(`/bin/sh -c ${quoteShellWord(word)}`)).toEqual(['/bin/sh', '-c', word]);
  });

  it('refuses what no argv can hold', () => {
    expect(() => quoteShellWord('nul\0byte')).toThrow(/NUL/);
    expect(() => quoteShellWord('lone \ud800 surrogate')).toThrow(/surrogate/);
  });
});

describe('the detached command scripts', () => {
  it('runs the argv detached with hostile arguments, environment and working directory exactly as given', () => {
    const cwd = join(base, "a dir with 'quotes' and $(spaces)");
    spawnSync('mkdir', ['-p', cwd]);
    const script = followScript(
      command({
        argv: [
          process.execPath,
          '-e',
          'for (const a of process.argv.slice(1)) console.log(JSON.stringify(a)); console.log(JSON.stringify([process.cwd(), process.env.HOSTILE]))',
          ...HOSTILE,
        ],
        cwd,
        env: { HOSTILE: '$(id) `id` \'x\' "y"\nz' },
      }),
      FOLLOW,
    );
    const run = runAsAgent(script);
    expect(run.states).toEqual(['started']);
    expect(run.exit).toEqual({ kind: 'exit', status: 0 });
    const lines = run.log
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);
    expect(lines).toEqual([...HOSTILE, [cwd, '$(id) `id` \'x\' "y"\nz']]);
    expect(existsSync('/tmp/pwned-by-dollar')).toBe(false);
    expect(existsSync('/tmp/pwned-by-backtick')).toBe(false);
  });

  it('writes the exit status to the status file, and a second session finds the command finished instead of running it again', () => {
    const counter = join(base, 'ran');
    const argv = ['/bin/sh', '-c', 'echo ran >> "$1"; echo out; echo err >&2; exit 42', 'sh', counter];
    const first = runAsAgent(followScript(command({ argv }), FOLLOW));
    expect(first.states).toEqual(['started']);
    expect(first.exit).toEqual({ kind: 'exit', status: 42 });
    expect(first.log).toBe('out\nerr\n');
    const files = commandFiles(command());
    expect(readFileSync(files.status, 'utf8')).toBe('42\n');
    expect(readFileSync(files.pid, 'utf8')).toMatch(/^\d+\n$/);

    const again = runAsAgent(followScript(command({ argv }), FOLLOW));
    expect(again.states).toEqual(['finished']);
    expect(again.exit).toEqual({ kind: 'exit', status: 42 });
    expect(again.log).toBe('out\nerr\n');
    expect(readFileSync(counter, 'utf8')).toBe('ran\n');
  });

  it('follows the log from an offset, in records no larger than the chunk size', () => {
    const text = Array.from({ length: 40 }, (_, i) => `line ${i} ✓`).join('\n');
    runAsAgent(followScript(command({ argv: ['printf', '%s', text] }), FOLLOW));
    const offset = 100;
    const resumed = runAsAgent(followScript(command(), { ...FOLLOW, offset, mayStart: false }));
    expect(resumed.states).toEqual(['finished']);
    expect(resumed.log).toBe(Buffer.from(text).subarray(offset).toString('utf8'));
    const data = resumed.records.flatMap((r) => (r.kind === 'data' ? [r] : []));
    expect(data[0]?.offset).toBe(offset);
    expect(data.every((r) => r.bytes.length <= FOLLOW.chunkBytes)).toBe(true);
  });

  it('reports an exit status only after the whole log was read', () => {
    const big = 'x'.repeat(5000);
    const run = runAsAgent(
      followScript(command({ argv: ['printf', '%s', big] }), { ...FOLLOW, chunkBytes: 1024 }),
    );
    expect(run.records.filter((r) => r.kind === 'data').length).toBeGreaterThan(4);
    const exitAt = run.records.findIndex((r) => r.kind === 'exit');
    expect(exitAt).toBe(run.records.length - 1);
    expect(run.log).toBe(big);
  });

  it('says missing, and starts nothing, when a session that may only attach finds no directory', () => {
    const run = runAsAgent(
      followScript(command({ argv: ['touch', join(base, 'started')] }), { ...FOLLOW, mayStart: false }),
    );
    expect(run.states).toEqual(['missing']);
    expect(run.exit).toBeUndefined();
    expect(existsSync(join(base, 'started'))).toBe(false);
  });

  it('says vanished when the command’s process is gone and it left no exit status', () => {
    const files = commandFiles(command());
    spawnSync('mkdir', ['-p', files.dir]);
    writeFileSync(files.pid, '999999999\n');
    writeFileSync(files.log, 'half a job\n');
    const run = runAsAgent(followScript(command(), FOLLOW));
    expect(run.states).toEqual(['vanished']);
    expect(run.exit).toBeUndefined();
  });

  it('refuses run ids, names and paths that could leave the run directory, before building anything', () => {
    for (const bad of [
      { runId: '../etc' },
      { runId: '' },
      { name: 'a/b' },
      { name: '.hidden' },
      { baseDir: 'relative' },
      { baseDir: '/tmp/../etc' },
      { baseDir: "/tmp/it's" },
      { argv: [] },
      { argv: [''] },
      { cwd: 'app/api' },
      { env: { 'BAD-NAME': 'x' } },
      { argv: ['echo', 'nul\0'] },
    ]) {
      expect(() => validateCommand(command(bad as Partial<DetachedCommand>)), JSON.stringify(bad)).toThrow(
        ExecError,
      );
    }
  });

  it('keeps the run’s files to the container user', () => {
    runAsAgent(followScript(command({ argv: ['echo', 'private'] }), FOLLOW));
    const files = commandFiles(command());
    for (const path of [join(base, 'run-1'), files.dir, files.log, files.status]) {
      expect(statSync(path).mode & 0o077, path).toBe(0);
    }
  });

  it('puts every file under <base>/<run id>/<name>, and offers the run directory for files steps share', () => {
    expect(runDirectory('run-1', base)).toBe(`${base}/run-1`);
    expect(() => runDirectory('../x', base)).toThrow(ExecError);
    expect(commandFiles(command())).toEqual({
      dir: `${base}/run-1/step`,
      log: `${base}/run-1/step/output.log`,
      status: `${base}/run-1/step/exit-status`,
      pid: `${base}/run-1/step/pid`,
      script: `${base}/run-1/step/command.sh`,
    });
  });
});
