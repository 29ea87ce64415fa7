import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { runCli, tempProject, writeFiles } from '../helpers/cli.js';

const datasource = `datasource db {\n  provider = "sqlite"\n  url      = env("DATABASE_URL")\n}\n`;
const generator = `generator client {\n  provider = "prisma-client-js"\n  output   = "../generated"\n}\n`;
const v1 = `${datasource}\n${generator}\nmodel User {\n  id    Int     @id @default(autoincrement())\n  email String  @unique\n  name  String?\n}\n`;
const v2 = `${datasource}\n${generator}\nmodel User {\n  id    Int    @id @default(autoincrement())\n  email String @unique\n}\n`;

function tables(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
}

test('db push creates the SQLite file relative to the schema, reads DATABASE_URL from .env, and generates the client', () => {
  const dir = tempProject();
  writeFiles(dir, { 'prisma/schema.prisma': v1, '.env': 'DATABASE_URL="file:./dev.db"\n' });
  const run = runCli(['db', 'push'], { cwd: dir, env: { DATABASE_URL: undefined } });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /SQLite database dev\.db created at file:\.\/dev\.db/);
  assert.match(run.stdout, /in sync/);
  assert.deepEqual(tables(path.join(dir, 'prisma/dev.db')), ['User']);
  assert.ok(fs.existsSync(path.join(dir, 'generated/index.js')), 'the client was generated after the push');
  assert.ok(fs.existsSync(path.join(dir, 'generated/index.d.ts')));
});

test('db push refuses to lose data without --accept-data-loss, naming what would be lost; with it, applies', () => {
  const dir = tempProject();
  writeFiles(dir, { 'prisma/schema.prisma': v1 });
  const env = { DATABASE_URL: 'file:./dev.db' };
  assert.equal(runCli(['db', 'push', '--skip-generate'], { cwd: dir, env }).status, 0);
  const db = new Database(path.join(dir, 'prisma/dev.db'));
  db.prepare(`INSERT INTO "User" (email, name) VALUES ('a@b.c', 'Ann')`).run();
  db.close();
  writeFiles(dir, { 'prisma/schema.prisma': v2 });
  const refused = runCli(['db', 'push', '--skip-generate'], { cwd: dir, env });
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /data loss/);
  assert.match(refused.stderr, /name/);
  assert.match(refused.stderr, /--accept-data-loss/);
  const kept = new Database(path.join(dir, 'prisma/dev.db'), { readonly: true });
  assert.deepEqual(kept.prepare(`SELECT * FROM "User"`).all(), [{ id: 1, email: 'a@b.c', name: 'Ann' }], 'nothing was changed');
  kept.close();
  const accepted = runCli(['db', 'push', '--skip-generate', '--accept-data-loss'], { cwd: dir, env });
  assert.equal(accepted.status, 0, accepted.stderr);
  const after = new Database(path.join(dir, 'prisma/dev.db'), { readonly: true });
  assert.deepEqual(after.prepare(`SELECT * FROM "User"`).all(), [{ id: 1, email: 'a@b.c' }]);
  after.close();
});

test('db push --force-reset empties the database', () => {
  const dir = tempProject();
  writeFiles(dir, { 'prisma/schema.prisma': v1 });
  const env = { DATABASE_URL: 'file:./dev.db' };
  assert.equal(runCli(['db', 'push', '--skip-generate'], { cwd: dir, env }).status, 0);
  const db = new Database(path.join(dir, 'prisma/dev.db'));
  db.prepare(`INSERT INTO "User" (email) VALUES ('a@b.c')`).run();
  db.close();
  const reset = runCli(['db', 'push', '--skip-generate', '--force-reset'], { cwd: dir, env });
  assert.equal(reset.status, 0, reset.stderr);
  assert.match(reset.stdout, /successfully reset/);
  const after = new Database(path.join(dir, 'prisma/dev.db'), { readonly: true });
  assert.equal((after.prepare(`SELECT count(*) AS n FROM "User"`).get() as { n: number }).n, 0);
  after.close();
});

test('a missing DATABASE_URL is an error that names the variable', () => {
  const dir = tempProject();
  writeFiles(dir, { 'prisma/schema.prisma': v1 });
  const run = runCli(['db', 'push'], { cwd: dir, env: { DATABASE_URL: undefined } });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /Environment variable not found: DATABASE_URL/);
});

test('generate writes the client to the default node_modules/.prisma/client when there is no output', () => {
  const dir = tempProject();
  writeFiles(dir, { 'prisma/schema.prisma': v1.replace('  output   = "../generated"\n', '') });
  fs.mkdirSync(path.join(dir, 'node_modules/refract'), { recursive: true });
  const run = runCli(['generate'], { cwd: dir });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /Generated Refract Client .* to node_modules\/\.prisma\/client/);
  assert.ok(fs.existsSync(path.join(dir, 'node_modules/.prisma/client/index.js')));
});
