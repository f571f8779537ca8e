import { parseArgs } from 'node:util';
import { UsageError } from '../cli-io.js';

export interface CommandOptions {
  readonly files: string[];
  readonly base?: string;
  readonly out?: string;
  readonly strict: boolean;
}

/** Parses the options a command accepts; anything else is a usage error. */
export function parseCommandOptions(
  command: string,
  args: string[],
  accepted: readonly ('base' | 'out' | 'strict')[],
): CommandOptions {
  const options = {
    base: { type: 'string' },
    out: { type: 'string' },
    strict: { type: 'boolean', default: false },
    debug: { type: 'boolean', default: false },
  } as const;
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: typeof options; allowPositionals: true }>
  >;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${command}: ${(error as Error).message.split('\n')[0]}`);
  }
  const { values, positionals } = parsed;
  for (const name of ['base', 'out', 'strict'] as const) {
    const given = name === 'strict' ? values.strict : values[name] !== undefined;
    if (given && !accepted.includes(name))
      throw new UsageError(`${command}: --${name} is not an option of ${command}`);
  }
  if (positionals.length === 0) throw new UsageError(`${command}: name at least one environment file`);
  if (values.base !== undefined && positionals.length !== 1) {
    throw new UsageError(`${command}: --base compares one file with its base version; name exactly one FILE`);
  }
  return {
    files: positionals,
    strict: values.strict,
    ...(values.base !== undefined ? { base: values.base } : {}),
    ...(values.out !== undefined ? { out: values.out } : {}),
  };
}
