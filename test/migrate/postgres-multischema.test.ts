// PostgreSQL multiSchema: schemas created, tables and enums qualified, cross-schema foreign keys.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeSchema, diff, emptyDbSchema, introspect, pushSchema, renderMigrationScript, renderPulledSchema } from '../../src/migrate/index.js';
import type { Schema } from '../../src/schema/model.js';
import { loadSchema } from './helpers/parse.js';
import { freshPostgres, postgresEnabled } from './helpers/postgres.js';

function multiSchema(kinds: string[]): Schema {
  return loadSchema(`datasource db {
  provider = "postgresql"
  schemas  = ["base", "shop"]
}

enum Kind {
  ${kinds.join('\n  ')}

  @@schema("base")
}

model User {
  id     Int     @id @default(autoincrement())
  kind   Kind    @default(A)
  orders Order[]

  @@schema("base")
}

model Order {
  id     Int  @id @default(autoincrement())
  userId Int
  user   User @relation(fields: [userId], references: [id])

  @@index([userId])
  @@schema("shop")
}`);
}

test('multiSchema renders CREATE SCHEMA and schema-qualified tables, enums, indexes and foreign keys', () => {
  const script = renderMigrationScript(diff(emptyDbSchema('postgresql'), describeSchema(multiSchema(['A', 'B']))), 'postgresql');
  assert.ok(script.startsWith(`-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS "base";\n\n-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS "shop";\n\n-- CreateEnum\nCREATE TYPE "base"."Kind" AS ENUM ('A', 'B');\n`), script);
  assert.ok(script.includes(`CREATE TABLE "base"."User" (\n    "id" SERIAL NOT NULL,\n    "kind" "base"."Kind" NOT NULL DEFAULT 'A',`), script);
  assert.ok(script.includes('CREATE INDEX "Order_userId_idx" ON "shop"."Order"("userId");'), script);
  assert.ok(script.includes('ALTER TABLE "shop"."Order" ADD CONSTRAINT "Order_userId_fkey" FOREIGN KEY ("userId") REFERENCES "base"."User"("id")'), script);
});

test('PostgreSQL multiSchema: push, introspect the schemas to no diff, remove an enum value, force reset', { skip: !postgresEnabled && 'REFRACT_TEST_DB excludes postgres' }, async () => {
  const db = await freshPostgres('multischema');
  try {
    const schema = multiSchema(['A', 'B']);
    assert.equal((await pushSchema({ schema, connection: db.connection })).applied, true);
    assert.deepEqual(diff(await introspect(db.connection, 'postgresql', ['base', 'shop']), describeSchema(schema)), []);
    assert.deepEqual((await pushSchema({ schema, connection: db.connection })).executed, []);

    await db.connection.executeScript(`INSERT INTO "base"."User" ("kind") VALUES ('A'); INSERT INTO "shop"."Order" ("userId") VALUES (1);`);
    const fewer = multiSchema(['A']);
    const changed = await pushSchema({ schema: fewer, connection: db.connection, acceptDataLoss: true });
    assert.deepEqual(changed.warnings, ['The values [B] on the enum `Kind` will be removed. If these variants are still used in the database, this will fail.']);
    assert.match(changed.executed[0] ?? '', /^BEGIN;\nCREATE TYPE "base"\."Kind_new" AS ENUM \('A'\);\n/);
    assert.deepEqual(diff(await introspect(db.connection, 'postgresql', ['base', 'shop']), describeSchema(fewer)), []);
    const rows = await db.connection.query({ sql: 'SELECT u."kind"::text, o."id" FROM "shop"."Order" o JOIN "base"."User" u ON u."id" = o."userId"', params: [] });
    assert.deepEqual(rows.rows, [['A', 1]]);

    const reset = await pushSchema({ schema: fewer, connection: db.connection, forceReset: true });
    assert.equal(reset.applied, true);
    const count = await db.connection.query({ sql: 'SELECT COUNT(*)::int FROM "base"."User"', params: [] });
    assert.deepEqual(count.rows, [[0]]);
    assert.deepEqual(diff(await introspect(db.connection, 'postgresql', ['base', 'shop']), describeSchema(fewer)), []);
  } finally {
    await db.drop();
  }
});

test('PostgreSQL multiSchema: db pull writes @@schema and describes the same database', { skip: !postgresEnabled && 'REFRACT_TEST_DB excludes postgres' }, async () => {
  const db = await freshPostgres('multipull');
  try {
    const schema = multiSchema(['A', 'B']);
    await pushSchema({ schema, connection: db.connection });
    const live = await introspect(db.connection, 'postgresql', ['base', 'shop']);
    const text = renderPulledSchema(live, { preamble: 'datasource db {\n  provider = "postgresql"\n  schemas  = ["base", "shop"]\n}', previous: schema });
    assert.ok(text.includes('  @@schema("shop")\n}'), text);
    assert.ok(text.includes('enum Kind {\n  A\n  B\n\n  @@schema("base")\n}'), text);
    assert.deepEqual(diff(live, describeSchema(loadSchema(text))), []);
  } finally {
    await db.drop();
  }
});
