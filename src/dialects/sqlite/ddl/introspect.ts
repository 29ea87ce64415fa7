/**
 * Describes a live SQLite database: sqlite_master for tables, views and index definitions, and the
 * table-valued pragmas (table_info, index_list, index_xinfo, foreign_key_list) for their parts.
 * Foreign key constraint names are not kept by SQLite's catalog; they are read back from the CREATE
 * TABLE text, as Prisma's describer does; so are CHECK constraints (./checks.ts).
 */
import type { ReferentialAction } from '../../../schema/model.js';
import type { Queryable } from '../../driver.js';
import { parseChecks } from './checks.js';
import type { ColumnFamily, DbColumn, DbForeignKey, DbIndex, DbSchema, DbTable, DbView } from '../../ddl/description.js';

/** Tables no schema describes: SQLite's own and Prisma's migration history. */
const HIDDEN_TABLES = new Set(['_prisma_migrations']);

export async function introspectSqlite(db: Queryable): Promise<DbSchema> {
  const master = await select(db, "SELECT type, name, tbl_name, sql FROM main.sqlite_master WHERE type IN ('table', 'view', 'index') ORDER BY rowid");
  const tables: DbTable[] = [];
  const views: DbView[] = [];
  for (const row of master) {
    const name = String(row.name);
    if (name.startsWith('sqlite_') || HIDDEN_TABLES.has(name)) continue;
    if (row.type === 'view') views.push({ name, schema: null, definition: row.sql === null ? null : String(row.sql) });
    if (row.type === 'table') tables.push(await describeTable(db, name, String(row.sql ?? ''), master));
  }
  return { provider: 'sqlite', namespaces: [], tables, enums: [], views };
}

type Row = Readonly<Record<string, unknown>>;

async function select(db: Queryable, sql: string, params: readonly unknown[] = []): Promise<Row[]> {
  const result = await db.query({ sql, params });
  return result.rows.map((values) => Object.fromEntries(result.columns.map((column, i) => [column, values[i]])));
}

async function describeTable(db: Queryable, name: string, createSql: string, master: readonly Row[]): Promise<DbTable> {
  const info = await select(db, 'SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid', [name]);
  const pkColumns = info.filter((c) => Number(c.pk) > 0).sort((a, b) => Number(a.pk) - Number(b.pk));
  const autoincrement = pkColumns.length === 1 && /\bAUTOINCREMENT\b/i.test(createSql);
  const columns: DbColumn[] = info.map((c) => {
    const type = String(c.type);
    return {
      name: String(c.name),
      type,
      family: familyOf(type),
      enumName: null,
      enumSchema: null,
      isList: false,
      nullable: Number(c.notnull) === 0,
      default: c.dflt_value === null ? null : String(c.dflt_value),
      autoincrement: autoincrement && pkColumns[0]?.name === c.name && type.toUpperCase() === 'INTEGER',
    };
  });
  const primaryKey = pkColumns.length === 0 ? null : { name: null, columns: pkColumns.map((c) => ({ name: String(c.name), sort: null, length: null })) };
  return {
    name,
    schema: null,
    columns,
    primaryKey,
    indexes: await describeIndexes(db, name, master),
    foreignKeys: await describeForeignKeys(db, name, createSql),
    checks: parseChecks(createSql, columns.map((c) => c.name)),
  };
}

async function describeIndexes(db: Queryable, table: string, master: readonly Row[]): Promise<DbIndex[]> {
  const list = await select(db, 'SELECT name, "unique", origin FROM pragma_index_list(?)', [table]);
  const byName = new Map(list.map((row) => [String(row.name), row]));
  const indexes: DbIndex[] = [];
  // sqlite_master's order is creation order; index_list's is not.
  for (const row of master) {
    if (row.type !== 'index' || row.tbl_name !== table) continue;
    const name = String(row.name);
    const entry = byName.get(name);
    if (entry === undefined || entry.origin === 'pk' || name.startsWith('sqlite_autoindex_')) continue;
    const parts = await select(db, 'SELECT name, "desc" FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno', [name]);
    const where = /\bWHERE\s+([\s\S]*)$/i.exec(String(row.sql ?? ''))?.[1]?.trim() ?? null;
    indexes.push({
      name,
      unique: Number(entry.unique) === 1,
      columns: parts.map((p) => ({ name: String(p.name), sort: Number(p.desc) === 1 ? 'Desc' : null, length: null })),
      where,
      algorithm: null,
    });
  }
  return indexes;
}

async function describeForeignKeys(db: Queryable, table: string, createSql: string): Promise<DbForeignKey[]> {
  const rows = await select(db, 'SELECT id, seq, "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list(?) ORDER BY id, seq', [table]);
  const groups = new Map<number, Row[]>();
  for (const row of rows) {
    const id = Number(row.id);
    groups.set(id, [...(groups.get(id) ?? []), row]);
  }
  const named = constraintNames(createSql);
  const keys: { key: DbForeignKey; position: number }[] = [];
  for (const [id, parts] of groups) {
    const first = parts[0];
    if (first === undefined) continue;
    const columns = parts.map((p) => String(p.from));
    const referencedTable = String(first.table);
    // `REFERENCES t` without columns means t's primary key.
    const referencedColumns = parts.every((p) => p.to !== null) ? parts.map((p) => String(p.to)) : await primaryKeyOf(db, referencedTable);
    const match = named.get(columns.join('\u0000'));
    keys.push({
      key: { name: match?.name ?? null, columns, referencedTable, referencedSchema: null, referencedColumns, onDelete: actionOf(first.on_delete), onUpdate: actionOf(first.on_update) },
      // SQLite numbers foreign keys from the last declared; keep declaration order.
      position: match?.position ?? Number.MAX_SAFE_INTEGER - id,
    });
  }
  return keys.sort((a, b) => a.position - b.position).map((k) => k.key);
}

async function primaryKeyOf(db: Queryable, table: string): Promise<string[]> {
  const info = await select(db, 'SELECT name, pk FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk', [table]);
  return info.map((c) => String(c.name));
}

const CONSTRAINT_FK = /CONSTRAINT\s+("(?:[^"]|"")+"|`[^`]+`|\[[^\]]+\]|[\w$]+)\s+FOREIGN\s+KEY\s*\(([^)]*)\)/gi;

/** Foreign key constraint names in a CREATE TABLE text, keyed by their column list. */
function constraintNames(createSql: string): Map<string, { name: string; position: number }> {
  const names = new Map<string, { name: string; position: number }>();
  for (const match of createSql.matchAll(CONSTRAINT_FK)) {
    const columns = (match[2] ?? '').split(',').map((c) => unquote(c.trim()));
    names.set(columns.join('\u0000'), { name: unquote(match[1] ?? ''), position: match.index });
  }
  return names;
}

function unquote(identifier: string): string {
  const first = identifier[0];
  if (first === '"') return identifier.slice(1, -1).replaceAll('""', '"');
  if (first === '`' || first === '[') return identifier.slice(1, -1);
  return identifier;
}

function actionOf(value: unknown): ReferentialAction {
  switch (String(value).toUpperCase()) {
    case 'CASCADE': return 'Cascade';
    case 'RESTRICT': return 'Restrict';
    case 'SET NULL': return 'SetNull';
    case 'SET DEFAULT': return 'SetDefault';
    default: return 'NoAction';
  }
}

/** SQLite's type affinity rules, refined to the names Prisma writes. */
function familyOf(type: string): ColumnFamily {
  const t = type.toUpperCase();
  if (t === 'BIGINT' || t === 'INT8' || t === 'UNSIGNED BIG INT') return 'bigint';
  if (t === 'BOOLEAN' || t === 'BOOL') return 'boolean';
  if (t.startsWith('DATETIME') || t === 'DATE' || t.startsWith('TIMESTAMP')) return 'datetime';
  if (t === 'JSONB' || t === 'JSON') return 'json';
  if (t.startsWith('DECIMAL') || t.startsWith('NUMERIC')) return 'decimal';
  if (t.includes('INT')) return 'int';
  if (t.includes('CHAR') || t.includes('CLOB') || t.includes('TEXT')) return 'string';
  if (t.includes('BLOB') || t === '') return 'bytes';
  if (t.includes('REAL') || t.includes('FLOA') || t.includes('DOUB')) return 'float';
  return 'unsupported';
}
