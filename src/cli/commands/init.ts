import fs from 'node:fs';
import path from 'node:path';
import type { Provider } from '../../schema/model.js';
import { defineCommand } from '../command.js';
import { CliError } from '../terminal.js';

const PROVIDERS: readonly Provider[] = ['postgresql', 'mysql', 'sqlite', 'sqlserver', 'mongodb', 'cockroachdb'];

/** The URL `init` writes to .env when none is given, per provider (placeholders for servers). */
const EXAMPLE_URLS: Readonly<Record<Provider, string>> = {
  postgresql: 'postgresql://johndoe:randompassword@localhost:5432/mydb?schema=public',
  cockroachdb: 'postgresql://johndoe:randompassword@localhost:26257/mydb?schema=public',
  mysql: 'mysql://johndoe:randompassword@localhost:3306/mydb',
  sqlserver: 'sqlserver://localhost:1433;database=mydb;user=SA;password=randompassword;',
  mongodb: 'mongodb+srv://root:randompassword@cluster0.ab1cd.mongodb.net/mydb?retryWrites=true&w=majority',
  sqlite: 'file:./dev.db',
};

export function schemaTemplate(provider: Provider, output: string | undefined): string {
  const outputLine = output ? `\n  output   = ${JSON.stringify(output)}` : '';
  return `// The data model of this project: models, enums and how they relate.
// Validate it with \`refract validate\`, format it with \`refract format\`,
// then create the client with \`refract generate\`.

generator client {
  provider = "prisma-client-js"${outputLine}
}

datasource db {
  provider = "${provider}"
  url      = env("DATABASE_URL")
}
`;
}

export const initCommand = defineCommand({
  name: 'init',
  summary: 'Set up a new project: prisma/schema.prisma and .env',
  usage: 'refract init [--datasource-provider <provider>] [--url <url>] [--output <path>]\n\nProviders: postgresql (default), mysql, sqlite, sqlserver, mongodb, cockroachdb.',
  flags: {
    'datasource-provider': { kind: 'string', description: 'The database: postgresql, mysql, sqlite, sqlserver, mongodb or cockroachdb' },
    url: { kind: 'string', description: 'The connection URL written to .env as DATABASE_URL' },
    output: { kind: 'string', description: "The generated client's output folder (generator `output`)" },
    help: { kind: 'boolean', alias: 'h', description: 'Show this help' },
  },
  async run({ flags }, terminal) {
    const cwd = process.cwd();
    const provider = (flags['datasource-provider'] ?? (flags.url?.startsWith('file:') ? 'sqlite' : 'postgresql')).toLowerCase() as Provider;
    if (!PROVIDERS.includes(provider)) throw new CliError(`Unknown datasource provider "${provider}". Use one of: ${PROVIDERS.join(', ')}.`);
    const schemaFile = path.join(cwd, 'prisma', 'schema.prisma');
    if (fs.existsSync(schemaFile)) throw new CliError(`File prisma/schema.prisma already exists in your project.\nDelete it to start over, or edit it.`);
    fs.mkdirSync(path.dirname(schemaFile), { recursive: true });
    fs.writeFileSync(schemaFile, schemaTemplate(provider, flags.output));
    const url = flags.url ?? EXAMPLE_URLS[provider];
    const envFile = path.join(cwd, '.env');
    const envLine = `DATABASE_URL="${url}"`;
    if (!fs.existsSync(envFile)) {
      fs.writeFileSync(envFile, `# Environment variables for Refract (and any tool that reads .env).\n# The connection URL of the database in prisma/schema.prisma:\n\n${envLine}\n`);
    } else if (!/^\s*(export\s+)?DATABASE_URL\s*=/m.test(fs.readFileSync(envFile, 'utf8'))) {
      fs.appendFileSync(envFile, `\n${envLine}\n`);
    } else {
      terminal.err(terminal.yellow('warn') + ' .env already defines DATABASE_URL; it was left as it is.');
    }
    addToGitignore(cwd, ['node_modules', '.env']);
    terminal.out(`${terminal.green('✔')} Your schema is at prisma/schema.prisma (provider ${provider}); DATABASE_URL is in .env.

Next steps:
  1. ${flags.url || provider === 'sqlite' ? 'Check' : 'Set'} DATABASE_URL in .env to point at your database.
  2. Add models to prisma/schema.prisma.
  3. Run \`refract db push\` (or \`refract migrate dev\`) to create the tables.
  4. Run \`refract generate\` and import { PrismaClient } in your code.`);
    return 0;
  },
});

function addToGitignore(cwd: string, entries: readonly string[]): void {
  const file = path.join(cwd, '.gitignore');
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const lines = new Set(existing.split(/\r?\n/).map((l) => l.trim()));
  const missing = entries.filter((e) => !lines.has(e) && !lines.has(`${e}/`) && !lines.has(`/${e}`));
  if (missing.length) fs.writeFileSync(file, `${existing}${existing && !existing.endsWith('\n') ? '\n' : ''}${missing.join('\n')}\n`);
}
