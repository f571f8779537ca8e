import { ExecError } from './exec-error.js';
import { quoteCommandLine, quoteShellWord } from './shell-quote.js';

/** A command to run inside the container, detached from the session that starts it. */
export interface DetachedCommand {
  /** The migration run this command belongs to; with `name`, it names the command's directory. */
  readonly runId: string;
  /** The step, such as `extract-plugins`; one command per name and run. */
  readonly name: string;
  /** The program and its arguments, passed as they are (never through a shell). */
  readonly argv: readonly string[];
  /** Absolute working directory, such as `/app/api`. */
  readonly cwd?: string;
  /**
   * Environment for the command. Like the argv, the values travel in the
   * ExecuteCommand request (which CloudTrail records) and sit in the script file
   * in the container: never put a secret here.
   */
  readonly env?: Readonly<Record<string, string>>;
  /** Absolute directory the runs live under; `/tmp/dify-aws-kit` by default (the image's user can write /tmp). */
  readonly baseDir?: string;
}

/** Where a command's files live in the container. */
export interface CommandFiles {
  readonly dir: string;
  /** The command's stdout and stderr, appended. */
  readonly log: string;
  /** The exit status, written when the command ends (and only then). */
  readonly status: string;
  /** The pid of the detached wrapper. */
  readonly pid: string;
  /** The wrapper script itself, kept for whoever inspects the container. */
  readonly script: string;
}

export const DEFAULT_BASE_DIR = '/tmp/dify-aws-kit';

const LOG = 'output.log';
const STATUS = 'exit-status';
const PID = 'pid';
const SCRIPT = 'command.sh';

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;
const SAFE_ABSOLUTE_PATH = /^(\/[A-Za-z0-9_][A-Za-z0-9._-]*)+$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The directory of one run, `<baseDir>/<runId>`: where a step can put files the
 * next step reads (such as `plugins.jsonl`), next to the steps' own directories.
 */
export function runDirectory(runId: string, baseDir: string = DEFAULT_BASE_DIR): string {
  validateCommand({ runId, name: 'run', argv: ['true'], baseDir });
  return `${baseDir}/${runId}`;
}

/** The command's files: `<baseDir>/<runId>/<name>/…`, all absolute. */
export function commandFiles(command: DetachedCommand): CommandFiles {
  validateCommand(command);
  const dir = `${command.baseDir ?? DEFAULT_BASE_DIR}/${command.runId}/${command.name}`;
  return {
    dir,
    log: `${dir}/${LOG}`,
    status: `${dir}/${STATUS}`,
    pid: `${dir}/${PID}`,
    script: `${dir}/${SCRIPT}`,
  };
}

/** Refuses, before anything reaches AWS, a command that could not be run as given. */
export function validateCommand(command: DetachedCommand): void {
  const refuse = (what: string) =>
    new ExecError(
      'invalid-request',
      `cannot run command ${JSON.stringify(command.name)} of run ${JSON.stringify(command.runId)}: ${what}`,
      'This is a bug in the caller: fix the command it builds.',
    );
  if (!ID.test(command.runId)) throw refuse(`the run id must match ${ID.source}`);
  if (!ID.test(command.name)) throw refuse(`the name must match ${ID.source}`);
  const baseDir = command.baseDir ?? DEFAULT_BASE_DIR;
  if (!SAFE_ABSOLUTE_PATH.test(baseDir))
    throw refuse(`the base directory must be an absolute path of plain names`);
  if (command.argv.length === 0 || command.argv[0] === '') throw refuse('the argv is empty');
  if (command.cwd !== undefined && !command.cwd.startsWith('/'))
    throw refuse('the working directory is not absolute');
  for (const name of Object.keys(command.env ?? {})) {
    if (!ENV_NAME.test(name)) throw refuse(`${JSON.stringify(name)} is not an environment variable name`);
  }
  try {
    quoteCommandLine([...command.argv, command.cwd ?? '', ...Object.values(command.env ?? {})]);
  } catch (error) {
    throw refuse(error instanceof Error ? error.message : String(error));
  }
}

/**
 * The script that runs detached: it records its pid, runs the argv (in `cwd`,
 * with `env`) with stdin closed and stdout and stderr appended to the log, and
 * writes the exit status when the command ends: to a temporary file first, then
 * renamed, so that a reader never sees half a number.
 */
export function wrapperScript(command: DetachedCommand): string {
  const files = commandFiles(command);
  const env = Object.entries(command.env ?? {}).map(
    ([name, value]) => `export ${name}=${quoteShellWord(value)}`,
  );
  const cd = command.cwd === undefined ? [] : [`cd ${quoteShellWord(command.cwd)} || exit 126`];
  return [
    `d=${quoteShellWord(files.dir)}`,
    `echo $$ > "$d/${PID}.tmp" && mv -f "$d/${PID}.tmp" "$d/${PID}"`,
    `(${[...cd, ...env, `exec ${quoteCommandLine(command.argv)}`].join('\n')}\n) </dev/null >>"$d/${LOG}" 2>&1`,
    'rc=$?',
    `printf '%s\\n' "$rc" > "$d/${STATUS}.tmp" && mv -f "$d/${STATUS}.tmp" "$d/${STATUS}"`,
    '',
  ].join('\n');
}

/** How the follower reads the log. */
export interface FollowOptions {
  /** The first byte of the log not yet received. */
  readonly offset: number;
  /** Marks the follower's records among whatever else the terminal shows. */
  readonly nonce: string;
  /** Largest piece of log per record. */
  readonly chunkBytes: number;
  /** Pause between looks at the log, in seconds (fractions need a `sleep` that takes them). */
  readonly pollSeconds: number;
  /**
   * Start the command when its directory does not exist yet. False once a
   * session has reported it started: a lost directory is then a vanished
   * command, never a reason to run it twice.
   */
  readonly mayStart: boolean;
}

/**
 * The script one session runs: start the command unless its directory exists
 * (`mkdir` is the lock, so two sessions never both start it), report its state,
 * then follow the log from `offset`. Everything it prints is a record on one
 * line, `<nonce> <kind> …`:
 *
 * - `S started|running|finished|vanished|missing`: the command's state (vanished:
 *   its process is gone and it wrote no status; missing: no directory at all);
 * - `D <offset> <hex>`: the log's bytes from `offset`, hex-encoded, so that the
 *   terminal cannot alter them;
 * - `H <offset>`: alive, nothing new; `offset` is the log's end as seen;
 * - `X <status>`: the exit status; printed only after the log was read to its
 *   end *after* the status file appeared, so no output is left behind.
 *
 * Only POSIX tools: `mkdir`, `od -j -N`, `tr`, `kill -0`, `sleep`; `setsid` when present.
 */
export function followScript(command: DetachedCommand, options: FollowOptions): string {
  const files = commandFiles(command);
  validateFollowOptions(options);
  const q = quoteShellWord;
  const claim = options.mayStart
    ? [
        'if mkdir -p "${d%/*}" && mkdir "$d" 2>/dev/null; then',
        `  printf '%s' ${q(wrapperScript(command))} > "$d/${SCRIPT}"`,
        // setsid: out of the session's process group, so that ending the session
        // does not signal the command; nohup alone for images without setsid.
        '  if command -v setsid >/dev/null 2>&1; then',
        `    setsid nohup /bin/sh "$d/${SCRIPT}" </dev/null >/dev/null 2>&1 &`,
        '  else',
        `    nohup /bin/sh "$d/${SCRIPT}" </dev/null >/dev/null 2>&1 &`,
        '  fi',
        '  s=started',
        'else s=existing; fi',
      ]
    : ['if [ -d "$d" ]; then s=existing; else s=missing; fi'];
  // `sleep` with a fraction is not POSIX: where it fails, sleep a whole second.
  const pause = (seconds: number) => `{ sleep ${seconds} 2>/dev/null || sleep 1; }`;
  return [
    // The log may hold what the command prints about the data it migrates: only its user reads it.
    'umask 077',
    `n=${q(options.nonce)}`,
    `d=${q(files.dir)}`,
    // Alive: the wrapper's process exists and is not a zombie (a container whose
    // init does not reap keeps zombies).
    `alive() { [ -n "$p" ] && { kill -0 "$p" 2>/dev/null || [ -d "/proc/$p" ]; } && [ "$(cut -d' ' -f3 "/proc/$p/stat" 2>/dev/null)" != Z ]; }`,
    ...claim,
    'p=',
    'if [ "$s" != missing ]; then',
    // A command started a moment ago may not have written its pid yet.
    `  i=0; while [ ! -s "$d/${PID}" ] && [ ! -f "$d/${STATUS}" ] && [ "$i" -lt 100 ]; do ${pause(0.1)}; i=$((i+1)); done`,
    `  p=$(cat "$d/${PID}" 2>/dev/null)`,
    '  if [ "$s" = existing ]; then',
    `    if [ -f "$d/${STATUS}" ]; then s=finished; elif alive; then s=running; else s=vanished; fi`,
    '  fi',
    'fi',
    `printf '%s S %s\\n' "$n" "$s"`,
    'case $s in vanished|missing) exit 0;; esac',
    `o=${options.offset}`,
    'while :; do',
    `  f=0; [ -f "$d/${STATUS}" ] && f=1`,
    '  while :; do',
    `    h=$(od -An -v -tx1 -j "$o" -N ${options.chunkBytes} "$d/${LOG}" 2>/dev/null | tr -d ' \\n')`,
    '    c=$((${#h} / 2))',
    `    [ "$c" -gt 0 ] && printf '%s D %s %s\\n' "$n" "$o" "$h"`,
    '    o=$((o + c))',
    `    [ "$c" -lt ${options.chunkBytes} ] && break`,
    '  done',
    `  if [ "$f" = 1 ]; then printf '%s X %s\\n' "$n" "$(cat "$d/${STATUS}")"; exit 0; fi`,
    // Dead without a status: killed (OOM, SIGKILL) before the wrapper could write one.
    `  if ! alive && [ ! -f "$d/${STATUS}" ]; then printf '%s S vanished\\n' "$n"; exit 0; fi`,
    `  printf '%s H %s\\n' "$n" "$o"`,
    `  ${pause(options.pollSeconds)}`,
    'done',
    '',
  ].join('\n');
}

/** The ExecuteCommand `command` that runs a script: `/bin/sh -c '<script>'`, one quoted word for the agent's splitter. */
export function execCommandString(script: string): string {
  return `/bin/sh -c ${quoteShellWord(script)}`;
}

function validateFollowOptions(options: FollowOptions): void {
  if (!Number.isSafeInteger(options.offset) || options.offset < 0) {
    throw new RangeError(`offset ${options.offset} is not a byte offset`);
  }
  if (!/^[A-Za-z0-9]{8,64}$/.test(options.nonce))
    throw new RangeError('the nonce must be 8 to 64 letters or digits');
  if (!Number.isSafeInteger(options.chunkBytes) || options.chunkBytes < 16 || options.chunkBytes > 65_536) {
    throw new RangeError(`chunk size ${options.chunkBytes} is out of range (16 to 65536 bytes)`);
  }
  if (
    !(options.pollSeconds > 0 && options.pollSeconds <= 60) ||
    !/^\d+(\.\d{1,3})?$/.test(`${options.pollSeconds}`)
  ) {
    throw new RangeError(
      `poll interval ${options.pollSeconds} s is out of range (up to 60 s, three decimals)`,
    );
  }
}
