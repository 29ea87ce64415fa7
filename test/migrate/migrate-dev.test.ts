// migrate dev and migrate diff as single calls, on SQLite (shadow database in memory).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrateDev, migrateDiff, readMigrationsDir } from '../../src/migrate/index.js';
import type { MigrateDevResult } from '../../src/migrate/index.js';
import type { Schema } from '../../src/schema/model.js';
import type { SqliteConnection } from '../../src/dialects/sqlite/driver.js';
import { openSqlite } from '../../src/dialects/sqlite/driver.js';
import { withDatasource } from './helpers/parse.js';
import { freshSqlite } from './helpers/sqlite.js';

const notes = (fields = '') => withDatasource('sqlite', `model Note {\n  id    Int    @id @default(autoincrement())\n  title String\n  ${fields}\n}`);

async function dev(db: SqliteConnection, dir: string, schema: Schema, name: string, createOnly = false): Promise<MigrateDevResult> {
  const shadow = openSqlite({ filename: ':memory:' });
  try {
    return await migrateDev({ schema, connection: db, shadow, migrationsDir: dir, name, createOnly });
  } finally {
    await shadow.close();
  }
}

function done(result: MigrateDevResult): Extract<MigrateDevResult, { kind: 'done' }> {
  assert.equal(result.kind, 'done', JSON.stringify(result).slice(0, 400));
  return result as Extract<MigrateDevResult, { kind: 'done' }>;
}

test('migrate dev: init, no-op, a change with data-loss warnings, create-only then applied as pending', async () => {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'refract-dev-')), 'migrations');
  const db = freshSqlite('dev');
  const init = done(await dev(db, dir, notes('body String?'), 'init'));
  assert.ok(init.created?.name.endsWith('_init'));
  assert.equal(init.appliedCreated, true);
  assert.equal(done(await dev(db, dir, notes('body String?'), 'nothing')).created, null);

  await db.execute({ sql: 'INSERT INTO "Note" ("title", "body") VALUES (?, ?)', params: ['t', 'b'] });
  const dropBody = done(await dev(db, dir, notes(), 'drop body'));
  assert.deepEqual(dropBody.warnings, ['You are about to drop the column `body` on the `Note` table. All the data in the column will be lost.']);
  assert.ok(dropBody.created?.script.startsWith('/*\n  Warnings:\n'));
  assert.deepEqual((await db.query({ sql: 'SELECT "title" FROM "Note"', params: [] })).rows, [['t']]);

  const required = await dev(db, dir, notes('rank Int'), 'rank');
  assert.deepEqual(required, {
    kind: 'unexecutable',
    messages: ['Added the required column `rank` to the `Note` table without a default value. There are 1 rows in this table, it is not possible to execute this step.'],
    appliedPending: [],
  });

  const later = done(await dev(db, dir, notes('rank Int @default(0)'), 'rank', true));
  assert.equal(later.appliedCreated, false);
  assert.equal(readMigrationsDir(dir).length, 3);
  const next = done(await dev(db, dir, notes('rank Int @default(0)'), 'again'));
  assert.deepEqual(next.appliedPending, [later.created?.name]);
  assert.equal(next.created, null);
  await db.close();
});

test('migrate dev stops on drift: a table created outside the migrations', async () => {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'refract-dev-')), 'migrations');
  const db = freshSqlite('drift-dev');
  done(await dev(db, dir, notes(), 'init'));
  await db.executeScript('CREATE TABLE "Stray" ("id" INTEGER NOT NULL PRIMARY KEY);');
  const result = await dev(db, dir, notes(), 'next');
  assert.equal(result.kind, 'drift');
  assert.deepEqual(result.kind === 'drift' ? result.statements.map((s) => s.kind) : [], ['createTable']);
  await db.close();
});

test('migrate diff between an empty database, a schema, a live database and a migrations folder', async () => {
  const fromEmpty = await migrateDiff({ from: { kind: 'empty' }, to: { kind: 'schema', schema: notes() }, provider: 'sqlite' });
  assert.equal(fromEmpty.script, '-- CreateTable\nCREATE TABLE "Note" (\n    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n    "title" TEXT NOT NULL\n);\n');
  const db = freshSqlite('diff');
  await db.executeScript(fromEmpty.script);
  const same = await migrateDiff({ from: { kind: 'database', connection: db }, to: { kind: 'schema', schema: notes() }, provider: 'sqlite' });
  assert.equal(same.script, '-- This is an empty migration.\n');
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'refract-diff-')), 'migrations');
  fs.mkdirSync(path.join(dir, '20240101000000_init'), { recursive: true });
  fs.writeFileSync(path.join(dir, '20240101000000_init', 'migration.sql'), fromEmpty.script);
  const shadow = openSqlite({ filename: ':memory:' });
  const toMore = await migrateDiff({ from: { kind: 'migrations', migrations: readMigrationsDir(dir), shadow }, to: { kind: 'schema', schema: notes('body String?') }, provider: 'sqlite' });
  await shadow.close();
  assert.equal(toMore.script, '-- AlterTable\nALTER TABLE "Note" ADD COLUMN "body" TEXT;\n');
  await db.close();
});
