/** MySQL quoting for DDL: backticked names, single-quoted strings (backslashes doubled). */
import type { DbTable } from '../../ddl/description.js';
import { quoteMysql } from '../dialect.js';

export const q = quoteMysql;

export function mysqlString(value: string): string {
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}

export function tableName(table: DbTable): string {
  return q(table.name);
}

/** Prisma creates every MySQL table with this character set and collation. */
export const TABLE_OPTIONS = 'DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci';
