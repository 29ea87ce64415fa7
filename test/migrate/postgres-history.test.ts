// Migration history on PostgreSQL: plan on a shadow database, deploy, nothing left to plan.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deployMigrations, planMigration, readAppliedMigrations, readMigrationsDir, writeMigration, ddlDialectFor } from '../../src/migrate/index.js';
import { conformanceSchema } from './helpers/parse.js';
import { freshPostgres, postgresEnabled } from './helpers/postgres.js';

test('PostgreSQL: the shop schema as a first migration deploys and then plans to nothing', { skip: !postgresEnabled && 'REFRACT_TEST_DB excludes postgres' }, async () => {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'refract-migrations-')), 'migrations');
  const schema = conformanceSchema('shop', 'postgresql');
  const dev = await freshPostgres('dev');
  const shadow = await freshPostgres('shadow');
  const shadow2 = await freshPostgres('shadow2');
  try {
    const first = await planMigration({ schema, shadow: shadow.connection, migrations: [] });
    assert.match(first.script, /^-- CreateEnum\nCREATE TYPE "Tier" AS ENUM \('STANDARD', 'GOLD', 'PLATINUM'\);\n\n-- CreateEnum\n[^]*\n-- CreateTable\nCREATE TABLE "Customer" \(/);
    writeMigration({ dir, name: 'init', script: first.script, provider: 'postgresql' });
    const deployed = await deployMigrations({ connection: dev.connection, provider: 'postgresql', migrations: readMigrationsDir(dir) });
    assert.equal(deployed.applied.length, 1);
    const history = await readAppliedMigrations(dev.connection, ddlDialectFor('postgresql'));
    assert.deepEqual(history.map((m) => m.finished), [true]);
    const again = await planMigration({ schema, shadow: shadow2.connection, migrations: readMigrationsDir(dir) });
    assert.deepEqual(again.statements, []);
  } finally {
    await dev.drop();
    await shadow.drop();
    await shadow2.drop();
  }
});
