/**
 * CREATE TABLE as Prisma writes it for SQLite: four-space indented columns, a single-column primary
 * key inline (`PRIMARY KEY AUTOINCREMENT`), a compound one after a blank line, foreign keys inline;
 * a rebuilt table's CHECK constraints last.
 */
import type { DbCheck, DbColumn, DbForeignKey, DbTable } from '../../ddl/description.js';
import { quoteDoubleQuoted as q, renderReferentialAction } from '../../ddl/helpers.js';
import { renderCheck } from './checks.js';

export function renderCreateTable(table: DbTable, name = table.name, checks: readonly DbCheck[] = []): string {
  const pk = table.primaryKey;
  const inlinePk = pk !== null && pk.columns.length === 1 ? pk.columns[0]?.name ?? null : null;
  const lines = table.columns.map((column) => `    ${renderColumn(column, column.name === inlinePk)}`);
  let body = lines.join(',\n');
  if (pk !== null && inlinePk === null) {
    body += `,\n\n    PRIMARY KEY (${pk.columns.map((c) => q(c.name)).join(', ')})`;
  }
  for (const fk of table.foreignKeys) body += `,\n    ${renderForeignKey(fk)}`;
  for (const check of checks) body += `,\n    ${renderCheck(check)}`;
  return `CREATE TABLE ${q(name)} (\n${body}\n);`;
}

/** `"name" TYPE [NOT NULL] [PRIMARY KEY [AUTOINCREMENT]] [DEFAULT x]`. */
export function renderColumn(column: DbColumn, primaryKey: boolean): string {
  let sql = `${q(column.name)} ${column.type}`;
  if (!column.nullable) sql += ' NOT NULL';
  if (primaryKey) sql += column.autoincrement ? ' PRIMARY KEY AUTOINCREMENT' : ' PRIMARY KEY';
  if (column.default !== null) sql += ` DEFAULT ${column.default}`;
  return sql;
}

function renderForeignKey(fk: DbForeignKey): string {
  const constraint = fk.name === null ? '' : `CONSTRAINT ${q(fk.name)} `;
  return (
    `${constraint}FOREIGN KEY (${fk.columns.map(q).join(', ')}) REFERENCES ${q(fk.referencedTable)} ` +
    `(${fk.referencedColumns.map(q).join(', ')}) ON DELETE ${renderReferentialAction(fk.onDelete)} ON UPDATE ${renderReferentialAction(fk.onUpdate)}`
  );
}
