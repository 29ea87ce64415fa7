/**
 * MySQL CREATE TABLE as Prisma writes it: four-space indented columns (`NULL` spelled out on nullable
 * ones, `AUTO_INCREMENT` last), a blank line, the table's indexes inline (`UNIQUE INDEX`, `INDEX`,
 * `FULLTEXT INDEX`), `PRIMARY KEY (...)`, and Prisma's character set and collation. Foreign keys come
 * later as `ALTER TABLE ... ADD CONSTRAINT` steps.
 */
import type { DbColumn, DbForeignKey, DbIndex, DbIndexColumn, DbPrimaryKey, DbTable } from '../../ddl/description.js';
import { renderReferentialAction, sortSql } from '../../ddl/helpers.js';
import { q, TABLE_OPTIONS, tableName } from './names.js';

export function renderColumn(column: DbColumn): string {
  let sql = `${q(column.name)} ${column.type}${column.nullable ? ' NULL' : ' NOT NULL'}`;
  if (column.default !== null) sql += ` DEFAULT ${column.default}`;
  if (column.autoincrement) sql += ' AUTO_INCREMENT';
  return sql;
}

export function indexColumns(columns: readonly DbIndexColumn[]): string {
  return columns.map((c) => `${q(c.name)}${c.length === null ? '' : `(${c.length})`}${sortSql(c.sort)}`).join(', ');
}

function indexKind(index: DbIndex): string {
  if (index.algorithm === 'FullText') return 'FULLTEXT INDEX';
  return index.unique ? 'UNIQUE INDEX' : 'INDEX';
}

/** `UNIQUE INDEX \`X\`(\`a\`)`: an index inside CREATE TABLE. */
function inlineIndex(index: DbIndex): string {
  const using = index.algorithm === 'Hash' ? ' USING HASH' : '';
  return `${indexKind(index)} ${q(index.name)}(${indexColumns(index.columns)})${using}`;
}

export function primaryKeySql(primaryKey: DbPrimaryKey): string {
  return `PRIMARY KEY (${indexColumns(primaryKey.columns)})`;
}

export function renderCreateTable(table: DbTable): string {
  const columns = table.columns.map((column) => `    ${renderColumn(column)}`);
  const constraints = [...table.indexes.map(inlineIndex), ...(table.primaryKey === null ? [] : [primaryKeySql(table.primaryKey)])].map((c) => `    ${c}`);
  const body = constraints.length === 0 ? columns.join(',\n') : `${columns.join(',\n')},\n\n${constraints.join(',\n')}`;
  return `CREATE TABLE ${tableName(table)} (\n${body}\n) ${TABLE_OPTIONS};`;
}

export function renderCreateIndex(table: DbTable, index: DbIndex): string {
  const kind = index.algorithm === 'FullText' ? 'FULLTEXT INDEX' : index.unique ? 'UNIQUE INDEX' : 'INDEX';
  return `CREATE ${kind} ${q(index.name)} ON ${tableName(table)}(${indexColumns(index.columns)});`;
}

export function foreignKeyName(table: DbTable, fk: DbForeignKey): string {
  return fk.name ?? `${table.name}_${fk.columns.join('_')}_fkey`;
}

export function renderAddForeignKey(table: DbTable, fk: DbForeignKey): string {
  return (
    `ALTER TABLE ${tableName(table)} ADD CONSTRAINT ${q(foreignKeyName(table, fk))} FOREIGN KEY (${fk.columns.map(q).join(', ')}) ` +
    `REFERENCES ${q(fk.referencedTable)}(${fk.referencedColumns.map(q).join(', ')}) ` +
    `ON DELETE ${renderReferentialAction(fk.onDelete)} ON UPDATE ${renderReferentialAction(fk.onUpdate)};`
  );
}
