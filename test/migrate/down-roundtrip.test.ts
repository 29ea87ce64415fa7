// Property: for any sequence of schemas migrated with `migrate dev`, rolling the migrations back one
// by one with their down.sql restores, each time, exactly the catalog that was there before. Each run
// draws a new seed, printed as `FC_SEED=<n>` (the variable replays it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { introspect, migrateDev, readMigrationsDir, resetDatabase, rollbackMigrations } from '../../src/migrate/index.js';
import type { DbSchema } from '../../src/migrate/index.js';
import type { Connection } from '../../src/dialects/driver.js';
import { openSqlite } from '../../src/dialects/sqlite/driver.js';
import { withDatasource } from './helpers/parse.js';
import { freshMysql, mysqlEnabled } from './helpers/mysql.js';
import { freshPostgres, postgresEnabled } from './helpers/postgres.js';
import { propertySeed } from './helpers/seed.js';
import { catalog, freshSqlite } from './helpers/sqlite.js';

const TYPES = ['String', 'Int', 'BigInt', 'Float', 'Decimal', 'Boolean', 'DateTime'] as const;
const DEFAULTS: Record<(typeof TYPES)[number], string> = {
  String: '@default("x")', Int: '@default(7)', BigInt: '@default(8)', Float: '@default(1.5)', Decimal: '@default(2)', Boolean: '@default(true)', DateTime: '@default(now())',
};

const column = fc.record({
  name: fc.constantFrom('a', 'b', 'c', 'd'),
  type: fc.constantFrom(...TYPES),
  optional: fc.boolean(),
  withDefault: fc.boolean(),
  unique: fc.boolean(),
  indexed: fc.boolean(),
});
const model = fc.record({
  name: fc.constantFrom('Alpha', 'Beta', 'Gamma'),
  columns: fc.uniqueArray(column, { selector: (c) => c.name, maxLength: 3 }),
  relatesTo: fc.option(fc.constantFrom('Alpha', 'Beta', 'Gamma'), { nil: null }),
  enumField: fc.boolean(),
});
const schemaSpec = fc.uniqueArray(model, { selector: (m) => m.name, minLength: 1, maxLength: 3 });
type Spec = typeof schemaSpec extends fc.Arbitrary<infer T> ? T : never;

function schemaText(spec: Spec): string {
  const names = new Set(spec.map((m) => m.name));
  const back = new Map<string, string[]>();
  const enums = new Set<string>();
  const blocks = spec.map((m) => {
    const lines = ['id Int @id @default(autoincrement())'];
    const indexes: string[] = [];
    for (const c of m.columns) {
      const unique = c.unique ? ' @unique' : '';
      lines.push(`${c.name} ${c.type}${c.optional ? '?' : ''}${c.withDefault && unique === '' ? ` ${DEFAULTS[c.type]}` : ''}${unique}`);
      if (c.indexed && !c.unique) indexes.push(`@@index([${c.name}])`);
    }
    if (m.enumField) {
      // Enum values differ with the model set, so an enum also changes between schemas.
      enums.add(`enum Kind${m.name} {\n  ${['ONE', ...spec.map((s) => s.name.toUpperCase())].join('\n  ')}\n}`);
      lines.push(`kind Kind${m.name}?`);
    }
    if (m.relatesTo !== null && names.has(m.relatesTo) && m.relatesTo !== m.name) {
      lines.push('refId Int?', `ref ${m.relatesTo}? @relation("${m.name}Ref", fields: [refId], references: [id], onDelete: SetNull)`);
      back.set(m.relatesTo, [...(back.get(m.relatesTo) ?? []), `${m.name.toLowerCase()}Refs ${m.name}[] @relation("${m.name}Ref")`]);
    }
    return { name: m.name, lines, indexes };
  });
  return [...enums, ...blocks.map((b) => `model ${b.name} {\n  ${[...b.lines, ...(back.get(b.name) ?? []), ...b.indexes].join('\n  ')}\n}`)].join('\n\n');
}

interface Target {
  readonly provider: string;
  readonly connection: Connection;
  readonly shadow: () => Promise<{ connection: Connection; done: () => Promise<void> }>;
  /** An exact picture of the catalog beyond the description (SQLite: each object's SQL text). */
  readonly exact?: () => Record<string, string>;
}

/**
 * The description with tables by name, and columns, indexes and foreign keys sorted by name where the
 * database keeps an order a reverse migration cannot choose (PostgreSQL appends a re-added column at the end; Prisma's
 * diff ignores column order too). SQLite rebuilds tables, so its order is compared as is.
 */
function canonical(description: DbSchema, keepOrder: boolean): DbSchema {
  const byName = <T extends { readonly name: string | null }>(xs: readonly T[]): T[] => [...xs].sort((a, b) => String(a.name).localeCompare(String(b.name)));
  // Tables are listed in creation order everywhere, and a down migration re-creates a dropped one later.
  return {
    ...description,
    tables: byName(description.tables).map((t) => (keepOrder ? t : { ...t, columns: byName(t.columns), indexes: byName(t.indexes), foreignKeys: byName(t.foreignKeys) })),
    enums: byName(description.enums),
  };
}

async function upAndDown(target: Target, specs: Spec[]): Promise<void> {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'refract-down-')), 'migrations');
  const before: { description: DbSchema; exact: Record<string, string> | undefined }[] = [];
  const snapshot = async () => ({ description: canonical(await introspect(target.connection, target.provider), target.exact !== undefined), exact: target.exact?.() });
  for (const [i, spec] of specs.entries()) {
    const snap = await snapshot();
    const shadow = await target.shadow();
    try {
      const result = await migrateDev({ schema: withDatasource(target.provider, schemaText(spec)), connection: target.connection, shadow: shadow.connection, migrationsDir: dir, name: `step${i}` });
      assert.equal(result.kind, 'done', JSON.stringify(result).slice(0, 300));
      if (result.kind === 'done' && result.created !== null) before.push(snap);
    } finally {
      await shadow.done();
    }
  }
  assert.equal(readMigrationsDir(dir).filter((m) => m.downScript !== null).length, before.length, 'every migration has its down.sql');
  for (const expected of before.reverse()) {
    const { rolledBack } = await rollbackMigrations({ connection: target.connection, provider: target.provider, migrations: readMigrationsDir(dir) });
    assert.equal(rolledBack.length, 1);
    const now = await snapshot();
    const down = readMigrationsDir(dir).find((m) => m.name === rolledBack[0])?.downScript ?? '';
    assert.deepEqual(now.description, expected.description, `${specs.map(schemaText).join('\n----\n')}\n==== down.sql of ${rolledBack[0]}:\n${down}`);
    assert.deepEqual(now.exact, expected.exact, down);
  }
}

/**
 * Each SQLite object's SQL with whitespace normalised: `ALTER TABLE ADD COLUMN` splices the column into
 * the stored CREATE TABLE text with its own spacing, which a rebuilt table then writes differently.
 */
function sqliteObjects(db: Parameters<typeof catalog>[0]): Record<string, string> {
  const squeeze = (sql: string) => sql.replace(/\s+/g, ' ').replace(/\s*([(),])\s*/g, '$1').trim();
  return Object.fromEntries([...catalog(db)].filter(([name]) => name !== '_prisma_migrations').map(([name, sql]) => [name, squeeze(sql)]));
}

test('SQLite: every down.sql restores the previous catalog, object SQL included', async (t) => {
  await fc.assert(
    fc.asyncProperty(fc.array(schemaSpec, { minLength: 2, maxLength: 4 }), async (specs) => {
      const db = freshSqlite('down');
      try {
        await upAndDown({ provider: 'sqlite', connection: db, exact: () => sqliteObjects(db), shadow: async () => {
          const connection = openSqlite({ filename: ':memory:' });
          return { connection, done: () => connection.close() };
        } }, specs);
      } finally {
        await db.close();
      }
    }),
    { numRuns: 40, seed: propertySeed(t) },
  );
});

test('PostgreSQL: every down.sql restores the previous catalog', { skip: !postgresEnabled && 'REFRACT_TEST_DB excludes postgres' }, async (t) => {
  const db = await freshPostgres('down');
  const shadow = await freshPostgres('downshadow');
  try {
    await fc.assert(
      fc.asyncProperty(fc.array(schemaSpec, { minLength: 2, maxLength: 3 }), async (specs) => {
        await resetDatabase(db.connection, 'postgresql');
        await upAndDown({ provider: 'postgresql', connection: db.connection, shadow: async () => {
          await resetDatabase(shadow.connection, 'postgresql');
          return { connection: shadow.connection, done: async () => undefined };
        } }, specs);
      }),
      { numRuns: 8, seed: propertySeed(t) },
    );
  } finally {
    await db.drop();
    await shadow.drop();
  }
});

test('MySQL: every down.sql restores the previous catalog', { skip: !mysqlEnabled && 'REFRACT_TEST_DB excludes mysql' }, async (t) => {
  const db = await freshMysql('down');
  const shadow = await freshMysql('downshadow');
  try {
    await fc.assert(
      fc.asyncProperty(fc.array(schemaSpec, { minLength: 2, maxLength: 3 }), async (specs) => {
        await resetDatabase(db.connection, 'mysql');
        await upAndDown({ provider: 'mysql', connection: db.connection, shadow: async () => {
          await resetDatabase(shadow.connection, 'mysql');
          return { connection: shadow.connection, done: async () => undefined };
        } }, specs);
      }),
      { numRuns: 6, seed: propertySeed(t) },
    );
  } finally {
    await db.drop();
    await shadow.drop();
  }
});
