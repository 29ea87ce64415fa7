/** The command line's dispatcher: finds the verb, parses its flags, runs it, returns the exit code. */
import { parseArgs, renderFlags } from './args.js';
import type { Command } from './command.js';
import { commands } from './commands/index.js';
import { refractVersion } from './commands/version.js';
import { CliError, createTerminal, type Terminal } from './terminal.js';

function findCommand(argv: readonly string[]): { command: Command; rest: readonly string[] } | null {
  const two = `${argv[0]} ${argv[1]}`;
  const byTwo = commands.find((c) => c.name === two);
  if (byTwo) return { command: byTwo, rest: argv.slice(2) };
  const byOne = commands.find((c) => c.name === argv[0]);
  return byOne ? { command: byOne, rest: argv.slice(1) } : null;
}

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `Refract ${refractVersion()}: the Prisma ORM in TypeScript.

Usage: refract <command> [flags]     (also installed as \`prisma\`)

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run \`refract <command> --help\` for a command's flags.`;
}

function commandHelp(command: Command): string {
  return `${command.summary}.\n\nUsage: ${command.usage}\n\nFlags:\n${renderFlags(command.flags)}`;
}

export async function main(argv: readonly string[], terminal: Terminal = createTerminal()): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    const topic = argv[0] === 'help' && argv.length > 1 ? findCommand(argv.slice(1)) : null;
    terminal.out(topic ? commandHelp(topic.command) : overview());
    return 0;
  }
  if (argv[0] === '--version' || argv[0] === '-v') argv = ['version', ...argv.slice(1)];
  const found = findCommand(argv);
  if (!found) {
    const namespace = commands.filter((c) => c.name.startsWith(`${argv[0]} `));
    const hint = namespace.length ? `\`${argv[0]}\` needs a sub-command: ${namespace.map((c) => c.name).join(', ')}.` : 'Run `refract --help` for the list of commands.';
    terminal.err(`${terminal.red('Error:')} Unknown command "${argv.slice(0, 2).join(' ')}". ${hint}`);
    return 1;
  }
  try {
    if (found.rest.includes('--help') || found.rest.includes('-h')) {
      terminal.out(commandHelp(found.command));
      return 0;
    }
    return await found.command.run(parseArgs(found.rest, found.command.flags, found.command.name), terminal);
  } catch (error) {
    if (error instanceof CliError) {
      terminal.err(error.message.startsWith('error') || error.message.includes('\n') ? error.message : `${terminal.red('Error:')} ${error.message}`);
      return error.exitCode;
    }
    throw error;
  }
}
