/** CockroachDB's native types (`@db.*`). */
import type { NativeTypeTable } from './spec.js';
import { t } from './spec.js';

export const COCKROACHDB_NATIVE_TYPES: NativeTypeTable = {
  Bit: t(['String'], 1, true),
  Bool: t(['Boolean']),
  Bytes: t(['Bytes']),
  Char: t(['String'], 1, true),
  CatalogSingleChar: t(['String']),
  Date: t(['DateTime']),
  Decimal: t(['Decimal'], 2, true),
  Float4: t(['Float']),
  Float8: t(['Float']),
  Inet: t(['String']),
  Int2: t(['Int']),
  Int4: t(['Int']),
  Int8: t(['BigInt']),
  JsonB: t(['Json']),
  Oid: t(['Int']),
  String: t(['String'], 1, true),
  Time: t(['DateTime'], 1, true),
  Timestamp: t(['DateTime'], 1, true),
  Timestamptz: t(['DateTime'], 1, true),
  Timetz: t(['DateTime'], 1, true),
  Uuid: t(['String']),
  VarBit: t(['String'], 1, true),
};
