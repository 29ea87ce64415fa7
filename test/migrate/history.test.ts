// Migration history on SQLite: plan on a shadow database, write, deploy, status, failures, drift.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  deployMigrations, detectDrift, markRolledBack, migrationStatus, MigrationFailedError, planMigration, readAppliedMigrations, readLockProvider,
  readMigrationsDir, replayMigrations, writeMigration, ddlDialectFor,
} from '../../src/migrate/index.js';
import { openSqlite } from '../../src/dialects/sqlite/driver.js';
import { withDatasource } from './helpers/parse.js';
import { freshSqlite } from './helpers/sqlite.js';

const v1 = withDatasource('sqlite', `
model Note {
  id    Int    @id @default(autoincrement())
  title String
  body  String?
}`);

const v2 = withDatasource('sqlite', `
model Note {
  id    Int    @id @default(autoincrement())
  title String @unique
  tags  Tag[]
}

model Tag {
  id    Int    @id @default(autoincrement())
  label String
  notes Note[]
}`);

function migrationsDir(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'refract-migrations-')), 'migrations');
}

async function plan(schema: typeof v1, dir: string) {
  const shadow = openSqlite({ filename: ':memory:' });
  try {
    return await planMigration({ schema, shadow, migrations: readMigrationsDir(dir) });
  } finally {
    await shadow.close();
  }
}

test('migrate dev cycle: plan on a shadow database, write the folder, deploy, then nothing left to plan', async () => {
  const dir = migrationsDir();
  const db = freshSqlite('history');
  const first = await plan(v1, dir);
  assert.equal(first.script, '-- CreateTable\nCREATE TABLE "Note" (\n    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n    "title" TEXT NOT NULL,\n    "body" TEXT\n);\n');
  const written = writeMigration({ dir, name: 'init', script: first.script, provider: 'sqlite', now: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)) });
  assert.equal(written.name, '20240102030405_init');
  assert.equal(readLockProvider(dir), 'sqlite');
  assert.deepEqual((await deployMigrations({ connection: db, provider: 'sqlite', migrations: readMigrationsDir(dir) })).applied, ['20240102030405_init']);
  assert.equal((await plan(v1, dir)).script, '');

  await db.execute({ sql: 'INSERT INTO "Note" ("title", "body") VALUES (?, ?)', params: ['a', 'b'] });
  const second = await plan(v2, dir);
  assert.deepEqual(second.warnings, [
    'You are about to drop the column `body` on the `Note` table. All the data in the column will be lost.',
    'A unique constraint covering the columns `[title]` on the table `Note` will be added. If there are existing duplicate values, this will fail.',
  ]);
  assert.ok(second.script.startsWith('/*\n  Warnings:\n\n  - You are about to drop the column `body`'));
  writeMigration({ dir, name: 'tags and unique titles', script: second.script, provider: 'sqlite', now: new Date(Date.UTC(2024, 0, 3)) });
  const deployed = await deployMigrations({ connection: db, provider: 'sqlite', migrations: readMigrationsDir(dir) });
  assert.deepEqual(deployed.applied, ['20240103000000_tags_and_unique_titles']);
  const rows = await db.query({ sql: 'SELECT "title" FROM "Note"', params: [] });
  assert.deepEqual(rows.rows, [['a']]);
  const tables = await db.query({ sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", params: [] });
  assert.deepEqual(tables.rows.map((r) => r[0]), ['Note', 'Tag', '_NoteToTag', '_prisma_migrations']);

  const status = migrationStatus(readMigrationsDir(dir), await readAppliedMigrations(db, ddlDialectFor('sqlite')));
  assert.deepEqual(status.pending, []);
  assert.deepEqual(status.applied, ['20240102030405_init', '20240103000000_tags_and_unique_titles']);
  assert.deepEqual(status.modified, []);
  fs.appendFileSync(path.join(dir, '20240102030405_init', 'migration.sql'), '-- edited\n');
  const edited = migrationStatus(readMigrationsDir(dir), await readAppliedMigrations(db, ddlDialectFor('sqlite')));
  assert.deepEqual(edited.modified, ['20240102030405_init']);
  await db.close();
});

test('a failing migration is recorded, blocks later deploys (P3009) until marked rolled back', async () => {
  const dir = migrationsDir();
  const db = freshSqlite('failing');
  writeMigration({ dir, name: 'ok', script: 'CREATE TABLE "A" ("id" INTEGER NOT NULL PRIMARY KEY);\n', provider: 'sqlite', now: new Date(Date.UTC(2024, 0, 1)) });
  writeMigration({ dir, name: 'broken', script: 'CREATE TABLE "B" ("id" INTEGER NOT NULL PRIMARY KEY REFERENCES nowhere(;\n', provider: 'sqlite', now: new Date(Date.UTC(2024, 0, 2)) });
  await assert.rejects(deployMigrations({ connection: db, provider: 'sqlite', migrations: readMigrationsDir(dir) }), (error: unknown) => {
    assert.ok(error instanceof MigrationFailedError);
    assert.equal(error.code, 'P3018');
    assert.equal(error.migration, '20240102000000_broken');
    return true;
  });
  const history = await readAppliedMigrations(db, ddlDialectFor('sqlite'));
  assert.deepEqual(history.map((m) => [m.name, m.finished]), [['20240101000000_ok', true], ['20240102000000_broken', false]]);
  assert.match(history[1]?.logs ?? '', /syntax error/);
  await assert.rejects(deployMigrations({ connection: db, provider: 'sqlite', migrations: readMigrationsDir(dir) }), { code: 'P3009' });

  fs.writeFileSync(path.join(dir, '20240102000000_broken', 'migration.sql'), 'CREATE TABLE "B" ("id" INTEGER NOT NULL PRIMARY KEY);\n');
  assert.equal(await markRolledBack(db, ddlDialectFor('sqlite'), '20240102000000_broken'), 1);
  assert.deepEqual((await deployMigrations({ connection: db, provider: 'sqlite', migrations: readMigrationsDir(dir) })).applied, ['20240102000000_broken']);
  await db.close();
});

test('drift: a change made outside the migrations shows up against the replayed history', async () => {
  const dir = migrationsDir();
  const db = freshSqlite('drift');
  writeMigration({ dir, name: 'init', script: (await plan(v1, dir)).script, provider: 'sqlite' });
  await deployMigrations({ connection: db, provider: 'sqlite', migrations: readMigrationsDir(dir) });
  const shadow = openSqlite({ filename: ':memory:' });
  const fromMigrations = await replayMigrations(shadow, 'sqlite', readMigrationsDir(dir));
  await shadow.close();
  assert.deepEqual(await detectDrift({ live: db, provider: 'sqlite', fromMigrations }), []);
  await db.executeScript('CREATE INDEX "by_title" ON "Note"("title");');
  const drift = await detectDrift({ live: db, provider: 'sqlite', fromMigrations });
  assert.deepEqual(drift.map((s) => s.kind), ['createIndex']);
  await db.close();
});
