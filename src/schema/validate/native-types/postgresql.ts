/** PostgreSQL's native types (`@db.*`). */
import type { NativeTypeTable } from './spec.js';
import { range, t } from './spec.js';

export const POSTGRESQL_NATIVE_TYPES: NativeTypeTable = {
  SmallInt: t(['Int']),
  Integer: t(['Int']),
  BigInt: t(['BigInt']),
  Decimal: t(['Decimal'], 2, true, { precisionScale: true, range: { min: 1, max: 1000, text: 'Precision must be positive with a maximum value of 1000.' } }),
  Money: t(['Decimal']),
  Inet: t(['String']),
  Citext: t(['String']),
  Oid: t(['Int']),
  Real: t(['Float']),
  DoublePrecision: t(['Float']),
  VarChar: t(['String'], 1, true),
  Char: t(['String'], 1, true),
  Text: t(['String']),
  ByteA: t(['Bytes']),
  Timestamp: t(['DateTime'], 1, true, range(0, 6, 'M')),
  Timestamptz: t(['DateTime'], 1, true, range(0, 6, 'M')),
  Date: t(['DateTime']),
  Time: t(['DateTime'], 1, true, range(0, 6, 'M')),
  Timetz: t(['DateTime'], 1, true, range(0, 6, 'M')),
  Boolean: t(['Boolean']),
  Bit: t(['String'], 1, true),
  VarBit: t(['String'], 1, true),
  Uuid: t(['String']),
  Xml: t(['String']),
  Json: t(['Json']),
  JsonB: t(['Json']),
};
