/** The API's tagged values: exact both ways for BigInt, Decimal, Bytes, DateTime and Json content. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Decimal, DbNull } from '../../src/client/values/index.js';
import { decodeArgs, encodeValue, isTagged } from '../../src/studio/tagged-json.js';

test('BigInt, Decimal, Bytes and DateTime survive JSON exactly', () => {
  fc.assert(
    fc.property(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), fc.uint8Array({ maxLength: 64 }), fc.date({ noInvalidDate: true }), fc.integer(), fc.nat({ max: 12 }), (big, bytes, date, digits, scale) => {
      const decimal = new Decimal(`${digits}e-${scale}`);
      const wire = JSON.parse(JSON.stringify(encodeValue({ big, bytes, date, decimal }))) as unknown;
      const back = decodeArgs(wire) as { big: bigint; bytes: Uint8Array; date: Date; decimal: Decimal };
      assert.equal(back.big, big);
      assert.deepEqual([...back.bytes], [...bytes]);
      assert.equal(back.date.toISOString(), date.toISOString());
      assert.ok(back.decimal.equals(decimal), `${back.decimal.toString()} = ${decimal.toString()}`);
    }),
  );
});

test('Json content is kept as is, even when it looks like a tag; DbNull decodes to Prisma.DbNull', () => {
  const content = { $type: 'BigInt', value: '1' };
  assert.deepEqual(decodeArgs({ $type: 'Json', value: content }), content);
  assert.equal(decodeArgs({ equals: { $type: 'DbNull', value: null } }) instanceof Object && (decodeArgs({ $type: 'DbNull', value: null }) === DbNull), true);
  assert.equal(isTagged({ $type: 'BigInt', value: '1', extra: true }), false);
  assert.deepEqual(decodeArgs({ where: { id: { $type: 'BigInt', value: '9007199254740993' } } }), { where: { id: 9007199254740993n } });
});
