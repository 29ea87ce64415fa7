import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { PrismaClientValidationError } from '../../src/client/errors/index.js';
import { RawSqlError, Sql, empty, join, raw, rawRowsToObjects, sql, sqlFromRawCall, toDriverQuery, typeFromDeclared, unsafeQuery } from '../../src/client/raw/index.js';
import type { RawColumnType } from '../../src/client/raw/index.js';

const q = (name: string) => raw(`"${name}"`);

test('Prisma.sql flattens raw fragments into the text and keeps values as parameters', () => {
  const s = sql`SELECT ${q('name')} FROM ${q('Tag')} WHERE ${q('name')} LIKE ${'%s%'} ORDER BY ${q('name')}`;
  assert.deepEqual(s.strings, ['SELECT "name" FROM "Tag" WHERE "name" LIKE ', ' ORDER BY "name"']);
  assert.deepEqual(s.values, ['%s%']);
  assert.equal(s.sql, 'SELECT "name" FROM "Tag" WHERE "name" LIKE ? ORDER BY "name"');
  assert.equal(s.text, 'SELECT "name" FROM "Tag" WHERE "name" LIKE $1 ORDER BY "name"');
  assert.equal(s.statement, 'SELECT "name" FROM "Tag" WHERE "name" LIKE :1 ORDER BY "name"');
});

test('Prisma.join, nested fragments and Prisma.empty', () => {
  assert.equal(join([1, 2, 3]).sql, '?,?,?');
  assert.equal(join([1, 2], ' OR ', '(', ')').sql, '(? OR ?)');
  const filter = sql`AND "published" = ${true}`;
  const s = sql`SELECT * FROM "Post" WHERE "id" IN (${join([1, 4, 5])}) AND "a" = ${'x'} ${filter}${empty}`;
  assert.equal(s.text, 'SELECT * FROM "Post" WHERE "id" IN ($1,$2,$3) AND "a" = $4 AND "published" = $5');
  assert.deepEqual(s.values, [1, 4, 5, 'x', true]);
  assert.equal(sql`SELECT 1 ${empty}`.sql, 'SELECT 1 ');
  assert.throws(() => join([]), RawSqlError);
  assert.throws(() => join([]), { name: 'TypeError', message: 'Expected `join([])` to be called with an array of multiple elements, but got an empty array' });
  assert.throws(() => new Sql(['a', 'b'], []), RawSqlError);
});

test('raw calls: tagged template, a Sql value, and plain strings refused', () => {
  const value = 7;
  const fromTemplate = ((strings: TemplateStringsArray, ...values: unknown[]) => sqlFromRawCall('$queryRaw', [strings, ...values]))`SELECT ${value}`;
  assert.deepEqual(toDriverQuery(fromTemplate, { placeholder: (i) => `$${i}` }), { sql: 'SELECT $1', params: [7] });
  const sqlValue = sql`SELECT ${value}`;
  assert.equal(sqlFromRawCall('$queryRaw', [sqlValue]), sqlValue);
  assert.throws(() => sqlFromRawCall('$queryRaw', ['SELECT 1']), PrismaClientValidationError);
  const encoded = toDriverQuery(sql`SELECT ${true}, ${new Date(0)}`, { placeholder: () => '?', encode: (v) => (typeof v === 'boolean' ? Number(v) : v instanceof Date ? v.toISOString() : v) });
  assert.deepEqual(encoded.params, [1, '1970-01-01T00:00:00.000Z']);
  assert.deepEqual(unsafeQuery('$queryRawUnsafe', ['SELECT ? + ?', 1, 2], { placeholder: () => '?' }), { sql: 'SELECT ? + ?', params: [1, 2] });
  assert.throws(() => unsafeQuery('$queryRawUnsafe', [42], { placeholder: () => '?' }), PrismaClientValidationError);
});

test('values are bound, never spliced: an injection attempt matches nothing on a real SQLite', () => {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE "User" ("id" INTEGER PRIMARY KEY, "email" TEXT); INSERT INTO "User" VALUES (1, 'a@x');`);
  const query = toDriverQuery(sql`SELECT "id" FROM "User" WHERE "email" = ${"x' OR '1'='1"}`, { placeholder: () => '?' });
  assert.deepEqual(db.prepare(query.sql).all(...query.params), []);
  const ok = toDriverQuery(sql`SELECT "id" FROM "User" WHERE "email" = ${'a@x'}`, { placeholder: () => '?' });
  assert.deepEqual(db.prepare(ok.sql).all(...ok.params), [{ id: 1 }]);
});

test('raw rows are typed from declared column types, else from the values (COUNT(*) is a BigInt)', () => {
  const db = new Database(':memory:');
  db.defaultSafeIntegers(true);
  db.exec(`CREATE TABLE "T" ("id" INTEGER, "karma" BIGINT, "score" REAL, "ok" BOOLEAN, "at" DATETIME, "rating" DECIMAL, "meta" JSONB, "b" BLOB, "s" TEXT);
    INSERT INTO "T" VALUES (1, 100, 4.5, 1, '2024-05-01T08:00:00.000+00:00', 4.5, '{"a":1}', x'0102', 'x');
    INSERT INTO "T" VALUES (2, 5, 1.0, 0, NULL, NULL, NULL, NULL, NULL);`);
  const statement = db.prepare(`SELECT "id", "karma", "score", "ok", "at", "rating", "meta", "b", "s", COUNT(*) OVER () AS n, 1.5 AS f, NULL AS z FROM "T" ORDER BY "id"`);
  const rows = statement.raw(true).all() as unknown[][];
  const result = { columns: statement.columns().map((c) => c.name), declaredTypes: statement.columns().map((c) => c.type), rows };
  const seen: [string, RawColumnType][] = [];
  const objects = rawRowsToObjects(result, (value, type) => {
    seen.push([typeof value, type]);
    switch (type) {
      case 'Int':
      case 'Float':
        return Number(value);
      case 'BigInt':
        return BigInt(value as bigint);
      case 'Boolean':
        return Number(value) === 1;
      case 'DateTime':
        return new Date(String(value));
      case 'Json':
        return JSON.parse(String(value));
      default:
        return value;
    }
  });
  assert.equal(objects.length, 2);
  const [first, second] = objects;
  assert.deepEqual(first, {
    id: 1, karma: 100n, score: 4.5, ok: true, at: new Date('2024-05-01T08:00:00.000Z'), rating: 4.5, meta: { a: 1 }, b: Buffer.from([1, 2]), s: 'x', n: 2n, f: 1.5, z: null,
  });
  assert.equal(second?.['ok'], false);
  assert.equal(second?.['at'], null);
  assert.ok(seen.some(([, t]) => t === 'Decimal'));
});

test('property: any nesting of sql / raw / join / empty renders like the flat text with one placeholder per value', async () => {
  const fc = (await import('fast-check')).default;
  type Piece = { kind: 'value'; value: number | string } | { kind: 'raw'; text: string } | { kind: 'nested'; parts: Piece[] } | { kind: 'join'; values: number[] } | { kind: 'empty' };
  const text = fc.string({ maxLength: 6 }).map((s) => s.replace(/[?$]/g, ''));
  const { piece } = fc.letrec<{ piece: Piece }>((tie) => ({
    piece: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record({ kind: fc.constant('value' as const), value: fc.oneof(fc.integer(), fc.string({ maxLength: 4 })) }),
      fc.record({ kind: fc.constant('raw' as const), text }),
      fc.record({ kind: fc.constant('join' as const), values: fc.array(fc.integer(), { minLength: 1, maxLength: 4 }) }),
      fc.record({ kind: fc.constant('empty' as const) }),
      fc.record({ kind: fc.constant('nested' as const), parts: fc.array(tie('piece'), { maxLength: 4 }) }),
    ),
  }));
  // Builds the Sql through the public API, and alongside it the expected text and values.
  function build(parts: Piece[], glue: string[]): { value: Sql; text: string; values: unknown[] } {
    const strings = [glue[0] ?? ''];
    const args: unknown[] = [];
    let expected = glue[0] ?? '';
    const values: unknown[] = [];
    parts.forEach((part, i) => {
      const after = glue[i + 1] ?? '';
      switch (part.kind) {
        case 'value':
          args.push(part.value);
          expected += '?';
          values.push(part.value);
          break;
        case 'raw':
          args.push(raw(part.text));
          expected += part.text;
          break;
        case 'join':
          args.push(join(part.values));
          expected += part.values.map(() => '?').join(',');
          values.push(...part.values);
          break;
        case 'empty':
          args.push(empty);
          break;
        case 'nested': {
          const inner = build(part.parts, part.parts.map((_, j) => `<${j}>`).concat(['</>']));
          args.push(inner.value);
          expected += inner.text;
          values.push(...inner.values);
          break;
        }
      }
      strings.push(after);
      expected += after;
    });
    return { value: new Sql(strings, args), text: expected, values };
  }
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 5 }), fc.array(text, { minLength: 6, maxLength: 6 }), (parts, glue) => {
      const built = build(parts, glue);
      assert.equal(built.value.sql, built.text);
      assert.deepEqual(built.value.values, built.values);
      assert.equal(built.value.strings.length, built.value.values.length + 1);
      let n = 0;
      assert.equal(built.value.text, built.text.replace(/\?/g, () => `$${++n}`));
    }),
    { numRuns: 300 },
  );
});

test('declared type names of SQLite, PostgreSQL and mysql2 map to raw types', () => {
  const cases: [string, string | null][] = [
    ['INTEGER', 'Int'], ['BIGINT', 'BigInt'], ['int8', 'BigInt'], ['LONGLONG', 'BigInt'], ['DECIMAL(65,30)', 'Decimal'], ['NEWDECIMAL', 'Decimal'],
    ['VARCHAR(191)', 'String'], ['uuid', 'String'], ['timestamptz', 'DateTime'], ['DATETIME', 'DateTime'], ['JSONB', 'Json'], ['bytea', 'Bytes'],
    ['BOOLEAN', 'Boolean'], ['double precision', 'Float'], ['geometry', null],
  ];
  for (const [declared, expected] of cases) assert.equal(typeFromDeclared(declared), expected, declared);
});
