// The surroundings through the real client runtime on a SQLite file: $extends over the engine's
// PrismaClient (batch and interactive transactions with extended calls, hooks, computed fields on
// nested relations, raw hooks), and the engine's errors as Prisma's classes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseSchema } from '../../src/schema/parser/index.js';
import { validateSchema } from '../../src/schema/validate/index.js';
import { pushSchema } from '../../src/migrate/index.js';
import { openSqlite } from '../../src/dialects/sqlite/driver.js';
import { createClientModule } from '../../src/client/index.js';

/* eslint-disable @typescript-eslint/no-explicit-any */

const SCHEMA = `
datasource db {
  provider = "sqlite"
}

model User {
  id       Int     @id @default(autoincrement())
  email    String  @unique
  name     String?
  tenantId Int     @default(1)
  posts    Post[]
}

model Post {
  id       Int    @id @default(autoincrement())
  slug     String
  views    Int    @default(0)
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
}
`;

async function client(): Promise<{ prisma: any; Prisma: any; dir: string }> {
  const { schema, diagnostics } = validateSchema([parseSchema({ path: 'schema.prisma', text: SCHEMA }).file]);
  assert.ok(schema, JSON.stringify(diagnostics));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refract-surround-'));
  const file = path.join(dir, 'dev.db');
  const connection = openSqlite({ filename: file });
  await pushSchema({ schema, connection });
  await connection.close();
  const { PrismaClient, Prisma } = createClientModule(schema, { schemaDir: dir }) as any;
  const prisma = new PrismaClient({ datasourceUrl: 'file:./dev.db' });
  await prisma.user.create({ data: { email: 'a@x', name: 'Alice', posts: { create: [{ slug: 'one', views: 150 }, { slug: 'two' }] } } });
  await prisma.user.create({ data: { email: 'b@x', tenantId: 2, posts: { create: { slug: 'three' } } } });
  return { prisma, Prisma, dir };
}

test('$extends over the engine: hooks, computed fields on nested relations, model methods', async (t) => {
  const { prisma, Prisma, dir } = await client();
  t.after(async () => {
    await prisma.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const x = prisma
    .$extends({
      query: { $allModels: { async $allOperations({ model, operation, args, query }: any) {
        if (model === 'User' && operation === 'findMany') args.where = { ...args.where, tenantId: 1 };
        return query(args);
      } } },
      result: { post: { hot: { needs: { views: true }, compute: (p: any) => p.views > 100 } }, user: { label: { needs: { email: true, name: true }, compute: (u: any) => u.name ?? u.email } } },
    })
    .$extends({ model: { $allModels: { async total(this: any) { return Prisma.getExtensionContext(this).count(); } } } });
  const users = await x.user.findMany({ orderBy: { id: 'asc' }, select: { label: true, posts: { orderBy: { id: 'asc' }, select: { slug: true, hot: true } } } });
  assert.deepEqual(users, [{ label: 'Alice', posts: [{ slug: 'one', hot: true }, { slug: 'two', hot: false }] }]);
  const post = await x.post.findFirst({ where: { slug: 'three' }, include: { author: true } });
  assert.equal(post.hot, false);
  assert.equal(post.author.label, 'b@x');
  assert.equal(await x.user.total(), 2);
  assert.equal(await x.post.total(), 3);
  assert.equal((await prisma.user.findMany()).length, 2, 'the base client is not extended');
  assert.equal(prisma.user.total, undefined);
  assert.equal(typeof prisma.$on, 'function');
  assert.equal(x.$on, undefined, 'an extended client has no $on, as in Prisma');
  assert.equal(x.user.$parent.$parent, prisma, '$parent is the client $extends was called on');
});

test('extended calls in batch and interactive transactions commit and roll back together', async (t) => {
  const { prisma, Prisma, dir } = await client();
  t.after(async () => {
    await prisma.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const seen: string[] = [];
  const x = prisma.$extends({ query: { user: { async create({ args, query }: any) { seen.push(args.data.email); return query(args); } } } });
  const failed = await x.$transaction([x.user.create({ data: { email: 'c@x' } }), x.user.create({ data: { email: 'a@x' } })]).catch((e: unknown) => e);
  assert.ok(failed instanceof Prisma.PrismaClientKnownRequestError);
  assert.equal(failed.code, 'P2002');
  assert.equal(await prisma.user.count({ where: { email: 'c@x' } }), 0, 'the batch was rolled back');
  assert.deepEqual(seen, ['c@x', 'a@x']);
  const [created, count] = await x.$transaction([x.user.create({ data: { email: 'd@x' }, select: { email: true } }), prisma.post.count()]);
  assert.deepEqual(created, { email: 'd@x' });
  assert.equal(count, 3);
  const aborted = await x
    .$transaction(async (tx: any) => {
      await tx.user.create({ data: { email: 'e@x' } });
      assert.equal(tx.$transaction, undefined, 'an extended tx client has no $transaction, as the engine\'s tx client');
      throw new Error('abort');
    })
    .catch((e: Error) => e.message);
  assert.equal(aborted, 'abort');
  assert.deepEqual(seen.slice(-2), ['d@x', 'e@x'], 'the tx client runs the hooks');
  assert.equal(await prisma.user.count({ where: { email: 'e@x' } }), 0);
});

test('raw query hooks and the top-level $allOperations see raw calls; raw errors are P2010', async (t) => {
  const { prisma, Prisma, dir } = await client();
  t.after(async () => {
    await prisma.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const operations: string[] = [];
  const x = prisma.$extends({ query: { async $allOperations({ operation, args, query }: any) { operations.push(operation); return query(args); } } });
  const rows = await x.$queryRaw`SELECT COUNT(*) AS n FROM "Post" WHERE "views" > ${100}`;
  assert.deepEqual(rows, [{ n: 1n }]);
  assert.equal(await x.$executeRawUnsafe('UPDATE "Post" SET "views" = ? WHERE "slug" = ?', 7, 'two'), 1);
  assert.equal(await x.post.count({ where: { views: 7 } }), 1);
  assert.deepEqual(operations, ['$queryRaw', '$executeRawUnsafe', 'count']);
  const error = await x.$queryRaw`SELEKT ${1}`.catch((e: unknown) => e);
  assert.ok(error instanceof Prisma.PrismaClientKnownRequestError);
  assert.equal(error.code, 'P2010');
  const sqlValue = Prisma.sql`SELECT "slug" FROM "Post" WHERE "id" IN (${Prisma.join([1, 3])}) ORDER BY "id"`;
  assert.deepEqual(await x.$queryRaw(sqlValue), [{ slug: 'one' }, { slug: 'three' }]);
});

test('logging through the client: $on query events for emit "event", constructor validation of `log`', async (t) => {
  const { prisma: seededClient, dir } = await client();
  await seededClient.$disconnect();
  const { schema } = validateSchema([parseSchema({ path: 'schema.prisma', text: SCHEMA }).file]);
  assert.ok(schema);
  const { PrismaClient } = createClientModule(schema, { schemaDir: dir }) as any;
  const prisma = new PrismaClient({ datasourceUrl: 'file:./dev.db', log: [{ level: 'query', emit: 'event' }] });
  t.after(async () => {
    await prisma.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const events: any[] = [];
  prisma.$on('query', (e: any) => events.push(e));
  await prisma.user.findMany({ where: { email: 'a@x' } });
  assert.ok(events.length >= 1);
  const event = events.at(-1);
  assert.match(event.query, /SELECT/);
  assert.ok(event.params.includes('"a@x"'), event.params);
  assert.equal(typeof event.duration, 'number');
  assert.ok(event.timestamp instanceof Date);
  assert.throws(() => new PrismaClient({ datasourceUrl: 'file:./dev.db', log: ['loud'] }), { name: 'PrismaClientConstructorValidationError' });
});

test('a hook may batch query(args) with its own statement (the row-level-security pattern)', async (t) => {
  const { prisma, Prisma, dir } = await client();
  t.after(async () => {
    await prisma.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const audited = prisma.$extends({
    query: {
      user: {
        async create({ args, query }: any) {
          const [, created] = await prisma.$transaction([prisma.$executeRaw`INSERT INTO "Post" ("slug", "authorId") VALUES (${`audit:${args.data.email}`}, 1)`, query(args)]);
          return created;
        },
      },
    },
  });
  const created = await audited.user.create({ data: { email: 'new@x' }, select: { email: true } });
  assert.deepEqual(created, { email: 'new@x' });
  assert.equal(await prisma.post.count({ where: { slug: 'audit:new@x' } }), 1);
  const duplicate = await audited.user.create({ data: { email: 'a@x' } }).catch((e: unknown) => e);
  assert.ok(duplicate instanceof Prisma.PrismaClientKnownRequestError);
  assert.equal(duplicate.code, 'P2002');
  assert.equal(await prisma.post.count({ where: { slug: 'audit:a@x' } }), 0, 'the audit statement was rolled back with the failed create');
});

test('client-side id defaults through the engine: cuid, cuid(2), uuid(4), uuid(7), ulid, nanoid(n)', async (t) => {
  const text = `
datasource db {
  provider = "sqlite"
}

model Ids {
  id     String @id @default(cuid())
  two    String @default(cuid(2))
  four   String @default(uuid())
  seven  String @default(uuid(7))
  sortable String @default(ulid())
  short  String @default(nanoid(8))
}
`;
  const { schema, diagnostics } = validateSchema([parseSchema({ path: 'schema.prisma', text }).file]);
  assert.ok(schema, JSON.stringify(diagnostics));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refract-surround-ids-'));
  const connection = openSqlite({ filename: path.join(dir, 'ids.db') });
  await pushSchema({ schema, connection });
  await connection.close();
  const { PrismaClient } = createClientModule(schema, { schemaDir: dir }) as any;
  const prisma = new PrismaClient({ datasourceUrl: 'file:./ids.db' });
  t.after(async () => {
    await prisma.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const rows: any[] = [];
  for (let i = 0; i < 20; i++) rows.push(await prisma.ids.create({ data: {} }));
  for (const row of rows) {
    assert.match(row.id, /^c[0-9a-z]{24}$/);
    assert.match(row.two, /^[a-z][0-9a-z]{23}$/);
    assert.match(row.four, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.match(row.seven, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.match(row.sortable, /^[0-9A-HJKMNP-TV-Z]{26}$/);
    assert.match(row.short, /^[A-Za-z0-9_-]{8}$/);
  }
  const sorted = (key: string) => rows.map((r: any) => r[key]).slice().sort();
  assert.deepEqual(sorted('seven'), rows.map((r: any) => r.seven), 'uuid v7 sort in creation order');
  assert.deepEqual(sorted('sortable'), rows.map((r: any) => r.sortable), 'ulids sort in creation order');
  assert.equal(new Set(rows.map((r: any) => r.id)).size, rows.length);
});
