/**
 * Describes a live PostgreSQL database from pg_catalog: tables (in creation order), columns with
 * `format_type`, defaults (`nextval(...)` read as autoincrement), primary keys, indexes, foreign keys,
 * enums and views. Lists come back joined by a separator so any driver representation of arrays works.
 */
import type { ReferentialAction } from '../../../schema/model.js';
import type { Queryable } from '../../driver.js';
import type { ColumnFamily, DbColumn, DbEnum, DbForeignKey, DbIndex, DbSchema, DbTable, DbView } from '../../ddl/description.js';
import { normalizeDefault, normalizeTypeName } from './normalize.js';

const SEP = '\u001f';
const HIDDEN_TABLES = new Set(['_prisma_migrations']);

type Row = Readonly<Record<string, unknown>>;

async function select(db: Queryable, sql: string, params: readonly unknown[] = []): Promise<Row[]> {
  const result = await db.query({ sql, params });
  return result.rows.map((values) => Object.fromEntries(result.columns.map((column, i) => [column, values[i]])));
}

const split = (value: unknown): string[] => (value === null || value === undefined || value === '' ? [] : String(value).split(SEP));

/** `schemas` empty: the connection's current schema, described with `schema: null`. */
export async function introspectPostgres(db: Queryable, schemas?: readonly string[]): Promise<DbSchema> {
  const current = String((await select(db, 'SELECT current_schema() AS name'))[0]?.name ?? 'public');
  const namespaces = schemas !== undefined && schemas.length > 0 ? schemas : [current];
  const multiSchema = schemas !== undefined && schemas.length > 0;
  const label = (namespace: string): string | null => (multiSchema ? namespace : null);
  const existing = new Set((await select(db, 'SELECT nspname AS name FROM pg_namespace')).map((r) => String(r.name)));
  const tables: DbTable[] = [];
  const enums: DbEnum[] = [];
  const views: DbView[] = [];
  for (const namespace of namespaces) {
    if (!existing.has(namespace)) continue;
    const enumRows = await select(
      db,
      `SELECT t.typname AS name, string_agg(e.enumlabel, E'\\x1f' ORDER BY e.enumsortorder) AS "values"
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
       WHERE n.nspname = $1 GROUP BY t.typname, t.oid ORDER BY t.oid`,
      [namespace],
    );
    for (const row of enumRows) enums.push({ name: String(row.name), schema: label(namespace), values: split(row.values) });
    const tableRows = await select(
      db,
      `SELECT c.oid::bigint AS oid, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY c.oid`,
      [namespace],
    );
    for (const row of tableRows) {
      if (HIDDEN_TABLES.has(String(row.name))) continue;
      tables.push(await describeTable(db, Number(row.oid), String(row.name), label(namespace), multiSchema ? null : current));
    }
    const viewRows = await select(db, 'SELECT viewname AS name, definition FROM pg_views WHERE schemaname = $1 ORDER BY viewname', [namespace]);
    for (const row of viewRows) views.push({ name: String(row.name), schema: label(namespace), definition: row.definition === null ? null : String(row.definition) });
  }
  return { provider: 'postgresql', namespaces: multiSchema ? namespaces.filter((n) => existing.has(n)) : [], tables, enums, views };
}

async function describeTable(db: Queryable, oid: number, name: string, schema: string | null, defaultSchema: string | null): Promise<DbTable> {
  const columnRows = await select(
    db,
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull::int AS notnull,
            pg_get_expr(d.adbin, d.adrelid) AS "default", t.typtype::text AS typtype, et.typtype::text AS elemtype,
            CASE WHEN t.typcategory = 'A' THEN format_type(t.typelem, a.atttypmod) END AS elemformat,
            COALESCE(et.typname, t.typname) AS typname, COALESCE(etn.nspname, tn.nspname) AS typschema
     FROM pg_attribute a
     JOIN pg_type t ON t.oid = a.atttypid
     JOIN pg_namespace tn ON tn.oid = t.typnamespace
     LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
     LEFT JOIN pg_namespace etn ON etn.oid = et.typnamespace
     LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
    [oid],
  );
  const columns: DbColumn[] = columnRows.map((c) => {
    const isList = c.elemformat !== null && c.elemformat !== undefined;
    const isEnum = (isList ? c.elemtype : c.typtype) === 'e';
    const raw = c.default === null || c.default === undefined ? null : String(c.default);
    const autoincrement = raw !== null && /^nextval\(/i.test(raw);
    const formatted = isList ? String(c.elemformat) : String(c.type);
    const type = isEnum ? String(c.typname) : normalizeTypeName(formatted);
    return {
      name: String(c.name),
      type,
      family: isEnum ? 'enum' : familyOf(type),
      enumName: isEnum ? String(c.typname) : null,
      enumSchema: isEnum && defaultSchema === null ? String(c.typschema) : null,
      isList,
      nullable: Number(c.notnull) === 0,
      default: raw === null || autoincrement ? null : normalizeDefault(raw),
      autoincrement,
    };
  });
  const pkRows = await select(
    db,
    `SELECT con.conname AS name,
            (SELECT string_agg(a.attname, E'\\x1f' ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS columns
     FROM pg_constraint con WHERE con.conrelid = $1 AND con.contype = 'p'`,
    [oid],
  );
  const pk = pkRows[0];
  const primaryKey = pk === undefined ? null : { name: String(pk.name), columns: split(pk.columns).map((c) => ({ name: c, sort: null, length: null })) };
  return { name, schema, columns, primaryKey, indexes: await describeIndexes(db, oid), foreignKeys: await describeForeignKeys(db, oid, defaultSchema) };
}

const ALGORITHMS: Readonly<Record<string, string | null>> = { btree: null, hash: 'Hash', gin: 'Gin', gist: 'Gist', spgist: 'SpGist', brin: 'Brin' };

async function describeIndexes(db: Queryable, oid: number): Promise<DbIndex[]> {
  const rows = await select(
    db,
    `SELECT ic.relname AS name, i.indisunique::int AS "unique", am.amname AS algorithm, pg_get_expr(i.indpred, i.indrelid) AS "where",
            string_agg(a.attname, E'\\x1f' ORDER BY k.ord) AS columns,
            string_agg(CASE WHEN (i.indoption[k.ord - 1] & 1) = 1 THEN 'd' ELSE 'a' END, E'\\x1f' ORDER BY k.ord) AS sorts
     FROM pg_index i
     JOIN pg_class ic ON ic.oid = i.indexrelid
     JOIN pg_am am ON am.oid = ic.relam
     CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
     JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
     WHERE i.indrelid = $1 AND NOT i.indisprimary AND k.ord <= i.indnkeyatts
     GROUP BY ic.oid, ic.relname, i.indisunique, am.amname, i.indpred, i.indrelid
     ORDER BY ic.oid`,
    [oid],
  );
  return rows.map((row) => {
    const sorts = split(row.sorts);
    return {
      name: String(row.name),
      unique: Number(row.unique) === 1,
      columns: split(row.columns).map((name, i) => ({ name, sort: sorts[i] === 'd' ? ('Desc' as const) : null, length: null })),
      where: row.where === null || row.where === undefined ? null : String(row.where),
      algorithm: String(row.algorithm) in ALGORITHMS ? (ALGORITHMS[String(row.algorithm)] ?? null) : String(row.algorithm),
    };
  });
}

const ACTIONS: Readonly<Record<string, ReferentialAction>> = { a: 'NoAction', r: 'Restrict', c: 'Cascade', n: 'SetNull', d: 'SetDefault' };

async function describeForeignKeys(db: Queryable, oid: number, defaultSchema: string | null): Promise<DbForeignKey[]> {
  const rows = await select(
    db,
    `SELECT con.conname AS name, rn.nspname AS ref_schema, rc.relname AS ref_table, con.confdeltype::text AS on_delete, con.confupdtype::text AS on_update,
            (SELECT string_agg(a.attname, E'\\x1f' ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS columns,
            (SELECT string_agg(a.attname, E'\\x1f' ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum) AS ref_columns
     FROM pg_constraint con
     JOIN pg_class rc ON rc.oid = con.confrelid
     JOIN pg_namespace rn ON rn.oid = rc.relnamespace
     WHERE con.contype = 'f' AND con.conrelid = $1 ORDER BY con.oid`,
    [oid],
  );
  return rows.map((row) => ({
    name: String(row.name),
    columns: split(row.columns),
    referencedTable: String(row.ref_table),
    referencedSchema: defaultSchema !== null && row.ref_schema === defaultSchema ? null : String(row.ref_schema),
    referencedColumns: split(row.ref_columns),
    onDelete: ACTIONS[String(row.on_delete)] ?? 'NoAction',
    onUpdate: ACTIONS[String(row.on_update)] ?? 'NoAction',
  }));
}

function familyOf(type: string): ColumnFamily {
  const t = type.toUpperCase();
  if (t === 'BIGINT') return 'bigint';
  if (t === 'INTEGER' || t === 'SMALLINT' || t === 'OID') return 'int';
  if (t === 'BOOLEAN') return 'boolean';
  if (t.startsWith('TIMESTAMP') || t.startsWith('TIME') || t === 'DATE') return 'datetime';
  if (t === 'JSON' || t === 'JSONB') return 'json';
  if (t.startsWith('DECIMAL') || t === 'MONEY') return 'decimal';
  if (t === 'DOUBLE PRECISION' || t === 'REAL') return 'float';
  if (t === 'BYTEA') return 'bytes';
  if (t === 'TEXT' || t.startsWith('VARCHAR') || t.startsWith('CHAR') || t === 'UUID' || t === 'XML' || t === 'INET' || t === 'CITEXT' || t.startsWith('BIT') || t.startsWith('VARBIT')) return 'string';
  return 'unsupported';
}
