/** Equality of description parts, as the differ needs it (what counts as "changed"). */
import type { DbColumn, DbForeignKey, DbIndex, DbIndexColumn, DbPrimaryKey } from '../../dialects/ddl/description.js';
import type { ColumnChange } from '../../dialects/ddl/statements.js';

export type DefaultNormalizer = (sql: string) => string;

export function columnChanges(from: DbColumn, to: DbColumn, normalize: DefaultNormalizer = (s) => s): ColumnChange[] {
  const changes: ColumnChange[] = [];
  if (from.type.toUpperCase() !== to.type.toUpperCase() || from.isList !== to.isList || from.enumName !== to.enumName || from.enumSchema !== to.enumSchema) changes.push('type');
  if (from.nullable !== to.nullable) changes.push('nullability');
  const fromDefault = from.default === null ? null : normalizeSql(normalize(from.default));
  const toDefault = to.default === null ? null : normalizeSql(normalize(to.default));
  if (fromDefault !== toDefault) changes.push('default');
  if (from.autoincrement !== to.autoincrement) changes.push('autoincrement');
  return changes;
}

/**
 * A partial index's predicate in a comparable form: PostgreSQL keeps `price > 0` as `(price > 0)`,
 * quotes identifiers and adds casts (`'a'::text`), so those are left out of the comparison.
 */
function normalizeSql(sql: string | null): string | null {
  if (sql === null) return null;
  return sql
    .replace(/::[a-z_][a-z0-9_ ]*(\[\])?/gi, '')
    .replace(/["()`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function sameIndexColumns(a: readonly DbIndexColumn[], b: readonly DbIndexColumn[]): boolean {
  return a.length === b.length && a.every((c, i) => c.name === b[i]?.name && (c.sort ?? 'Asc') === (b[i]?.sort ?? 'Asc') && c.length === b[i]?.length);
}

export function samePrimaryKey(a: DbPrimaryKey | null, b: DbPrimaryKey | null): boolean {
  if (a === null || b === null) return a === b;
  // A database that keeps no constraint names (SQLite) matches any name.
  const sameName = a.name === null || b.name === null || a.name === b.name;
  return sameName && sameIndexColumns(a.columns, b.columns);
}

export function sameIndex(a: DbIndex, b: DbIndex): boolean {
  const algorithm = (x: string | null): string => (x === null || x === 'BTree' ? 'BTree' : x);
  return a.unique === b.unique && sameIndexColumns(a.columns, b.columns) && normalizeSql(a.where) === normalizeSql(b.where) && algorithm(a.algorithm) === algorithm(b.algorithm);
}

/** The same constraint in both descriptions (by name where both have one, else by shape). */
export function matchesForeignKey(a: DbForeignKey, b: DbForeignKey): boolean {
  if (a.name !== null && b.name !== null) return a.name === b.name;
  return sameList(a.columns, b.columns) && a.referencedTable === b.referencedTable;
}

export function sameForeignKey(a: DbForeignKey, b: DbForeignKey): boolean {
  return (
    matchesForeignKey(a, b) &&
    sameList(a.columns, b.columns) &&
    a.referencedTable === b.referencedTable &&
    (a.referencedSchema ?? null) === (b.referencedSchema ?? null) &&
    sameList(a.referencedColumns, b.referencedColumns) &&
    a.onDelete === b.onDelete &&
    a.onUpdate === b.onUpdate
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
