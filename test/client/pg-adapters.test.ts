/**
 * Driver adapters: `new PrismaClient({ adapter })` with the shipped adapters (PrismaPg over a URL or
 * an application's pg.Pool, PrismaBetterSqlite3), the provider check, and an adapter written outside
 * Refract against the documented interface: PGlite (PostgreSQL in WebAssembly) in a few lines.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import Database from 'better-sqlite3';
import pg from 'pg';
import { PrismaBetterSqlite3 } from '../../src/client/adapters/better-sqlite3.js';
import type { RefractDriverAdapter } from '../../src/client/adapters/index.js';
import { PrismaPg } from '../../src/client/adapters/pg.js';
import { createClientModule } from '../../src/client/index.js';
import type { Connection, ExecuteResult, QueryResult, SqlQuery, Transaction } from '../../src/dialects/driver.js';
import { REFRACT_PG_PARSERS, typeNameOf } from '../../src/dialects/postgres/index.js';
import { pushSchema } from '../../src/migrate/push.js';
import { databaseTest, schemaFor, testClient } from './databases.js';

const BLOG = `
model Author {
  id    Int      @id @default(autoincrement())
  name  String
  karma BigInt   @default(0)
  born  DateTime?
  meta  Json?
  posts Post[]
}

model Post {
  id       Int    @id @default(autoincrement())
  title    String
  authorId Int
  author   Author @relation(fields: [authorId], references: [id])
}
`;

// The runtime client is untyped here: tests call it as user code does.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyClient = any;

/** The same calls through any client: nested create, nested read, a rolled-back transaction, a P2003. */
async function exercise(client: AnyClient): Promise<void> {
  const born = new Date('1990-04-01T12:30:00.000Z');
  await client.author.create({ data: { name: 'Ann', karma: 12345678901234567n, born, meta: { tags: ['x'] }, posts: { create: [{ title: 'one' }, { title: 'two' }] } } });
  const read = (await client.author.findMany({ include: { posts: { orderBy: { id: 'asc' }, select: { title: true } } } })) as Record<string, unknown>[];
  assert.deepEqual(read, [{ id: 1, name: 'Ann', karma: 12345678901234567n, born, meta: { tags: ['x'] }, posts: [{ title: 'one' }, { title: 'two' }] }]);
  await assert.rejects(client.$transaction(async (tx: AnyClient) => {
    await (tx as AnyClient).post.create({ data: { title: 'three', authorId: 1 } });
    throw new RangeError('roll back');
  }), RangeError);
  assert.equal(await client.post.count(), 2, 'the transaction was rolled back');
  const error = (await client.post.create({ data: { title: 'orphan', authorId: 99 } }).catch((e: unknown) => e)) as { code?: string };
  assert.equal(error.code, 'P2003');
}

databaseTest('PrismaPg over a connection string and over an application pool', async (db) => {
  const c = await testClient(db, BLOG);
  try {
    const { PrismaClient } = createClientModule(c.schema, { schemaDir: c.dir });
    const viaUrl: AnyClient = new PrismaClient({ adapter: new PrismaPg({ connectionString: `${c.url}?connection_limit=2` }) });
    await exercise(viaUrl);
    await viaUrl.$disconnect();

    const pool = new pg.Pool({ connectionString: c.url, max: 3 });
    const viaPool: AnyClient = new PrismaClient({ adapter: new PrismaPg(pool) });
    assert.equal(await viaPool.author.count(), 1);
    const [{ big }] = await viaPool.$queryRaw`SELECT karma AS big FROM "Author"`;
    assert.equal(big, 12345678901234567n, 'Refract reads the pool rows with its own parsers');
    await viaPool.$disconnect();
    assert.equal((await pool.query('SELECT 1 AS one')).rows[0].one, 1, 'an application pool stays open after $disconnect');
    await pool.end();
  } finally {
    await c.close();
  }
}, { only: ['postgresql'] });

databaseTest('PrismaBetterSqlite3 over a URL and over an open database', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refract-adapter-'));
  try {
    const schema = schemaFor('sqlite', BLOG);
    const file = path.join(dir, 'app.db');
    const setup = new Database(file);
    const { SqliteConnection } = await import('../../src/dialects/sqlite/driver.js');
    await pushSchema({ schema, connection: new SqliteConnection(setup) });
    setup.close();
    const { PrismaClient } = createClientModule(schema, { schemaDir: '/nowhere' });
    const viaUrl: AnyClient = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${file}` }) });
    await exercise(viaUrl);
    await viaUrl.$disconnect();
    const open = new Database(file);
    const viaDb: AnyClient = new PrismaClient({ adapter: new PrismaBetterSqlite3(open) });
    assert.equal(await viaDb.post.count(), 2);
    await viaDb.$disconnect();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, { only: ['sqlite'] });

test('an adapter for another database than the schema\'s is refused at construction, as Prisma does', () => {
  const { PrismaClient } = createClientModule(schemaFor('sqlite', BLOG), { schemaDir: '.' });
  assert.throws(() => new PrismaClient({ adapter: new PrismaPg({ connectionString: 'postgresql://x/y' }) }), {
    name: 'PrismaClientInitializationError',
    message: /`@prisma\/adapter-pg`, based on `postgres`, is not compatible with the provider `sqlite`/,
  });
  assert.throws(() => new PrismaClient({ adapter: { name: 'not an adapter' } }), { name: 'PrismaClientInitializationError' });
});

/**
 * The README's example of a third-party adapter: PGlite implements Connection in a few lines. Values
 * cross as PostgreSQL text: Refract's parsers read the results, its codecs already encoded the params.
 */
class PGliteConnection implements Connection {
  constructor(private readonly db: PGlite) {}

  async query(q: SqlQuery): Promise<QueryResult> {
    const result = await this.db.query<unknown[]>(q.sql, [...q.params], { rowMode: 'array', parsers: REFRACT_PG_PARSERS });
    return { columns: result.fields.map((f) => f.name), rows: result.rows, declaredTypes: result.fields.map((f) => typeNameOf(f.dataTypeID)) };
  }

  async execute(q: SqlQuery): Promise<ExecuteResult> {
    const result = await this.db.query(q.sql, [...q.params], { parsers: REFRACT_PG_PARSERS });
    return { affectedRows: result.affectedRows ?? 0, lastInsertId: null };
  }

  async executeScript(sql: string): Promise<void> {
    await this.db.exec(sql);
  }

  async begin(): Promise<Transaction> {
    // PGlite is one connection: a transaction is BEGIN ... COMMIT on it.
    await this.db.query('BEGIN');
    return {
      query: (q) => this.query(q),
      execute: (q) => this.execute(q),
      executeScript: (s) => this.executeScript(s),
      commit: async () => void (await this.db.query('COMMIT')),
      rollback: async () => void (await this.db.query('ROLLBACK')),
    };
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}

class PrismaPGlite implements RefractDriverAdapter {
  readonly provider = 'postgres';
  readonly adapterName = 'example-pglite';
  constructor(private readonly db: PGlite) {}
  connect(): Connection {
    return new PGliteConnection(this.db);
  }
}

test('a third-party adapter (PGlite, in process) runs the client through the documented interface', async () => {
  const schema = schemaFor('postgresql', BLOG);
  const pglite = new PGlite();
  await pushSchema({ schema, connection: new PGliteConnection(pglite) });
  const { PrismaClient } = createClientModule(schema, { schemaDir: '.' });
  const prisma: AnyClient = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  try {
    await exercise(prisma);
    const [{ n }] = await prisma.$queryRaw`SELECT count(*) AS n FROM "Post"`;
    assert.equal(n, 2n);
  } finally {
    await prisma.$disconnect();
  }
});
