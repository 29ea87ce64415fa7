// Beyond Prisma: partial indexes stay in sync through migrations, and CHECK constraints and views the
// user adds by hand (or in an edited migration) are kept by later migrations instead of dropped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrateDev } from '../../src/migrate/index.js';
import type { MigrateDevResult } from '../../src/migrate/index.js';
import type { Connection } from '../../src/dialects/driver.js';
import { openSqlite } from '../../src/dialects/sqlite/driver.js';
import { withDatasource } from './helpers/parse.js';
import { freshPostgres, postgresEnabled } from './helpers/postgres.js';
import { freshSqlite } from './helpers/sqlite.js';

const body = (extra: string) => `model Item {\n  id    Int @id @default(autoincrement())\n  price Int\n  ${extra}\n  @@index([price], where: raw("price > 0"))\n}`;

async function dev(provider: string, db: Connection, shadow: () => Connection, dir: string, extra: string, name: string): Promise<MigrateDevResult> {
  const scratch = shadow();
  try {
    return await migrateDev({ schema: withDatasource(provider, body(extra)), connection: db, shadow: scratch, migrationsDir: dir, name });
  } finally {
    await scratch.close();
  }
}

function created(result: MigrateDevResult): string | null {
  assert.equal(result.kind, 'done', JSON.stringify(result).slice(0, 300));
  return result.kind === 'done' ? (result.created?.script ?? null) : null;
}

test('SQLite: a partial index is created once and then in sync; a view added by hand survives later migrations, table rebuilds included', async () => {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'refract-kept-')), 'migrations');
  const db = freshSqlite('kept');
  const shadow = () => openSqlite({ filename: ':memory:' });
  assert.match(created(await dev('sqlite', db, shadow, dir, '', 'init')) ?? '', /CREATE INDEX "Item_price_idx" ON "Item"\("price"\) WHERE price > 0;/);
  assert.equal(created(await dev('sqlite', db, shadow, dir, '', 'again')), null, 'no change planned for the partial index');
  await db.executeScript('CREATE VIEW "Cheap" AS SELECT "id" FROM "Item" WHERE "price" < 10;');
  assert.match(created(await dev('sqlite', db, shadow, dir, 'note String?', 'note')) ?? '', /ADD COLUMN "note"/);
  assert.deepEqual((await db.query({ sql: `SELECT name FROM sqlite_master WHERE type = 'view'`, params: [] })).rows, [['Cheap']]);
  // Dropping a column rebuilds the table under the view: SQLite's rename check would refuse it.
  await db.execute({ sql: 'INSERT INTO "Item" ("price") VALUES (5)', params: [] });
  assert.match(created(await dev('sqlite', db, shadow, dir, '', 'drop note')) ?? '', /RedefineTables/);
  assert.deepEqual((await db.query({ sql: 'SELECT "id" FROM "Cheap"', params: [] })).rows, [[1]]);
  // And back down: down.sql rebuilds it again.
  const { rollbackMigrations, readMigrationsDir } = await import('../../src/migrate/index.js');
  assert.equal((await rollbackMigrations({ connection: db, provider: 'sqlite', migrations: readMigrationsDir(dir) })).rolledBack.length, 1);
  assert.deepEqual((await db.query({ sql: 'SELECT "id" FROM "Cheap"', params: [] })).rows, [[1]]);
  await db.close();
});

test('SQLite: CHECK constraints added by hand are carried through table rebuilds, a check on a dropped column is named in the warnings, and down.sql restores both', async () => {
  const { readMigrationsDir, rollbackMigrations } = await import('../../src/migrate/index.js');
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'refract-checks-')), 'migrations');
  const db = freshSqlite('checks');
  const item = (fields: string) => withDatasource('sqlite', `model Item {\n  id Int @id @default(autoincrement())\n  ${fields}\n}`);
  const run = async (fields: string, name: string, createOnly = false) => {
    const shadow = openSqlite({ filename: ':memory:' });
    try {
      return await migrateDev({ schema: item(fields), connection: db, shadow, migrationsDir: dir, name, createOnly });
    } finally {
      await shadow.close();
    }
  };
  const tableSql = async () => String((await db.query({ sql: `SELECT sql FROM sqlite_master WHERE name = 'Item'`, params: [] })).rows[0]?.[0]);
  const refused = (sql: string) => assert.rejects(db.execute({ sql, params: [] }), /CHECK constraint failed/);
  try {
    // The user edits the first migration: a column-level check and a named table-level one.
    created(await run('price Int\n  qty Int?', 'init', true));
    const [init] = readMigrationsDir(dir);
    assert.ok(init !== undefined);
    const file = path.join(dir, init.name, 'migration.sql');
    const edited = fs.readFileSync(file, 'utf8')
      .replace('"qty" INTEGER\n', '"qty" INTEGER CHECK ("qty" > 0),\n    CONSTRAINT "price_positive" CHECK ("price" >= 0)\n');
    assert.notEqual(edited, fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file, edited);
    await run('price Int\n  qty Int?', 'apply');
    await db.execute({ sql: 'INSERT INTO "Item" ("price", "qty") VALUES (5, 1)', params: [] });

    // Making price optional rebuilds the table: both checks come along.
    assert.match(created(await run('price Int?\n  qty Int?', 'optional price')) ?? '', /CREATE TABLE "new_Item" \([\s\S]*CHECK \("qty" > 0\),\n    CONSTRAINT "price_positive" CHECK \("price" >= 0\)\n\);/);
    await refused('INSERT INTO "Item" ("price") VALUES (-1)');
    await refused('INSERT INTO "Item" ("qty") VALUES (0)');

    // Dropping qty cannot keep its check: the migration says so, and keeps the other one.
    const dropped = await run('price Int?', 'drop qty');
    assert.ok(dropped.kind === 'done');
    assert.ok(dropped.warnings.includes('The CHECK constraint `CHECK ("qty" > 0)` on the `Item` table will be dropped: it refers to the dropped column `qty`.'), dropped.warnings.join('\n'));
    assert.doesNotMatch(await tableSql(), /qty/);
    await refused('INSERT INTO "Item" ("price") VALUES (-2)');

    // down.sql rebuilds the table as it was, checks included.
    assert.equal((await rollbackMigrations({ connection: db, provider: 'sqlite', migrations: readMigrationsDir(dir) })).rolledBack.length, 1);
    await refused('INSERT INTO "Item" ("qty") VALUES (0)');
    await refused('INSERT INTO "Item" ("price") VALUES (-3)');
    assert.deepEqual((await db.query({ sql: 'SELECT "price", "qty" FROM "Item"', params: [] })).rows, [[5, null]]);
  } finally {
    await db.close();
  }
});

test('PostgreSQL: a partial index stays in sync; a CHECK constraint and a view added by hand survive later migrations', { skip: !postgresEnabled && 'REFRACT_TEST_DB excludes postgres' }, async () => {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'refract-kept-')), 'migrations');
  const db = await freshPostgres('kept');
  const scratch = await freshPostgres('keptshadow');
  const { resetDatabase } = await import('../../src/migrate/index.js');
  // One scratch database for every run: "closing" it empties it for the next.
  const c = scratch.connection;
  const shadow = (): Connection => ({
    query: (q) => c.query(q),
    execute: (q) => c.execute(q),
    executeScript: (sql) => c.executeScript(sql),
    begin: (o) => c.begin(o),
    close: () => resetDatabase(c, 'postgresql'),
  });
  try {
    assert.match(created(await dev('postgresql', db.connection, shadow, dir, '', 'init')) ?? '', /CREATE INDEX "Item_price_idx" ON "Item"\("price"\) WHERE \(?price > 0\)?;/);
    assert.equal(created(await dev('postgresql', db.connection, shadow, dir, '', 'again')), null);
    await db.connection.executeScript('ALTER TABLE "Item" ADD CONSTRAINT "price_positive" CHECK ("price" >= 0); CREATE VIEW "Cheap" AS SELECT "id" FROM "Item" WHERE "price" < 10;');
    assert.match(created(await dev('postgresql', db.connection, shadow, dir, 'note String?', 'note')) ?? '', /ADD COLUMN\s+"note" TEXT/);
    const checks = await db.connection.query({ sql: `SELECT conname FROM pg_constraint WHERE contype = 'c' AND conrelid = '"Item"'::regclass`, params: [] });
    assert.deepEqual(checks.rows, [['price_positive']]);
    const views = await db.connection.query({ sql: `SELECT viewname FROM pg_views WHERE schemaname = 'public'`, params: [] });
    assert.deepEqual(views.rows, [['Cheap']]);
  } finally {
    await db.drop();
    await scratch.drop();
  }
});
