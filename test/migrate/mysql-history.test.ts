// Migration history on MySQL/MariaDB: plan on a shadow database, deploy (with `_prisma_migrations` as
// Prisma creates it on MySQL), nothing left to plan afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deployMigrations, planMigration, readAppliedMigrations, readMigrationsDir, writeMigration, ddlDialectFor } from '../../src/migrate/index.js';
import { conformanceSchema } from './helpers/parse.js';
import { freshMysql, mysqlEnabled } from './helpers/mysql.js';

test('MySQL: the shop schema as a first migration deploys and then plans to nothing', { skip: !mysqlEnabled && 'REFRACT_TEST_DB excludes mysql' }, async () => {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'refract-migrations-')), 'migrations');
  const schema = conformanceSchema('shop', 'mysql');
  const dev = await freshMysql('dev');
  const shadow = await freshMysql('shadow');
  const shadow2 = await freshMysql('shadow2');
  try {
    const first = await planMigration({ schema, shadow: shadow.connection, migrations: [] });
    assert.match(first.script, /^-- CreateTable\nCREATE TABLE `Customer` \(\n {4}`id` INTEGER NOT NULL AUTO_INCREMENT,\n/);
    assert.match(first.script, /`tier` ENUM\('STANDARD', 'GOLD', 'PLATINUM'\) NOT NULL/);
    writeMigration({ dir, name: 'init', script: first.script, provider: 'mysql' });
    const deployed = await deployMigrations({ connection: dev.connection, provider: 'mysql', migrations: readMigrationsDir(dir) });
    assert.equal(deployed.applied.length, 1);
    const history = await readAppliedMigrations(dev.connection, ddlDialectFor('mysql'));
    assert.deepEqual(history.map((m) => m.finished), [true]);
    const again = await planMigration({ schema, shadow: shadow2.connection, migrations: readMigrationsDir(dir) });
    assert.deepEqual(again.statements, []);
  } finally {
    await dev.drop();
    await shadow.drop();
    await shadow2.drop();
  }
});
