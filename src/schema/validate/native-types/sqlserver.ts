/** SQL Server's native types (`@db.*`). */
import type { NativeTypeTable } from './spec.js';
import { t } from './spec.js';

const chars = (max: number) => ({ range: { min: 1, max, what: 'Length', hint: 'For larger sizes, use the `Max` variant.' } });

export const SQLSERVER_NATIVE_TYPES: NativeTypeTable = {
  TinyInt: t(['Int']),
  SmallInt: t(['Int']),
  Int: t(['Int']),
  BigInt: t(['BigInt']),
  Decimal: t(['Decimal'], 2, true),
  Money: t(['Decimal']),
  SmallMoney: t(['Decimal']),
  Bit: t(['Boolean', 'Int']),
  Float: t(['Float'], 1, true),
  Real: t(['Float']),
  Date: t(['DateTime']),
  Time: t(['DateTime']),
  DateTime: t(['DateTime']),
  DateTime2: t(['DateTime']),
  SmallDateTime: t(['DateTime']),
  DateTimeOffset: t(['DateTime']),
  Char: t(['String'], 1, true, chars(8000)),
  NChar: t(['String'], 1, true, chars(4000)),
  VarChar: t(['String'], 1, true, { allowsMax: true, ...chars(8000) }),
  Text: t(['String']),
  NVarChar: t(['String'], 1, true, { allowsMax: true, ...chars(4000) }),
  NText: t(['String']),
  Binary: t(['Bytes'], 1, true, chars(8000)),
  VarBinary: t(['Bytes'], 1, true, { allowsMax: true, ...chars(8000) }),
  Image: t(['Bytes']),
  Xml: t(['String']),
  UniqueIdentifier: t(['String']),
};
