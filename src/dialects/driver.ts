/**
 * The driver interface: how every layer above talks to a database connection, whatever the database.
 * Each dialect folder implements it over its driver package (better-sqlite3, pg, mysql2). Values cross
 * this line in the driver's own representation; the dialect's codecs convert them to and from Prisma's.
 */

/** One statement with its bound parameters (never interpolated into the text). */
export interface SqlQuery {
  readonly sql: string;
  readonly params: readonly unknown[];
  /**
   * The caller reads the first row only (a write by unique key with RETURNING): a driver may stop
   * after it (better-sqlite3's `get`, ~15 µs cheaper than `all` for an INSERT ... RETURNING).
   */
  readonly firstRowOnly?: boolean;
}

export interface QueryResult {
  /** Column names in select order. */
  readonly columns: readonly string[];
  /** Rows as arrays, in column order: cheaper than objects, and duplicate names survive. */
  readonly rows: readonly (readonly unknown[])[];
  /** The declared column types where the driver knows them (SQLite `decltype`), for typing raw rows. */
  readonly declaredTypes?: readonly (string | null)[];
}

export interface ExecuteResult {
  readonly affectedRows: number;
  /** The last inserted row id where the database reports one (SQLite rowid, MySQL insertId). */
  readonly lastInsertId: bigint | number | null;
}

export type IsolationLevel = 'ReadUncommitted' | 'ReadCommitted' | 'RepeatableRead' | 'Snapshot' | 'Serializable';

export interface Queryable {
  query(query: SqlQuery): Promise<QueryResult>;
  /**
   * The same as `query`, answered in the calling thread. Only a synchronous driver (better-sqlite3)
   * offers it: the client then runs a read without a promise per layer.
   */
  querySync?(query: SqlQuery): QueryResult;
  execute(query: SqlQuery): Promise<ExecuteResult>;
  /** Several statements separated by `;`, no parameters (DDL scripts, migrations). */
  executeScript(sql: string): Promise<void>;
}

export interface Transaction extends Queryable {
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

export interface Connection extends Queryable {
  begin(options?: { readonly isolationLevel?: IsolationLevel }): Promise<Transaction>;
  close(): Promise<void>;
}
