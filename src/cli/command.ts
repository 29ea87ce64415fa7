/** What every verb provides: its flags, its help text, and a run function that returns an exit code. */
import type { FlagSpecs, ParsedArgs } from './args.js';
import type { Terminal } from './terminal.js';

export interface Command<S extends FlagSpecs = FlagSpecs> {
  /** `format`, or `db push` for a sub-verb. */
  readonly name: string;
  readonly summary: string;
  /** Usage lines and examples, shown by `--help` above the flags. */
  readonly usage: string;
  readonly flags: S;
  run(args: ParsedArgs<S>, terminal: Terminal): Promise<number>;
}

export function defineCommand<S extends FlagSpecs>(command: Command<S>): Command {
  return command as unknown as Command;
}

/** Flags every schema-reading verb accepts. */
export const schemaFlags = {
  schema: { kind: 'string', description: 'Path to the schema file or folder' },
  config: { kind: 'string', description: 'Path to the config file (prisma.config.ts)' },
  help: { kind: 'boolean', alias: 'h', description: 'Show this help' },
} as const;
