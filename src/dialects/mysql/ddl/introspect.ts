/**
 * Describes a live MySQL / MariaDB database (the connection's current database) from
 * information_schema: tables, columns (types and defaults normalized, MariaDB's LONGTEXT + json_valid
 * CHECK read as JSON), primary keys, indexes (without the ones MySQL adds by itself for foreign
 * keys), foreign keys with their actions, and views.
 */
import type { ReferentialAction } from '../../../schema/model.js';
import type { ColumnFamily, DbColumn, DbForeignKey, DbIndex, DbSchema, DbTable, DbView } from '../../ddl/description.js';
import type { Queryable } from '../../driver.js';
import { normalizeColumnType, normalizeMysqlDefault } from './normalize.js';
import { mysqlString } from './names.js';

type Row = Record<string, unknown>;

async function select(db: Queryable, sql: string, params: readonly unknown[] = []): Promise<Row[]> {
  const result = await db.query({ sql, params });
  return result.rows.map((row) => Object.fromEntries(result.columns.map((c, i) => [c, row[i]])));
}

const HIDDEN_TABLES = new Set(['_prisma_migrations']);

function str(value: unknown): string {
  return Buffer.isBuffer(value) ? value.toString('utf8') : String(value);
}

function groupBy(rows: readonly Row[], key: string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const k = str(row[key]);
    const list = groups.get(k);
    if (list === undefined) groups.set(k, [row]);
    else list.push(row);
  }
  return groups;
}

export async function introspectMysql(db: Queryable): Promise<DbSchema> {
  const version = str((await select(db, 'SELECT VERSION() AS v'))[0]?.v ?? '');
  const mariadb = /mariadb/i.test(version);
  const tableRows = await select(
    db,
    `SELECT TABLE_NAME AS name, TABLE_TYPE AS type FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY CREATE_TIME, TABLE_NAME`,
  );
  const columnRows = await select(
    db,
    `SELECT TABLE_NAME AS tbl, COLUMN_NAME AS name, COLUMN_TYPE AS type, DATA_TYPE AS dataType, IS_NULLABLE AS nullable,
            COLUMN_DEFAULT AS dflt, EXTRA AS extra
     FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION`,
  );
  // MariaDB's JSON is LONGTEXT with a `json_valid(col)` CHECK named after the column.
  const jsonChecks = mariadb
    ? await select(db, `SELECT TABLE_NAME AS tbl, CONSTRAINT_NAME AS name, CHECK_CLAUSE AS clause FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()`)
    : [];
  const jsonColumns = new Set(jsonChecks.filter((c) => /^json_valid\(`[^`]+`\)$/i.test(str(c.clause).trim())).map((c) => `${str(c.tbl)}.${/`([^`]+)`/.exec(str(c.clause))?.[1] ?? ''}`));
  const indexRows = await select(
    db,
    `SELECT TABLE_NAME AS tbl, INDEX_NAME AS name, NON_UNIQUE AS nonUnique, COLUMN_NAME AS col, SUB_PART AS subPart,
            COLLATION AS collation, INDEX_TYPE AS indexType
     FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`,
  );
  const fkRows = await select(
    db,
    `SELECT kcu.TABLE_NAME AS tbl, kcu.CONSTRAINT_NAME AS name, kcu.COLUMN_NAME AS col, kcu.REFERENCED_TABLE_NAME AS refTable,
            kcu.REFERENCED_COLUMN_NAME AS refCol, rc.UPDATE_RULE AS onUpdate, rc.DELETE_RULE AS onDelete
     FROM information_schema.KEY_COLUMN_USAGE kcu
     JOIN information_schema.REFERENTIAL_CONSTRAINTS rc
       ON rc.CONSTRAINT_SCHEMA = kcu.CONSTRAINT_SCHEMA AND rc.CONSTRAINT_NAME = kcu.CONSTRAINT_NAME AND rc.TABLE_NAME = kcu.TABLE_NAME
     WHERE kcu.TABLE_SCHEMA = DATABASE() AND kcu.REFERENCED_TABLE_NAME IS NOT NULL
     ORDER BY kcu.TABLE_NAME, kcu.CONSTRAINT_NAME, kcu.ORDINAL_POSITION`,
  );
  const viewRows = await select(db, `SELECT TABLE_NAME AS name, VIEW_DEFINITION AS definition FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME`);

  const columnsByTable = groupBy(columnRows, 'tbl');
  const indexesByTable = groupBy(indexRows, 'tbl');
  const fksByTable = groupBy(fkRows, 'tbl');
  const tables: DbTable[] = [];
  for (const row of tableRows) {
    const name = str(row.name);
    if (str(row.type) !== 'BASE TABLE' || HIDDEN_TABLES.has(name)) continue;
    const columns = (columnsByTable.get(name) ?? []).map((c) => describeColumn(c, jsonColumns.has(`${name}.${str(c.name)}`), mariadb));
    const foreignKeys = describeForeignKeys(fksByTable.get(name) ?? []);
    const { primaryKey, indexes } = describeIndexes(indexesByTable.get(name) ?? [], foreignKeys);
    tables.push({ name, schema: null, columns, primaryKey, indexes, foreignKeys });
  }
  const views: DbView[] = viewRows.map((v) => ({ name: str(v.name), schema: null, definition: v.definition === null ? null : str(v.definition) }));
  return { provider: 'mysql', namespaces: [], tables, enums: [], views };
}

function describeColumn(c: Row, isJson: boolean, mariadb: boolean): DbColumn {
  const type = normalizeColumnType(str(c.type), isJson);
  const extra = str(c.extra ?? '').toLowerCase();
  const autoincrement = extra.includes('auto_increment');
  const family = familyOf(type);
  return {
    name: str(c.name),
    type,
    family,
    enumName: null,
    enumSchema: null,
    isList: false,
    nullable: str(c.nullable) === 'YES',
    default: autoincrement ? null : readDefault(c.dflt, family, extra, mariadb),
    autoincrement,
  };
}

/** COLUMN_DEFAULT as SQL: MariaDB already quotes literals (and says `NULL`); MySQL 8 gives raw text. */
function readDefault(value: unknown, family: ColumnFamily, extra: string, mariadb: boolean): string | null {
  if (value === null || value === undefined) return null;
  const text = str(value);
  if (mariadb) return text === 'NULL' ? null : normalizeMysqlDefault(text);
  if (extra.includes('default_generated')) return normalizeMysqlDefault(/^\(.*\)$/.test(text) ? text : text);
  const quoted = family === 'string' || family === 'enum' || family === 'datetime' || family === 'json' || family === 'bytes';
  return normalizeMysqlDefault(quoted ? mysqlString(text) : text);
}

function describeIndexes(rows: readonly Row[], foreignKeys: readonly DbForeignKey[]): Pick<DbTable, 'primaryKey' | 'indexes'> {
  let primaryKey: DbTable['primaryKey'] = null;
  const indexes: DbIndex[] = [];
  for (const [name, parts] of groupBy(rows, 'name')) {
    const columns = parts.map((p) => ({
      name: str(p.col),
      sort: str(p.collation) === 'D' ? ('Desc' as const) : null,
      length: p.subPart === null || p.subPart === undefined ? null : Number(p.subPart),
    }));
    if (name === 'PRIMARY') {
      primaryKey = { name: null, columns };
      continue;
    }
    const unique = Number(parts[0]?.nonUnique) === 0;
    const indexType = str(parts[0]?.indexType ?? 'BTREE').toUpperCase();
    // MySQL adds an index named after a foreign key when no index covers its columns: not ours.
    const implicit = !unique && foreignKeys.some((fk) => fk.name === name && fk.columns.length === columns.length && fk.columns.every((c, i) => c === columns[i]?.name));
    if (implicit) continue;
    indexes.push({ name, unique, columns, where: null, algorithm: indexType === 'FULLTEXT' ? 'FullText' : indexType === 'HASH' ? 'Hash' : null });
  }
  return { primaryKey, indexes };
}

const ACTIONS: Readonly<Record<string, ReferentialAction>> = { CASCADE: 'Cascade', RESTRICT: 'Restrict', 'NO ACTION': 'NoAction', 'SET NULL': 'SetNull', 'SET DEFAULT': 'SetDefault' };

function describeForeignKeys(rows: readonly Row[]): DbForeignKey[] {
  return [...groupBy(rows, 'name')].map(([name, parts]) => ({
    name,
    columns: parts.map((p) => str(p.col)),
    referencedTable: str(parts[0]?.refTable),
    referencedSchema: null,
    referencedColumns: parts.map((p) => str(p.refCol)),
    onDelete: ACTIONS[str(parts[0]?.onDelete)] ?? 'NoAction',
    onUpdate: ACTIONS[str(parts[0]?.onUpdate)] ?? 'NoAction',
  }));
}

export function familyOf(type: string): ColumnFamily {
  const t = type.toUpperCase();
  if (t === 'BOOLEAN') return 'boolean';
  if (t.startsWith('BIGINT')) return 'bigint';
  if (/^(TINYINT|SMALLINT|MEDIUMINT|INTEGER|INT|YEAR)\b/.test(t)) return 'int';
  if (t.startsWith('DATETIME') || t.startsWith('TIMESTAMP') || t.startsWith('TIME') || t === 'DATE') return 'datetime';
  if (t === 'JSON') return 'json';
  if (t.startsWith('DECIMAL')) return 'decimal';
  if (t === 'DOUBLE' || t === 'FLOAT' || t.startsWith('DOUBLE') || t.startsWith('FLOAT')) return 'float';
  if (t.startsWith('ENUM(')) return 'enum';
  if (/^(LONG|MEDIUM|TINY)?BLOB$|^(VAR)?BINARY/.test(t)) return 'bytes';
  if (/^(VARCHAR|CHAR|(TINY|MEDIUM|LONG)?TEXT)\b/.test(t) || t.startsWith('BIT')) return 'string';
  return 'unsupported';
}
