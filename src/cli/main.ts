import { UnreadableFileError } from '../environment/read-environment-file.js';
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

/** Runs one command line and returns the exit code; never throws. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
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
        `unknown command ${JSON.stringify(command)}; the commands are ${Object.keys(COMMANDS).join(', ')}`,
      );
    return await (await load())(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`dify-aws-kit: ${error.message}\nRun "dify-aws-kit help" for usage.\n`);
      return EXIT_USAGE;
    }
    if (error instanceof UnreadableFileError) {
      io.stderr(`dify-aws-kit: ${error.message}\n`);
      return EXIT_USAGE;
    }
    const detail = debug && error instanceof Error ? `\n${error.stack}` : ' (run with --debug for details)';
    io.stderr(
      `dify-aws-kit: unexpected error: ${error instanceof Error ? error.message : String(error)}${detail}\n`,
    );
    return EXIT_FINDINGS;
  }
}
