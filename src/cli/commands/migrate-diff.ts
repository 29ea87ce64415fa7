/** `migrate diff --from-* --to-*`: the SQL (or a summary) between two schemas, databases or folders. */
import fs from 'node:fs';
import path from 'node:path';
import type { DdlStatement } from '../../dialects/ddl/statements.js';
import type { Connection } from '../../dialects/driver.js';
import { loadDialect } from '../../dialects/registry.js';
import { migrateDiff, readMigrationsDir, resetDatabase } from '../../migrate/index.js';
import type { DiffSource, LocalMigration } from '../../migrate/index.js';
import type { Schema } from '../../schema/model.js';
import { assertNever } from '../../shared/internal-error.js';
import { defineCommand } from '../command.js';
import { datasourceUrl, loadProject, requireValidSchema } from '../project/load-project.js';
import { CliError, type Terminal } from '../terminal.js';
import { providerOfUrl } from './db-execute.js';
import { asCliErrors } from './migrate-shared.js';

const side = (which: 'from' | 'to') =>
  ({
    [`${which}-empty`]: { kind: 'boolean', description: `The ${which === 'from' ? 'source' : 'target'} is an empty database` },
    [`${which}-schema-datamodel`]: { kind: 'string', description: 'A schema file or folder (Prisma 5 spelling)' },
    [`${which}-schema`]: { kind: 'string', description: 'A schema file or folder' },
    [`${which}-migrations`]: { kind: 'string', description: 'A migrations folder (replayed on the shadow database)' },
    [`${which}-url`]: { kind: 'string', description: 'A live database URL' },
    [`${which}-config-datasource`]: { kind: 'boolean', description: 'The datasource of prisma.config.ts / the schema' },
  }) as const;

const flags = {
  ...side('from'),
  ...side('to'),
  'shadow-database-url': { kind: 'string', description: 'The shadow database for --from/--to-migrations (PostgreSQL, MySQL)' },
  script: { kind: 'boolean', description: 'Print SQL instead of a summary' },
  output: { kind: 'string', description: 'Write the result to this file instead of stdout' },
  'exit-code': { kind: 'boolean', description: 'Exit 2 when there are differences, 0 when none' },
  config: { kind: 'string', description: 'Path to the config file (prisma.config.ts)' },
  help: { kind: 'boolean', alias: 'h', description: 'Show this help' },
} as const;

type Flags = Partial<Record<string, string | boolean>>;

interface Opened {
  /** A migrations folder becomes a source once its shadow database is open (see run()). */
  readonly source: DiffSource | { readonly kind: 'migrationsDir'; readonly migrations: readonly LocalMigration[] };
  readonly provider: string | null;
  readonly close: () => Promise<void>;
}

export const migrateDiffCommand = defineCommand({
  name: 'migrate diff',
  summary: 'Compare two schemas, databases or migrations folders',
  usage:
    'refract migrate diff --from-<empty|schema|migrations|url|config-datasource> ... --to-<...> ... [--script] [--output <file>] [--exit-code]\n\nExample: refract migrate diff --from-empty --to-schema prisma/schema.prisma --script > init.sql',
  flags,
  async run({ flags: given }, terminal) {
    const f = given as Flags;
    const closers: (() => Promise<void>)[] = [];
    let result;
    try {
      const from = await openSide('from', f, terminal);
      closers.push(from.close);
      const to = await openSide('to', f, terminal);
      closers.push(to.close);
      const provider = from.provider ?? to.provider;
      if (provider === null) throw new CliError('`migrate diff` cannot tell the database provider from two empty sides: give a schema, a URL or a migrations folder with a migration_lock.toml.');
      const withShadow = async (source: Opened['source']): Promise<DiffSource> => {
        if (source.kind !== 'migrationsDir') return source;
        const shadow = await openShadowFor(provider, f['shadow-database-url']);
        closers.push(() => shadow.close());
        return { kind: 'migrations', migrations: source.migrations, shadow };
      };
      result = await asCliErrors(async () => migrateDiff({ from: await withShadow(from.source), to: await withShadow(to.source), provider }));
    } finally {
      for (const close of closers.reverse()) await close();
    }
    const text = f.script ? result.script : summary(result.statements);
    if (typeof f.output === 'string') {
      fs.mkdirSync(path.dirname(path.resolve(f.output)), { recursive: true });
      fs.writeFileSync(f.output, text);
    } else process.stdout.write(text);
    return f['exit-code'] && result.statements.length > 0 ? 2 : 0;
  },
});

async function openSide(which: 'from' | 'to', f: Flags, terminal: Terminal): Promise<Opened> {
  const given = (['empty', 'schema-datamodel', 'schema', 'migrations', 'url', 'config-datasource'] as const).filter((k) => f[`${which}-${k}`] !== undefined && f[`${which}-${k}`] !== false);
  if (given.length !== 1) throw new CliError(`\`migrate diff\` needs exactly one --${which}-... option (--${which}-empty, --${which}-schema, --${which}-migrations, --${which}-url, --${which}-config-datasource).`);
  const kind = given[0] ?? 'empty';
  const value = String(f[`${which}-${kind}`]);
  const nothing = async (): Promise<void> => undefined;
  switch (kind) {
    case 'empty':
      return { source: { kind: 'empty' }, provider: null, close: nothing };
    case 'schema':
    case 'schema-datamodel': {
      const schema = await loadSchemaAt(value, f.config, terminal);
      return { source: { kind: 'schema', schema }, provider: schema.datasource?.provider ?? null, close: nothing };
    }
    case 'migrations': {
      const lock = path.join(value, 'migration_lock.toml');
      const provider = fs.existsSync(lock) ? (/provider\s*=\s*"([^"]+)"/.exec(fs.readFileSync(lock, 'utf8'))?.[1] ?? null) : null;
      return { source: { kind: 'migrationsDir', migrations: readMigrationsDir(value) }, provider, close: nothing };
    }
    case 'url':
      return openUrl(value, providerOfUrl(value), process.cwd());
    case 'config-datasource': {
      const project = await loadProject({ config: typeof f.config === 'string' ? f.config : undefined });
      const schema = requireValidSchema(project, terminal);
      return openUrl(datasourceUrl(project, schema), schema.datasource?.provider ?? 'sqlite', project.location.dir);
    }
    default:
      return assertNever(kind, 'diff side');
  }
}

async function loadSchemaAt(file: string, config: string | boolean | undefined, terminal: Terminal): Promise<Schema> {
  const project = await loadProject({ schema: file, config: typeof config === 'string' ? config : undefined });
  return requireValidSchema(project, terminal);
}

async function openUrl(url: string, provider: string, baseDir: string): Promise<Opened> {
  const connection = (await loadDialect(provider)).connect(url, baseDir);
  return { source: { kind: 'database', connection }, provider, close: () => connection.close() };
}

async function openShadowFor(provider: string, url: string | boolean | undefined): Promise<Connection> {
  const dialect = await loadDialect(provider);
  if (provider === 'sqlite') return dialect.connect('file::memory:', process.cwd());
  if (typeof url !== 'string') throw new CliError('`--from-migrations` / `--to-migrations` need --shadow-database-url on this database.');
  const connection = dialect.connect(url, process.cwd());
  await resetDatabase(connection, provider);
  return connection;
}

/** Prisma's human summary: one line per change, grouped by what it does. */
function summary(statements: readonly DdlStatement[]): string {
  if (statements.length === 0) return 'No difference detected.\n';
  return `${statements.map(describe).join('\n')}\n`;
}

function describe(s: DdlStatement): string {
  switch (s.kind) {
    case 'createSchema':
      return `[+] Added schema ${s.name}`;
    case 'createEnum':
      return `[+] Added enum ${s.enum.name}`;
    case 'alterEnum':
      return `[*] Changed the \`${s.to.name}\` enum${s.addedValues.map((v) => `\n  [+] Added variant \`${v}\``).join('')}${s.removedValues.map((v) => `\n  [-] Removed variant \`${v}\``).join('')}`;
    case 'dropEnum':
      return `[-] Removed enum ${s.enum.name}`;
    case 'createTable':
      return `[+] Added table ${s.table.name}`;
    case 'dropTable':
      return `[-] Removed table ${s.table.name}`;
    case 'alterTable':
      return `[*] Changed the \`${s.to.name}\` table`;
    case 'redefineTables':
      return s.tables.map((t) => `[*] Redefined table \`${t.to.name}\``).join('\n');
    case 'createIndex':
      return `[+] Added index ${s.index.name} on \`${s.table.name}\``;
    case 'dropIndex':
      return `[-] Removed index ${s.index.name} on \`${s.table.name}\``;
    case 'renameIndex':
      return `[*] Renamed index ${s.from.name} to ${s.to.name} on \`${s.table.name}\``;
    case 'addForeignKey':
      return `[+] Added foreign key on \`${s.table.name}\``;
    case 'dropForeignKey':
      return `[-] Removed foreign key on \`${s.table.name}\``;
    case 'renameForeignKey':
      return `[*] Renamed a foreign key on \`${s.table.name}\``;
    default:
      return assertNever(s, 'diff statement');
  }
}
