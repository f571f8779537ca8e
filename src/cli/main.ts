import { UnreadableFileError } from '../environment/read-environment-file.js';
import { showValue } from '../environment/show-value.js';
import { printable, printableLines } from '../text/printable.js';
import { type CliIo, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from './cli-io.js';
import { USAGE } from './usage.js';
import { VERSION } from './version.js';

type Command = (args: string[], io: CliIo) => Promise<number>;

/** Loaded on demand: validate should not pay for the CloudFormation validator's start-up. */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  validate: async () => (await import('./commands/validate.js')).validateCommand,
  render: async () => (await import('./commands/render.js')).renderCommand,
  preflight: async () => (await import('./commands/preflight.js')).preflightCommand,
  bootstrap: async () => (await import('./commands/bootstrap.js')).bootstrapCommand,
  deploy: async () => (await import('./commands/deploy.js')).deployCommand,
  drift: async () => (await import('./commands/drift.js')).driftCommand,
};

/**
 * Runs one command line and returns the exit code; never throws. Everything it
 * writes goes through `printableLines`: whatever a message quotes (a file name,
 * a value, a reason from AWS), no character reaches the terminal or a CI log
 * that could end a line, move the cursor, recolour it or issue a workflow command.
 */
export async function run(argv: readonly string[], terminal: CliIo): Promise<number> {
  const io: CliIo = {
    stdout: (text) => terminal.stdout(printableLines(text)),
    stderr: (text) => terminal.stderr(printableLines(text)),
  };
  const debug = argv.includes('--debug');
  const [command, ...args] = argv;
  try {
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      io.stdout(USAGE);
      return command === undefined ? EXIT_USAGE : EXIT_OK;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`${VERSION}\n`);
      return EXIT_OK;
    }
    const load = COMMANDS[command];
    if (!load)
      throw new UsageError(
        `unknown command ${showValue(command)}; the commands are ${Object.keys(COMMANDS).join(', ')}`,
      );
    return await (await load())(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`dify-aws-kit: ${printable(error.message)}\nRun "dify-aws-kit help" for usage.\n`);
      return EXIT_USAGE;
    }
    if (error instanceof UnreadableFileError) {
      io.stderr(`dify-aws-kit: ${printable(error.message)}\n`);
      return EXIT_USAGE;
    }
    const detail = debug && error instanceof Error ? `\n${error.stack}` : ' (run with --debug for details)';
    io.stderr(
      `dify-aws-kit: unexpected error: ${printable(error instanceof Error ? error.message : String(error))}${detail}\n`,
    );
    return EXIT_FINDINGS;
  }
}
