/**
 * The MySQL / MariaDB query dialect: the hooks the shared compiler calls. Written for MariaDB 10.11
 * (the server tests run on) and kept to what MySQL 8 also has where the two agree; differences are in
 * ./README.md. No RETURNING (inserted ids come from `insertId` and the row is re-selected), Booleans
 * are TINYINT(1), JSON is built with JSON_OBJECT / JSON_ARRAYAGG.
 */
import type { ColumnType, JsonKind, SqlDialect } from '../dialect.js';
import type { Connection } from '../driver.js';
import { decodeMysql, decodeMysqlFromJson, encodeMysql } from './codecs.js';
import { MysqlConnection } from './driver.js';
import { prepareMysqlDatabase } from './prepare-database.js';
import { parseMysqlUrl } from './url.js';

export function quoteMysql(name: string): string {
  return `\`${name.replaceAll('`', '``')}\``;
}

function stringLiteral(value: string): string {
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}

/** MySQL has no LIMIT without a count: the largest BIGINT UNSIGNED stands for "all rows". */
const ALL_ROWS = '18446744073709551615';

/** JSON_TYPE() names per JSON kind (MySQL 8 adds UNSIGNED INTEGER and DECIMAL for numbers). */
const JSON_TYPES: Readonly<Record<'null' | 'string' | 'number' | 'array' | 'object', string>> = {
  null: "'NULL'",
  string: "'STRING'",
  number: "'INTEGER', 'UNSIGNED INTEGER', 'DOUBLE', 'DECIMAL'",
  array: "'ARRAY'",
  object: "'OBJECT'",
};

/**
 * A JSON path as SQL. `…[last]` is computed from the array's length: MariaDB 10.11 evaluates a
 * constant `[last]` / `[-1]` path once and reuses the first row's answer for every row.
 */
function pathSql(column: string, path: string): string {
  if (!path.endsWith('[last]')) return stringLiteral(path);
  const array = path.slice(0, -'[last]'.length);
  return `CONCAT(${stringLiteral(`${array}[`)}, JSON_LENGTH(${column}, ${stringLiteral(array)}) - 1, ']')`;
}

function extract(column: string, path: string): string {
  return `JSON_EXTRACT(${column}, ${pathSql(column, path)})`;
}

function jsonTypeIs(column: string, path: string, kind: JsonKind): string {
  const extracted = extract(column, path);
  switch (kind) {
    case 'present':
      return `${extracted} IS NOT NULL`;
    case 'true':
    case 'false':
      return `(JSON_TYPE(${extracted}) = 'BOOLEAN' AND JSON_UNQUOTE(${extracted}) = '${kind}')`;
    case 'null':
    case 'string':
    case 'number':
    case 'array':
    case 'object':
      return `JSON_TYPE(${extracted}) IN (${JSON_TYPES[kind]})`;
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

export const mysqlDialect: SqlDialect = {
  provider: 'mysql',
  capabilities: {
    supportsReturning: false,
    supportsDistinctOn: false,
    supportsSkipDuplicates: true,
    supportsJsonArrayContains: true,
    supportsManyAndReturn: false,
    supportsInsensitiveMode: true,
    singleConnection: false,
    supportsNullsOrdering: false,
    groupByAggregateTypeFromFirstRow: false,
  },
  maxParameters: 65535,
  isolationLevels: ['ReadUncommitted', 'ReadCommitted', 'RepeatableRead', 'Serializable'],
  quoteIdentifier: quoteMysql,
  placeholder: () => '?',
  limitOffset(limit, offset) {
    if (limit === null && offset === null) return '';
    return ` LIMIT ${limit ?? ALL_ROWS}${offset !== null ? ` OFFSET ${offset}` : ''}`;
  },
  jsonObject: (pairs) => `JSON_OBJECT(${pairs.map(([k, e]) => `${stringLiteral(k)}, ${e}`).join(', ')})`,
  jsonArrayAgg: (value) => `COALESCE(JSON_ARRAYAGG(${value}), JSON_ARRAY())`,
  jsonArrayAggOrdered(value, orderBy, limit, offset) {
    const page = limit === null && offset === null ? '' : ` LIMIT ${limit ?? ALL_ROWS}${offset !== null ? ` OFFSET ${offset}` : ''}`;
    return `COALESCE(JSON_ARRAYAGG(${value}${orderBy}${page}), JSON_ARRAY())`;
  },
  jsonNest: (e) => `JSON_COMPACT(${e})`,
  jsonEncodeColumn(e: string, type: ColumnType) {
    switch (type) {
      // Exact digits survive only as text; JSON numbers would be read back as doubles.
      case 'BigInt':
      case 'Decimal':
        return `CAST(${e} AS CHAR)`;
      case 'Bytes':
        return `TO_BASE64(${e})`;
      // A Json column's value travels as its text, decoded like a top-level column (MySQL 8 and
      // MariaDB disagree on whether a JSON column nests as JSON).
      case 'Json':
        return `CAST(${e} AS CHAR)`;
      // DATETIME, DATE and TIME each as their own text (DATE_FORMAT would give a TIME a zero date).
      case 'DateTime':
        return `CAST(${e} AS CHAR)`;
      default:
        return e;
    }
  },
  selectColumn: (e) => e,
  encode: encodeMysql,
  decode: decodeMysql,
  decodeFromJson: decodeMysqlFromJson,
  insensitive: (e) => `LOWER(${e})`,
  // utf8mb4_unicode_ci already compares without case (and accents), as Prisma's MySQL does.
  like: (l, r, insensitive) => (insensitive ? `LOWER(${l}) LIKE LOWER(${r})` : `${l} LIKE ${r}`),
  // MySQL sorts NULLs first ascending, last descending; `e IS NULL` is 1 for NULLs.
  orderNulls: (e, direction, nulls) => `${e} IS NULL ${nulls === 'first' ? 'DESC' : 'ASC'}, ${e} ${direction === 'asc' ? 'ASC' : 'DESC'}`,
  writeTargetSubquery: (select) => `SELECT * FROM (${select}) AS refract_target`,
  // Prisma's MySQL full-text search: boolean mode (`+cat -dog`, `"exact phrase"`); the columns need a
  // FULLTEXT index (`@@fulltext`) on exactly them.
  fullTextSearch: (columns, ph) => `MATCH (${columns.join(', ')}) AGAINST (${ph} IN BOOLEAN MODE)`,
  fullTextRelevance: (columns, ph) => `MATCH (${columns.join(', ')}) AGAINST (${ph} IN BOOLEAN MODE)`,
  concat: (parts) => `CONCAT(${parts.join(', ')})`,
  insertDefaultValues: (table) => `INSERT INTO ${table} () VALUES ()`,
  // ON DUPLICATE KEY UPDATE fires on any unique key; bare column names are the existing row's.
  nativeUpsert: {
    anyUniqueKey: true,
    existingRowAlias: null,
    statement: (table, columns, values, _conflict, assignments) => `INSERT INTO ${table} (${columns}) VALUES (${values}) ON DUPLICATE KEY UPDATE ${assignments}`,
  },
  insertSkippingDuplicates: (insert) => insert.replace(/^INSERT INTO /, 'INSERT IGNORE INTO '),
  jsonExtract: (c, p) => `JSON_UNQUOTE(${extract(c, p)})`,
  jsonExtractText: (c, p) => `JSON_UNQUOTE(${extract(c, p)})`,
  jsonTypeIs,
  jsonPathIndex: (p, index) => `${p}[${index === 'first' ? '0' : 'last'}]`,
  jsonParam: (ph) => `JSON_COMPACT(${ph})`,
  // The item is bound as JSON text.
  jsonArrayContains: (extracted, ph) => `JSON_CONTAINS(${extracted}, ${ph})`,
  prepareDatabase: prepareMysqlDatabase,
  connect(url: string, baseDir: string): Connection {
    return new MysqlConnection(parseMysqlUrl(url, baseDir));
  },
};
