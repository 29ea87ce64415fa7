/** `db execute`: run an SQL script (a file or stdin) against the datasource or a given URL. */
import fs from 'node:fs';
import path from 'node:path';
import { loadDialect } from '../../dialects/registry.js';
import { defineCommand, schemaFlags } from '../command.js';
import { datasourceUrl, loadProject, requireValidSchema } from '../project/load-project.js';
import { CliError } from '../terminal.js';

export const dbExecuteCommand = defineCommand({
  name: 'db execute',
  summary: 'Run an SQL script against the database',
  usage: 'refract db execute (--file <path> | --stdin) [--url <url> | --schema <path>]\n\nThe script runs as given, in one round trip; its output is not shown.',
  flags: {
    ...schemaFlags,
    file: { kind: 'string', description: 'The SQL file to run' },
    stdin: { kind: 'boolean', description: 'Read the SQL script from standard input' },
    url: { kind: 'string', description: 'The database URL to run it against (default: the datasource\'s)' },
  },
  async run({ flags }, terminal) {
    if ((flags.file === undefined) === (flags.stdin !== true)) throw new CliError('`db execute` needs exactly one of --file <path> or --stdin.');
    const script = flags.file !== undefined ? readFile(flags.file) : fs.readFileSync(0, 'utf8');
    let url: string;
    let provider: string;
    let baseDir = process.cwd();
    if (flags.url !== undefined) {
      url = flags.url;
      provider = providerOfUrl(url);
    } else {
      const project = await loadProject({ schema: flags.schema, config: flags.config });
      const schema = requireValidSchema(project, terminal);
      url = datasourceUrl(project, schema);
      provider = schema.datasource?.provider ?? providerOfUrl(url);
      baseDir = project.location.dir;
    }
    const dialect = await loadDialect(provider);
    const connection = dialect.connect(url, baseDir);
    try {
      await connection.executeScript(script);
    } catch (error) {
      throw new CliError(`Error: P1014\n\n${error instanceof Error ? error.message : String(error)}`);
    } finally {
      await connection.close();
    }
    terminal.out('Script executed successfully.');
    return 0;
  },
});

function readFile(file: string): string {
  const full = path.resolve(file);
  if (!fs.existsSync(full)) throw new CliError(`The file ${file} does not exist.`);
  return fs.readFileSync(full, 'utf8');
}

/** The provider a URL's scheme names, as Prisma reads it. */
export function providerOfUrl(url: string): string {
  if (url.startsWith('file:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgresql';
  if (/^mysql:\/\//.test(url)) return 'mysql';
  throw new CliError(`The URL's scheme is not one Refract knows (file:, postgresql://, mysql://): ${url.replace(/\/\/[^@/]*@/, '//***@')}`);
}
