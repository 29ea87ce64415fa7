// Property: whatever sequence of schemas is pushed, each push leaves the database exactly as its schema
// describes (introspection diffs to nothing), and rows survive in tables that keep existing. Each run
// draws a new seed, printed as `FC_SEED=<n>` (the variable replays it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describeSchema, diff, introspect, pushSchema } from '../../src/migrate/index.js';
import type { Connection } from '../../src/dialects/driver.js';
import { withDatasource } from './helpers/parse.js';
import { freshMysql, mysqlEnabled } from './helpers/mysql.js';
import { freshPostgres, postgresEnabled } from './helpers/postgres.js';
import { propertySeed } from './helpers/seed.js';
import { freshSqlite } from './helpers/sqlite.js';

const TYPES = ['String', 'Int', 'BigInt', 'Float', 'Decimal', 'Boolean', 'DateTime', 'Json'] as const;
const DEFAULTS: Record<(typeof TYPES)[number], string> = {
  String: '@default("x")', Int: '@default(7)', BigInt: '@default(8)', Float: '@default(1.5)', Decimal: '@default(2)', Boolean: '@default(true)', DateTime: '@default(now())', Json: '@default("{}")',
};

const column = fc.record({
  name: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
  type: fc.constantFrom(...TYPES),
  optional: fc.boolean(),
  withDefault: fc.boolean(),
  unique: fc.boolean(),
  indexed: fc.boolean(),
});

const model = fc.record({
  name: fc.constantFrom('Alpha', 'Beta', 'Gamma'),
  columns: fc.uniqueArray(column, { selector: (c) => c.name, maxLength: 4 }),
  relatesTo: fc.option(fc.constantFrom('Alpha', 'Beta', 'Gamma'), { nil: null }),
});

const schemaSpec = fc.uniqueArray(model, { selector: (m) => m.name, minLength: 1, maxLength: 3 });

type Spec = typeof schemaSpec extends fc.Arbitrary<infer T> ? T : never;

function schemaText(spec: Spec): string {
  const names = new Set(spec.map((m) => m.name));
  const back = new Map<string, string[]>();
  const blocks = spec.map((m) => {
    const lines = ['id Int @id @default(autoincrement())'];
    const indexes: string[] = [];
    for (const c of m.columns) {
      const unique = c.unique && c.type !== 'Json' ? ' @unique' : '';
      // A unique column gets no default: existing rows would all take it and collide.
      const value = c.withDefault && unique === '' ? ` ${DEFAULTS[c.type]}` : '';
      lines.push(`${c.name} ${c.type}${c.optional ? '?' : ''}${value}${unique}`);
      if (c.indexed && c.type !== 'Json') indexes.push(`@@index([${c.name}])`);
    }
    if (m.relatesTo !== null && names.has(m.relatesTo) && m.relatesTo !== m.name) {
      // Named relations: two models may reference each other.
      lines.push(`refId Int?`, `ref ${m.relatesTo}? @relation("${m.name}Ref", fields: [refId], references: [id], onDelete: SetNull)`);
      back.set(m.relatesTo, [...(back.get(m.relatesTo) ?? []), `${m.name.toLowerCase()}Refs ${m.name}[] @relation("${m.name}Ref")`]);
    }
    return { name: m.name, lines, indexes };
  });
  return blocks
    .map((b) => `model ${b.name} {\n  ${[...b.lines, ...(back.get(b.name) ?? []), ...b.indexes].join('\n  ')}\n}`)
    .join('\n\n');
}

async function converges(connection: Connection, provider: string, specs: Spec[]): Promise<void> {
  for (const spec of specs) {
    const schema = withDatasource(provider, schemaText(spec));
    const dryRun = await pushSchema({ schema, connection });
    const result = await pushSchema({ schema, connection, acceptDataLoss: true }).catch(async (error: unknown) => {
      // The failures a push may have after warning about them: a unique index over duplicate values,
      // a value the announced cast cannot convert.
      const warned = dryRun.warnings.some((w) => w.startsWith('A unique constraint covering') || w.includes('will be cast from'));
      assert.ok(warned, String(error));
      assert.match(String(error), /unique|duplicate|invalid input syntax|out of range/i);
      return pushSchema({ schema, connection, forceReset: true });
    });
    if (!result.applied) {
      // Only a step that cannot run on the rows present may stop a push; then start that table over.
      assert.ok(result.unexecutable.length > 0, JSON.stringify(result));
      await pushSchema({ schema, connection, forceReset: true });
    }
    assert.deepEqual(diff(await introspect(connection, provider), describeSchema(schema)), [], schemaText(spec));
    // A row of defaults (MySQL has no DEFAULT VALUES); it fails where a required column has none.
    const insert = (table: string) => (provider === 'mysql' ? `INSERT INTO \`${table}\` () VALUES ()` : `INSERT INTO "${table}" DEFAULT VALUES`);
    for (const m of spec) await connection.execute({ sql: insert(m.name), params: [] }).catch(() => undefined);
  }
}

test('SQLite: any sequence of pushed schemas converges', async (t) => {
  await fc.assert(
    fc.asyncProperty(fc.array(schemaSpec, { minLength: 2, maxLength: 4 }), async (specs) => {
      const db = freshSqlite('converge');
      try {
        await converges(db, 'sqlite', specs);
      } finally {
        await db.close();
      }
    }),
    { numRuns: 40, seed: propertySeed(t) },
  );
});

test('PostgreSQL: any sequence of pushed schemas converges', { skip: !postgresEnabled && 'REFRACT_TEST_DB excludes postgres' }, async (t) => {
  const db = await freshPostgres('converge');
  try {
    await fc.assert(
      fc.asyncProperty(fc.array(schemaSpec, { minLength: 2, maxLength: 3 }), async (specs) => {
        await pushSchema({ schema: withDatasource('postgresql', schemaText(specs[0] ?? [])), connection: db.connection, forceReset: true });
        await converges(db.connection, 'postgresql', specs);
      }),
      { numRuns: 10, seed: propertySeed(t) },
    );
  } finally {
    await db.drop();
  }
});

test('MySQL: any sequence of pushed schemas converges', { skip: !mysqlEnabled && 'REFRACT_TEST_DB excludes mysql' }, async (t) => {
  const db = await freshMysql('converge');
  try {
    await fc.assert(
      fc.asyncProperty(fc.array(schemaSpec, { minLength: 2, maxLength: 3 }), async (specs) => {
        await pushSchema({ schema: withDatasource('mysql', schemaText(specs[0] ?? [])), connection: db.connection, forceReset: true });
        await converges(db.connection, 'mysql', specs);
      }),
      { numRuns: 8, seed: propertySeed(t) },
    );
  } finally {
    await db.drop();
  }
});
