// db push on PostgreSQL: the blog schema round trip (push, introspect, no diff), then schema changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeSchema, diff, emptyDbSchema, introspect, pushSchema, renderMigrationScript, renderStatements } from '../../src/migrate/index.js';
import type { Schema } from '../../src/schema/model.js';
import { conformanceSchema, withDatasource } from './helpers/parse.js';
import { freshPostgres, postgresEnabled } from './helpers/postgres.js';
import type { TestDatabase } from './helpers/postgres.js';

const options = { skip: !postgresEnabled && 'REFRACT_TEST_DB excludes postgres' };

async function withDb(label: string, body: (db: TestDatabase) => Promise<void>): Promise<void> {
  const db = await freshPostgres(label);
  try {
    await body(db);
  } finally {
    await db.drop();
  }
}

async function inSync(db: TestDatabase, target: Schema): Promise<void> {
  assert.deepEqual(diff(await introspect(db.connection, 'postgresql'), describeSchema(target)), []);
}

test('the blog schema renders as Prisma writes PostgreSQL DDL', () => {
  const script = renderMigrationScript(diff(emptyDbSchema('postgresql'), describeSchema(conformanceSchema('blog', 'postgresql'))), 'postgresql');
  assert.ok(script.startsWith(`-- CreateEnum\nCREATE TYPE "Role" AS ENUM ('USER', 'EDITOR', 'ADMIN');\n\n-- CreateTable\nCREATE TABLE "User" (\n    "id" SERIAL NOT NULL,\n`));
  assert.ok(script.includes(`    "role" "Role" NOT NULL DEFAULT 'USER',\n`));
  assert.ok(script.includes(`    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,\n    "updatedAt" TIMESTAMP(3) NOT NULL,\n\n    CONSTRAINT "User_pkey" PRIMARY KEY ("id")\n);`));
  assert.ok(script.includes(`CREATE TABLE "_PostToTag" (\n    "A" INTEGER NOT NULL,\n    "B" INTEGER NOT NULL,\n\n    CONSTRAINT "_PostToTag_AB_pkey" PRIMARY KEY ("A","B")\n);`));
  assert.ok(script.includes(`-- CreateIndex\nCREATE INDEX "_PostToTag_B_index" ON "_PostToTag"("B");`));
  assert.ok(script.includes(`-- AddForeignKey\nALTER TABLE "Profile" ADD CONSTRAINT "Profile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;`));
  assert.ok(script.includes(`"rating" DECIMAL(65,30) NOT NULL DEFAULT 0,`));
  assert.ok(script.endsWith(`ALTER TABLE "_PostToTag" ADD CONSTRAINT "_PostToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;\n`));
});

test('pushing the blog schema to an empty PostgreSQL database introspects to no diff; a second push does nothing', options, async () => {
  await withDb('blog', async (db) => {
    const first = await pushSchema({ schema: conformanceSchema('blog', 'postgresql'), connection: db.connection });
    assert.equal(first.applied, true);
    assert.equal(first.executed.length, 1 + 8 + 11 + 8);
    await inSync(db, conformanceSchema('blog', 'postgresql'));
    const second = await pushSchema({ schema: conformanceSchema('blog', 'postgresql'), connection: db.connection });
    assert.deepEqual(second, { executed: [], warnings: [], unexecutable: [], applied: true });
  });
});

function shop(orderFields: string[] = [], statuses = ['NEW', 'PAID', 'SHIPPED'], withOrders = true): Schema {
  const orders = `
model Order {
  id         Int      @id @default(autoincrement())
  status     Status   @default(NEW)
  customerId Int
  customer   Customer @relation(fields: [customerId], references: [id])
  ${orderFields.join('\n  ')}
}`;
  return withDatasource('postgresql', `
enum Status {
  ${statuses.join('\n  ')}
}

model Customer {
  id     Int     @id @default(autoincrement())
  name   String
  ${withOrders ? 'orders Order[]' : ''}
}
${withOrders ? orders : ''}`);
}

test('PostgreSQL: add and drop columns, change nullability and enum values; rows survive', options, async () => {
  await withDb('changes', async (db) => {
    const c = db.connection;
    await pushSchema({ schema: shop(['note String?']), connection: c });
    await c.executeScript(`INSERT INTO "Customer" ("name") VALUES ('ann'); INSERT INTO "Order" ("customerId", "note") VALUES (1, 'gift'), (1, NULL);`);

    const added = await pushSchema({ schema: shop(['note String?', 'total Int @default(0)']), connection: c });
    assert.deepEqual(added.executed, ['ALTER TABLE "Order" ADD COLUMN     "total" INTEGER NOT NULL DEFAULT 0;']);

    const refused = await pushSchema({ schema: shop(['total Int @default(0)']), connection: c });
    assert.deepEqual(refused.warnings, ['You are about to drop the column `note` on the `Order` table, which still contains 1 non-null values.']);
    assert.equal(refused.applied, false);

    const required = shop(['note String', 'total Int @default(0)']);
    assert.deepEqual((await pushSchema({ schema: required, connection: c })).unexecutable, ['Made the column `note` on table `Order` required, but there are 1 existing NULL values.']);
    await c.executeScript(`UPDATE "Order" SET "note" = '-' WHERE "note" IS NULL`);
    const madeRequired = await pushSchema({ schema: required, connection: c });
    assert.deepEqual(madeRequired.executed, ['ALTER TABLE "Order" ALTER COLUMN "note" SET NOT NULL;']);

    const moreStatuses = shop(['note String', 'total Int @default(0)'], ['NEW', 'PAID', 'SHIPPED', 'RETURNED']);
    const enumAdded = await pushSchema({ schema: moreStatuses, connection: c });
    assert.deepEqual(enumAdded.executed, [`ALTER TYPE "Status" ADD VALUE 'RETURNED';`]);

    const fewer = shop(['note String', 'total Int @default(0)'], ['NEW', 'SHIPPED']);
    const enumRefused = await pushSchema({ schema: fewer, connection: c });
    assert.deepEqual(enumRefused.warnings, ['The values [PAID,RETURNED] on the enum `Status` will be removed. If these variants are still used in the database, this will fail.']);
    const enumRemoved = await pushSchema({ schema: fewer, connection: c, acceptDataLoss: true });
    assert.equal(enumRemoved.applied, true);
    const rows = await c.query({ sql: 'SELECT "status"::text, "note" FROM "Order" ORDER BY "id"', params: [] });
    assert.deepEqual(rows.rows, [['NEW', 'gift'], ['NEW', '-']]);
    await inSync(db, fewer);

    const withoutOrders = withDatasource('postgresql', 'model Customer {\n  id Int @id @default(autoincrement())\n  name String\n}');
    const dropped = await pushSchema({ schema: withoutOrders, connection: c, acceptDataLoss: true });
    assert.deepEqual(dropped.warnings, ['You are about to drop the `Order` table, which is not empty (2 rows).']);
    assert.deepEqual(dropped.executed, ['ALTER TABLE "Order" DROP CONSTRAINT "Order_customerId_fkey";', 'DROP TABLE "Order";', 'DROP TYPE "Status";']);
  });
});

test('PostgreSQL forceReset empties the database before pushing', options, async () => {
  await withDb('reset', async (db) => {
    await pushSchema({ schema: shop(), connection: db.connection });
    await db.connection.executeScript(`INSERT INTO "Customer" ("name") VALUES ('ann'); CREATE VIEW "v" AS SELECT 1 AS one;`);
    const result = await pushSchema({ schema: shop(['code String']), connection: db.connection, forceReset: true });
    assert.equal(result.applied, true);
    assert.deepEqual(result.warnings, []);
    const count = await db.connection.query({ sql: 'SELECT COUNT(*)::int FROM "Customer"', params: [] });
    assert.deepEqual(count.rows, [[0]]);
    assert.deepEqual((await introspect(db.connection, 'postgresql')).views, []);
    await inSync(db, shop(['code String']));
  });
});

test('renderStatements gives one SQL string per statement', () => {
  const statements = diff(emptyDbSchema('postgresql'), describeSchema(shop()));
  assert.equal(renderStatements(statements, 'postgresql').length, statements.length);
});

test('PostgreSQL: an index or foreign key whose name alone changes is renamed in place', options, async () => {
  await withDb('rename', async (db) => {
    const version = (indexMap: string, fkMap: string): Schema =>
      withDatasource('postgresql', `
model Customer {
  id     Int     @id @default(autoincrement())
  name   String
  orders Order[]

  @@index([name]${indexMap})
}

model Order {
  id         Int      @id @default(autoincrement())
  customerId Int
  customer   Customer @relation(fields: [customerId], references: [id]${fkMap})
}`);
    await pushSchema({ schema: version('', ''), connection: db.connection });
    const next = version(', map: "customer_by_name"', ', map: "order_customer"');
    const result = await pushSchema({ schema: next, connection: db.connection });
    assert.deepEqual(result.executed, [
      'ALTER TABLE "Order" RENAME CONSTRAINT "Order_customerId_fkey" TO "order_customer";',
      'ALTER INDEX "Customer_name_idx" RENAME TO "customer_by_name";',
    ]);
    await inSync(db, next);
  });
});

test('PostgreSQL: a column with a default retyped by an explicit cast sheds the default first and takes the new one after', options, async () => {
  await withDb('retypedefault', async (db) => {
    const version = (field: string): Schema => withDatasource('postgresql', `model Item {\n  id Int @id @default(autoincrement())\n  ${field}\n}`);
    await pushSchema({ schema: version('flag String @default("true")'), connection: db.connection });
    await db.connection.executeScript(`INSERT INTO "Item" ("flag") VALUES ('false')`);
    // 'true'::text has no assignment cast to boolean: converted with the column, the default would fail.
    const next = version('flag Boolean @default(true)');
    const done = await pushSchema({ schema: next, connection: db.connection, acceptDataLoss: true });
    assert.deepEqual(done.executed, [
      'ALTER TABLE "Item" ALTER COLUMN "flag" DROP DEFAULT,\nALTER COLUMN "flag" SET DATA TYPE BOOLEAN USING ("flag"::BOOLEAN),\nALTER COLUMN "flag" SET DEFAULT true;',
    ]);
    await db.connection.executeScript('INSERT INTO "Item" DEFAULT VALUES');
    const rows = await db.connection.query({ sql: 'SELECT "flag" FROM "Item" ORDER BY "id"', params: [] });
    assert.deepEqual(rows.rows, [[false], [true]]);
    await inSync(db, next);
    // And back: a boolean default converts to text by itself, so Prisma's single SET DEFAULT stays.
    const back = version('flag String @default("x")');
    const reverted = await pushSchema({ schema: back, connection: db.connection, acceptDataLoss: true });
    assert.deepEqual(reverted.executed, ['ALTER TABLE "Item" ALTER COLUMN "flag" SET DEFAULT \'x\',\nALTER COLUMN "flag" SET DATA TYPE TEXT;']);
    await inSync(db, back);
  });
});

test('PostgreSQL: column type, default and nullability changes in one ALTER TABLE keep the data', options, async () => {
  await withDb('alter', async (db) => {
    const version = (fields: string): Schema => withDatasource('postgresql', `model Item {\n  id Int @id @default(autoincrement())\n  ${fields}\n}`);
    await pushSchema({ schema: version('qty Int\n  code String\n  note String? @default("x")'), connection: db.connection });
    await db.connection.executeScript(`INSERT INTO "Item" ("qty", "code", "note") VALUES (3, '42', 'n')`);
    const next = version('qty BigInt @default(1)\n  code Int\n  note String');
    const refused = await pushSchema({ schema: next, connection: db.connection });
    assert.deepEqual(refused.warnings, [
      'You are about to alter the column `qty` on the `Item` table, which contains 1 non-null values. The data in that column will be cast from `INTEGER` to `BIGINT`.',
      'You are about to alter the column `code` on the `Item` table, which contains 1 non-null values. The data in that column will be cast from `TEXT` to `INTEGER`.',
    ]);
    const done = await pushSchema({ schema: next, connection: db.connection, acceptDataLoss: true });
    assert.deepEqual(done.executed, [
      'ALTER TABLE "Item" ALTER COLUMN "qty" SET DEFAULT 1,\nALTER COLUMN "qty" SET DATA TYPE BIGINT,\nALTER COLUMN "code" SET DATA TYPE INTEGER USING ("code"::INTEGER),\nALTER COLUMN "note" DROP DEFAULT,\nALTER COLUMN "note" SET NOT NULL;',
    ]);
    const rows = await db.connection.query({ sql: 'SELECT "qty"::int, "code", "note" FROM "Item"', params: [] });
    assert.deepEqual(rows.rows, [[3, 42, 'n']]);
    await inSync(db, next);
  });
});
