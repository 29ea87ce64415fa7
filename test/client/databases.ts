/**
 * Test helper: the same client test on every database. `databaseTest(title, fn)` registers one test per
 * database (`REFRACT_TEST_DB=sqlite|postgres|mysql` narrows to one); `testClient(db, schemaText)` gives
 * the test a fresh database (SQLite file in a temp dir, or a uniquely named PostgreSQL / MariaDB
 * database), pushed from the schema text, and a client on it; `close()` drops the database.
 *
 *   databaseTest('create reads back', async (db) => {
 *     const c = await testClient(db, BLOG);
 *     try { ... } finally { await c.close(); }
 *   });
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { createClientModule } from '../../src/client/index.js';
import { dialectFor, loadDialect } from '../../src/dialects/registry.js';
import { pushSchema } from '../../src/migrate/push.js';
import { parseSchema } from '../../src/schema/parser/index.js';
import { validateSchema } from '../../src/schema/validate/index.js';
import type { Schema } from '../../src/schema/model.js';

/** A database under test, by its schema provider name. */
export type TestDb = 'sqlite' | 'postgresql' | 'mysql';

export const ALL_DATABASES: readonly TestDb[] = ['sqlite', 'postgresql', 'mysql'];

export const PG_URL_BASE = process.env.PG_URL_BASE ?? 'postgresql://postgres@127.0.0.1:5432';
export const MYSQL_URL_BASE = process.env.MYSQL_URL_BASE ?? 'mysql://root@127.0.0.1:3306';

/** `REFRACT_TEST_DB` spellings (`postgres`, `postgresql`, `pg`, `mysql`, `mariadb`, `sqlite`) -> TestDb. */
function parseTestDb(value: string): TestDb | null {
  const v = value.trim().toLowerCase();
  if (v === 'sqlite') return 'sqlite';
  if (v === 'postgres' || v === 'postgresql' || v === 'pg') return 'postgresql';
  if (v === 'mysql' || v === 'mariadb') return 'mysql';
  return null;
}

/**
 * The databases this run covers: all three, or those named in `REFRACT_TEST_DB` (comma-separated);
 * only databases whose dialect is registered (a dialect still being written is not run yet).
 */
export function selectedDatabases(): readonly TestDb[] {
  const env = process.env.REFRACT_TEST_DB;
  const chosen = env ? env.split(',').map(parseTestDb).filter((d): d is TestDb => d !== null) : ALL_DATABASES;
  return ALL_DATABASES.filter((d) => chosen.includes(d) && dialectFor(d) !== null);
}

export function databaseEnabled(db: TestDb): boolean {
  return selectedDatabases().includes(db);
}

export interface DatabaseTestOptions {
  /** Only these databases (e.g. a PostgreSQL-only feature); still narrowed by REFRACT_TEST_DB. */
  readonly only?: readonly TestDb[];
  readonly timeout?: number;
}

/** Registers `title [db]` once per selected database. */
export function databaseTest(title: string, fn: (db: TestDb) => Promise<void>, options: DatabaseTestOptions = {}): void {
  for (const db of selectedDatabases()) {
    if (options.only && !options.only.includes(db)) continue;
    test(`${title} [${db}]`, { timeout: options.timeout ?? 120_000 }, () => fn(db));
  }
}

let counter = 0;

function uniqueName(label: string): string {
  const safe = label.toLowerCase().replace(/[^a-z0-9]+/g, '_').slice(0, 20);
  return `refract_t_${safe}_${process.pid}_${Date.now().toString(36)}_${++counter}`;
}

export interface FreshDatabase {
  readonly db: TestDb;
  /** The datasource URL of the new database. */
  readonly url: string;
  /** The folder relative SQLite URLs resolve against (a temp dir, also for the servers). */
  readonly dir: string;
  /** The database's name on its server (the file name on SQLite). */
  readonly name: string;
  drop(): Promise<void>;
}

/** An empty database of its own: a temp SQLite file, or `CREATE DATABASE` on the local server. */
export async function freshDatabase(db: TestDb, label = 'db'): Promise<FreshDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refract-client-'));
  const removeDir = (): void => fs.rmSync(dir, { recursive: true, force: true });
  const name = uniqueName(label);
  switch (db) {
    case 'sqlite':
      return { db, url: 'file:./test.db', dir, name: 'test.db', drop: async () => removeDir() };
    case 'postgresql': {
      await withPgAdmin((admin) => admin.query(`CREATE DATABASE "${name}"`));
      return {
        db,
        url: `${PG_URL_BASE}/${name}`,
        dir,
        name,
        async drop() {
          await withPgAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
          removeDir();
        },
      };
    }
    case 'mysql': {
      await withMysqlAdmin((admin) => admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`));
      return {
        db,
        url: `${MYSQL_URL_BASE}/${name}`,
        dir,
        name,
        async drop() {
          await withMysqlAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS \`${name}\``));
          removeDir();
        },
      };
    }
  }
}

/** Runs `work` on a superuser connection to the PostgreSQL server's `postgres` database. */
export async function withPgAdmin<T>(work: (admin: pg.Client) => Promise<T>, database = 'postgres'): Promise<T> {
  const admin = new pg.Client({ connectionString: `${PG_URL_BASE}/${database}` });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** Runs `work` on a root connection to the MariaDB server (no default database). */
export async function withMysqlAdmin<T>(work: (admin: mysql.Connection) => Promise<T>, database?: string): Promise<T> {
  const admin = await mysql.createConnection(database ? `${MYSQL_URL_BASE}/${database}` : MYSQL_URL_BASE);
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** The datasource block for a test database (`extra`: more lines, e.g. `relationMode = "prisma"`). */
export function datasourceBlock(db: TestDb, extra = ''): string {
  return `datasource db {\n  provider = "${db}"\n${extra}}\n`;
}

export function schemaFor(db: TestDb, schemaText: string, datasourceExtra = ''): Schema {
  const parsed = parseSchema({ path: 'schema.prisma', text: `${datasourceBlock(db, datasourceExtra)}${schemaText}` });
  const result = validateSchema([parsed.file]);
  // A broken test schema is the test's own bug: fail loudly with the diagnostics.
  if (!result.schema) throw new TypeError(`invalid test schema for ${db}: ${JSON.stringify(result.diagnostics)}`);
  return result.schema;
}

export interface TestClient {
  readonly db: TestDb;
  // The runtime client is untyped here: tests call it as user code does.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly prisma: any;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly Prisma: any;
  readonly schema: Schema;
  /** The datasource URL (SQLite: `file:./test.db`, relative to `dir`). */
  readonly url: string;
  readonly dir: string;
  /** SQLite: the database file's absolute path; the servers: the database name. */
  readonly file: string;
  /** Every statement the client ran (its `query` log events), in order. */
  readonly queries: string[];
  /** Another client on the same database (closed by `close()`), e.g. for concurrency tests. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  newClient(options?: Record<string, unknown>): any;
  close(): Promise<void>;
}

export interface TestClientOptions {
  /** Passed to `new PrismaClient(...)`. */
  readonly clientOptions?: Record<string, unknown>;
  /** More datasource lines, e.g. `  relationMode = "prisma"\n`. */
  readonly datasourceExtra?: string;
  /** A label in the database's name. */
  readonly label?: string;
}

/** A fresh database of `db` with `schemaText` pushed to it, and a client (query log recorded) on it. */
export async function testClient(db: TestDb, schemaText: string, options: TestClientOptions = {}): Promise<TestClient> {
  const schema = schemaFor(db, schemaText, options.datasourceExtra);
  const fresh = await freshDatabase(db, options.label);
  const clients: { $disconnect(): Promise<void> }[] = [];
  try {
    const dialect = await loadDialect(db);
    const connection = dialect.connect(fresh.url, fresh.dir);
    try {
      await pushSchema({ schema, connection });
    } finally {
      await connection.close();
    }
    const { PrismaClient, Prisma } = createClientModule(schema, { schemaDir: fresh.dir });
    const newClient = (clientOptions: Record<string, unknown> = {}): unknown => {
      const client = new PrismaClient({ datasourceUrl: fresh.url, ...clientOptions });
      clients.push(client as { $disconnect(): Promise<void> });
      return client;
    };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const prisma: any = newClient({ log: [{ level: 'query', emit: 'event' }], ...(options.clientOptions ?? {}) });
    const queries: string[] = [];
    prisma.$on('query', (e: unknown) => queries.push((e as { query: string }).query));
    return {
      db,
      prisma,
      Prisma,
      schema,
      url: fresh.url,
      dir: fresh.dir,
      file: db === 'sqlite' ? path.join(fresh.dir, fresh.name) : fresh.name,
      queries,
      newClient,
      async close() {
        await Promise.all(clients.map((c) => c.$disconnect().catch(() => undefined)));
        await fresh.drop();
      },
    };
  } catch (error) {
    await Promise.all(clients.map((c) => c.$disconnect().catch(() => undefined)));
    await fresh.drop();
    throw error;
  }
}
