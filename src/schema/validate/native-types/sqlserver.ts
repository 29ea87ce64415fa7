/** SQL Server's native types (`@db.*`). */
import type { NativeTypeTable } from './spec.js';
import { range, t } from './spec.js';

const chars = (max: number) => range(1, max, 'Length', 'For larger sizes, use the `Max` variant.');

export const SQLSERVER_NATIVE_TYPES: NativeTypeTable = {
  TinyInt: t(['Int']),
  SmallInt: t(['Int']),
  Int: t(['Int']),
  BigInt: t(['BigInt']),
  Decimal: t(['Decimal'], 2, true, { precisionScale: true, ...range(1, 38, 'Precision') }),
  Money: t(['Float']),
  SmallMoney: t(['Float']),
  Bit: t(['Boolean', 'Int']),
  Float: t(['Float'], 1, true, range(1, 53, 'Bits')),
  Real: t(['Float']),
  Date: t(['DateTime']),
  Time: t(['DateTime']),
  DateTime: t(['DateTime']),
  DateTime2: t(['DateTime']),
  SmallDateTime: t(['DateTime']),
  DateTimeOffset: t(['DateTime']),
  Char: t(['String'], 1, true, chars(8000)),
  NChar: t(['String'], 1, true, chars(4000)),
  VarChar: t(['String'], 1, true, { allowsMax: true, notIndexable: 'max', ...chars(8000) }),
  Text: t(['String'], 0, true, { notIndexable: true }),
  NVarChar: t(['String'], 1, true, { allowsMax: true, notIndexable: 'max', ...chars(4000) }),
  NText: t(['String'], 0, true, { notIndexable: true }),
  Binary: t(['Bytes'], 1, true, chars(8000)),
  VarBinary: t(['Bytes'], 1, true, { allowsMax: true, notIndexable: 'max', ...chars(8000) }),
  Image: t(['Bytes'], 0, true, { notIndexable: true }),
  Xml: t(['String'], 0, true, { notIndexable: true }),
  UniqueIdentifier: t(['String']),
};
