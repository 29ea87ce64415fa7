// Every conformance schema pushes to a fresh database, introspects back to no diff, and re-pushes to
// nothing; this is what `db push --force-reset --accept-data-loss` does before each conformance run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeSchema, diff, introspect, pushSchema } from '../../src/migrate/index.js';
import { conformanceSchema } from './helpers/parse.js';
import { freshPostgres, postgresEnabled } from './helpers/postgres.js';
import { freshSqlite } from './helpers/sqlite.js';

const sqliteEnabled = (process.env.REFRACT_TEST_DB ?? 'sqlite') === 'sqlite';

for (const name of ['blog', 'shop', 'tenant']) {
  test(`SQLite: the ${name} schema pushes, introspects to no diff and re-pushes to nothing`, { skip: !sqliteEnabled && 'REFRACT_TEST_DB excludes sqlite' }, async () => {
    const schema = conformanceSchema(name, 'sqlite');
    const db = freshSqlite(name);
    const first = await pushSchema({ schema, connection: db, forceReset: true, acceptDataLoss: true });
    assert.equal(first.applied, true);
    assert.ok(first.executed.length >= schema.models.length);
    assert.deepEqual(diff(await introspect(db, 'sqlite'), describeSchema(schema)), []);
    assert.deepEqual((await pushSchema({ schema, connection: db })).executed, []);
    await db.close();
  });
}

for (const name of ['blog', 'shop', 'tenant', 'pgonly']) {
  test(`PostgreSQL: the ${name} schema pushes, introspects to no diff and re-pushes to nothing`, { skip: !postgresEnabled && 'REFRACT_TEST_DB excludes postgres' }, async () => {
    const schema = conformanceSchema(name, 'postgresql');
    const db = await freshPostgres(name);
    try {
      const first = await pushSchema({ schema, connection: db.connection, forceReset: true, acceptDataLoss: true });
      assert.equal(first.applied, true);
      assert.deepEqual(diff(await introspect(db.connection, 'postgresql'), describeSchema(schema)), []);
      assert.deepEqual((await pushSchema({ schema, connection: db.connection })).executed, []);
    } finally {
      await db.drop();
    }
  });
}
