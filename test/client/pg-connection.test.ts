/**
 * The PostgreSQL driver: URL parameters as Prisma reads them (pool size, pool timeout -> P2024,
 * schema, pgbouncer / statement cache), connection errors (P1001, P1003, P1010), isolation levels and
 * write conflicts (serialization failure and deadlock -> P2034). Real server, a database per test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePostgresUrl } from '../../src/dialects/postgres/url.js';
import { databaseEnabled, databaseTest, PG_URL_BASE, testClient, withPgAdmin } from './databases.js';
import type { TestClient } from './databases.js';

const ONLY_PG = { only: ['postgresql'] } as const;

const COUNTER = `
model Counter {
  id      Int    @id
  value   Int    @default(0)
  version Int    @default(0)
}
`;

/** Resolves when `n` callers have arrived: lines concurrent transactions up at one point. */
function barrier(n: number): () => Promise<void> {
  let arrived = 0;
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  return () => {
    arrived++;
    if (arrived === n) open();
    return gate;
  };
}

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code;
  }
  assert.fail('expected the call to fail');
}

test('URL parameters are read as Prisma reads them', () => {
  const url = parsePostgresUrl('postgresql://ann:s%40cret@db.example:6543/shop?schema=sales&connection_limit=3&pool_timeout=2&connect_timeout=0&pgbouncer=true&statement_cache_size=7&application_name=api');
  assert.equal(url.host, 'db.example');
  assert.equal(url.port, 6543);
  assert.equal(url.user, 'ann');
  assert.equal(url.password, 's@cret');
  assert.equal(url.database, 'shop');
  assert.equal(url.schema, 'sales');
  assert.equal(url.connectionLimit, 3);
  assert.equal(url.poolTimeoutMs, 2000);
  assert.equal(url.connectTimeoutMs, 0);
  assert.equal(url.pgbouncer, true);
  assert.equal(url.statementCacheSize, 7);
  assert.equal(url.applicationName, 'api');
  const defaults = parsePostgresUrl('postgres://localhost/app');
  assert.equal(defaults.schema, 'public');
  assert.equal(defaults.poolTimeoutMs, 10_000);
  assert.equal(defaults.connectTimeoutMs, 5000);
  assert.equal(defaults.pgbouncer, false);
  assert.equal(defaults.statementCacheSize, 100);
  assert.equal(defaults.ssl, false, 'sslmode=prefer without certificates connects in plain text');
  assert.notEqual(parsePostgresUrl('postgres://h/db?sslmode=require').ssl, false);
  assert.throws(() => parsePostgresUrl('postgres://h/db?connection_limit=many'), /connection_limit/);
  assert.throws(() => parsePostgresUrl('mysql://h/db'), /postgresql:\/\//);
});

databaseTest('connection_limit bounds the pool; a call waiting past pool_timeout fails with P2024', async (db) => {
  const c = await testClient(db, COUNTER);
  try {
    const app = `refract_pool_${process.pid}`;
    const limited = c.newClient({ datasourceUrl: `${c.url}?connection_limit=2&application_name=${app}` });
    const connections = async (): Promise<number> =>
      withPgAdmin(async (admin) => Number((await admin.query('SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = $1', [app])).rows[0].n));
    await Promise.all(Array.from({ length: 6 }, () => limited.$queryRaw`SELECT pg_sleep(0.2)`));
    assert.equal(await connections(), 2, 'six concurrent calls share two connections');

    const single = c.newClient({ datasourceUrl: `${c.url}?connection_limit=1&pool_timeout=1` });
    const holder = single.$transaction(async (tx: TestClient['prisma']) => {
      await tx.$queryRaw`SELECT pg_sleep(2)`;
      return 'held';
    }, { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 200));
    const started = Date.now();
    assert.equal(await codeOf(single.counter.findMany()), 'P2024');
    const waited = Date.now() - started;
    assert.ok(waited >= 900 && waited < 1900, `waited ${waited} ms for a pooled connection`);
    assert.equal(await holder, 'held');
  } finally {
    await c.close();
  }
}, ONLY_PG);

databaseTest('calls on one client run concurrently (a pool, not one serialised connection)', async (db) => {
  const c = await testClient(db, COUNTER);
  try {
    const started = Date.now();
    await Promise.all(Array.from({ length: 4 }, () => c.prisma.$queryRaw`SELECT pg_sleep(0.5)`));
    const took = Date.now() - started;
    assert.ok(took < 1500, `four 0.5 s sleeps took ${took} ms`);
  } finally {
    await c.close();
  }
}, ONLY_PG);

databaseTest('schema= sets the search_path the client reads and writes', async (db) => {
  const c = await testClient(db, COUNTER);
  try {
    await c.prisma.$executeRawUnsafe('CREATE SCHEMA sales');
    await c.prisma.$executeRawUnsafe('CREATE TABLE sales."Counter" (id int PRIMARY KEY, value int NOT NULL DEFAULT 0, version int NOT NULL DEFAULT 0)');
    const sales = c.newClient({ datasourceUrl: `${c.url}?schema=sales` });
    const [{ current_schema: current }] = await sales.$queryRaw`SELECT current_schema()`;
    assert.equal(current, 'sales');
    await sales.counter.create({ data: { id: 7, value: 70 } });
    assert.deepEqual(await c.prisma.$queryRawUnsafe('SELECT id, value FROM sales."Counter"'), [{ id: 7, value: 70 }]);
    assert.equal(await c.prisma.counter.count(), 0, 'the public table is untouched');
  } finally {
    await c.close();
  }
}, ONLY_PG);

databaseTest('named prepared statements per connection, none with pgbouncer=true or statement_cache_size=0', async (db) => {
  const c = await testClient(db, COUNTER);
  try {
    const prepared = async (client: TestClient['prisma']): Promise<number> =>
      client.$transaction(async (tx: TestClient['prisma']) => {
        await tx.counter.findMany({ where: { value: { gt: 1 } } });
        await tx.counter.findMany({ where: { value: { gt: 2 } } });
        const [{ n }] = await tx.$queryRaw`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement LIKE '%"Counter"%' AND statement NOT LIKE '%pg_prepared_statements%'`;
        return n;
      });
    assert.equal(await prepared(c.newClient({ datasourceUrl: `${c.url}?connection_limit=1` })), 1, 'one statement text, prepared once');
    assert.equal(await prepared(c.newClient({ datasourceUrl: `${c.url}?connection_limit=1&pgbouncer=true` })), 0);
    assert.equal(await prepared(c.newClient({ datasourceUrl: `${c.url}?connection_limit=1&statement_cache_size=0` })), 0);
  } finally {
    await c.close();
  }
}, ONLY_PG);

databaseTest('connection errors: unreachable server P1001, missing database P1003, unknown role P1010', async (db) => {
  const c = await testClient(db, COUNTER);
  try {
    const unreachable = c.newClient({ datasourceUrl: 'postgresql://postgres@127.0.0.1:1/x' });
    const error = await unreachable.counter.findMany().catch((e: unknown) => e);
    assert.equal(error.code, 'P1001');
    assert.match(error.message, /Can't reach database server at `127\.0\.0\.1:1`/);
    const missing = c.newClient({ datasourceUrl: `${PG_URL_BASE}/refract_no_such_db_${process.pid}` });
    assert.equal(await codeOf(missing.counter.findMany()), 'P1003');
    // The local server trusts every role (no passwords are checked, so P1000 cannot happen here);
    // a role that does not exist is SQLSTATE 28000, which Prisma reports as P1010.
    const nobody = c.newClient({ datasourceUrl: c.url.replace('postgres@', 'refract_nobody@') });
    assert.equal(await codeOf(nobody.counter.findMany()), 'P1010');
    // A malformed URL is an initialization error, before any network traffic.
    for (const bad of ['postgresql://h/db?sslmode=bogus', 'mysql://root@127.0.0.1/x', 'postgresql://h/db?pool_timeout=soon']) {
      await assert.rejects(c.newClient({ datasourceUrl: bad }).counter.findMany(), { name: 'PrismaClientInitializationError' }, bad);
    }
  } finally {
    await c.close();
  }
}, ONLY_PG);

databaseTest('isolation levels reach the server; Snapshot is refused', async (db) => {
  const c = await testClient(db, COUNTER);
  try {
    for (const [level, expected] of [['ReadUncommitted', 'read uncommitted'], ['ReadCommitted', 'read committed'], ['RepeatableRead', 'repeatable read'], ['Serializable', 'serializable']]) {
      const seen = await c.prisma.$transaction(async (tx: TestClient['prisma']) => (await tx.$queryRaw`SHOW transaction_isolation`)[0].transaction_isolation, { isolationLevel: level });
      assert.equal(seen, expected);
    }
    const batch = await c.prisma.$transaction([c.prisma.$queryRaw`SHOW transaction_isolation`], { isolationLevel: 'RepeatableRead' });
    assert.equal(batch[0][0].transaction_isolation, 'repeatable read');
    await assert.rejects(c.prisma.$transaction(async () => 1, { isolationLevel: 'Snapshot' }));
    assert.deepEqual(Object.keys(c.Prisma.TransactionIsolationLevel).sort(), ['ReadCommitted', 'ReadUncommitted', 'RepeatableRead', 'Serializable']);
  } finally {
    await c.close();
  }
}, ONLY_PG);

databaseTest('a serialization failure between concurrent Serializable transactions is P2034', async (db) => {
  const c = await testClient(db, COUNTER);
  try {
    await c.prisma.counter.createMany({ data: [{ id: 1 }, { id: 2 }] });
    const bothRead = barrier(2);
    // Each reads both rows and then writes the row the other read: write skew, one must fail.
    const run = (mine: number) =>
      c.prisma.$transaction(async (tx: TestClient['prisma']) => {
        const total = (await tx.counter.aggregate({ _sum: { value: true } }))._sum.value;
        await bothRead();
        await tx.counter.update({ where: { id: mine }, data: { value: total + 1 } });
      }, { isolationLevel: 'Serializable', timeout: 10_000 });
    const results = await Promise.allSettled([run(1), run(2)]);
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    assert.equal(failures.length, 1, 'one of the two commits');
    assert.equal(failures[0]?.reason.code, 'P2034');
  } finally {
    await c.close();
  }
}, ONLY_PG);

databaseTest('a deadlock between two transactions is P2034 for the victim', async (db) => {
  const c = await testClient(db, COUNTER);
  try {
    await c.prisma.counter.createMany({ data: [{ id: 1 }, { id: 2 }] });
    const bothLocked = barrier(2);
    const run = (first: number, second: number) =>
      c.prisma.$transaction(async (tx: TestClient['prisma']) => {
        await tx.counter.update({ where: { id: first }, data: { value: { increment: 1 } } });
        await bothLocked();
        await tx.counter.update({ where: { id: second }, data: { value: { increment: 1 } } });
      }, { timeout: 10_000 });
    const results = await Promise.allSettled([run(1, 2), run(2, 1)]);
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    assert.equal(failures.length, 1);
    assert.equal(failures[0]?.reason.code, 'P2034');
    const values = (await c.prisma.counter.findMany({ orderBy: { id: 'asc' } })).map((r: { value: number }) => r.value);
    assert.deepEqual(values, [1, 1], 'only the surviving transaction wrote');
  } finally {
    await c.close();
  }
}, ONLY_PG);

test('the PostgreSQL tests are selected unless REFRACT_TEST_DB names another database', () => {
  const env = process.env.REFRACT_TEST_DB;
  assert.equal(databaseEnabled('postgresql'), env === undefined || /postgres|pg/.test(env));
});
