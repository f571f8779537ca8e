/**
 * Test support: stdout read as the GitHub Actions runner reads it.
 * Lines end at `\r`, `\n` or `\r\n` (the runner reads them with .NET's
 * TextReader.ReadLine); a line is a command when, after the leading white space
 * .NET's TrimStart removes, it starts with `::NAME` followed by `::`, or when it
 * holds `##[NAME]` anywhere (the legacy form). actions/runner,
 * src/Runner.Common/ActionCommand.cs (TryParseV2, TryParse).
 */
export interface WorkflowCommand {
  readonly name: string;
  /** The properties part, as written (`file=a.json,line=3`). */
  readonly properties: string;
  readonly line: string;
}

/** Every command name the runner acts on. */
export const RUNNER_COMMANDS = new Set([
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'add-path',
  'set-env',
  'set-output',
  'save-state',
  'stop-commands',
  'echo',
  'group',
  'endgroup',
  'debug',
  'notice',
  'warning',
  'error',
]);

export function runnerLines(stdout: string): string[] {
  return stdout.split(/\r\n|\r|\n/);
}

/** .NET's Char.IsWhiteSpace set, which String.TrimStart() removes. */
const DOTNET_LEADING_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/;

/** The commands the runner would run from this output, in order (unregistered names included). */
export function workflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of runnerLines(stdout)) {
    const trimmed = line.replace(DOTNET_LEADING_SPACE, '');
    const end = trimmed.startsWith('::') ? trimmed.indexOf('::', 2) : -1;
    if (end >= 0) {
      const info = trimmed.slice(2, end);
      const space = info.indexOf(' ');
      commands.push({
        name: space < 0 ? info : info.slice(0, space),
        properties: space < 0 ? '' : info.slice(space + 1).trim(),
        line,
      });
      continue;
    }
    const legacy = /##\[([^\s\]]*)([^\]]*)\]/.exec(line);
    if (legacy) commands.push({ name: legacy[1] ?? '', properties: (legacy[2] ?? '').trim(), line });
  }
  return commands;
}
