// db push on SQLite across schema changes: what runs, what data survives, when it refuses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeSchema, diff, introspect, pushSchema } from '../../src/migrate/index.js';
import type { Schema } from '../../src/schema/model.js';
import type { SqliteConnection } from '../../src/dialects/sqlite/driver.js';
import { withDatasource } from './helpers/parse.js';
import { freshSqlite } from './helpers/sqlite.js';

/** Author (id, name, `authorFields`) and, optionally, Book referencing it. */
function library(authorFields: string[] = [], withBooks = false, nameAttributes = ''): Schema {
  const books = `
model Book {
  id       Int    @id @default(autoincrement())
  title    String
  authorId Int
  author   Author @relation(fields: [authorId], references: [id], onDelete: Cascade)

  @@index([authorId])
}`;
  return withDatasource('sqlite', `
model Author {
  id   Int    @id @default(autoincrement())
  name String ${nameAttributes}
  ${authorFields.join('\n  ')}
  ${withBooks ? 'books Book[]' : ''}
}
${withBooks ? books : ''}`);
}

async function rows(db: SqliteConnection, sql: string): Promise<unknown[][]> {
  return (await db.query({ sql, params: [] })).rows.map((r) => [...r]);
}

async function inSync(db: SqliteConnection, target: Schema): Promise<void> {
  assert.deepEqual(diff(await introspect(db, 'sqlite'), describeSchema(target)), []);
}

test('adding an optional column and a column with a default is an ALTER TABLE; rows survive', async () => {
  const db = freshSqlite('add-column');
  await pushSchema({ schema: library(), connection: db });
  await db.execute({ sql: 'INSERT INTO "Author" ("name") VALUES (?)', params: ['Ursula'] });
  const next = library(['bio String?', 'rank Int @default(3)']);
  const result = await pushSchema({ schema: next, connection: db });
  assert.deepEqual(result.executed, ['ALTER TABLE "Author" ADD COLUMN "bio" TEXT;\nALTER TABLE "Author" ADD COLUMN "rank" INTEGER NOT NULL DEFAULT 3;']);
  assert.equal(result.applied, true);
  assert.deepEqual(await rows(db, 'SELECT "id", "name", "bio", "rank" FROM "Author"'), [[1, 'Ursula', null, 3]]);
  await inSync(db, next);
  await db.close();
});

test('a required column without default on a non-empty table is unexecutable, even with acceptDataLoss', async () => {
  const db = freshSqlite('required-column');
  await pushSchema({ schema: library(), connection: db });
  await db.execute({ sql: 'INSERT INTO "Author" ("name") VALUES (?), (?)', params: ['a', 'b'] });
  const result = await pushSchema({ schema: library(['email String']), connection: db, acceptDataLoss: true });
  assert.equal(result.applied, false);
  assert.deepEqual(result.executed, []);
  assert.deepEqual(result.unexecutable, ['Added the required column `email` to the `Author` table without a default value. There are 2 rows in this table, it is not possible to execute this step.']);
  await inSync(db, library());
  await db.close();
});

test('a required column without default on an empty table redefines the table without asking', async () => {
  const db = freshSqlite('required-empty');
  await pushSchema({ schema: library(), connection: db });
  const next = library(['email String']);
  const result = await pushSchema({ schema: next, connection: db });
  assert.equal(result.applied, true);
  assert.deepEqual(result.warnings, []);
  assert.deepEqual(result.executed, [
    [
      'PRAGMA defer_foreign_keys=ON;',
      'PRAGMA foreign_keys=OFF;',
      'CREATE TABLE "new_Author" (\n    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n    "name" TEXT NOT NULL,\n    "email" TEXT NOT NULL\n);',
      'INSERT INTO "new_Author" ("id", "name") SELECT "id", "name" FROM "Author";',
      'DROP TABLE "Author";',
      'ALTER TABLE "new_Author" RENAME TO "Author";',
      'PRAGMA foreign_keys=ON;',
      'PRAGMA defer_foreign_keys=OFF;',
    ].join('\n'),
  ]);
  await inSync(db, next);
  await db.close();
});

test('dropping a column with values warns and applies nothing until acceptDataLoss; referencing rows survive', async () => {
  const db = freshSqlite('drop-column');
  const start = library(['bio String?'], true);
  await pushSchema({ schema: start, connection: db });
  await db.execute({ sql: 'INSERT INTO "Author" ("name", "bio") VALUES (?, ?), (?, NULL)', params: ['a', 'x', 'b'] });
  await db.execute({ sql: 'INSERT INTO "Book" ("title", "authorId") VALUES (?, ?)', params: ['t', 1] });
  const refused = await pushSchema({ schema: library([], true), connection: db });
  assert.equal(refused.applied, false);
  assert.deepEqual(refused.executed, []);
  assert.deepEqual(refused.warnings, ['You are about to drop the column `bio` on the `Author` table, which still contains 1 non-null values.']);
  await inSync(db, start);

  const accepted = await pushSchema({ schema: library([], true), connection: db, acceptDataLoss: true });
  assert.equal(accepted.applied, true);
  assert.deepEqual(accepted.warnings, refused.warnings);
  // Author was rebuilt with foreign keys off: the cascade did not fire, the books are still there.
  assert.deepEqual(await rows(db, 'SELECT a."name", b."title" FROM "Book" b JOIN "Author" a ON a."id" = b."authorId"'), [['a', 't']]);
  assert.deepEqual(await rows(db, 'PRAGMA foreign_key_check'), []);
  assert.deepEqual(await rows(db, 'PRAGMA foreign_keys'), [[1]]);
  await inSync(db, library([], true));
  await db.close();
});

test('making a column required fails on NULLs and succeeds (keeping data) when there are none', async () => {
  const db = freshSqlite('make-required');
  await pushSchema({ schema: library(['nick String?']), connection: db });
  await db.execute({ sql: 'INSERT INTO "Author" ("name", "nick") VALUES (?, NULL)', params: ['a'] });
  const required = library(['nick String @default("none")']);
  const blocked = await pushSchema({ schema: required, connection: db, acceptDataLoss: true });
  assert.deepEqual(blocked.unexecutable, ['Made the column `nick` on table `Author` required, but there are 1 existing NULL values.']);
  await db.execute({ sql: 'UPDATE "Author" SET "nick" = ?', params: ['al'] });
  const done = await pushSchema({ schema: required, connection: db });
  assert.equal(done.applied, true);
  assert.deepEqual(await rows(db, 'SELECT "name", "nick" FROM "Author"'), [['a', 'al']]);
  await inSync(db, required);
  await db.close();
});

test('changing a column type with values warns about the cast', async () => {
  const db = freshSqlite('change-type');
  await pushSchema({ schema: library(['code String?']), connection: db });
  await db.execute({ sql: 'INSERT INTO "Author" ("name", "code") VALUES (?, ?)', params: ['a', '42'] });
  const next = library(['code Int?']);
  const refused = await pushSchema({ schema: next, connection: db });
  assert.deepEqual(refused.warnings, ['You are about to alter the column `code` on the `Author` table, which contains 1 non-null values. The data in that column will be cast from `TEXT` to `INTEGER`.']);
  const done = await pushSchema({ schema: next, connection: db, acceptDataLoss: true });
  assert.equal(done.applied, true);
  assert.deepEqual(await rows(db, 'SELECT "code" FROM "Author"'), [[42]]);
  await inSync(db, next);
  await db.close();
});

test('dropping a non-empty table warns; an empty one is dropped silently', async () => {
  const db = freshSqlite('drop-table');
  await pushSchema({ schema: library([], true), connection: db });
  await db.execute({ sql: 'INSERT INTO "Author" ("name") VALUES (?)', params: ['a'] });
  await db.execute({ sql: 'INSERT INTO "Book" ("title", "authorId") VALUES (?, ?), (?, ?)', params: ['t', 1, 'u', 1] });
  const refused = await pushSchema({ schema: library(), connection: db });
  assert.deepEqual(refused.warnings, ['You are about to drop the `Book` table, which is not empty (2 rows).']);
  assert.equal(refused.applied, false);
  await db.execute({ sql: 'DELETE FROM "Book"', params: [] });
  const done = await pushSchema({ schema: library(), connection: db });
  assert.deepEqual(done.executed, ['PRAGMA foreign_keys=off;\nDROP TABLE "Book";\nPRAGMA foreign_keys=on;']);
  await inSync(db, library());
  await db.close();
});

test('a new unique index on a non-empty table warns about duplicates; index changes need no redefinition', async () => {
  const db = freshSqlite('add-unique');
  await pushSchema({ schema: library(), connection: db });
  await db.execute({ sql: 'INSERT INTO "Author" ("name") VALUES (?)', params: ['a'] });
  const next = library([], false, '@unique');
  const refused = await pushSchema({ schema: next, connection: db });
  assert.deepEqual(refused.warnings, ['A unique constraint covering the columns `[name]` on the table `Author` will be added. If there are existing duplicate values, this will fail.']);
  const done = await pushSchema({ schema: next, connection: db, acceptDataLoss: true });
  assert.deepEqual(done.executed, ['CREATE UNIQUE INDEX "Author_name_key" ON "Author"("name");']);
  await inSync(db, next);
  const back = await pushSchema({ schema: library(), connection: db });
  assert.deepEqual(back.executed, ['DROP INDEX "Author_name_key";']);
  await db.close();
});

test('forceReset drops everything first, so nothing is lost and nothing is refused', async () => {
  const db = freshSqlite('force-reset');
  await pushSchema({ schema: library(['bio String?'], true), connection: db });
  await db.execute({ sql: 'INSERT INTO "Author" ("name", "bio") VALUES (?, ?)', params: ['a', 'x'] });
  await db.executeScript('CREATE TABLE "Stray" ("x" INTEGER); CREATE VIEW "V" AS SELECT 1 AS "one";');
  const result = await pushSchema({ schema: library(['email String']), connection: db, forceReset: true });
  assert.equal(result.applied, true);
  assert.deepEqual(result.warnings, []);
  assert.deepEqual(result.unexecutable, []);
  assert.deepEqual(await rows(db, 'SELECT COUNT(*) FROM "Author"'), [[0]]);
  assert.deepEqual(await rows(db, "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY name"), [['Author']]);
  await inSync(db, library(['email String']));
  await db.close();
});

test('a BigInt autoincrement id is an INTEGER PRIMARY KEY AUTOINCREMENT (the only form SQLite accepts)', async () => {
  const db = freshSqlite('bigint-id');
  const target = withDatasource('sqlite', 'model Event {\n  id BigInt @id @default(autoincrement())\n  at DateTime @default(now())\n}');
  const result = await pushSchema({ schema: target, connection: db });
  assert.deepEqual(result.executed, ['CREATE TABLE "Event" (\n    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP\n);']);
  await db.execute({ sql: 'INSERT INTO "Event" DEFAULT VALUES', params: [] });
  assert.deepEqual(await rows(db, 'SELECT "id" FROM "Event"'), [[1]]);
  await inSync(db, target);
  await db.close();
});

test('relationMode = "prisma" creates no foreign keys; @@ignore models are still created', async () => {
  const db = freshSqlite('relation-mode');
  const { loadSchema } = await import('./helpers/parse.js');
  const target = loadSchema(`datasource db {
  provider     = "sqlite"
  relationMode = "prisma"
}

model Author {
  id    Int    @id @default(autoincrement())
  books Book[]
}

model Book {
  id       Int    @id @default(autoincrement())
  authorId Int
  author   Author @relation(fields: [authorId], references: [id])

  @@index([authorId])
}

model Legacy {
  id Int @id

  @@ignore
}`);
  await pushSchema({ schema: target, connection: db });
  assert.deepEqual(await rows(db, 'SELECT COUNT(*) FROM pragma_foreign_key_list(\'Book\')'), [[0]]);
  assert.deepEqual(await rows(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"), [['Author'], ['Book'], ['Legacy']]);
  await inSync(db, target);
  await db.close();
});
