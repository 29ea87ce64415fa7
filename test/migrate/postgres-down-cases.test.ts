// Cases the down-script property (down-roundtrip.test.ts) found on PostgreSQL, pinned: each sequence
// of schemas is migrated with `migrate dev`, then rolled back one down.sql at a time, and each rollback
// must give back the catalog that was there before its migration.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { introspect, migrateDev, readMigrationsDir, resetDatabase, rollbackMigrations } from '../../src/migrate/index.js';
import type { DbSchema } from '../../src/migrate/index.js';
import { withDatasource } from './helpers/parse.js';
import { freshPostgres, postgresEnabled } from './helpers/postgres.js';

const options = { skip: !postgresEnabled && 'REFRACT_TEST_DB excludes postgres' };

/** Tables, columns and enums by name: PostgreSQL appends a re-added column, which no down.sql can avoid. */
function canonical(d: DbSchema): unknown {
  const byName = <T extends { readonly name: string | null }>(xs: readonly T[]): T[] => [...xs].sort((a, b) => String(a.name).localeCompare(String(b.name)));
  return { enums: byName(d.enums), tables: byName(d.tables).map((t) => ({ ...t, columns: byName(t.columns) })) };
}

async function roundTrip(label: string, schemas: readonly string[]): Promise<void> {
  const db = await freshPostgres(label);
  const shadow = await freshPostgres(`${label}shadow`);
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'refract-downcase-')), 'migrations');
  try {
    const before: unknown[] = [];
    for (const [i, text] of schemas.entries()) {
      before.push(canonical(await introspect(db.connection, 'postgresql')));
      await resetDatabase(shadow.connection, 'postgresql');
      const result = await migrateDev({ schema: withDatasource('postgresql', text), connection: db.connection, shadow: shadow.connection, migrationsDir: dir, name: `step${i}` });
      assert.equal(result.kind, 'done');
    }
    for (const expected of before.reverse()) {
      const { rolledBack } = await rollbackMigrations({ connection: db.connection, provider: 'postgresql', migrations: readMigrationsDir(dir) });
      assert.equal(rolledBack.length, 1);
      assert.deepEqual(canonical(await introspect(db.connection, 'postgresql')), expected, rolledBack[0]);
    }
  } finally {
    await db.drop();
    await shadow.drop();
  }
}

const model = (name: string, fields = '') => `model ${name} {\n  id Int @id @default(autoincrement())\n  ${fields}\n}`;

test('PostgreSQL down.sql: a column with a default retyped String -> Boolean (the old default has no assignment cast) rolls back', options, async () => {
  // seed -426489012: the down script converted `'x'::text` with the column and failed.
  await roundTrip('downretype', [
    `${model('Beta', 'b Boolean @default(true)')}\n${model('Alpha')}`,
    model('Beta', 'b String @default("x")'),
    model('Alpha'),
  ]);
});

test('PostgreSQL down.sql: an enum whose kept values change order is rebuilt with its columns moved over', options, async () => {
  // seed -1039340400: the rebuilt type could not drop the old one, a column still used it.
  const kind = (values: string[]) => `enum KindAlpha {\n  ${values.join('\n  ')}\n}`;
  await roundTrip('downenum', [
    `${kind(['ONE', 'ALPHA', 'BETA', 'GAMMA'])}\n${model('Alpha', 'kind KindAlpha?')}\n${model('Beta')}\n${model('Gamma')}`,
    `${kind(['ONE', 'BETA', 'ALPHA'])}\n${model('Beta')}\n${model('Alpha', 'kind KindAlpha?')}`,
    model('Alpha'),
  ]);
});
