// `migrate deploy` and `migrate down` on a pool of one connection (`connection_limit=1`): the session
// that holds the advisory lock must be the one that runs the migrations, or the run waits for a pooled
// connection the lock never gives back. Two such deploys at once still apply each migration once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deployMigrations, readMigrationsDir, rollbackMigrations, writeMigration } from '../../src/migrate/index.js';
import type { Connection } from '../../src/dialects/driver.js';
import { openPostgres } from '../../src/dialects/postgres/index.js';
import { MysqlConnection, parseMysqlUrl } from '../../src/dialects/mysql/index.js';
import { freshMysql, mysqlEnabled } from './helpers/mysql.js';
import { freshPostgres, postgresEnabled } from './helpers/postgres.js';

interface Case {
  readonly provider: 'postgresql' | 'mysql';
  readonly skip: string | false;
  readonly fresh: (label: string) => Promise<{ url: string; drop: () => Promise<void> }>;
  readonly open: (url: string) => Connection;
  readonly table: (name: string) => string;
}

const CASES: readonly Case[] = [
  { provider: 'postgresql', skip: !postgresEnabled && 'REFRACT_TEST_DB excludes postgres', fresh: freshPostgres, open: (url) => openPostgres(url), table: (n) => `"${n}"` },
  { provider: 'mysql', skip: !mysqlEnabled && 'REFRACT_TEST_DB excludes mysql', fresh: freshMysql, open: (url) => new MysqlConnection(parseMysqlUrl(url)), table: (n) => `\`${n}\`` },
];

function migrationsFolder(c: Case): string {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'refract-lock-')), 'migrations');
  for (const [i, name] of ['First', 'Second'].entries()) {
    writeMigration({
      dir,
      name: name.toLowerCase(),
      provider: c.provider,
      now: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
      script: `CREATE TABLE ${c.table(name)} (id INTEGER NOT NULL PRIMARY KEY);\n`,
      downScript: `DROP TABLE ${c.table(name)};\n`,
    });
  }
  return dir;
}

for (const c of CASES) {
  test(`${c.provider}: migrate deploy and down on connection_limit=1 run on the session holding the lock`, { skip: c.skip, timeout: 60_000 }, async () => {
    const db = await c.fresh('lockone');
    // A short pool_timeout turns a stall into an error (P2024) instead of a hung test.
    const single = c.open(`${db.url}?connection_limit=1&pool_timeout=3`);
    try {
      const dir = migrationsFolder(c);
      assert.equal((await deployMigrations({ connection: single, provider: c.provider, migrations: readMigrationsDir(dir) })).applied.length, 2);
      assert.deepEqual((await rollbackMigrations({ connection: single, provider: c.provider, migrations: readMigrationsDir(dir) })).rolledBack.length, 1);
      assert.deepEqual((await deployMigrations({ connection: single, provider: c.provider, migrations: readMigrationsDir(dir) })).applied.length, 1);
      // The pool is usable afterwards: the lock's session went back to it.
      await single.query({ sql: `SELECT COUNT(*) FROM ${c.table('Second')}`, params: [] });
    } finally {
      await single.close();
      await db.drop();
    }
  });

  test(`${c.provider}: two deploys at once, each on a pool of one, apply each migration once`, { skip: c.skip, timeout: 60_000 }, async () => {
    const db = await c.fresh('locktwo');
    const a = c.open(`${db.url}?connection_limit=1&pool_timeout=3`);
    const b = c.open(`${db.url}?connection_limit=1&pool_timeout=3`);
    try {
      const dir = migrationsFolder(c);
      const [first, second] = await Promise.all([a, b].map((connection) => deployMigrations({ connection, provider: c.provider, migrations: readMigrationsDir(dir) })));
      assert.deepEqual([first?.applied.length, second?.applied.length].sort(), [0, 2]);
      const rows = await a.query({ sql: 'SELECT COUNT(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL', params: [] });
      assert.equal(Number(rows.rows[0]?.[0]), 2);
    } finally {
      await a.close();
      await b.close();
      await db.drop();
    }
  });
}
