/** One table present in both descriptions: its column, key and index changes. */
import type { DdlDialect } from '../../dialects/ddl/dialect.js';
import type { DbColumn, DbForeignKey, DbIndex, DbTable } from '../../dialects/ddl/description.js';
import type { DdlStatement, TableChange, TableRedefinition } from '../../dialects/ddl/statements.js';
import { columnChanges, sameForeignKey, sameIndex, samePrimaryKey } from './compare.js';

export interface TableDiff {
  readonly statements: DdlStatement[];
  readonly redefinition: TableRedefinition | null;
}

export function diffTable(from: DbTable, to: DbTable, dialect: DdlDialect): TableDiff {
  const capabilities = dialect.capabilities;
  const oldColumns = new Map(from.columns.map((c) => [c.name, c]));
  const newColumns = new Set(to.columns.map((c) => c.name));
  // A column whose type cannot be converted in place is dropped and added again.
  const recreated = new Set(
    to.columns.filter((c) => {
      const old = oldColumns.get(c.name);
      return old !== undefined && columnChanges(old, c).includes('type') && !dialect.canCastColumn(old, c);
    }).map((c) => c.name),
  );
  const added = to.columns.filter((c) => !oldColumns.has(c.name) || recreated.has(c.name));
  const dropped = from.columns.filter((c) => !newColumns.has(c.name) || recreated.has(c.name));
  const altered = to.columns.flatMap((c) => {
    const old = oldColumns.get(c.name);
    const changes = old === undefined || recreated.has(c.name) ? [] : columnChanges(old, c, dialect.normalizeDefault);
    return old === undefined || changes.length === 0 ? [] : [{ from: old, to: c, changes }];
  });
  // Keys and indexes over a recreated column go with it, so they are recreated too.
  const touches = (columns: readonly string[]): boolean => columns.some((c) => recreated.has(c));
  const primaryKeyChanged = !samePrimaryKey(from.primaryKey, to.primaryKey) || touches(from.primaryKey?.columns.map((c) => c.name) ?? []);
  const keptKey = (fk: DbForeignKey, other: readonly DbForeignKey[]): boolean => !touches(fk.columns) && other.some((n) => sameForeignKey(fk, n));
  const droppedKeys = from.foreignKeys.filter((fk) => !keptKey(fk, to.foreignKeys));
  const addedKeys = to.foreignKeys.filter((fk) => !keptKey(fk, from.foreignKeys));
  const keptIndex = (index: DbIndex, other: readonly DbIndex[]): boolean => !touches(index.columns.map((c) => c.name)) && other.some((n) => n.name === index.name && sameIndex(index, n));
  const droppedIndexes = from.indexes.filter((i) => !keptIndex(i, to.indexes));
  const addedIndexes = to.indexes.filter((i) => !keptIndex(i, from.indexes));

  if (capabilities.redefinesTables) {
    const mustRedefine =
      primaryKeyChanged ||
      dropped.length > 0 ||
      altered.length > 0 ||
      droppedKeys.length > 0 ||
      addedKeys.length > 0 ||
      added.some((c) => !canAddInPlace(c, to)) ||
      // A CHECK constraint the target has on an added column (a down script restoring a table) needs a rebuild.
      added.some((c) => to.checks?.some((check) => check.columns.includes(c.name)) === true);
    // A redefinition drops the old table's indexes and creates all of the new one's.
    if (mustRedefine) return { statements: [], redefinition: { from, to } };
    const statements: DdlStatement[] = droppedIndexes.map((index) => ({ kind: 'dropIndex', table: from, index }));
    if (added.length > 0) statements.push({ kind: 'alterTable', from, to, changes: added.map((column) => ({ kind: 'addColumn', column })) });
    for (const index of addedIndexes) statements.push({ kind: 'createIndex', table: to, index });
    return { statements, redefinition: null };
  }

  const statements: DdlStatement[] = [];
  // A constraint or index whose only change is its name is renamed, not dropped and recreated.
  const renamedKeys = pairRenames(droppedKeys, addedKeys, (a, b) => a.name !== b.name && !touches(a.columns) && sameForeignKey({ ...a, name: null }, { ...b, name: null }));
  const renamedIndexes = pairRenames(droppedIndexes, addedIndexes, (a, b) => a.name !== b.name && !touches(a.columns.map((c) => c.name)) && sameIndex(a, b));
  for (const foreignKey of droppedKeys) if (!renamedKeys.has(foreignKey)) statements.push({ kind: 'dropForeignKey', table: from, foreignKey });
  for (const index of droppedIndexes) if (!renamedIndexes.has(index)) statements.push({ kind: 'dropIndex', table: from, index });
  const changes: TableChange[] = [];
  if (primaryKeyChanged && from.primaryKey !== null) changes.push({ kind: 'dropPrimaryKey', primaryKey: from.primaryKey });
  for (const column of dropped) changes.push({ kind: 'dropColumn', column });
  for (const column of added) changes.push({ kind: 'addColumn', column });
  for (const change of altered) changes.push({ kind: 'alterColumn', ...change });
  if (primaryKeyChanged && to.primaryKey !== null) changes.push({ kind: 'addPrimaryKey', primaryKey: to.primaryKey });
  if (changes.length > 0) statements.push({ kind: 'alterTable', from, to, changes });
  const renamedTo = new Set([...renamedIndexes.values()]);
  const keysRenamedTo = new Set([...renamedKeys.values()]);
  for (const index of addedIndexes) if (!renamedTo.has(index)) statements.push({ kind: 'createIndex', table: to, index });
  for (const foreignKey of addedKeys) if (!keysRenamedTo.has(foreignKey)) statements.push({ kind: 'addForeignKey', table: to, foreignKey });
  for (const [old, next] of renamedKeys) statements.push({ kind: 'renameForeignKey', table: to, from: old, to: next });
  for (const [old, next] of renamedIndexes) statements.push({ kind: 'renameIndex', table: to, from: old, to: next });
  return { statements, redefinition: null };
}

/** Pairs each dropped item with an added one of the same shape (first match), old -> new. */
function pairRenames<T>(dropped: readonly T[], added: readonly T[], same: (a: T, b: T) => boolean): Map<T, T> {
  const pairs = new Map<T, T>();
  const taken = new Set<T>();
  for (const old of dropped) {
    const next = added.find((candidate) => !taken.has(candidate) && same(old, candidate));
    if (next === undefined) continue;
    pairs.set(old, next);
    taken.add(next);
  }
  return pairs;
}

/**
 * SQLite's ALTER TABLE ADD COLUMN takes a column that may be null or has a constant default, is not
 * part of the primary key and is not a foreign key (those force a redefinition, as in Prisma).
 */
function canAddInPlace(column: DbColumn, table: DbTable): boolean {
  if (table.primaryKey?.columns.some((c) => c.name === column.name)) return false;
  if (column.autoincrement) return false;
  if (!column.nullable && column.default === null) return false;
  if (column.default !== null && /^(CURRENT_|\()/i.test(column.default.trim())) return false;
  return true;
}
