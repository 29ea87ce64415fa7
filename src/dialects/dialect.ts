/**
 * The query-side dialect: everything the shared SQL compiler (src/client/engine) needs to know about
 * one database. A new database is a folder of these hooks, never an `if (provider === ...)` in shared
 * code (Kysely's dialect design). Values cross this interface in Prisma's JS representation on one
 * side (Date, bigint, Decimal, Uint8Array, plain JSON values) and the driver's on the other.
 */
import type { Connection } from './driver.js';

/** The type of a column as the engine sees it: a Prisma scalar type, or `Enum` for enum columns. */
export type ColumnType = 'String' | 'Boolean' | 'Int' | 'BigInt' | 'Float' | 'Decimal' | 'DateTime' | 'Json' | 'Bytes' | 'Enum';

/** JSON value kinds the filters test for. */
export type JsonKind = 'null' | 'true' | 'false' | 'string' | 'number' | 'array' | 'object' | 'present';

export interface DialectCapabilities {
  /** `INSERT/UPDATE/DELETE ... RETURNING`. */
  readonly supportsReturning: boolean;
  /** `SELECT DISTINCT ON (...)`; otherwise `distinct` is applied in memory, as Prisma does. */
  readonly supportsDistinctOn: boolean;
  /** `createMany({ skipDuplicates })`. */
  readonly supportsSkipDuplicates: boolean;
  /** Json `array_contains` and path comparisons (gt/gte/lt/lte). */
  readonly supportsJsonArrayContains: boolean;
  /** createManyAndReturn / updateManyAndReturn. */
  readonly supportsManyAndReturn: boolean;
  /** `mode: 'insensitive'` in filters. */
  readonly supportsInsensitiveMode: boolean;
  /** One connection only: queries on the base client during an interactive transaction run inside it. */
  readonly singleConnection: boolean;
  /** `NULLS FIRST` / `NULLS LAST` in ORDER BY. */
  readonly supportsNullsOrdering: boolean;
  /**
   * Prisma 7's SQLite adapter types a groupBy aggregate column from the first row: when the first
   * Decimal `_sum`/`_min`/`_max` is a whole number, every row's value is read as an integer (truncated).
   */
  readonly groupByAggregateTypeFromFirstRow: boolean;
  /** Raw query parameters that are JS arrays bind as SQL arrays (`= ANY($1)`), not as JSON text. */
  readonly arrayParameters?: boolean;
}

/** How the CLI names a datasource's database (`db push`, `migrate reset`). */
export interface DatabaseDescription {
  /** `SQLite database "dev.db" at "file:./dev.db"`, `PostgreSQL database "shop", schema "public" at "localhost:5432"`. */
  readonly description: string;
  /** For reset messages: `SQLite database "dev.db" from "file:./dev.db"`. */
  readonly label: string;
  /** Said when the database did not exist and was created (`SQLite database dev.db created at file:./dev.db`), else null. */
  readonly created: string | null;
}

/**
 * A database upsert in one statement (`INSERT ... ON CONFLICT (key) DO UPDATE` / `ON DUPLICATE KEY
 * UPDATE`), used for the upserts that meet Prisma's database-upsert conditions.
 */
export interface NativeUpsert {
  /**
   * True when the clause fires on a conflict of any unique key, not only the one named (MySQL): the
   * engine then uses it only for a model whose one unique key is that one.
   */
  readonly anyUniqueKey: boolean;
  /** How the assignments name the existing row's columns (`alias.col`), or null for bare names. */
  readonly existingRowAlias: string | null;
  /**
   * The statement (no RETURNING): insert `values` (in `columns` order) into `table`; when a row with
   * the same `conflictColumns` exists, apply `assignments` to it instead. The values come before the
   * assignments in the text (parameters are numbered by position).
   */
  statement(table: string, columns: string, values: string, conflictColumns: readonly string[], assignments: string): string;
}

export interface SqlDialect {
  readonly provider: string;
  readonly capabilities: DialectCapabilities;
  /** The most bound parameters one statement may carry (multi-row INSERTs are chunked below it). */
  readonly maxParameters: number;
  /** Isolation levels accepted by `$transaction` (Prisma.TransactionIsolationLevel's keys). */
  readonly isolationLevels: readonly string[];
  quoteIdentifier(name: string): string;
  /** The placeholder of the `index`-th parameter (1-based): `?` or `$1`. */
  placeholder(index: number): string;
  /**
   * ` LIMIT n OFFSET m` (with the leading space), or `''` when both are null. Each is an SQL integer
   * expression (a literal or a parameter marker); LIMIT's is written before OFFSET's, so bound
   * parameters keep that order.
   */
  limitOffset(limit: string | null, offset: string | null): string;

  /** A JSON object from (key, SQL expression) pairs. */
  jsonObject(pairs: readonly (readonly [string, string])[]): string;
  /** Aggregates JSON values (one per row of the FROM it is used in) into a JSON array; `'[]'` when empty. */
  jsonArrayAgg(valueExpression: string): string;
  /**
   * For databases whose derived tables cannot see the outer query's columns (MariaDB): the aggregate
   * with its own ORDER BY (`orderBy` is ` ORDER BY ...` or '') and page, written in that order (value
   * first, then the ORDER BY, then LIMIT's expression before OFFSET's: parameters are numbered by
   * position; `limit`/`offset` as in `limitOffset`). When present, relation reads aggregate the related
   * rows directly (`SELECT agg(...) FROM t WHERE link`) instead of through an ordered derived table.
   */
  jsonArrayAggOrdered?(valueExpression: string, orderBy: string, limit: string | null, offset: string | null): string;
  /** Marks a text expression holding JSON (from a subquery column) as JSON so it nests, not as a string. */
  jsonNest(expression: string): string;
  /** A column value as it must be put into JSON so it survives (BLOBs as hex, big integers as text). */
  jsonEncodeColumn(expression: string, type: ColumnType): string;
  /** A top-level selected column expression (e.g. big integers read exactly). */
  selectColumn(expression: string, type: ColumnType): string;

  /** A JS value (already checked against the type) to the driver's parameter representation. */
  encode(value: unknown, type: ColumnType): unknown;
  /** A driver value from a top-level column to the JS value. */
  decode(value: unknown, type: ColumnType): unknown;
  /** A value read out of JSON aggregation (what `jsonEncodeColumn` made of it) to the JS value. */
  decodeFromJson(value: unknown, type: ColumnType): unknown;
  /** Case-insensitive comparison: wraps both sides. */
  insensitive(expression: string): string;
  /** Case-sensitive LIKE (`contains` in default mode, as the database compares). */
  like(left: string, right: string, insensitive: boolean): string;
  /** An INSERT of a row with every column defaulted (`INSERT INTO t DEFAULT VALUES`; MySQL: `() VALUES ()`). */
  insertDefaultValues(table: string): string;
  /**
   * `createMany({ skipDuplicates })`: a multi-row INSERT rewritten to skip rows that break a unique
   * constraint (PostgreSQL appends `ON CONFLICT DO NOTHING`, MySQL writes `INSERT IGNORE`). Only
   * called when `capabilities.supportsSkipDuplicates`.
   */
  insertSkippingDuplicates?(insert: string): string;
  /** One-statement upserts; absent: an upsert reads the row, then updates or creates it. */
  readonly nativeUpsert?: NativeUpsert;
  /**
   * Scalar lists (PostgreSQL arrays): a list filter on `column`, the list operand bound at
   * `placeholder` (`has` binds a one-item list; `isEmpty` / `isNotEmpty` bind nothing). Databases
   * without scalar lists leave it out and the schema never has list fields there.
   */
  listFilter?(op: 'has' | 'hasSome' | 'hasEvery' | 'isEmpty' | 'isNotEmpty' | 'equals', column: string, placeholder: string): string;
  /**
   * The operand of an atomic number operation (`increment` ... `divide`) on an Int field, bound at
   * `placeholder`, for drivers that bind a JS number as a floating-point value (better-sqlite3): e.g.
   * `CAST(? AS INTEGER)`, so `views / 4` still divides as integers. Default: the placeholder as is.
   */
  integerOperand?(placeholder: string): string;
  /** A list update's `push`: `column` with the list bound at `placeholder` appended. */
  listAppend?(column: string, placeholder: string): string;
  /**
   * An ORDER BY item with NULLs placed first or last, for databases without `NULLS FIRST/LAST`
   * (`capabilities.supportsNullsOrdering` false): e.g. `e IS NULL, e ASC` on MySQL.
   */
  orderNulls?(expression: string, direction: 'asc' | 'desc', nulls: 'first' | 'last'): string;
  /**
   * A subquery that reads the table an UPDATE / DELETE writes (`updateMany({ limit })`): MySQL refuses
   * one (and LIMIT inside IN) unless it is materialized as a derived table. Default: unchanged.
   */
  writeTargetSubquery?(select: string): string;
  /** Full-text search (`search` filter): true when the text of `columns` matches the query bound at `placeholder`. */
  fullTextSearch?(columns: readonly string[], placeholder: string): string;
  /** `orderBy: { _relevance }`: the relevance of `columns` to the query bound at `placeholder`. */
  fullTextRelevance?(columns: readonly string[], placeholder: string): string;
  /** Concatenation of SQL text expressions. */
  concat(parts: readonly string[]): string;

  /** A JSON path lookup: the value at `path` of a Json column, as JSON text and as an SQL scalar. */
  jsonExtract(column: string, path: string): string;
  jsonExtractText(column: string, path: string): string;
  /** The number at `path` as an SQL number (NULL when it is not a number); default `jsonExtract`. */
  jsonExtractNumber?(column: string, path: string): string;
  /**
   * A Json filter's `path` argument in the engine's path form (`$.a.b[0]`): PostgreSQL's Prisma paths
   * are string arrays (`['a', 'b', '0']`). Anything else is returned unchanged (and then refused).
   */
  jsonPathArgument?(path: unknown): unknown;
  /** True when the value at `path` exists and is of the given JSON kind (`present`: exists at all). */
  jsonTypeIs(column: string, path: string, kind: JsonKind): string;
  /** The path of the first / last element of the array at `path`. */
  jsonPathIndex(path: string, index: 'first' | 'last'): string;
  /** True when the JSON array `extracted` contains the JSON value bound at `placeholder`. */
  jsonArrayContains(extracted: string, placeholder: string): string;
  /** A JSON value as a parameter. */
  jsonParam(placeholder: string): string;

  /**
   * For `db push`: describes the URL's database and creates it when it does not exist yet (an SQLite
   * file is created by opening it; a server database by CREATE DATABASE), as Prisma's db push does.
   */
  prepareDatabase?(url: string, baseDir: string): Promise<DatabaseDescription>;
  /** Opens a connection from a datasource URL (`file:` for SQLite); `baseDir` resolves relative files. */
  connect(url: string, baseDir: string): Connection;
}
