/** Quoting of PostgreSQL names: tables and types qualified by their schema when they have one. */
import type { DbTable } from '../../ddl/description.js';
import { quoteDoubleQuoted as q } from '../../ddl/helpers.js';

export function qualified(name: string, schema: string | null): string {
  return schema === null ? q(name) : `${q(schema)}.${q(name)}`;
}

export function tableName(table: DbTable): string {
  return qualified(table.name, table.schema);
}
