/** `CREATE [UNIQUE] INDEX "name" ON "table"("a", "b" DESC);` and `DROP INDEX "name";`. */
import type { DbIndex, DbTable } from '../../ddl/description.js';
import { quoteDoubleQuoted as q, sortSql } from '../../ddl/helpers.js';

export function renderCreateIndex(table: DbTable, index: DbIndex): string {
  const columns = index.columns.map((c) => `${q(c.name)}${sortSql(c.sort)}`).join(', ');
  const where = index.where === null ? '' : ` WHERE ${index.where}`;
  return `CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX ${q(index.name)} ON ${q(table.name)}(${columns})${where};`;
}

export function renderDropIndex(index: DbIndex): string {
  return `DROP INDEX ${q(index.name)};`;
}
