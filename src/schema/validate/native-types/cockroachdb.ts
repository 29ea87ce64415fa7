/** CockroachDB's native types (`@db.*`). */
import type { NativeTypeTable } from './spec.js';
import { range, t } from './spec.js';

export const COCKROACHDB_NATIVE_TYPES: NativeTypeTable = {
  Bit: t(['String'], 1, true),
  Bool: t(['Boolean']),
  Bytes: t(['Bytes']),
  Char: t(['String'], 1, true),
  CatalogSingleChar: t(['String']),
  Date: t(['DateTime']),
  Decimal: t(['Decimal'], 2, true, { precisionScale: true }),
  Float4: t(['Float']),
  Float8: t(['Float']),
  Inet: t(['String']),
  Int2: t(['Int']),
  Int4: t(['Int']),
  Int8: t(['BigInt']),
  JsonB: t(['Json']),
  Oid: t(['Int']),
  String: t(['String'], 1, true),
  Time: t(['DateTime'], 1, true, range(0, 6, 'M')),
  Timestamp: t(['DateTime'], 1, true, range(0, 6, 'M')),
  Timestamptz: t(['DateTime'], 1, true, range(0, 6, 'M')),
  Timetz: t(['DateTime'], 1, true, range(0, 6, 'M')),
  Uuid: t(['String']),
  VarBit: t(['String'], 1, true),
};
