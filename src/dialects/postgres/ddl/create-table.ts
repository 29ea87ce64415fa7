/**
 * PostgreSQL CREATE TABLE as Prisma writes it: four-space indented columns (`SERIAL` for autoincrement),
 * then after a blank line `CONSTRAINT "X_pkey" PRIMARY KEY ("a","b")`. Foreign keys come later as
 * separate `ALTER TABLE ... ADD CONSTRAINT` steps.
 */
import type { DbColumn, DbForeignKey, DbIndex, DbTable } from '../../ddl/description.js';
import { quoteDoubleQuoted as q, sortSql, renderReferentialAction } from '../../ddl/helpers.js';
import { qualified, tableName } from './names.js';

const SERIAL: Readonly<Record<string, string>> = { INTEGER: 'SERIAL', BIGINT: 'BIGSERIAL', SMALLINT: 'SMALLSERIAL' };

export function columnType(column: DbColumn): string {
  const base = column.enumName !== null ? qualified(column.type, column.enumSchema) : column.autoincrement ? (SERIAL[column.type.toUpperCase()] ?? column.type) : column.type;
  return column.isList ? `${base}[]` : base;
}

export function renderColumn(column: DbColumn): string {
  let sql = `${q(column.name)} ${columnType(column)}`;
  if (!column.nullable) sql += ' NOT NULL';
  if (column.default !== null) sql += ` DEFAULT ${column.default}`;
  return sql;
}

export function renderCreateTable(table: DbTable): string {
  let body = table.columns.map((column) => `    ${renderColumn(column)}`).join(',\n');
  if (table.primaryKey !== null) {
    const name = table.primaryKey.name ?? `${table.name}_pkey`;
    body += `,\n\n    CONSTRAINT ${q(name)} PRIMARY KEY (${table.primaryKey.columns.map((c) => q(c.name)).join(',')})`;
  }
  return `CREATE TABLE ${tableName(table)} (\n${body}\n);`;
}

const USING: Readonly<Record<string, string>> = { Hash: 'HASH', Gin: 'GIN', Gist: 'GIST', SpGist: 'SPGIST', Brin: 'BRIN' };

export function renderCreateIndex(table: DbTable, index: DbIndex): string {
  const columns = index.columns.map((c) => `${q(c.name)}${sortSql(c.sort)}`).join(', ');
  const using = index.algorithm !== null && USING[index.algorithm] !== undefined ? ` USING ${USING[index.algorithm]} ` : '';
  const where = index.where === null ? '' : ` WHERE ${index.where}`;
  return `CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX ${q(index.name)} ON ${tableName(table)}${using}(${columns})${where};`;
}

export function renderAddForeignKey(table: DbTable, fk: DbForeignKey): string {
  const name = fk.name ?? `${table.name}_${fk.columns.join('_')}_fkey`;
  return (
    `ALTER TABLE ${tableName(table)} ADD CONSTRAINT ${q(name)} FOREIGN KEY (${fk.columns.map(q).join(', ')}) ` +
    `REFERENCES ${qualified(fk.referencedTable, fk.referencedSchema)}(${fk.referencedColumns.map(q).join(', ')}) ` +
    `ON DELETE ${renderReferentialAction(fk.onDelete)} ON UPDATE ${renderReferentialAction(fk.onUpdate)};`
  );
}
