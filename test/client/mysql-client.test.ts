// The client on MariaDB: native types with exact values, relations in one statement, MySQL's
// validation errors, isolation levels, deadlocks (P2034), case-insensitive comparisons, connection
// URL parameters and connection errors (P1000 / P1001 / P1003 / P2024).
import assert from 'node:assert/strict';
import { openDatabase } from '../../src/cli/project/database.js';
import { databaseTest, MYSQL_URL_BASE, schemaFor, testClient, withMysqlAdmin } from './databases.js';

const only = { only: ['mysql'] as const };

const TYPES = `
enum Size {
  SMALL
  LARGE
  MEDIUM
}

model Thing {
  id      Int      @id @default(autoincrement()) @db.UnsignedInt
  tiny    Int      @db.TinyInt
  big     BigInt
  exact   Decimal
  money   Decimal  @db.Decimal(10, 2)
  ratio   Float
  flag    Boolean
  day     DateTime @db.Date
  clock   DateTime @db.Time(3)
  stamp   DateTime @db.Timestamp(3)
  at      DateTime
  name    String   @db.VarChar(20)
  body    String   @db.Text
  doc     Json?
  bytes   Bytes
  size    Size
  parts   Part[]
}

model Part {
  id      Int     @id @default(autoincrement())
  thingId Int     @db.UnsignedInt
  thing   Thing   @relation(fields: [thingId], references: [id])
  big     BigInt
  exact   Decimal
  bytes   Bytes?
  doc     Json?
  at      DateTime
  day     DateTime? @db.Date
  clock   DateTime? @db.Time(3)
  flag    Boolean
  notes   Note[]
}

model Note {
  id     Int    @id @default(autoincrement())
  partId Int
  part   Part   @relation(fields: [partId], references: [id])
  text   String
}
`;

const BIG = 9223372036854775807n;
const LONG_BYTES = Buffer.from(Array.from({ length: 300 }, (_, i) => i % 256));
const EXACT = '12345678901234567890.123456789';

databaseTest('native types read and write with the right JS types and exact values', async (db) => {
  const c = await testClient(db, TYPES, { label: 'types' });
  try {
    const { prisma, Prisma } = c;
    const at = new Date('2024-05-01T08:09:10.123Z');
    const created = await prisma.thing.create({
      data: {
        tiny: -128, big: BIG, exact: new Prisma.Decimal(EXACT), money: '19.99', ratio: 0.1, flag: true,
        day: new Date('2024-02-29T00:00:00Z'), clock: new Date('1970-01-01T13:14:15.678Z'), stamp: at, at,
        name: 'Ünïcode ✓', body: 'x'.repeat(1000), doc: { a: [1, 'two', null], b: { c: true } }, bytes: Buffer.from([0, 1, 254, 255]), size: 'LARGE',
        parts: { create: [{ big: -BIG, exact: '-0.000000000000000000000000000001', bytes: LONG_BYTES, doc: 'just text', at, day: at, clock: at, flag: false }] },
      },
      include: { parts: true },
    });
    assert.equal(typeof created.id, 'number');
    assert.equal(created.big, BIG);
    assert.equal(created.exact.toFixed(), EXACT);
    assert.equal(created.money.toString(), '19.99');
    assert.equal(created.flag, true);
    assert.equal(created.day.toISOString(), '2024-02-29T00:00:00.000Z');
    assert.equal(created.clock.toISOString(), '1970-01-01T13:14:15.678Z');
    assert.equal(created.stamp.toISOString(), at.toISOString());
    assert.equal(created.at.toISOString(), at.toISOString());
    assert.equal(created.name, 'Ünïcode ✓');
    assert.deepEqual(created.doc, { a: [1, 'two', null], b: { c: true } });
    assert.deepEqual([...created.bytes], [0, 1, 254, 255]);
    assert.equal(created.size, 'LARGE');
    // The same values through the JSON relation path (included rows).
    const [part] = created.parts;
    assert.equal(part.big, -BIG);
    assert.equal(part.exact.toFixed(), '-0.000000000000000000000000000001');
    // Longer than one 76-character line of MariaDB's TO_BASE64.
    assert.deepEqual([...part.bytes], [...LONG_BYTES]);
    assert.equal(part.doc, 'just text');
    assert.equal(part.at.toISOString(), at.toISOString());
    assert.equal(part.day.toISOString(), '2024-05-01T00:00:00.000Z');
    assert.equal(part.clock.toISOString(), '1970-01-01T08:09:10.123Z');
    assert.equal(part.flag, false);
    // Sessions run in UTC, so CURRENT_TIMESTAMP defaults agree with the UTC the codecs write.
    assert.deepEqual(await prisma.$queryRawUnsafe('SELECT @@session.time_zone AS tz'), [{ tz: '+00:00' }]);
    // Decimal parameters are bound as text, as Prisma's MySQL adapter does: stored exactly, while
    // arithmetic with them runs in DOUBLE (Prisma 7 on MySQL: 7 / 3 -> 2.3333333333333335).
    const bumped = await prisma.thing.update({ where: { id: created.id }, data: { money: { increment: new Prisma.Decimal('0.1') }, exact: { divide: 3 } } });
    assert.equal(bumped.money.toString(), '20.09');
    assert.equal(bumped.exact.toFixed(), '4115226300411522600');
    await prisma.thing.update({ where: { id: created.id }, data: { exact: new Prisma.Decimal(EXACT) } });
    // Filters bind the same exact values.
    assert.equal(await prisma.thing.count({ where: { big: BIG, exact: new Prisma.Decimal(EXACT) } }), 1);
    assert.equal(await prisma.part.count({ where: { big: { lt: 0n } } }), 1);
  } finally {
    await c.close();
  }
}, only);

databaseTest('Json null and database NULL stay apart', async (db) => {
  const c = await testClient(db, TYPES, { label: 'jsonnull' });
  try {
    const { prisma, Prisma } = c;
    const when = new Date('2020-01-01T00:00:00Z');
    const base = { tiny: 1, big: 1n, exact: 1, money: 1, ratio: 1, flag: false, day: when, clock: when, stamp: when, at: when, name: 'n', body: 'b', bytes: Buffer.alloc(0), size: 'SMALL' };
    await prisma.thing.create({ data: { ...base, doc: Prisma.JsonNull } });
    await prisma.thing.create({ data: { ...base, doc: Prisma.DbNull } });
    await prisma.thing.create({ data: { ...base, doc: { k: 'v' } } });
    const ids = async (doc: unknown): Promise<number[]> => (await prisma.thing.findMany({ where: { doc }, orderBy: { id: 'asc' }, select: { id: true } })).map((t: { id: number }) => t.id);
    assert.deepEqual(await ids({ equals: Prisma.JsonNull }), [1]);
    assert.deepEqual(await ids({ equals: Prisma.DbNull }), [2]);
    assert.deepEqual(await ids({ equals: Prisma.AnyNull }), [1, 2]);
    assert.deepEqual(await ids({ equals: { k: 'v' } }), [3]);
    assert.deepEqual(await ids({ path: '$.k', string_starts_with: 'v' }), [3]);
  } finally {
    await c.close();
  }
}, only);

databaseTest('a read with nested relations is one statement', async (db) => {
  const c = await testClient(db, TYPES, { label: 'onestmt' });
  try {
    const { prisma } = c;
    const at = new Date('2024-01-01T00:00:00Z');
    await prisma.thing.create({
      data: {
        tiny: 1, big: 1n, exact: 1, money: 1, ratio: 1, flag: true, day: at, clock: at, stamp: at, at, name: 'a', body: 'b', bytes: Buffer.alloc(1), size: 'MEDIUM',
        parts: { create: [1, 2, 3].map((n) => ({ big: BigInt(n), exact: n, at, flag: n % 2 === 0, notes: { create: [{ text: `n${n}a` }, { text: `n${n}b` }] } })) },
      },
    });
    c.queries.length = 0;
    const [thing] = await prisma.thing.findMany({
      select: { id: true, parts: { orderBy: { big: 'desc' }, skip: 1, take: 2, select: { big: true, thing: { select: { size: true } }, notes: { orderBy: { text: 'desc' }, take: 1, select: { text: true } } } }, _count: { select: { parts: true } } },
    });
    assert.equal(c.queries.length, 1, c.queries.join('\n'));
    assert.deepEqual(thing.parts, [
      { big: 2n, thing: { size: 'MEDIUM' }, notes: [{ text: 'n2b' }] },
      { big: 1n, thing: { size: 'MEDIUM' }, notes: [{ text: 'n1b' }] },
    ]);
    assert.deepEqual(thing._count, { parts: 3 });
  } finally {
    await c.close();
  }
}, only);

databaseTest('enums sort in declaration order; comparisons ignore case and accents; insensitive mode', async (db) => {
  const c = await testClient(db, `
enum Size {
  SMALL
  LARGE
  MEDIUM
}
model Item {
  id   Int    @id @default(autoincrement())
  name String
  size Size
}`, { label: 'order' });
  try {
    const { prisma } = c;
    await prisma.item.createMany({ data: [{ name: 'Émile', size: 'MEDIUM' }, { name: 'zoe', size: 'SMALL' }, { name: 'ADA', size: 'LARGE' }] });
    assert.deepEqual((await prisma.item.findMany({ orderBy: { size: 'asc' } })).map((i: { size: string }) => i.size), ['SMALL', 'LARGE', 'MEDIUM']);
    assert.deepEqual((await prisma.item.findMany({ where: { name: 'emile' } })).map((i: { name: string }) => i.name), ['Émile']);
    assert.deepEqual((await prisma.item.findMany({ where: { name: { contains: 'Da', mode: 'insensitive' } } })).map((i: { name: string }) => i.name), ['ADA']);
    assert.deepEqual((await prisma.item.findMany({ where: { name: { in: ['ZOE'] } } })).map((i: { name: string }) => i.name), ['zoe']);
  } finally {
    await c.close();
  }
}, only);

databaseTest('createManyAndReturn / updateManyAndReturn are validation errors; skipDuplicates counts inserted rows', async (db) => {
  const c = await testClient(db, `
model Tag {
  id   Int    @id @default(autoincrement())
  name String @unique
}`, { label: 'bulk' });
  try {
    const { prisma } = c;
    await assert.rejects(prisma.tag.createManyAndReturn({ data: [{ name: 'a' }] }), { name: 'PrismaClientValidationError' });
    await assert.rejects(prisma.tag.updateManyAndReturn({ data: { name: 'b' } }), { name: 'PrismaClientValidationError' });
    assert.deepEqual(await prisma.tag.createMany({ data: [{ name: 'x' }, { name: 'x' }, { name: 'y' }], skipDuplicates: true }), { count: 2 });
    await assert.rejects(prisma.tag.createMany({ data: [{ name: 'z' }, { name: 'y' }] }), { code: 'P2002' });
    assert.equal(await prisma.tag.count(), 2);
    assert.deepEqual(await prisma.tag.updateMany({ where: { name: { in: ['x', 'y'] } }, data: { name: 'w' }, limit: 1 }), { count: 1 });
    assert.equal(await prisma.tag.count({ where: { name: { in: ['x', 'y'] } } }), 1);
  } finally {
    await c.close();
  }
}, only);

databaseTest('isolation levels are applied; a deadlock between two transactions is P2034', async (db) => {
  const c = await testClient(db, `
model Account {
  id      Int @id
  balance Int
}`, { label: 'iso' });
  try {
    const { prisma, Prisma } = c;
    assert.deepEqual(Object.keys(Prisma.TransactionIsolationLevel).sort(), ['ReadCommitted', 'ReadUncommitted', 'RepeatableRead', 'Serializable']);
    await prisma.account.createMany({ data: [{ id: 1, balance: 10 }, { id: 2, balance: 10 }] });
    // A write left uncommitted by another client is seen at READ UNCOMMITTED only.
    const writer = c.newClient();
    let written!: () => void;
    let done!: () => void;
    const isWritten = new Promise<void>((resolve) => (written = resolve));
    const readersDone = new Promise<void>((resolve) => (done = resolve));
    const writing = writer.$transaction(async (tx: typeof prisma) => {
      await tx.account.update({ where: { id: 1 }, data: { balance: 99 } });
      written();
      await readersDone;
      throw new RangeError('roll back');
    }, { timeout: 20_000 }).catch((e: Error) => e);
    await isWritten;
    const read = (isolationLevel: string) => prisma.$transaction(async (tx: typeof prisma) => (await tx.account.findUnique({ where: { id: 1 } })).balance, { isolationLevel });
    assert.equal(await read('ReadUncommitted'), 99);
    assert.equal(await read('ReadCommitted'), 10);
    assert.equal(await read('RepeatableRead'), 10);
    done();
    assert.ok((await writing) instanceof RangeError);
    await assert.rejects(prisma.$transaction(async () => 1, { isolationLevel: 'Snapshot' }), { code: 'P2023' });

    const other = c.newClient();
    let release!: () => void;
    const bothLocked = new Promise<void>((resolve) => (release = resolve));
    let locked = 0;
    const lockThen = (client: typeof prisma, first: number, second: number) =>
      client.$transaction(async (tx: typeof prisma) => {
        await tx.account.update({ where: { id: first }, data: { balance: { decrement: 1 } } });
        if (++locked === 2) release();
        await bothLocked;
        await tx.account.update({ where: { id: second }, data: { balance: { increment: 1 } } });
      }, { timeout: 20_000 });
    const results = await Promise.allSettled([lockThen(prisma, 1, 2), lockThen(other, 2, 1)]);
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    assert.equal(failed.length, 1, JSON.stringify(results));
    assert.equal(failed[0]?.reason.code, 'P2034');
  } finally {
    await c.close();
  }
}, { ...only, timeout: 60_000 });

databaseTest('URL parameters and connection errors: P1000, P1001, P1003, pool_timeout -> P2024', async (db) => {
  const c = await testClient(db, `
model Item {
  id Int @id @default(autoincrement())
}`, { label: 'conn' });
  try {
    const host = new URL(c.url);
    const at = (change: (u: URL) => void): string => {
      const u = new URL(c.url);
      change(u);
      return u.toString();
    };
    const fails = (url: string) => c.newClient({ datasourceUrl: url }).item.findMany();
    await assert.rejects(fails(at((u) => { u.username = 'refract_nobody'; u.password = 'wrong'; })), { code: 'P1000' });
    await assert.rejects(fails(at((u) => { u.port = '1'; u.searchParams.set('connect_timeout', '2'); })), { code: 'P1001' });
    await assert.rejects(fails(at((u) => { u.pathname = '/refract_no_such_database'; })), { code: 'P1003' });
    assert.ok(host.hostname);

    const single = c.newClient({ datasourceUrl: at((u) => { u.searchParams.set('connection_limit', '1'); u.searchParams.set('pool_timeout', '1'); }) });
    await single.$transaction(async (tx: typeof single) => {
      await tx.item.findMany();
      const started = Date.now();
      await assert.rejects(single.item.findMany(), { code: 'P2024' });
      assert.ok(Date.now() - started >= 900, 'waited for pool_timeout');
    }, { timeout: 10_000 });
    // The connection went back to the pool: the client works again.
    assert.deepEqual(await single.item.findMany(), []);
  } finally {
    await c.close();
  }
}, { ...only, timeout: 60_000 });

databaseTest('db push creates a missing database (prepareDatabase) with utf8mb4_unicode_ci and names it as Prisma does', async (db) => {
  const name = `refract_t_push_${process.pid}_${Date.now().toString(36)}`;
  const url = `${MYSQL_URL_BASE}/${name}`;
  try {
    const schema = schemaFor(db, 'model A {\n  id Int @id\n}\n');
    const opened = await openDatabase(schema, url, process.cwd());
    const server = new URL(MYSQL_URL_BASE).host;
    try {
      assert.equal(opened.created, `MySQL database ${name} created at ${server}`);
      assert.equal(opened.description, `MySQL database "${name}" at "${server}"`);
      const result = await opened.connection.query({ sql: 'SELECT DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?', params: [name] });
      assert.deepEqual(result.rows, [['utf8mb4_unicode_ci']]);
    } finally {
      await opened.connection.close();
    }
    const again = await openDatabase(schema, url, process.cwd());
    await again.connection.close();
    assert.equal(again.created, null, 'an existing database is not created again');
  } finally {
    await withMysqlAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS \`${name}\``));
  }
}, only);

databaseTest('BigInt autoincrement ids past 2^53 stay exact through insertId and nested creates', async (db) => {
  const c = await testClient(db, `
model Big {
  id   BigInt @id @default(autoincrement())
  name String
  kids Kid[]
}

model Kid {
  id    String @id @default(uuid()) @db.Char(36)
  bigId BigInt
  big   Big    @relation(fields: [bigId], references: [id])
}`, { label: 'bigid' });
  try {
    const { prisma } = c;
    await prisma.$executeRawUnsafe('ALTER TABLE `Big` AUTO_INCREMENT = 9007199254740995');
    const big = await prisma.big.create({ data: { name: 'x', kids: { create: [{}, {}] } }, include: { kids: true } });
    assert.equal(big.id, 9007199254740995n);
    assert.deepEqual(big.kids.map((k: { bigId: bigint }) => k.bigId), [9007199254740995n, 9007199254740995n]);
    assert.match(big.kids[0].id, /^[0-9a-f-]{36}$/);
  } finally {
    await c.close();
  }
}, only);
