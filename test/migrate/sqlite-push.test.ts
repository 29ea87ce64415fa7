// db push on SQLite across schema changes: what runs, what data survives, when it refuses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeSchema, diff, introspect, pushSchema } from '../../src/migrate/index.js';
import type { Schema } from '../../src/schema/model.js';
import type { SqliteConnection } from '../../src/dialects/sqlite/driver.js';
import { autoincrement, model, num, relation, relationField, scalar, schema, str } from './helpers/schema-builder.js';
import { freshSqlite } from './helpers/sqlite.js';

type Extra = Parameters<typeof scalar>;

/** Author (id, name, extra fields) and, optionally, Book referencing it. */
function library(authorExtra: Extra[] = [], withBooks = false): Schema {
  const author = model('Author', [
    scalar('id', 'Int', { id: true, default: autoincrement }),
    scalar('name', 'String'),
    ...authorExtra.map((args) => scalar(...args)),
    ...(withBooks ? [relationField('books', 'Book', 'AuthorToBook', { list: true })] : []),
  ]);
  if (!withBooks) return schema('sqlite', [author]);
  const book = model('Book', [
    scalar('id', 'Int', { id: true, default: autoincrement }),
    scalar('title', 'String'),
    scalar('authorId', 'Int'),
    relationField('author', 'Author', 'AuthorToBook', { fields: ['authorId'], references: ['id'] }),
  ], { indexes: [['authorId']] });
  return schema('sqlite', [author, book], [
    relation('AuthorToBook', ['Book', 'author'], ['Author', 'books'], { fields: ['authorId'], references: ['id'], onDelete: 'Cascade', table: 'Book', optional: false }),
  ]);
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
  const next = library([['bio', 'String', { optional: true }], ['rank', 'Int', { default: num('3') }]]);
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
  const result = await pushSchema({ schema: library([['email', 'String']]), connection: db, acceptDataLoss: true });
  assert.equal(result.applied, false);
  assert.deepEqual(result.executed, []);
  assert.deepEqual(result.unexecutable, ['Added the required column `email` to the `Author` table without a default value. There are 2 rows in this table, it is not possible to execute this step.']);
  await inSync(db, library());
  await db.close();
});

test('a required column without default on an empty table redefines the table without asking', async () => {
  const db = freshSqlite('required-empty');
  await pushSchema({ schema: library(), connection: db });
  const next = library([['email', 'String']]);
  const result = await pushSchema({ schema: next, connection: db });
  assert.equal(result.applied, true);
  assert.deepEqual(result.warnings, []);
  assert.equal(result.executed.length, 1);
  assert.match(result.executed[0] ?? '', /^PRAGMA defer_foreign_keys=ON;\nPRAGMA foreign_keys=OFF;\nCREATE TABLE "new_Author" \(/);
  assert.match(result.executed[0] ?? '', /INSERT INTO "new_Author" \("id", "name"\) SELECT "id", "name" FROM "Author";\nDROP TABLE "Author";\nALTER TABLE "new_Author" RENAME TO "Author";\nPRAGMA foreign_keys=ON;\nPRAGMA defer_foreign_keys=OFF;$/);
  await inSync(db, next);
  await db.close();
});

test('dropping a column with values warns and applies nothing until acceptDataLoss', async () => {
  const db = freshSqlite('drop-column');
  const start = library([['bio', 'String', { optional: true }]], true);
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
  // The referenced table was rebuilt: the books and their foreign key survive.
  assert.deepEqual(await rows(db, 'SELECT a."name", b."title" FROM "Book" b JOIN "Author" a ON a."id" = b."authorId"'), [['a', 't']]);
  assert.deepEqual(await rows(db, 'PRAGMA foreign_key_check'), []);
  await inSync(db, library([], true));
  await db.close();
});

test('making a column required fails on NULLs and succeeds (keeping data) when there are none', async () => {
  const db = freshSqlite('make-required');
  await pushSchema({ schema: library([['nick', 'String', { optional: true }]]), connection: db });
  await db.execute({ sql: 'INSERT INTO "Author" ("name", "nick") VALUES (?, NULL)', params: ['a'] });
  const required = library([['nick', 'String', { default: str('none') }]]);
  const blocked = await pushSchema({ schema: required, connection: db, acceptDataLoss: true });
  assert.deepEqual(blocked.unexecutable, ['Made the column `nick` on table `Author` required, but there are 1 existing NULL values.']);
  await db.execute({ sql: 'UPDATE "Author" SET "nick" = ?', params: ['al'] });
  const done = await pushSchema({ schema: required, connection: db });
  assert.equal(done.applied, true);
  assert.deepEqual(await rows(db, 'SELECT "name", "nick" FROM "Author"'), [['a', 'al']]);
  await inSync(db, required);
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

test('a new unique index on a non-empty table warns about duplicates', async () => {
  const db = freshSqlite('add-unique');
  await pushSchema({ schema: library(), connection: db });
  await db.execute({ sql: 'INSERT INTO "Author" ("name") VALUES (?)', params: ['a'] });
  const next = schema('sqlite', [model('Author', [scalar('id', 'Int', { id: true, default: autoincrement }), scalar('name', 'String', { unique: true })])]);
  const refused = await pushSchema({ schema: next, connection: db });
  assert.deepEqual(refused.warnings, ['A unique constraint covering the columns `[name]` on the table `Author` will be added. If there are existing duplicate values, this will fail.']);
  const done = await pushSchema({ schema: next, connection: db, acceptDataLoss: true });
  assert.deepEqual(done.executed, ['CREATE UNIQUE INDEX "Author_name_key" ON "Author"("name");']);
  await inSync(db, next);
  await db.close();
});

test('forceReset drops everything first, so nothing is lost and nothing is refused', async () => {
  const db = freshSqlite('force-reset');
  await pushSchema({ schema: library([['bio', 'String', { optional: true }]], true), connection: db });
  await db.execute({ sql: 'INSERT INTO "Author" ("name", "bio") VALUES (?, ?)', params: ['a', 'x'] });
  await db.executeScript('CREATE TABLE "Stray" ("x" INTEGER); CREATE VIEW "V" AS SELECT 1 AS "one";');
  const result = await pushSchema({ schema: library([['email', 'String']]), connection: db, forceReset: true });
  assert.equal(result.applied, true);
  assert.deepEqual(result.warnings, []);
  assert.deepEqual(result.unexecutable, []);
  assert.deepEqual(await rows(db, 'SELECT COUNT(*) FROM "Author"'), [[0]]);
  assert.deepEqual(await rows(db, "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY name"), [['Author']]);
  await inSync(db, library([['email', 'String']]));
  await db.close();
});
