/**
 * How Prisma stores each schema field type in MySQL (native types included) and its defaults:
 * String VARCHAR(191), DateTime DATETIME(3), Decimal DECIMAL(65,30), Boolean BOOLEAN (TINYINT(1)),
 * Bytes LONGBLOB, enums as inline `ENUM('A', 'B')` columns.
 */
import type { DefaultValue, NativeType, Schema, ScalarField } from '../../../schema/model.js';
import type { ColumnSpec } from '../../ddl/dialect.js';
import type { DbColumn } from '../../ddl/description.js';
import { DdlError } from '../../ddl/errors.js';
import { defaultSql, scalarFamily } from '../../ddl/helpers.js';
import { assertNever } from '../../../shared/internal-error.js';
import { mysqlString } from './names.js';

export const DEFAULT_TYPES: Readonly<Record<string, string>> = {
  String: 'VARCHAR(191)',
  Boolean: 'BOOLEAN',
  Int: 'INTEGER',
  BigInt: 'BIGINT',
  Float: 'DOUBLE',
  Decimal: 'DECIMAL(65,30)',
  DateTime: 'DATETIME(3)',
  Json: 'JSON',
  Bytes: 'LONGBLOB',
};

/** `@db.X(args)` -> the type's DDL spelling (arguments kept where the type takes them). */
export const NATIVE_TYPES: Readonly<Record<string, string>> = {
  VarChar: 'VARCHAR', Char: 'CHAR', Text: 'TEXT', TinyText: 'TINYTEXT', MediumText: 'MEDIUMTEXT', LongText: 'LONGTEXT',
  Bit: 'BIT', TinyInt: 'TINYINT', UnsignedTinyInt: 'TINYINT UNSIGNED', SmallInt: 'SMALLINT', UnsignedSmallInt: 'SMALLINT UNSIGNED',
  MediumInt: 'MEDIUMINT', UnsignedMediumInt: 'MEDIUMINT UNSIGNED', Int: 'INTEGER', UnsignedInt: 'INTEGER UNSIGNED',
  BigInt: 'BIGINT', UnsignedBigInt: 'BIGINT UNSIGNED', Decimal: 'DECIMAL', Float: 'FLOAT', Double: 'DOUBLE', Year: 'YEAR',
  Date: 'DATE', Time: 'TIME', DateTime: 'DATETIME', Timestamp: 'TIMESTAMP', Json: 'JSON', Binary: 'BINARY', VarBinary: 'VARBINARY',
  TinyBlob: 'TINYBLOB', Blob: 'BLOB', MediumBlob: 'MEDIUMBLOB', LongBlob: 'LONGBLOB',
};

export function nativeTypeSql(native: NativeType): string {
  const base = NATIVE_TYPES[native.name];
  if (base === undefined) throw new DdlError(`unknown MySQL native type @db.${native.name}`);
  if (native.args.length === 0) return base;
  // Precision 0 is the default the server reports without arguments: `DATETIME(0)` is `DATETIME`.
  if (['DATETIME', 'TIME', 'TIMESTAMP'].includes(base) && native.args.join() === '0') return base;
  // `TINYINT UNSIGNED(3)` is spelled `TINYINT(3) UNSIGNED`.
  const [word, unsigned] = base.split(' ');
  return `${word}(${native.args.join(',')})${unsigned === undefined ? '' : ` ${unsigned}`}`;
}

/** An enum's column type: `ENUM('A', 'B')` with the values' database names. */
export function enumColumnType(values: readonly string[]): string {
  return `ENUM(${values.map(mysqlString).join(', ')})`;
}

export function mysqlColumnSpec(field: ScalarField, schema: Schema): ColumnSpec {
  const autoincrement = field.default?.kind === 'function' && field.default.name === 'autoincrement';
  switch (field.kind) {
    case 'scalar': {
      const type = field.nativeType !== null ? nativeTypeSql(field.nativeType) : DEFAULT_TYPES[field.type];
      if (type === undefined) throw new DdlError(`MySQL has no column type for ${field.type}`);
      return { type, family: scalarFamily(field.type), default: renderDefault(field.default, schema, field, type), autoincrement };
    }
    case 'enum': {
      const enumDef = schema.enums.find((e) => e.name === field.type);
      const type = enumColumnType(enumDef?.values.map((v) => v.dbName) ?? []);
      return { type, family: 'enum', default: renderDefault(field.default, schema, field, type), autoincrement: false };
    }
    case 'unsupported':
      return { type: field.type, family: 'unsupported', default: renderDefault(field.default, schema, field, field.type), autoincrement: false };
    case 'composite':
      throw new DdlError(`composite type field \`${field.name}\` cannot be stored in MySQL`);
    default:
      return assertNever(field.kind, 'field kind');
  }
}

/** DATETIME(3) -> CURRENT_TIMESTAMP(3): MySQL wants the default's precision to match the column's. */
function now(typeSql: string): string {
  const precision = /\((\d+)\)$/.exec(typeSql)?.[1];
  return precision === undefined ? 'CURRENT_TIMESTAMP' : `CURRENT_TIMESTAMP(${precision})`;
}

function renderDefault(value: DefaultValue | null, schema: Schema, field: ScalarField, typeSql: string): string | null {
  return defaultSql(value, schema, field, {
    quote: mysqlString,
    now: now(typeSql),
    list: () => {
      throw new DdlError(`MySQL has no scalar lists (\`${field.name}\`)`);
    },
  });
}

/** The `@db.X` a column needs in a pulled schema, or null when its type is its scalar type's default. */
export function mysqlNativeTypeOf(column: DbColumn): string | null {
  if (column.family === 'enum' || column.family === 'unsupported') return null;
  const type = column.type.toUpperCase();
  const scalar = Object.entries(DEFAULT_TYPES).find(([name]) => scalarFamily(name) === column.family);
  if (scalar !== undefined && scalar[1] === type) return null;
  const match = /^([A-Z]+)(?:\((\d+(?:,\d+)?)\))?( UNSIGNED)?$/.exec(type);
  if (match === null) return null;
  const base = `${match[1] ?? ''}${match[3] ?? ''}`;
  const native = Object.entries(NATIVE_TYPES).find(([, sql]) => sql === base);
  if (native === undefined) return null;
  return match[2] === undefined ? native[0] : `${native[0]}(${match[2].replace(',', ', ')})`;
}
