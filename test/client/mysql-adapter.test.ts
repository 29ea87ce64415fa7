// `new PrismaClient({ adapter: new PrismaMariaDb(...) })` on MariaDB: from a URL, from mysql2 pool
// options, and over the application's own mysql2 pool (created with mysql2's defaults, which parse JSON
// and read BIGINT as numbers: the adapter still reads values exactly and leaves the pool open).
import assert from 'node:assert/strict';
import mysql from 'mysql2/promise';
import { PrismaMariaDb, PrismaMysql2 } from '../../src/client/adapters/mysql2.js';
import { databaseTest, testClient } from './databases.js';

const SCHEMA = `
model Row {
  id   Int      @id @default(autoincrement())
  big  BigInt
  doc  Json
  at   DateTime
  flag Boolean
}
`;

const BIG = 9007199254740993n;
const AT = new Date('2024-05-01T08:09:10.123Z');

databaseTest('the mysql2 adapter from a URL, from pool options and over an application pool', async (db) => {
  const c = await testClient(db, SCHEMA, { label: 'adapter' });
  const url = new URL(c.url);
  const appPool = mysql.createPool({ host: url.hostname, port: Number(url.port), user: decodeURIComponent(url.username), database: c.file, connectionLimit: 2 });
  try {
    await c.prisma.row.create({ data: { big: BIG, doc: 'a string', at: AT, flag: true } });
    const adapters = [
      new PrismaMariaDb(`${c.url}?connection_limit=2`),
      new PrismaMysql2({ host: url.hostname, port: Number(url.port), user: decodeURIComponent(url.username), database: c.file, connectionLimit: 2 }),
      new PrismaMariaDb(appPool),
    ];
    for (const adapter of adapters) {
      const client = c.newClient({ adapter });
      const rows = await client.row.findMany({ select: { big: true, doc: true, at: true, flag: true } });
      assert.deepEqual(rows, [{ big: BIG, doc: 'a string', at: AT, flag: true }], adapter.adapterName);
      await client.$transaction(async (tx: typeof client) => {
        await tx.row.update({ where: { id: 1 }, data: { big: { increment: 1 } } });
      });
      await client.row.update({ where: { id: 1 }, data: { big: BIG } });
      await client.$disconnect();
    }
    // The application's pool is still open after the client disconnected.
    const [rows] = await appPool.query('SELECT COUNT(*) AS n FROM `Row`');
    assert.equal(Number((rows as { n: number }[])[0]?.n), 1);
  } finally {
    await appPool.end();
    await c.close();
  }
}, { only: ['mysql'] });

databaseTest('a mysql2 adapter on a schema of another provider is refused', async (db) => {
  const c = await testClient(db, SCHEMA, { label: 'adapter_mismatch' });
  try {
    assert.throws(() => c.newClient({ adapter: new PrismaMariaDb('mysql://localhost/x') }), { name: 'PrismaClientInitializationError' });
  } finally {
    await c.close();
  }
}, { only: ['sqlite'] });
