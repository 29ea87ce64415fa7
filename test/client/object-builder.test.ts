import { test } from 'node:test';
import assert from 'node:assert/strict';
import { objectBuilder } from '../../src/client/engine/object-builder.js';

const same = (v: unknown) => v;

test('a built object has the given keys in order, read from row indexes or JSON keys', () => {
  const fromRow = objectBuilder([
    { key: 'id', from: 0, read: (v) => Number(v) },
    { key: 'name', from: 2, read: same },
  ]);
  const out = fromRow([7n, 'skipped', 'Ann']);
  assert.deepEqual(out, { id: 7, name: 'Ann' });
  assert.deepEqual(Object.keys(out), ['id', 'name']);
  const fromJson = objectBuilder([{ key: 'b', from: 'b', read: same }, { key: 'a', from: 'a', read: same }]);
  assert.deepEqual(Object.keys(fromJson({ a: 1, b: 2 })), ['b', 'a']);
});

test('keys that are not identifiers stay data, and values are never code', () => {
  const odd = ['a"b', "c'd", 'e\\f', '}); throw 1; ({', 'g\nh'];
  const build = objectBuilder(odd.map((key) => ({ key, from: key, read: same })));
  const source = Object.fromEntries(odd.map((k) => [k, `${k}!`]));
  assert.deepEqual(build(source), source);
  assert.equal(build({ 'a"b': '"); process.exit(1); ("' })['a"b'], '"); process.exit(1); ("');
});

test('a __proto__ key is an own property, not the prototype', () => {
  const build = objectBuilder([{ key: '__proto__', from: 0, read: same }, { key: 'x', from: 1, read: same }]);
  const out = build([{ polluted: true }, 1]);
  assert.equal(Object.getPrototypeOf(out), Object.prototype);
  assert.deepEqual(Object.getOwnPropertyDescriptor(out, '__proto__')?.value, { polluted: true });
  assert.equal((out as { polluted?: unknown }).polluted, undefined);
});
