// Our SQLite DDL against Prisma 7's: prisma7.db was created by Prisma 7's `db push` of the blog schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeSchema, diff, emptyDbSchema, introspect, pushSchema, renderStatements } from '../../src/migrate/index.js';
import fs from 'node:fs';
import { INTEROP_SCHEMA, loadSchema } from './helpers/parse.js';
import { catalog, freshSqlite, PRISMA7_DB } from './helpers/sqlite.js';

const blogSchema = () => loadSchema(fs.readFileSync(INTEROP_SCHEMA, 'utf8'));

test('every CREATE TABLE and CREATE INDEX we render for the blog schema is byte for byte what Prisma 7 wrote', async () => {
  const prisma = freshSqlite('prisma7', PRISMA7_DB);
  const expected = catalog(prisma);
  await prisma.close();
  const sql = renderStatements(diff(emptyDbSchema('sqlite'), describeSchema(blogSchema())), 'sqlite');
  const ours = new Map(sql.map((s) => [/^CREATE (?:UNIQUE )?(?:TABLE|INDEX) "([^"]+)"/.exec(s)?.[1] ?? s, s.replace(/;$/, '')]));
  assert.deepEqual([...ours.keys()].sort(), [...expected.keys()].sort());
  for (const [name, statement] of ours) assert.equal(statement, expected.get(name), `DDL of ${name}`);
});

test('statements come in Prisma order: tables in declaration order, join table last, then indexes', () => {
  const sql = renderStatements(diff(emptyDbSchema('sqlite'), describeSchema(blogSchema())), 'sqlite');
  const names = sql.map((s) => /"([^"]+)"/.exec(s)?.[1]);
  assert.deepEqual(names.slice(0, 8), ['User', 'Profile', 'Post', 'Comment', 'Tag', 'PostTag', 'Sample', '_PostToTag']);
  assert.deepEqual(names.slice(8, 11), ['User_email_key', 'User_role_active_idx', 'Profile_userId_key']);
  assert.deepEqual(names.slice(11, 14), ['Post_published_createdAt_idx', 'Post_authorId_idx', 'Post_slug_lang_key']);
});

test('introspecting the database Prisma 7 pushed gives no diff against our description of its schema', async () => {
  const prisma = freshSqlite('prisma7', PRISMA7_DB);
  const live = await introspect(prisma, 'sqlite');
  await prisma.close();
  assert.equal(live.tables.length, 8);
  assert.deepEqual(diff(live, describeSchema(blogSchema())), []);
});

test('pushing the blog schema to a Prisma 7 database changes nothing and keeps its rows', async () => {
  const db = freshSqlite('prisma7', PRISMA7_DB);
  const before = await db.query({ sql: 'SELECT COUNT(*) FROM "User"', params: [] });
  const result = await pushSchema({ schema: blogSchema(), connection: db });
  assert.deepEqual(result, { executed: [], warnings: [], unexecutable: [], applied: true });
  assert.deepEqual(await db.query({ sql: 'SELECT COUNT(*) FROM "User"', params: [] }), before);
  await db.close();
});

test('a push to a fresh file creates the same catalog as Prisma 7 and then introspects to no diff', async () => {
  const db = freshSqlite('fresh');
  const result = await pushSchema({ schema: blogSchema(), connection: db });
  assert.equal(result.applied, true);
  assert.equal(result.executed.length, 8 + 12);
  const prisma = freshSqlite('prisma7', PRISMA7_DB);
  assert.deepEqual(catalog(db), catalog(prisma));
  await prisma.close();
  assert.deepEqual(diff(await introspect(db, 'sqlite'), describeSchema(blogSchema())), []);
  await db.close();
});
