/** How Prisma stores each schema field type in PostgreSQL (native types included), and its defaults. */
import type { DefaultValue, NativeType, Schema, ScalarField } from '../../../schema/model.js';
import type { ColumnSpec } from '../../ddl/dialect.js';
import type { DbColumn } from '../../ddl/description.js';
import { DdlError } from '../../ddl/errors.js';
import { defaultSql, quoteDoubleQuoted, scalarFamily, sqlStringLiteral } from '../../ddl/helpers.js';
import { assertNever } from '../../../shared/internal-error.js';

const DEFAULT_TYPES: Readonly<Record<string, string>> = {
  String: 'TEXT',
  Boolean: 'BOOLEAN',
  Int: 'INTEGER',
  BigInt: 'BIGINT',
  Float: 'DOUBLE PRECISION',
  Decimal: 'DECIMAL(65,30)',
  DateTime: 'TIMESTAMP(3)',
  Json: 'JSONB',
  Bytes: 'BYTEA',
};

/** `@db.X(args)` -> the type's DDL spelling; arguments are kept only where the type takes them. */
const NATIVE_TYPES: Readonly<Record<string, string>> = {
  Text: 'TEXT', VarChar: 'VARCHAR', Char: 'CHAR', Uuid: 'UUID', Xml: 'XML', Inet: 'INET', Citext: 'CITEXT',
  Bit: 'BIT', VarBit: 'VARBIT', Boolean: 'BOOLEAN', Integer: 'INTEGER', SmallInt: 'SMALLINT', Oid: 'OID',
  BigInt: 'BIGINT', DoublePrecision: 'DOUBLE PRECISION', Real: 'REAL', Decimal: 'DECIMAL', Money: 'MONEY',
  Timestamp: 'TIMESTAMP', Timestamptz: 'TIMESTAMPTZ', Date: 'DATE', Time: 'TIME', Timetz: 'TIMETZ',
  Json: 'JSON', JsonB: 'JSONB', ByteA: 'BYTEA',
};

export function nativeTypeSql(native: NativeType): string {
  const base = NATIVE_TYPES[native.name];
  if (base === undefined) throw new DdlError(`unknown PostgreSQL native type @db.${native.name}`);
  return native.args.length === 0 ? base : `${base}(${native.args.join(',')})`;
}

/** The `@db.X` a column needs in a pulled schema, or null when its type is its scalar type's default. */
export function postgresNativeTypeOf(column: DbColumn): string | null {
  if (column.enumName !== null || column.family === 'unsupported') return null;
  const type = column.type.toUpperCase();
  const scalar = Object.entries(DEFAULT_TYPES).find(([name]) => scalarFamily(name) === column.family);
  if (scalar !== undefined && scalar[1] === type) return null;
  const match = /^([A-Z ]+?)(?:\((\d+(?:,\d+)?)\))?$/.exec(type);
  const native = Object.entries(NATIVE_TYPES).find(([, sql]) => sql === match?.[1]);
  if (match === null || native === undefined) return null;
  return match[2] === undefined ? native[0] : `${native[0]}(${match[2].replace(',', ', ')})`;
}

export function postgresColumnSpec(field: ScalarField, schema: Schema): ColumnSpec {
  const autoincrement = field.default?.kind === 'function' && field.default.name === 'autoincrement';
  switch (field.kind) {
    case 'scalar': {
      const type = field.nativeType !== null ? nativeTypeSql(field.nativeType) : DEFAULT_TYPES[field.type];
      if (type === undefined) throw new DdlError(`PostgreSQL has no column type for ${field.type}`);
      return { type, family: scalarFamily(field.type), default: renderDefault(field.default, schema, field, type), autoincrement };
    }
    case 'enum': {
      const enumDef = schema.enums.find((e) => e.name === field.type);
      const type = enumDef?.dbName ?? field.type;
      return { type, family: 'enum', default: renderDefault(field.default, schema, field, quoteDoubleQuoted(type)), autoincrement: false };
    }
    case 'unsupported':
      return { type: field.type, family: 'unsupported', default: renderDefault(field.default, schema, field, field.type), autoincrement: false };
    case 'composite':
      throw new DdlError(`composite type field \`${field.name}\` cannot be stored in PostgreSQL`);
    default:
      return assertNever(field.kind, 'field kind');
  }
}

function renderDefault(value: DefaultValue | null, schema: Schema, field: ScalarField, typeSql: string): string | null {
  return defaultSql(value, schema, field, { quote: sqlStringLiteral, now: 'CURRENT_TIMESTAMP', list: (items) => `ARRAY[${items.join(', ')}]::${typeSql}[]` });
}
