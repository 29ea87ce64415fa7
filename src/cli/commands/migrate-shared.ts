/**
 * What every `migrate` verb shares: the project's schema, database and migrations folder, the shadow
 * database `migrate dev` and `migrate diff` replay history on, and the seed command.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline/promises';
import type { Connection } from '../../dialects/driver.js';
import { loadDialect } from '../../dialects/registry.js';
import { readLockProvider, readMigrationsDir, resetDatabase, MigrateError } from '../../migrate/index.js';
import type { LocalMigration } from '../../migrate/index.js';
import type { Provider, Schema } from '../../schema/model.js';
import { openDatabase, type OpenDatabase } from '../project/database.js';
import { datasourceUrl, loadProject, requireValidSchema, type Project } from '../project/load-project.js';
import { isInteractive } from '../prompt.js';
import { CliError, type Terminal } from '../terminal.js';

export interface MigrateContext {
  readonly project: Project;
  readonly schema: Schema;
  readonly provider: Provider;
  readonly url: string;
  readonly database: OpenDatabase;
  readonly migrationsDir: string;
}

/** Loads the project and opens its database; prints the `Datasource "db": ...` line as Prisma does. */
export async function openMigrateContext(flags: { schema?: string | undefined; config?: string | undefined }, terminal: Terminal): Promise<MigrateContext> {
  const project = await loadProject({ schema: flags.schema, config: flags.config });
  const schema = requireValidSchema(project, terminal);
  const provider = schema.datasource?.provider;
  if (provider === undefined) throw new CliError('The schema has no datasource block: migrate needs its provider.');
  const url = datasourceUrl(project, schema);
  const database = await openDatabase(schema, url, project.location.dir);
  terminal.out(`Datasource "${schema.datasource?.name ?? 'db'}": ${database.description}`);
  if (database.created) terminal.out(`\n${database.created}`);
  const migrationsDir = migrationsDirOf(project);
  const locked = readLockProvider(migrationsDir);
  if (locked !== null && locked !== provider) {
    await database.connection.close();
    throw new CliError(`Error: P3019\n\nThe datasource provider \`${provider}\` specified in your schema does not match the one specified in the migration_lock.toml, \`${locked}\`. Please remove your current migration directory and start a new migration history with refract migrate dev.`);
  }
  return { project, schema, provider, url, database, migrationsDir };
}

/** prisma.config.ts `migrations.path` (relative to the config file), else `migrations/` next to the schema. */
export function migrationsDirOf(project: Project): string {
  const fromConfig = project.config?.config.migrations?.path;
  if (fromConfig) return path.resolve(path.dirname(project.config?.file ?? project.cwd), fromConfig);
  return path.join(project.location.dir, 'migrations');
}

export function localMigrations(context: MigrateContext): LocalMigration[] {
  return readMigrationsDir(context.migrationsDir);
}

export function displayPath(project: Project, file: string): string {
  return path.relative(project.cwd, file) || file;
}

/** Translates the engine's errors (MigrateError and its kinds) into the CLI's: message, no stack. */
export async function asCliErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof MigrateError) {
      const code = (error as { code?: unknown }).code;
      throw new CliError(typeof code === 'string' ? `Error: ${code}\n\n${error.message}` : error.message);
    }
    throw error;
  }
}

export interface ShadowDatabase {
  readonly connection: Connection;
  dispose(): Promise<void>;
}

/**
 * The shadow database: `shadowDatabaseUrl` when configured (emptied first, kept afterwards), else a
 * temporary one: SQLite in memory, a `prisma_shadow_...` database on the same server, dropped after.
 */
export async function openShadow(project: Project, schema: Schema, url: string, main: Connection): Promise<ShadowDatabase> {
  const provider = schema.datasource?.provider ?? 'sqlite';
  const dialect = await loadDialect(provider);
  const configured = project.config?.config.datasource?.shadowDatabaseUrl ?? (schema.datasource?.shadowDatabaseUrl ? datasourceUrl(project, schema, 'shadowDatabaseUrl') : undefined);
  if (configured !== undefined) {
    if (configured === url) throw new CliError('The shadow database URL is the same as the main database URL: they must be different databases.');
    await dialect.prepareDatabase?.(configured, project.location.dir);
    const connection = dialect.connect(configured, project.location.dir);
    await resetDatabase(connection, provider);
    return { connection, dispose: () => connection.close() };
  }
  if (provider === 'sqlite') {
    const connection = dialect.connect('file::memory:', project.location.dir);
    return { connection, dispose: () => connection.close() };
  }
  const name = `prisma_shadow_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const shadowUrl = new URL(url);
  shadowUrl.pathname = `/${name}`;
  const text = shadowUrl.toString();
  await dialect.prepareDatabase?.(text, project.location.dir);
  const connection = dialect.connect(text, project.location.dir);
  const quoted = provider === 'mysql' ? `\`${name}\`` : `"${name}"`;
  return {
    connection,
    async dispose() {
      await connection.close();
      await main.executeScript(`DROP DATABASE IF EXISTS ${quoted}${provider === 'postgresql' ? ' WITH (FORCE)' : ''}`);
    },
  };
}

/** The seed command: prisma.config.ts `migrations.seed`, else package.json `prisma.seed`; null when none. */
export function seedCommand(project: Project): string | null {
  const fromConfig = project.config?.config.migrations?.seed;
  if (fromConfig) return fromConfig;
  const pkg = path.join(project.cwd, 'package.json');
  if (!fs.existsSync(pkg)) return null;
  try {
    const seed = (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { prisma?: { seed?: unknown } }).prisma?.seed;
    return typeof seed === 'string' && seed !== '' ? seed : null;
  } catch {
    return null;
  }
}

/** Runs the seed command through the shell, its output passed through; false when there is none. */
export function runSeed(project: Project, terminal: Terminal, extraArgs: readonly string[] = []): boolean {
  const command = seedCommand(project);
  if (command === null) return false;
  const full = [command, ...extraArgs.map((a) => `'${a.replaceAll("'", "'\\''")}'`)].join(' ');
  terminal.out(`Running seed command \`${full}\` ...`);
  const run = spawnSync(full, { cwd: project.cwd, shell: true, stdio: 'inherit', env: process.env });
  if (run.status !== 0) throw new CliError(`An error occurred while running the seed command:\nError: Command failed with exit code ${run.status ?? 1}: ${full}`);
  terminal.out(`\n🌱  The seed command has been executed.`);
  return true;
}

/** Asks for a line of text at a terminal; `fallback` without one. */
export async function askText(question: string, fallback: string): Promise<string> {
  if (!isInteractive()) return fallback;
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question(`${question} `)).trim() || fallback;
  } finally {
    rl.close();
  }
}
