/**
 * The PostgreSQL wire-text parsers and codecs without a server: array literals, timestamps (UTC,
 * zones, BC, far years), bytea, and the values the codecs bind and read back.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { decodePostgres, decodePostgresFromJson, encodePostgres } from '../../src/dialects/postgres/codecs.js';
import { pgPathElements, pgPathFromElements } from '../../src/dialects/postgres/dialect.js';
import { parseArrayLiteral, parseBytea, parseTime, parseTimestamp, parseTimestampTz, REFRACT_PG_PARSERS } from '../../src/dialects/postgres/types.js';

test('array literals: quoting, escapes, NULL, nesting, dimension decorations', () => {
  assert.deepEqual(parseArrayLiteral('{}'), []);
  assert.deepEqual(parseArrayLiteral('{a,"b c","d\\"e",NULL,"NULL"}'), ['a', 'b c', 'd"e', null, 'NULL']);
  assert.deepEqual(parseArrayLiteral('{{1,2},{3,4}}'), [['1', '2'], ['3', '4']]);
  assert.deepEqual(parseArrayLiteral('[0:1]={x,y}'), ['x', 'y']);
  assert.deepEqual(REFRACT_PG_PARSERS[1007]?.('{1,NULL,-3}'), [1, null, -3], 'int4[]');
  assert.deepEqual(REFRACT_PG_PARSERS[1016]?.('{9223372036854775807}'), ['9223372036854775807'], 'int8[] stays exact text');
  assert.deepEqual(REFRACT_PG_PARSERS[1000]?.('{t,f}'), [true, false]);
});

test('array literals round-trip any list of strings the way PostgreSQL quotes them', () => {
  const quote = (s: string | null): string => (s === null ? 'NULL' : `"${s.replace(/(["\\])/g, '\\$1')}"`);
  fc.assert(
    fc.property(fc.array(fc.option(fc.string(), { nil: null })), (items) => {
      assert.deepEqual(parseArrayLiteral(`{${items.map(quote).join(',')}}`), items);
    }),
  );
});

test('timestamps: timestamp is UTC, timestamptz keeps its zone, BC and far years, date and time', () => {
  assert.equal((parseTimestamp('2024-05-01 08:00:00.123') as Date).toISOString(), '2024-05-01T08:00:00.123Z');
  assert.equal((parseTimestamp('2024-05-01 08:00:00') as Date).toISOString(), '2024-05-01T08:00:00.000Z');
  assert.equal((parseTimestampTz('2024-05-01 10:00:00+02') as Date).toISOString(), '2024-05-01T08:00:00.000Z');
  assert.equal((parseTimestampTz('2024-05-01 02:30:00-05:30') as Date).toISOString(), '2024-05-01T08:00:00.000Z');
  assert.equal((parseTimestamp('0044-03-15 12:00:00 BC') as Date).getUTCFullYear(), -43);
  assert.equal((parseTimestamp('12345-01-01 00:00:00') as Date).getUTCFullYear(), 12345);
  assert.equal((REFRACT_PG_PARSERS[1082]?.('2024-02-29') as Date).toISOString(), '2024-02-29T00:00:00.000Z');
  assert.equal((REFRACT_PG_PARSERS[1082]?.('0001-01-01 BC') as Date).getUTCFullYear(), 0);
  assert.equal((parseTime('13:45:30.5') as Date).toISOString(), '1970-01-01T13:45:30.500Z');
  assert.equal(parseTimestamp('infinity'), 'infinity');
});

test('bytea in hex and escape formats', () => {
  assert.deepEqual([...parseBytea('\\x00ff10')], [0, 255, 16]);
  assert.deepEqual([...parseBytea('a\\\\b\\001')], [97, 92, 98, 1]);
});

test('codecs: parameters in the text PostgreSQL casts, values read back as Prisma returns them', () => {
  assert.equal(encodePostgres(new Date('2024-05-01T08:00:00.123Z'), 'DateTime'), '2024-05-01 08:00:00.123+00');
  assert.equal(encodePostgres(new Date(Date.UTC(-1, 0, 1)), 'DateTime'), '0002-01-01 00:00:00.000+00 BC');
  assert.equal(encodePostgres(12345678901234567890n, 'BigInt'), '12345678901234567890');
  assert.equal(encodePostgres({ a: [1] }, 'Json'), '{"a":[1]}');
  assert.deepEqual(encodePostgres([1n, 2n], 'BigInt'), ['1', '2'], 'lists encode item by item');
  assert.deepEqual(encodePostgres(['x'], 'Json'), '["x"]', 'a Json array is one JSON value');
  assert.equal(decodePostgres('9223372036854775807', 'BigInt'), 9223372036854775807n);
  assert.equal(String(decodePostgres('0.1000', 'Decimal')), '0.1');
  assert.deepEqual(decodePostgres('{RED,"BLUE"}', 'Enum'), ['RED', 'BLUE'], 'enum arrays arrive as literals');
  assert.deepEqual(decodePostgresFromJson('{1,2}', 'BigInt'), [1n, 2n], 'exact lists out of relation JSON');
  assert.equal((decodePostgresFromJson('2024-05-01T08:00:00.5', 'DateTime') as Date).toISOString(), '2024-05-01T08:00:00.500Z');
  assert.equal((decodePostgresFromJson('2024-05-01T10:00:00+02:00', 'DateTime') as Date).toISOString(), '2024-05-01T08:00:00.000Z');
  assert.equal((decodePostgresFromJson('08:15:00', 'DateTime') as Date).toISOString(), '1970-01-01T08:15:00.000Z');
  assert.deepEqual([...(decodePostgresFromJson('\\x0102', 'Bytes') as Buffer)], [1, 2]);
});

test('Json paths: Prisma string arrays <-> the engine form <-> #> path elements', () => {
  fc.assert(
    fc.property(fc.array(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 5 }), (elements) => {
      assert.deepEqual(pgPathElements(pgPathFromElements(elements)), elements);
    }),
  );
  assert.deepEqual(pgPathElements('$.tags[0]'), ['tags', '0']);
  assert.deepEqual(pgPathElements(`${pgPathFromElements(['tags'])}[#-1]`), ['tags', '-1']);
});
