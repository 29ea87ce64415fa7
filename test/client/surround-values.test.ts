import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  AnyNull,
  DbNull,
  Decimal,
  JsonNull,
  NANOID_ALPHABET,
  NullTypes,
  clientDefaultGenerator,
  cuid,
  cuid2,
  isDecimalLike,
  nanoid,
  nullKindOf,
  ulid,
  uuid4,
  uuid7,
} from '../../src/client/values/index.js';

const N = 5000;

function distinct(generate: () => string): string[] {
  const ids = Array.from({ length: N }, generate);
  assert.equal(new Set(ids).size, N, 'ids are unique');
  return ids;
}

function strictlyIncreasing(ids: readonly string[]): void {
  for (let i = 1; i < ids.length; i++) assert.ok((ids[i - 1] ?? '') < (ids[i] ?? ''), `${ids[i - 1]} < ${ids[i]}`);
}

test('cuid: 25 lower-case base36 chars starting with c, unique, time-prefixed', () => {
  const ids = distinct(cuid);
  for (const id of ids) assert.match(id, /^c[0-9a-z]{24}$/);
  const before = Date.now();
  const id = cuid();
  assert.ok(Math.abs(parseInt(id.slice(1, 9), 36) - before) < 5000, 'the timestamp block is the creation time');
});

test('cuid2: 24 lower-case chars, first a letter, unique', () => {
  const ids = distinct(() => cuid2());
  for (const id of ids) assert.match(id, /^[a-z][0-9a-z]{23}$/);
  assert.match(cuid2(10), /^[a-z][0-9a-z]{9}$/);
  const firstLetters = new Set(ids.map((id) => id[0]));
  assert.ok(firstLetters.size > 20, 'the first letter is random');
});

test('uuid v4: RFC format with version 4 and the RFC variant', () => {
  for (const id of distinct(uuid4)) assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

test('uuid v7: version 7, the time in its first 48 bits, strictly increasing', () => {
  const before = Date.now();
  const ids = distinct(uuid7);
  for (const id of ids) assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  strictlyIncreasing(ids);
  const ms = parseInt((ids[0] ?? '').replace(/-/g, '').slice(0, 12), 16);
  assert.ok(ms >= before - 1 && ms <= Date.now() + 5, 'the first 48 bits are Unix milliseconds');
});

test('ulid: 26 Crockford base32 chars, time prefix, strictly increasing within a millisecond', () => {
  const before = Date.now();
  const ids = distinct(ulid);
  for (const id of ids) assert.match(id, /^[0-9A-HJKMNP-TV-Z]{26}$/);
  strictlyIncreasing(ids);
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const ms = [...(ids[0] ?? '').slice(0, 10)].reduce((acc, c) => acc * 32 + alphabet.indexOf(c), 0);
  assert.ok(ms >= before && ms <= Date.now(), 'the first 10 chars are Unix milliseconds');
});

test('nanoid: URL alphabet, 21 chars by default, nanoid(n) gives n', () => {
  const ids = distinct(() => nanoid());
  const allowed = new Set(NANOID_ALPHABET);
  assert.equal(allowed.size, 64);
  for (const id of ids) {
    assert.equal(id.length, 21);
    for (const c of id) assert.ok(allowed.has(c), c);
  }
  assert.equal(nanoid(8).length, 8);
  const used = new Set(ids.join(''));
  assert.equal(used.size, 64, 'every symbol of the alphabet appears');
});

test('clientDefaultGenerator picks the generator from the schema default', () => {
  const gen = (name: 'cuid' | 'uuid' | 'ulid' | 'nanoid' | 'now' | 'autoincrement', args: (string | number)[] = []) => clientDefaultGenerator({ name, args });
  assert.match(String(gen('cuid')?.()), /^c[0-9a-z]{24}$/);
  assert.match(String(gen('cuid', [2])?.()), /^[a-z][0-9a-z]{23}$/);
  assert.match(String(gen('uuid')?.()), /^[0-9a-f-]{14}4/);
  assert.match(String(gen('uuid', [4])?.()), /^[0-9a-f-]{14}4/);
  assert.match(String(gen('uuid', [7])?.()), /^[0-9a-f-]{14}7/);
  assert.equal(String(gen('ulid')?.()).length, 26);
  assert.equal(String(gen('nanoid')?.()).length, 21);
  assert.equal(String(gen('nanoid', [7])?.()).length, 7);
  assert.ok(gen('now')?.() instanceof Date);
  assert.equal(gen('autoincrement'), null);
});

test('DbNull, JsonNull, AnyNull are distinct singletons recognised by class', () => {
  assert.equal(nullKindOf(DbNull), 'DbNull');
  assert.equal(nullKindOf(JsonNull), 'JsonNull');
  assert.equal(nullKindOf(AnyNull), 'AnyNull');
  assert.equal(nullKindOf(null), null);
  assert.equal(nullKindOf({ kind: 'DbNull' }), null, 'a plain object is not a null type');
  assert.ok(DbNull instanceof NullTypes.DbNull);
  assert.ok(!(DbNull instanceof NullTypes.JsonNull));
  assert.equal(String(JsonNull), 'Prisma.JsonNull');
  assert.equal(DbNull.constructor.name, 'DbNull', 'class names as in Prisma');
  assert.deepEqual(Object.keys(AnyNull), [], 'no own enumerable keys');
});

test('Decimal is decimal.js, and isDecimalLike recognises it', () => {
  const d = new Decimal('12.50');
  assert.equal(d.toString(), '12.5');
  assert.equal(d.plus('0.1').toString(), '12.6');
  assert.ok(isDecimalLike(d));
  assert.ok(!isDecimalLike(12.5));
  assert.ok(!isDecimalLike({ toFixed: () => '1' }));
});
