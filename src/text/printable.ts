import { escapeUnsafe } from '../environment/unsafe-characters.js';

/**
 * A workflow command at the start of a runner line, after the leading white
 * space the runner trims (.NET's TrimStart: JavaScript's `\s` covers it).
 * actions/runner, src/Runner.Common/ActionCommand.cs, TryParseV2.
 */
const LEADING_COMMAND = /^(\s*)::/u;

/**
 * The legacy `##[command]` form, which the runner matches anywhere in a line
 * (ActionCommand.cs, TryParse: `message.IndexOf("##[")`).
 */
const LEGACY_COMMAND = /##\[/g;

/**
 * One line of text for a terminal or a GitHub Actions log, whatever it holds:
 * control, invisible and bidirectional characters (new lines, carriage returns,
 * ANSI and OSC escape sequences, NUL, overrides) are shown as `\uXXXX`, so the
 * text stays on its line and cannot move the cursor or reorder what is shown;
 * and the runner's two command forms (`::name::` at the start of a line, and
 * `##[name]` anywhere) are defused by writing one character of them as `\uXXXX`.
 * Every log line an action writes and every line the CLI prints goes through it.
 */
export function printable(text: string): string {
  return escapeUnsafe(text)
    .replace(LEADING_COMMAND, (_match, space: string) => `${space}\\u003a:`)
    .replace(LEGACY_COMMAND, '#\\u0023[');
}

/**
 * Text of several lines the kit composed itself (a Markdown report, a usage
 * text), each line made printable: the kit's own line breaks are kept, and no
 * other character can end a line or start a workflow command.
 */
export function printableLines(text: string): string {
  return text
    .split('\n')
    .map((line) => printable(line))
    .join('\n');
}
