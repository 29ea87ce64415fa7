/**
 * Raw query rows -> objects with typed values, as Prisma 7 types them: from the column's declared
 * SQL type when the driver reports one (SQLite `decltype`), else from the value itself (an integer
 * from an expression such as `COUNT(*)` is a BigInt, a fraction a Float, text a String, a blob Bytes).
 */
import type { QueryResult } from '../../dialects/driver.js';

/** The scalar types a raw column can be read as (the engine's `ColumnType` without `Enum`). */
export type RawColumnType = 'String' | 'Boolean' | 'Int' | 'BigInt' | 'Float' | 'Decimal' | 'DateTime' | 'Json' | 'Bytes';

/**
 * A declared SQL type name (`VARCHAR(191)`, `DECIMAL(65,30)`, `JSONB`, `unsigned big int`, PostgreSQL's
 * `int8` / `timestamptz`, mysql2's `LONGLONG` / `NEWDECIMAL`) -> its raw type; null when unknown.
 */
export function typeFromDeclared(declared: string): RawColumnType | null {
  const base = declared.toLowerCase().replace(/\(.*$/, '').trim();
  switch (base) {
    case 'int':
    case 'integer':
    case 'tinyint':
    case 'smallint':
    case 'mediumint':
    case 'int2':
    case 'int4':
    // mysql2's type names
    case 'tiny':
    case 'short':
    case 'long':
    case 'int24':
    case 'year':
      return 'Int';
    case 'bigint':
    case 'int8':
    case 'unsigned big int':
    case 'longlong':
      return 'BigInt';
    case 'real':
    case 'double':
    case 'double precision':
    case 'float':
    case 'float4':
    case 'float8':
      return 'Float';
    case 'decimal':
    case 'numeric':
    case 'newdecimal':
      return 'Decimal';
    case 'boolean':
    case 'bool':
      return 'Boolean';
    case 'date':
    case 'datetime':
    case 'timestamp':
    case 'timestamptz':
    case 'time':
      return 'DateTime';
    case 'json':
    case 'jsonb':
      return 'Json';
    case 'blob':
    case 'bytea':
    case 'binary':
    case 'varbinary':
    case 'longblob':
      return 'Bytes';
    case 'text':
    case 'varchar':
    case 'char':
    case 'character':
    case 'clob':
    case 'nvarchar':
    case 'nchar':
    case 'uuid':
    case 'var_string':
    case 'string':
    case 'enum':
      return 'String';
    default:
      return null;
  }
}

/** The raw type of an expression column (no declared type), from a value of it. */
export function typeFromValue(value: unknown): RawColumnType | null {
  switch (typeof value) {
    case 'bigint':
      return 'BigInt';
    case 'number':
      return Number.isInteger(value) ? 'BigInt' : 'Float';
    case 'string':
      return 'String';
    case 'boolean':
      return 'Boolean';
    default:
      return value instanceof Uint8Array ? 'Bytes' : null;
  }
}

/**
 * Rows as objects keyed by column name. `decode(value, type)` is the dialect's decoder (driver value ->
 * JS value for a Prisma type); a column whose type cannot be told (all NULL, no declared type) keeps
 * the driver's values. NULL stays null.
 */
export function rawRowsToObjects(result: QueryResult, decode: (value: unknown, type: RawColumnType) => unknown): Record<string, unknown>[] {
  const types = result.columns.map((_, c) => {
    const declared = result.declaredTypes?.[c];
    const fromDeclared = declared ? typeFromDeclared(declared) : null;
    if (fromDeclared) return fromDeclared;
    const sample = result.rows.find((row) => row[c] !== null && row[c] !== undefined)?.[c];
    return typeFromValue(sample);
  });
  return result.rows.map((row) => {
    const out: Record<string, unknown> = {};
    result.columns.forEach((column, c) => {
      const value = row[c];
      const type = types[c];
      out[column] = value === null || value === undefined ? null : type ? decode(value, type) : value;
    });
    return out;
  });
}
