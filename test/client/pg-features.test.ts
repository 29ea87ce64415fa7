/**
 * PostgreSQL-only client features: native types (`@db.*`) read and written with the right JS types
 * at the top level and inside relation JSON, native enums, multiSchema, relation reads in one
 * statement, and db push creating a missing database (the dialect's prepareDatabase hook).
 */
import assert from 'node:assert/strict';
import { openDatabase } from '../../src/cli/project/database.js';
import { databaseTest, PG_URL_BASE, schemaFor, testClient, withPgAdmin } from './databases.js';

const ONLY_PG = { only: ['postgresql'] } as const;

const NATIVE = `
enum Mood {
  HAPPY
  CALM
  ANGRY
}

model Owner {
  id     Int     @id @default(autoincrement())
  things Thing[]
}

model Thing {
  id       String   @id @default(uuid()) @db.Uuid
  code     String   @db.Char(3)
  name     String   @db.VarChar(20)
  small    Int      @db.SmallInt
  real     Float    @db.Real
  money    Decimal  @db.Decimal(10, 2)
  big      BigInt
  day      DateTime @db.Date
  clock    DateTime @db.Time(3)
  instant  DateTime @db.Timestamptz(3)
  precise  DateTime @db.Timestamp(6)
  doc      Json     @db.Json
  docb     Json
  blob     Bytes
  ip       String   @db.Inet
  mood     Mood     @default(CALM)
  moods    Mood[]
  ownerId  Int
  owner    Owner    @relation(fields: [ownerId], references: [id])
}
`;

databaseTest('native types are written and read back with the right JS types, at the top level and nested', async (db) => {
  const c = await testClient(db, NATIVE);
  try {
    const { Prisma } = c;
    const owner = await c.prisma.owner.create({ data: {} });
    const data = {
      code: 'abc',
      name: 'widget',
      small: -32768,
      real: 1.5,
      money: new Prisma.Decimal('12345678.91'),
      big: 9223372036854775807n,
      day: new Date('2024-02-29T00:00:00.000Z'),
      clock: new Date('1970-01-01T13:45:30.123Z'),
      instant: new Date('2024-05-01T08:00:00.123Z'),
      precise: new Date('1999-12-31T23:59:59.999Z'),
      doc: { b: 1, a: [true, null] },
      docb: { z: 'last', a: 'first' },
      blob: new Uint8Array([0, 1, 254, 255]),
      ip: '192.168.0.1',
      mood: 'ANGRY',
      moods: ['HAPPY', 'ANGRY'],
      ownerId: owner.id,
    };
    const created = await c.prisma.thing.create({ data });
    assert.match(created.id, /^[0-9a-f-]{36}$/);
    const check = (thing: Record<string, unknown>, where: string): void => {
      assert.equal(thing.code, 'abc', where);
      assert.equal(thing.small, -32768, where);
      assert.equal(thing.real, 1.5, where);
      assert.ok(Prisma.Decimal.isDecimal(thing.money), `${where}: Decimal`);
      assert.equal(String(thing.money), '12345678.91', where);
      assert.equal(thing.big, 9223372036854775807n, `${where}: BigInt exact`);
      for (const key of ['day', 'clock', 'instant', 'precise'] as const) {
        assert.ok(thing[key] instanceof Date, `${where}: ${key} is a Date`);
        assert.equal((thing[key] as Date).toISOString(), data[key].toISOString(), `${where}: ${key}`);
      }
      assert.deepEqual(thing.doc, { b: 1, a: [true, null] }, where);
      assert.deepEqual(thing.docb, { z: 'last', a: 'first' }, where);
      assert.deepEqual([...(thing.blob as Uint8Array)], [0, 1, 254, 255], where);
      assert.equal(thing.ip, '192.168.0.1', where);
      assert.equal(thing.mood, 'ANGRY', where);
      assert.deepEqual(thing.moods, ['HAPPY', 'ANGRY'], where);
    };
    check(created, 'create');
    check(await c.prisma.thing.findUniqueOrThrow({ where: { id: created.id } }), 'findUnique');
    c.queries.length = 0;
    const nested = await c.prisma.owner.findFirstOrThrow({ include: { things: true } });
    assert.equal(c.queries.length, 1, 'one statement for the relation read');
    check(nested.things[0], 'relation JSON');
    const [raw] = await c.prisma.$queryRaw`SELECT big, money, day, blob FROM "Thing"`;
    assert.equal(raw.big, 9223372036854775807n);
    assert.equal(String(raw.money), '12345678.91');
    assert.equal(raw.day.toISOString(), '2024-02-29T00:00:00.000Z');
    assert.deepEqual([...raw.blob], [0, 1, 254, 255]);
    await assert.rejects(c.prisma.thing.update({ where: { id: created.id }, data: { name: 'x'.repeat(21) } }), (e: { code?: string }) => e.code === 'P2000');
  } finally {
    await c.close();
  }
}, ONLY_PG);

databaseTest('native enums: a database type, declaration order in orderBy, filters on enum lists', async (db) => {
  const c = await testClient(db, NATIVE);
  try {
    const owner = await c.prisma.owner.create({ data: {} });
    const base = { name: 'n', small: 1, real: 1, money: 1, big: 1n, day: new Date(0), clock: new Date(0), instant: new Date(0), precise: new Date(0), doc: {}, docb: {}, blob: new Uint8Array(), ip: '::1', ownerId: owner.id };
    await c.prisma.thing.createMany({
      data: [
        { ...base, code: 'ang', mood: 'ANGRY', moods: ['ANGRY'] },
        { ...base, code: 'hap', mood: 'HAPPY', moods: [] },
        { ...base, code: 'cal', mood: 'CALM', moods: ['CALM', 'HAPPY'] },
      ],
    });
    const [{ typtype }] = await c.prisma.$queryRaw`SELECT typtype::text FROM pg_type WHERE typname = 'Mood'`;
    assert.equal(typtype, 'e', 'Mood is a native enum type');
    const codes = async (args: object) => (await c.prisma.thing.findMany({ select: { code: true }, ...args })).map((t: { code: string }) => t.code);
    assert.deepEqual(await codes({ orderBy: { mood: 'asc' } }), ['hap', 'cal', 'ang'], 'declaration order, not text order');
    assert.deepEqual(await codes({ where: { mood: { in: ['CALM', 'ANGRY'] } }, orderBy: { code: 'asc' } }), ['ang', 'cal']);
    assert.deepEqual(await codes({ where: { moods: { has: 'HAPPY' } } }), ['cal']);
    assert.deepEqual(await codes({ where: { moods: { hasEvery: ['CALM', 'HAPPY'] } } }), ['cal']);
    assert.deepEqual(await codes({ where: { moods: { isEmpty: true } } }), ['hap']);
    const pushed = await c.prisma.thing.update({ where: { id: (await c.prisma.thing.findFirstOrThrow({ where: { code: 'hap' } })).id }, data: { moods: { push: ['ANGRY', 'CALM'] } } });
    assert.deepEqual(pushed.moods, ['ANGRY', 'CALM']);
    await assert.rejects(c.prisma.thing.findMany({ where: { mood: 'SAD' } }), { name: 'PrismaClientValidationError' });
  } finally {
    await c.close();
  }
}, ONLY_PG);

const MULTI = `
model Customer {
  id     Int     @id @default(autoincrement())
  name   String
  orders Order[]
  tags   Label[]
  @@schema("crm")
}

model Label {
  id        Int        @id @default(autoincrement())
  name      String     @unique
  customers Customer[]
  @@schema("crm")
}

model Order {
  id         Int      @id @default(autoincrement())
  total      Int
  customerId Int
  customer   Customer @relation(fields: [customerId], references: [id])
  @@schema("sales")
}
`;

databaseTest('multiSchema: each model is read and written in its own schema', async (db) => {
  const c = await testClient(db, MULTI, { datasourceExtra: '  schemas = ["crm", "sales"]\n' });
  try {
    const created = await c.prisma.customer.create({ data: { name: 'Ann', orders: { create: [{ total: 5 }, { total: 7 }] } }, include: { orders: { orderBy: { total: 'asc' } } } });
    assert.deepEqual(created.orders.map((o: { total: number }) => o.total), [5, 7]);
    const placed = await c.prisma.$queryRaw`SELECT table_schema, table_name FROM information_schema.tables WHERE table_name IN ('Customer', 'Order') ORDER BY table_name`;
    assert.deepEqual(placed, [{ table_schema: 'crm', table_name: 'Customer' }, { table_schema: 'sales', table_name: 'Order' }]);
    const [{ n }] = await c.prisma.$queryRaw`SELECT count(*)::int AS n FROM sales."Order"`;
    assert.equal(n, 2);
    assert.equal(await c.prisma.order.count({ where: { customer: { name: 'Ann' } } }), 2);
    assert.equal((await c.prisma.order.deleteMany({ where: { total: { lt: 6 } } })).count, 1);
    // The implicit many-to-many join table lives in crm too (the schema of its A model).
    await c.prisma.customer.update({ where: { id: created.id }, data: { tags: { create: [{ name: 'vip' }, { name: 'new' }] } } });
    const tagged = await c.prisma.customer.findMany({ where: { tags: { some: { name: 'vip' } } }, select: { name: true, tags: { orderBy: { name: 'asc' }, select: { name: true } } } });
    assert.deepEqual(tagged, [{ name: 'Ann', tags: [{ name: 'new' }, { name: 'vip' }] }]);
    await c.prisma.customer.update({ where: { id: created.id }, data: { tags: { disconnect: { name: 'new' } } } });
    const [{ links }] = await c.prisma.$queryRaw`SELECT count(*)::int AS links FROM crm."_CustomerToLabel"`;
    assert.equal(links, 1);
  } finally {
    await c.close();
  }
}, ONLY_PG);

databaseTest('db push creates a missing database (prepareDatabase) and names it as Prisma does', async (db) => {
  const name = `refract_t_push_${process.pid}_${Date.now().toString(36)}`;
  const url = `${PG_URL_BASE}/${name}?schema=app`;
  try {
    const schema = schemaFor(db, 'model A {\n  id Int @id\n}\n');
    const opened = await openDatabase(schema, url, process.cwd());
    try {
      assert.equal(opened.created, `PostgreSQL database ${name} created at 127.0.0.1:5432`);
      assert.equal(opened.description, `PostgreSQL database "${name}", schema "app" at "127.0.0.1:5432"`);
      const result = await opened.connection.query({ sql: "SELECT count(*)::int AS n FROM information_schema.schemata WHERE schema_name = 'app'", params: [] });
      assert.deepEqual(result.rows, [[1]], 'the URL schema exists');
    } finally {
      await opened.connection.close();
    }
    const again = await openDatabase(schema, url, process.cwd());
    await again.connection.close();
    assert.equal(again.created, null, 'an existing database is not created again');
    await assert.rejects(openDatabase(schema, 'postgresql://postgres@127.0.0.1:1/x', process.cwd()), { name: 'CliError', message: "P1001: Can't reach database server at `127.0.0.1:1`" });
    await assert.rejects(openDatabase(schema, `${PG_URL_BASE}/x?sslmode=bogus`, process.cwd()), { name: 'CliError', message: /sslmode/ });
  } finally {
    await withPgAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  }
}, ONLY_PG);

databaseTest('createManyAndReturn / updateManyAndReturn use RETURNING; skipDuplicates leaves skipped rows out', async (db) => {
  const c = await testClient(db, MULTI.replace(/ {2}@@schema\("\w+"\)\n/g, ''));
  try {
    await c.prisma.label.create({ data: { name: 'taken' } });
    const created = await c.prisma.label.createManyAndReturn({ data: [{ name: 'taken' }, { name: 'new' }, { name: 'new' }, { name: 'other' }], skipDuplicates: true, select: { name: true } });
    assert.deepEqual(created.map((l: { name: string }) => l.name).sort(), ['new', 'other']);
    assert.equal(await c.prisma.label.count(), 3);
    await assert.rejects(c.prisma.label.createManyAndReturn({ data: [{ name: 'fresh' }, { name: 'taken' }] }), (e: { code?: string }) => e.code === 'P2002');
    assert.equal(await c.prisma.label.count(), 3, 'without skipDuplicates nothing is inserted');
    const renamed = await c.prisma.label.updateManyAndReturn({ where: { name: { in: ['new', 'other'] } }, data: { name: { set: 'x' } } }).catch((e: { code?: string }) => e.code);
    assert.equal(renamed, 'P2002', 'two rows cannot both become x');
    const upper = await c.prisma.label.updateManyAndReturn({ where: { name: { not: 'taken' } }, data: { name: 'renamed' }, limit: 1, select: { name: true } });
    assert.deepEqual(upper, [{ name: 'renamed' }]);
  } finally {
    await c.close();
  }
}, ONLY_PG);
