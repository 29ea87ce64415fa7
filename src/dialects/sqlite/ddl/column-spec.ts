/** How Prisma stores each schema field type in SQLite, and how it writes defaults. */
import type { DefaultValue, Schema, ScalarField } from '../../../schema/model.js';
import type { ColumnSpec } from '../../ddl/dialect.js';
import { DdlError } from '../../ddl/errors.js';
import { defaultSql, scalarFamily, sqlStringLiteral } from '../../ddl/helpers.js';
import { assertNever } from '../../../shared/internal-error.js';

const SQLITE_TYPES: Readonly<Record<string, string>> = {
  String: 'TEXT',
  Boolean: 'BOOLEAN',
  Int: 'INTEGER',
  BigInt: 'BIGINT',
  Float: 'REAL',
  Decimal: 'DECIMAL',
  DateTime: 'DATETIME',
  Json: 'JSONB',
  Bytes: 'BLOB',
};

export function sqliteColumnSpec(field: ScalarField, schema: Schema): ColumnSpec {
  const autoincrement = field.default?.kind === 'function' && field.default.name === 'autoincrement';
  switch (field.kind) {
    case 'scalar': {
      // SQLite allows AUTOINCREMENT only on INTEGER PRIMARY KEY, so a BigInt autoincrement id is INTEGER.
      const type = autoincrement ? 'INTEGER' : SQLITE_TYPES[field.type];
      if (type === undefined) throw new DdlError(`SQLite has no column type for ${field.type}`);
      return { type, family: scalarFamily(field.type), default: renderDefault(field.default, schema, field), autoincrement };
    }
    case 'enum':
      return { type: 'TEXT', family: 'enum', default: renderDefault(field.default, schema, field), autoincrement: false };
    case 'unsupported':
      return { type: field.type, family: 'unsupported', default: renderDefault(field.default, schema, field), autoincrement: false };
    case 'composite':
      throw new DdlError(`composite type field \`${field.name}\` cannot be stored in SQLite`);
    default:
      return assertNever(field.kind, 'field kind');
  }
}

function renderDefault(value: DefaultValue | null, schema: Schema, field: ScalarField): string | null {
  return defaultSql(value, schema, field, {
    quote: sqlStringLiteral,
    now: 'CURRENT_TIMESTAMP',
    list: () => {
      throw new DdlError(`SQLite does not support scalar list defaults (field \`${field.name}\`)`);
    },
  });
}
