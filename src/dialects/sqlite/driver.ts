/** The SQLite driver: better-sqlite3, one connection per client, prepared statements cached by text. */
import type Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import type { Connection, ExecuteResult, IsolationLevel, QueryResult, SqlQuery, Transaction } from '../driver.js';

export interface SqliteConnectionOptions {
  /** A file path, or `:memory:`. */
  readonly filename: string;
  readonly readonly?: boolean;
}

let betterSqlite3: typeof Database | undefined;

/**
 * better-sqlite3 (a native addon), loaded on the first SQLite connection rather than at import: the
 * runtime holds every dialect, and an application on PostgreSQL or MySQL must not pay for this one.
 */
function loadBetterSqlite3(): typeof Database {
  betterSqlite3 ??= createRequire(import.meta.url)('better-sqlite3') as typeof Database;
  return betterSqlite3;
}

export function openSqlite(options: SqliteConnectionOptions): SqliteConnection {
  const BetterSqlite3 = loadBetterSqlite3();
  const db = new BetterSqlite3(options.filename, { readonly: options.readonly ?? false });
  // Prisma's SQLite connector turns foreign keys on for every connection.
  db.pragma('foreign_keys = ON');
  // Unicode-aware case folding for `mode: 'insensitive'` (SQLite's lower() folds ASCII only).
  db.function('refract_lower', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : value));
  return new SqliteConnection(db);
}

interface Prepared {
  readonly statement: Database.Statement;
  /** Column names and declared types, read once per statement (null for statements without rows). */
  readonly columns: readonly string[] | null;
  readonly declaredTypes: readonly (string | null)[] | null;
}

/** Prepared statements kept per connection, by SQL text; bounded so one-off raw SQL cannot grow it forever. */
const STATEMENT_CACHE_LIMIT = 1000;

export class SqliteConnection implements Connection {
  private readonly statements = new Map<string, Prepared>();

  constructor(readonly db: Database.Database) {}

  private prepare(sql: string): Prepared {
    let prepared = this.statements.get(sql);
    if (!prepared) {
      const statement = this.db.prepare(sql);
      const columns = statement.reader ? statement.columns() : null;
      if (statement.reader) statement.raw(true);
      prepared = { statement, columns: columns?.map((c) => c.name) ?? null, declaredTypes: columns?.map((c) => c.type) ?? null };
      if (this.statements.size >= STATEMENT_CACHE_LIMIT) this.statements.clear();
      this.statements.set(sql, prepared);
    }
    return prepared;
  }

  async query(query: SqlQuery): Promise<QueryResult> {
    return this.querySync(query);
  }

  querySync(query: SqlQuery): QueryResult {
    const { statement, columns, declaredTypes } = this.prepare(query.sql);
    if (!columns || !declaredTypes) {
      statement.run(...query.params);
      return { columns: [], rows: [] };
    }
    if (query.firstRowOnly === true) {
      // SQLite makes every change of a write during its first step: stopping after one row loses none.
      const row = statement.get(...query.params) as unknown[] | undefined;
      return { columns, rows: row === undefined ? [] : [row], declaredTypes };
    }
    const rows = statement.all(...query.params) as unknown[][];
    return { columns, rows, declaredTypes };
  }

  async execute(query: SqlQuery): Promise<ExecuteResult> {
    const { statement, columns } = this.prepare(query.sql);
    // A statement that returns rows (INSERT ... RETURNING) cannot be `run` in raw mode: read and count.
    if (columns) {
      const rows = statement.all(...query.params) as unknown[][];
      return { affectedRows: rows.length, lastInsertId: null };
    }
    const info = statement.run(...query.params);
    return { affectedRows: info.changes, lastInsertId: info.lastInsertRowid };
  }

  async executeScript(sql: string): Promise<void> {
    this.db.exec(sql);
  }

  async begin(_options?: { readonly isolationLevel?: IsolationLevel }): Promise<Transaction> {
    // SQLite is always serializable; a deferred BEGIN is what Prisma's connector issues.
    this.db.exec('BEGIN');
    return {
      query: (q) => this.query(q),
      querySync: (q) => this.querySync(q),
      execute: (q) => this.execute(q),
      executeScript: (s) => this.executeScript(s),
      commit: async () => void this.db.exec('COMMIT'),
      rollback: async () => void this.db.exec('ROLLBACK'),
    };
  }

  async close(): Promise<void> {
    this.statements.clear();
    this.db.close();
  }
}
