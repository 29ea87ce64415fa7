/** Small helpers every dialect's DDL shares: families of Prisma scalar types, quoting, actions. */
import type { ReferentialAction } from '../../schema/model.js';
import { assertNever } from '../../shared/internal-error.js';
import type { ColumnFamily } from './description.js';

export function scalarFamily(type: string): ColumnFamily {
  switch (type) {
    case 'String': return 'string';
    case 'Boolean': return 'boolean';
    case 'Int': return 'int';
    case 'BigInt': return 'bigint';
    case 'Float': return 'float';
    case 'Decimal': return 'decimal';
    case 'DateTime': return 'datetime';
    case 'Json': return 'json';
    case 'Bytes': return 'bytes';
    default: return 'unsupported';
  }
}

/** `"name"` with embedded quotes doubled (SQLite, PostgreSQL). */
export function quoteDoubleQuoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** `'text'` with embedded quotes doubled. */
export function sqlStringLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

export function renderReferentialAction(action: ReferentialAction): string {
  switch (action) {
    case 'Cascade': return 'CASCADE';
    case 'Restrict': return 'RESTRICT';
    case 'NoAction': return 'NO ACTION';
    case 'SetNull': return 'SET NULL';
    case 'SetDefault': return 'SET DEFAULT';
    default: return assertNever(action, 'referential action');
  }
}

/** An index column's sort as Prisma writes it: only when the schema gives one (`sort: Asc` too). */
export function sortSql(sort: 'Asc' | 'Desc' | null): string {
  return sort === 'Asc' ? ' ASC' : sort === 'Desc' ? ' DESC' : '';
}
