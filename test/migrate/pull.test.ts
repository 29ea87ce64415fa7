// db pull: a live database as schema text that validates and describes the very same database.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeSchema, diff, introspect, pushSchema, renderPulledSchema } from '../../src/migrate/index.js';
import fs from 'node:fs';
import { conformanceSchema, INTEROP_SCHEMA, loadSchema } from './helpers/parse.js';
import { freshPostgres, postgresEnabled } from './helpers/postgres.js';
import { freshSqlite, PRISMA7_DB } from './helpers/sqlite.js';

const sqlitePreamble = 'datasource db {\n  provider = "sqlite"\n}';

test('pulling the database Prisma 7 created gives Prisma-style models that describe it exactly', async () => {
  const db = freshSqlite('pull', PRISMA7_DB);
  const live = await introspect(db, 'sqlite');
  await db.close();
  const text = renderPulledSchema(live, { preamble: sqlitePreamble });
  assert.ok(text.includes('model Profile {\n  id      Int     @id @default(autoincrement())\n  bio     String?\n  website String?\n  userId  Int     @unique\n  User    User    @relation(fields: [userId], references: [id], onDelete: Cascade)\n}'));
  assert.ok(text.includes('  Tag         Tag[]\n'), 'implicit many-to-many from _PostToTag');
  assert.ok(text.includes('  @@id([postId, tagId])\n'));
  assert.deepEqual(diff(live, describeSchema(loadSchema(text))), []);
});

test('names that are not identifiers are mapped; tables without a unique criterion are ignored', async () => {
  const db = freshSqlite('pull-names');
  await db.executeScript(`
    CREATE TABLE "order-items" ("id" INTEGER NOT NULL PRIMARY KEY, "unit price" REAL NOT NULL DEFAULT 1.5);
    CREATE TABLE "log" ("message" TEXT);
    CREATE UNIQUE INDEX "custom_name" ON "order-items"("unit price");
  `);
  const live = await introspect(db, 'sqlite');
  await db.close();
  const text = renderPulledSchema(live, { preamble: sqlitePreamble });
  assert.ok(text.includes('model order_items {\n  id         Int   @id\n  unit_price Float @unique(map: "custom_name") @default(1.5) @map("unit price")\n\n  @@map("order-items")\n}'), text);
  assert.ok(text.includes('/// The underlying table does not contain a valid unique identifier and can therefore currently not be handled by Prisma Client.\nmodel log {\n  message String?\n\n  @@ignore\n}'), text);
  assert.deepEqual(diff(live, describeSchema(loadSchema(text))), []);
});

for (const name of ['shop', 'tenant', 'pgonly']) {
  test(`PostgreSQL: pulling the pushed ${name} schema describes the same database`, { skip: !postgresEnabled && 'REFRACT_TEST_DB excludes postgres' }, async () => {
    const db = await freshPostgres(`pull_${name}`);
    try {
      await pushSchema({ schema: conformanceSchema(name, 'postgresql'), connection: db.connection });
      const live = await introspect(db.connection, 'postgresql');
      const text = renderPulledSchema(live, { preamble: 'datasource db {\n  provider = "postgresql"\n}' });
      assert.deepEqual(diff(live, describeSchema(loadSchema(text))), []);
    } finally {
      await db.drop();
    }
  });
}

test('re-introspection keeps the previous schema\'s names, enums, @updatedAt and client-side defaults', async () => {
  const previous = loadSchema(fs.readFileSync(INTEROP_SCHEMA, 'utf8').replace('model Tag {\n  id       Int       @id @default(autoincrement())', 'model Tag {\n  id       Int       @id @default(autoincrement())\n  code     String    @default(cuid())'));
  const db = freshSqlite('repull');
  await pushSchema({ schema: previous, connection: db });
  const live = await introspect(db, 'sqlite');
  await db.close();
  const text = renderPulledSchema(live, { preamble: sqlitePreamble, previous });
  for (const line of [
    '  role      Role      @default(USER)\n',
    '  updatedAt DateTime  @updatedAt\n',
    '  profile   Profile?\n',
    '  author      User?     @relation(fields: [authorId], references: [id])\n',
    '  tags        Tag[]\n',
    '  code     String    @default(cuid())\n',
    'enum Role {\n  USER\n  EDITOR\n  ADMIN\n}',
  ]) assert.ok(text.includes(line), `${JSON.stringify(line)} in\n${text}`);
  const pulled = loadSchema(text);
  assert.deepEqual(describeSchema(pulled), describeSchema(previous));
  assert.deepEqual(pulled.relations.map((r) => [r.name, r.referencing.field, r.referenced.field]).sort(), previous.relations.map((r) => [r.name, r.referencing.field, r.referenced.field]).sort());
});
