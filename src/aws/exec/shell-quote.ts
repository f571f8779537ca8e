// Text with a lone surrogate cannot be written as UTF-8: it would reach the shell changed.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * One word for a POSIX shell, whatever it holds: single-quoted, each `'`
 * written as `'\''`. Inside single quotes the shell expands nothing (`$()`,
 * backticks, `$VAR`, globs, new lines all stay literal). The same text is one
 * word for google/shlex too, which is how the SSM agent in a container splits
 * the ExecuteCommand command (amazon-ssm-agent `agent/session/shell/shell_unix.go`).
 */
export function quoteShellWord(word: string): string {
  if (word.includes('\0')) throw new RangeError('a shell word cannot hold a NUL character');
  if (LONE_SURROGATE.test(word)) throw new RangeError('a shell word cannot hold a lone UTF-16 surrogate');
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

/** An argv as one shell command line, each argument its own quoted word. */
export function quoteCommandLine(argv: readonly string[]): string {
  return argv.map(quoteShellWord).join(' ');
}
