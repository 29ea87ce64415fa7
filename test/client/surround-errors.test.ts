import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import {
  DriverAdapterError,
  PrismaClientKnownRequestError,
  PrismaClientUnknownRequestError,
  PrismaClientValidationError,
  PrismaClientInitializationError,
  PrismaClientRustPanicError,
  mapDriverError,
  toPrismaError,
  recordNotFound,
  relatedRecordNotFound,
  expectedRecordsNotFound,
  recordsNotConnected,
  transactionExpired,
  transactionClosed,
  invalidIsolationLevel,
  suggest,
  CLIENT_VERSION,
} from '../../src/client/errors/index.js';

function sqlite(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  db.exec(`
    CREATE TABLE "User" ("id" INTEGER PRIMARY KEY, "email" TEXT NOT NULL UNIQUE, "name" TEXT NOT NULL);
    CREATE TABLE "Post" ("slug" TEXT NOT NULL, "lang" TEXT NOT NULL, "authorId" INTEGER REFERENCES "User"("id"));
    CREATE UNIQUE INDEX "Post_slug_lang_key" ON "Post"("slug", "lang");
    CREATE TABLE "PostTag" ("postId" INTEGER NOT NULL, "tagId" INTEGER NOT NULL, PRIMARY KEY ("postId", "tagId"));
    INSERT INTO "User" VALUES (1, 'a@x', 'A');
    INSERT INTO "Post" VALUES ('s', 'en', 1);
    INSERT INTO "PostTag" VALUES (1, 1);
  `);
  return db;
}

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  assert.fail('expected the statement to throw');
}

test('SQLite unique violations map to P2002 naming the fields, as Prisma 7 on SQLite', () => {
  const db = sqlite();
  const cases: [string, string, string][] = [
    [`INSERT INTO "User" VALUES (2, 'a@x', 'B')`, 'User', 'Unique constraint failed on the fields: (`email`)'],
    [`INSERT INTO "Post" VALUES ('s', 'en', NULL)`, 'Post', 'Unique constraint failed on the fields: (`slug`, `lang`)'],
    [`INSERT INTO "PostTag" VALUES (1, 1)`, 'PostTag', 'Unique constraint failed on the fields: (`postId`, `tagId`)'],
  ];
  for (const [sql, modelName, message] of cases) {
    const error = toPrismaError(caught(() => db.exec(sql)), { modelName });
    assert.ok(error instanceof PrismaClientKnownRequestError);
    assert.equal(error.name, 'PrismaClientKnownRequestError');
    assert.equal(error.code, 'P2002');
    assert.equal(error.message, message);
    assert.equal(error.clientVersion, CLIENT_VERSION);
    assert.equal(error.meta?.['modelName'], modelName);
    const adapter = error.meta?.['driverAdapterError'];
    assert.ok(adapter instanceof DriverAdapterError);
    assert.equal(adapter.name, 'DriverAdapterError');
    assert.equal(adapter.message, 'UniqueConstraintViolation');
    assert.equal(adapter.cause.originalCode.startsWith('SQLITE_CONSTRAINT_'), true);
  }
});

test('SQLite foreign key and not-null violations map to P2003 and P2011', () => {
  const db = sqlite();
  const fk = toPrismaError(caught(() => db.exec(`INSERT INTO "Post" VALUES ('t', 'en', 99)`)), { modelName: 'Post' });
  assert.ok(fk instanceof PrismaClientKnownRequestError);
  assert.equal(fk.code, 'P2003');
  assert.equal(fk.message, 'Foreign key constraint violated on the foreign key');
  const restricted = toPrismaError(caught(() => db.exec(`DELETE FROM "User" WHERE "id" = 1`)), { modelName: 'User' });
  assert.ok(restricted instanceof PrismaClientKnownRequestError);
  assert.equal(restricted.code, 'P2003');
  const notNull = toPrismaError(caught(() => db.exec(`INSERT INTO "User" ("id", "email") VALUES (3, 'c@x')`)), { modelName: 'User' });
  assert.ok(notNull instanceof PrismaClientKnownRequestError);
  assert.equal(notNull.code, 'P2011');
  assert.equal(notNull.message, 'Null constraint violation on the fields: (`name`)');
});

test('missing tables and columns map to P2021 / P2022; other SQLite errors to an unknown request error', () => {
  const db = sqlite();
  const table = toPrismaError(caught(() => db.prepare('SELECT * FROM "Nope"')));
  assert.ok(table instanceof PrismaClientKnownRequestError);
  assert.equal(table.code, 'P2021');
  assert.equal(table.message, 'The table `Nope` does not exist in the current database.');
  assert.equal(table.meta?.['modelName'], undefined);
  const column = toPrismaError(caught(() => db.prepare('SELECT "nope" FROM "User"')));
  assert.ok(column instanceof PrismaClientKnownRequestError);
  assert.equal(column.code, 'P2022');
  const syntax = toPrismaError(caught(() => db.prepare('SELEKT 1')));
  assert.ok(syntax instanceof PrismaClientUnknownRequestError);
  assert.equal(syntax.name, 'PrismaClientUnknownRequestError');
  assert.match(syntax.message, /syntax error/);
  db.exec('CREATE TABLE "Checked" ("n" INTEGER CHECK ("n" > 0))');
  const check = toPrismaError(caught(() => db.exec('INSERT INTO "Checked" VALUES (-1)')), { modelName: 'Checked' });
  assert.ok(check instanceof PrismaClientUnknownRequestError, 'a CHECK violation has no P code');
  assert.match(check.message, /^CHECK constraint failed/);
  assert.equal((check.cause as { code?: string }).code, 'SQLITE_CONSTRAINT_CHECK');
});

test('raw queries turn every database error into P2010 with the driver code and message', () => {
  const db = sqlite();
  const error = toPrismaError(caught(() => db.prepare('SELEKT 1')), { raw: true });
  assert.ok(error instanceof PrismaClientKnownRequestError);
  assert.equal(error.code, 'P2010');
  assert.match(error.message, /^Raw query failed\. Code: `SQLITE_ERROR`\. Message: `near "SELEKT": syntax error`$/);
});

test('non-driver errors and the client\'s own errors pass through toPrismaError unchanged', () => {
  const own = new PrismaClientValidationError('Argument `title` is missing.');
  assert.equal(toPrismaError(own), own);
  class Abort extends Error {}
  const user = new Abort('abort on purpose');
  assert.equal(toPrismaError(user), user);
  assert.equal(mapDriverError(user), null);
  assert.equal(mapDriverError('just a string'), null);
});

test('error classes carry Prisma names, instanceof, and fields', () => {
  const init = new PrismaClientInitializationError('no url', '1.0.0', 'P1012');
  assert.equal(init.name, 'PrismaClientInitializationError');
  assert.equal(init.errorCode, 'P1012');
  assert.equal(init.clientVersion, '1.0.0');
  assert.ok(init instanceof Error);
  const panic = new PrismaClientRustPanicError('boom');
  assert.equal(panic.name, 'PrismaClientRustPanicError');
  assert.equal(Object.prototype.toString.call(new PrismaClientValidationError('x')), '[object PrismaClientValidationError]');
  const known = new PrismaClientKnownRequestError('m', { code: 'P2002', meta: { a: 1 } });
  assert.deepEqual(Object.keys(known).includes('name'), false, 'name is not an enumerable own key');
  assert.equal(known.meta?.['a'], 1);
});

test('engine-raised errors use Prisma 7 wording and meta', () => {
  const notFound = recordNotFound('Post', 'a delete');
  assert.equal(notFound.code, 'P2025');
  assert.equal(notFound.message, 'An operation failed because it depends on one or more records that were required but not found. No record was found for a delete.');
  assert.deepEqual(notFound.meta, { modelName: 'Post', operation: 'a delete' });
  const related = relatedRecordNotFound({ modelName: 'Post', model: 'User', operation: 'a nested connect', relation: 'PostToUser', relationType: 'one-to-many', neededFor: "inline the relation on 'Post' record(s)" });
  assert.equal(
    related.message,
    "An operation failed because it depends on one or more records that were required but not found. No 'User' record (needed to inline the relation on 'Post' record(s)) was found for a nested connect on one-to-many relation 'PostToUser'.",
  );
  const nested = relatedRecordNotFound({ modelName: 'User', model: 'Profile', operation: 'a nested update', relation: 'ProfileToUser', relationType: 'one-to-one', neededFor: null });
  assert.match(nested.message, /No 'Profile' record was found for a nested update on one-to-one relation 'ProfileToUser'\.$/);
  assert.equal(expectedRecordsNotFound('Post', 2, 1).message.endsWith('Expected 2 records to be connected, found only 1.'), true);
  const p2017 = recordsNotConnected('User', 'PostToUser', 'User', 'Post');
  assert.equal(p2017.code, 'P2017');
  assert.equal(p2017.message, 'The records for relation `PostToUser` between the `User` and `Post` models are not connected.');
  assert.equal(transactionExpired(5000, 5012).code, 'P2028');
  assert.match(transactionExpired(5000, 5012).message, /^Transaction API error: Transaction already closed: .*5000 ms, however 5012 ms/);
  assert.match(transactionExpired(5000, 6542, 'commit').message, /^Transaction API error: Transaction already closed: A commit cannot be executed on an expired transaction\. The timeout for this transaction was 5000 ms, however 6542 ms passed/);
  assert.equal(transactionClosed('rolled back').message, 'Transaction API error: Transaction already closed: A query cannot be executed on a rolled back transaction.');
  assert.equal(invalidIsolationLevel('ReadCommitted').code, 'P2023');
});

test('suggest finds the closest option within distance 3, as Prisma\'s "Did you mean"', () => {
  assert.equal(suggest('any', ['every', 'some', 'none', 'is', 'isNot']), 'none');
  assert.equal(suggest('gt', ['equals', 'path', 'string_contains', 'not']), 'not');
  assert.equal(suggest('filter', ['where', 'orderBy', 'cursor', 'take', 'skip', 'distinct', 'select', 'include', 'omit']), null);
  assert.equal(suggest('nickname', ['id', 'email', 'name', 'role']), null);
});

test('a pool that runs out of connections (the dialect pools\' PoolTimeoutError) is P2024', async () => {
  const { PoolTimeoutError } = await import('../../src/dialects/postgres/driver.js');
  const error = toPrismaError(new PoolTimeoutError(2000, 1), { modelName: 'User' });
  assert.ok(error instanceof PrismaClientKnownRequestError);
  assert.equal(error.code, 'P2024');
  assert.match(error.message, /^Timed out fetching a new connection from the connection pool\. .*\(Current connection pool timeout: 2, connection limit: 1\)$/);
});
