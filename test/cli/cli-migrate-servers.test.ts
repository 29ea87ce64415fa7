// The migrate verbs through the real CLI on PostgreSQL and MariaDB: two `migrate deploy` processes at
// once apply each migration once (the advisory lock); status before and after; migrate dev with a
// temporary shadow database (dropped afterwards) and migrate down.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test } from 'node:test';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { runCli, tempProject, writeFiles } from '../helpers/cli.js';

const PG = process.env.PG_URL_BASE ?? 'postgresql://postgres@127.0.0.1:5432';
const MY = process.env.MYSQL_URL_BASE ?? 'mysql://root@127.0.0.1:3306';
const only = process.env.REFRACT_TEST_DB;
const entry = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/cli/main.ts');
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

interface Server {
  readonly provider: 'postgresql' | 'mysql';
  create(name: string): Promise<string>;
  drop(name: string): Promise<void>;
  query(name: string, sql: string): Promise<Record<string, unknown>[]>;
  databases(): Promise<string[]>;
}

const postgres: Server = {
  provider: 'postgresql',
  async create(name) {
    await this.query('postgres', `CREATE DATABASE "${name}"`);
    return `${PG}/${name}`;
  },
  async drop(name) {
    await this.query('postgres', `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  },
  async query(name, sql) {
    const client = new pg.Client({ connectionString: `${PG}/${name}` });
    await client.connect();
    try {
      return (await client.query(sql)).rows as Record<string, unknown>[];
    } finally {
      await client.end();
    }
  },
  async databases() {
    return (await this.query('postgres', 'SELECT datname AS name FROM pg_database')).map((r) => String(r.name));
  },
};

const mariadb: Server = {
  provider: 'mysql',
  async create(name) {
    await this.query('', `CREATE DATABASE \`${name}\``);
    return `${MY}/${name}`;
  },
  async drop(name) {
    await this.query('', `DROP DATABASE IF EXISTS \`${name}\``);
  },
  async query(name, sql) {
    const connection = await mysql.createConnection(name === '' ? MY : `${MY}/${name}`);
    try {
      return (await connection.query(sql))[0] as Record<string, unknown>[];
    } finally {
      await connection.end();
    }
  },
  async databases() {
    return (await this.query('', 'SELECT SCHEMA_NAME AS name FROM information_schema.SCHEMATA')).map((r) => String(r.name));
  },
};

function deployProcess(dir: string): Promise<{ status: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', tsx, entry, 'migrate', 'deploy'], { cwd: dir, env: { ...process.env, NO_COLOR: '1', CI: '1' } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (status) => resolve({ status, out }));
  });
}

const schemaText = (provider: string, body: string) => `datasource db {\n  provider = "${provider}"\n  url      = env("DATABASE_URL")\n}\n\n${body}`;

for (const server of [postgres, mariadb]) {
  const enabled = only === undefined || only === (server.provider === 'postgresql' ? 'postgres' : 'mysql');
  const sleep = server.provider === 'postgresql' ? 'SELECT pg_sleep(1.5);' : 'SELECT SLEEP(1.5);';
  const q = (name: string) => (server.provider === 'postgresql' ? `"${name}"` : `\`${name}\``);

  test(`${server.provider}: two concurrent migrate deploy processes apply each migration once; status 1 before, 0 after`, { skip: !enabled && 'REFRACT_TEST_DB excludes it' }, async () => {
    const name = `refract_cli_deploy_${process.pid}_${Date.now().toString(36)}`;
    const url = await server.create(name);
    try {
      const dir = tempProject();
      writeFiles(dir, {
        '.env': `DATABASE_URL="${url}"\n`,
        'prisma/schema.prisma': schemaText(server.provider, 'model A {\n  id Int @id\n}\n'),
        'prisma/migrations/migration_lock.toml': `provider = "${server.provider}"\n`,
        // Slow first migration, so the second process arrives while the first holds the lock.
        'prisma/migrations/20240101000000_one/migration.sql': `${sleep}\nCREATE TABLE ${q('A')} (${q('id')} INTEGER NOT NULL, PRIMARY KEY (${q('id')}));\n`,
        'prisma/migrations/20240102000000_two/migration.sql': `CREATE TABLE ${q('Log')} (${q('n')} INTEGER NOT NULL);\n`,
        'prisma/migrations/20240103000000_three/migration.sql': `INSERT INTO ${q('Log')} (${q('n')}) VALUES (3);\n`,
      });
      const before = runCli(['migrate', 'status'], { cwd: dir, env: { CI: '1' } });
      assert.equal(before.status, 1, before.stdout + before.stderr);
      assert.match(before.stdout, /not yet been applied/);
      const [a, b] = await Promise.all([deployProcess(dir), deployProcess(dir)]);
      assert.equal(a.status, 0, a.out);
      assert.equal(b.status, 0, b.out);
      const rows = await server.query(name, 'SELECT migration_name, finished_at IS NOT NULL AS done FROM _prisma_migrations ORDER BY migration_name');
      assert.deepEqual(rows.map((r) => [r.migration_name, Number(r.done)]), [['20240101000000_one', 1], ['20240102000000_two', 1], ['20240103000000_three', 1]]);
      assert.deepEqual((await server.query(name, `SELECT ${q('n')} AS n FROM ${q('Log')}`)).map((r) => Number(r.n)), [3], 'the third migration ran once');
      assert.equal([a.out, b.out].filter((o) => o.includes('No pending migrations to apply.')).length, 1, 'one process found nothing left to do');
      const after = runCli(['migrate', 'status'], { cwd: dir, env: { CI: '1' } });
      assert.equal(after.status, 0, after.stdout + after.stderr);
    } finally {
      await server.drop(name);
    }
  });

  test(`${server.provider}: migrate dev on a temporary shadow database (dropped after), migrate down restores the tables`, { skip: !enabled && 'REFRACT_TEST_DB excludes it' }, async () => {
    const name = `refract_cli_dev_${process.pid}_${Date.now().toString(36)}`;
    const url = await server.create(name);
    try {
      const dir = tempProject();
      const v1 = schemaText(server.provider, 'model User {\n  id    Int    @id @default(autoincrement())\n  email String @unique\n}\n');
      const v2 = schemaText(server.provider, 'model User {\n  id    Int    @id @default(autoincrement())\n  email String @unique\n  posts Post[]\n}\n\nmodel Post {\n  id       Int  @id @default(autoincrement())\n  author   User @relation(fields: [authorId], references: [id])\n  authorId Int\n}\n');
      writeFiles(dir, { '.env': `DATABASE_URL="${url}"\n`, 'prisma/schema.prisma': v1 });
      const shadowsBefore = (await server.databases()).filter((d) => d.startsWith('prisma_shadow_'));
      const init = runCli(['migrate', 'dev', '--name', 'init', '--skip-generate'], { cwd: dir, env: { CI: '1' } });
      assert.equal(init.status, 0, init.stdout + init.stderr);
      writeFiles(dir, { 'prisma/schema.prisma': v2 });
      const posts = runCli(['migrate', 'dev', '--name', 'posts', '--skip-generate'], { cwd: dir, env: { CI: '1' } });
      assert.equal(posts.status, 0, posts.stdout + posts.stderr);
      const shadowsAfter = (await server.databases()).filter((d) => d.startsWith('prisma_shadow_'));
      assert.deepEqual(shadowsAfter.filter((d) => !shadowsBefore.includes(d)), [], 'no shadow database left behind');
      const tables = async () =>
        (await server.query(name, server.provider === 'postgresql' ? `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1` : `SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = '${name}' ORDER BY 1`)).map((r) => String(r.t));
      assert.deepEqual(await tables(), ['Post', 'User', '_prisma_migrations']);
      const down = runCli(['migrate', 'down'], { cwd: dir, env: { CI: '1' } });
      assert.equal(down.status, 0, down.stdout + down.stderr);
      assert.deepEqual(await tables(), ['User', '_prisma_migrations']);
      assert.equal(runCli(['migrate', 'status'], { cwd: dir, env: { CI: '1' } }).status, 1);
      // Back up again: migrate dev applies the pending migration; no drift, nothing new to write.
      const again = runCli(['migrate', 'dev', '--name', 'again', '--skip-generate'], { cwd: dir, env: { CI: '1' } });
      assert.equal(again.status, 0, again.stdout + again.stderr);
      assert.match(again.stdout, /Already in sync/);
      assert.deepEqual(await tables(), ['Post', 'User', '_prisma_migrations']);
      // migrate diff: the folder (replayed on a given shadow database) against the schema and the database.
      const shadowUrl = await server.create(`${name}_sh`);
      const fromFolder = runCli(['migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema', 'prisma/schema.prisma', '--shadow-database-url', shadowUrl, '--exit-code'], { cwd: dir, env: { CI: '1' } });
      assert.equal(fromFolder.status, 0, fromFolder.stdout + fromFolder.stderr);
      writeFiles(dir, { 'prisma/schema.prisma': v1 });
      const fromDb = runCli(['migrate', 'diff', '--from-config-datasource', '--to-schema', 'prisma/schema.prisma', '--script', '--exit-code'], { cwd: dir, env: { CI: '1' } });
      assert.equal(fromDb.status, 2, fromDb.stderr);
      assert.match(fromDb.stdout, /DROP TABLE [`"]Post[`"];/);
    } finally {
      await server.drop(name);
      await server.drop(`${name}_sh`);
    }
  });
}
