/** The SQLite driver: better-sqlite3, one connection per client, prepared statements cached by text. */
import Database from 'better-sqlite3';
import type { Connection, ExecuteResult, IsolationLevel, QueryResult, SqlQuery, Transaction } from '../driver.js';

export interface SqliteConnectionOptions {
  /** A file path, or `:memory:`. */
  readonly filename: string;
  readonly readonly?: boolean;
}

export function openSqlite(options: SqliteConnectionOptions): SqliteConnection {
  const db = new Database(options.filename, { readonly: options.readonly ?? false });
  // Prisma's SQLite connector turns foreign keys on for every connection.
  db.pragma('foreign_keys = ON');
  // Unicode-aware case folding for `mode: 'insensitive'` (SQLite's lower() folds ASCII only).
  db.function('refract_lower', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : value));
  return new SqliteConnection(db);
}

export class SqliteConnection implements Connection {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(readonly db: Database.Database) {}

  private prepare(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  async query(query: SqlQuery): Promise<QueryResult> {
    const statement = this.prepare(query.sql);
    if (!statement.reader) {
      statement.run(...query.params);
      return { columns: [], rows: [] };
    }
    const rows = statement.raw(true).all(...query.params) as unknown[][];
    const columns = statement.columns();
    return { columns: columns.map((c) => c.name), rows, declaredTypes: columns.map((c) => c.type) };
  }

  async execute(query: SqlQuery): Promise<ExecuteResult> {
    const info = this.prepare(query.sql).run(...query.params);
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
