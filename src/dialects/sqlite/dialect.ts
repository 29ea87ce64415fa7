/** The SQLite dialect: the hooks the shared compiler calls (quoting, JSON aggregation, codecs). */
import path from 'node:path';
import type { ColumnType, JsonKind, SqlDialect } from '../dialect.js';
import type { Connection } from '../driver.js';
import { decodeSqlite, decodeSqliteFromJson, encodeSqlite } from './codecs.js';
import { openSqlite } from './driver.js';
import { prepareSqliteDatabase } from './prepare-database.js';

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** `file:./dev.db?connection_limit=1` -> an absolute file path (relative to the schema's folder). */
export function sqliteFilename(url: string, baseDir: string): string {
  let rest = url.startsWith('file://') ? url.slice(7) : url.startsWith('file:') ? url.slice(5) : url;
  const query = rest.indexOf('?');
  if (query >= 0) rest = rest.slice(0, query);
  if (rest === ':memory:') return rest;
  return path.isAbsolute(rest) ? rest : path.resolve(baseDir, rest);
}

function jsonPathLiteral(jsonPath: string): string {
  return `'${jsonPath.replace(/'/g, "''")}'`;
}

/** json_type() names per JSON kind. */
const SQLITE_JSON_TYPES: Readonly<Record<Exclude<JsonKind, 'present'>, string>> = {
  null: "'null'",
  true: "'true'",
  false: "'false'",
  string: "'text'",
  number: "'integer', 'real'",
  array: "'array'",
  object: "'object'",
};

export const sqliteDialect: SqlDialect = {
  provider: 'sqlite',
  capabilities: {
    supportsReturning: true,
    supportsDistinctOn: false,
    supportsSkipDuplicates: false,
    supportsJsonArrayContains: false,
    supportsManyAndReturn: true,
    supportsInsensitiveMode: true,
    singleConnection: true,
    supportsNullsOrdering: true,
    groupByAggregateTypeFromFirstRow: true,
  },
  isolationLevels: ['Serializable'],
  maxParameters: 32766,
  quoteIdentifier: quote,
  placeholder: () => '?',
  limitOffset(limit, offset) {
    if (limit === null && offset === null) return '';
    return ` LIMIT ${limit ?? -1}${offset !== null ? ` OFFSET ${offset}` : ''}`;
  },
  jsonObject: (pairs) => `json_object(${pairs.map(([k, e]) => `'${k.replace(/'/g, "''")}', ${e}`).join(', ')})`,
  jsonArrayAgg: (value) => `json_group_array(${value})`,
  jsonNest: (e) => `json(${e})`,
  jsonEncodeColumn(e: string, type: ColumnType) {
    // hex(NULL) is '', so NULL is kept apart from an empty blob.
    if (type === 'Bytes') return `CASE WHEN ${e} IS NULL THEN NULL ELSE hex(${e}) END`;
    if (type === 'BigInt') return `CAST(${e} AS TEXT)`;
    return e;
  },
  selectColumn(e: string, type: ColumnType) {
    return type === 'BigInt' ? `CAST(${e} AS TEXT)` : e;
  },
  encode: encodeSqlite,
  // Int parameters bind as JS numbers, which better-sqlite3 binds as REAL: arithmetic must stay integer.
  integerOperand: (placeholder) => `CAST(${placeholder} AS INTEGER)`,
  decode: decodeSqlite,
  decodeFromJson: decodeSqliteFromJson,
  // SQLite's lower() folds ASCII only; the connection registers a Unicode-aware one.
  insensitive: (e) => `refract_lower(${e})`,
  like: (l, r, insensitive) => (insensitive ? `refract_lower(${l}) LIKE refract_lower(${r})` : `${l} LIKE ${r}`),
  concat: (parts) => parts.join(' || '),
  insertDefaultValues: (table) => `INSERT INTO ${table} DEFAULT VALUES`,
  // Bare names would do on SQLite; the alias keeps the statement the same as PostgreSQL's.
  nativeUpsert: {
    anyUniqueKey: false,
    existingRowAlias: 'refract_existing',
    statement: (table, columns, values, conflict, assignments) =>
      `INSERT INTO ${table} AS refract_existing (${columns}) VALUES (${values}) ON CONFLICT (${conflict.join(', ')}) DO UPDATE SET ${assignments}`,
  },
  jsonExtract: (c, p) => `json_extract(${c}, ${jsonPathLiteral(p)})`,
  jsonExtractText: (c, p) => `json_extract(${c}, ${jsonPathLiteral(p)})`,
  jsonTypeIs(c, p, kind) {
    const type = `json_type(${c}, ${jsonPathLiteral(p)})`;
    return kind === 'present' ? `${type} IS NOT NULL` : `${type} IN (${SQLITE_JSON_TYPES[kind]})`;
  },
  jsonPathIndex: (p, index) => `${p}[${index === 'first' ? '0' : '#-1'}]`,
  jsonParam: (ph) => `json(${ph})`,
  jsonArrayContains: (extracted, ph) => `EXISTS (SELECT 1 FROM json_each(${extracted}) WHERE json_each.value = ${ph})`,
  prepareDatabase: (url, baseDir) => prepareSqliteDatabase(url, sqliteFilename(url, baseDir)),
  connect(url: string, baseDir: string): Connection {
    return openSqlite({ filename: sqliteFilename(url, baseDir) });
  },
};
