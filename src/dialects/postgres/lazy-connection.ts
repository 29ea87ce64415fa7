/**
 * A Connection that loads `pg` on first use: the dialect object is imported by the registry for every
 * provider, and an application on SQLite must never load the PostgreSQL driver.
 */
import type { Connection, ExecuteResult, IsolationLevel, QueryResult, SqlQuery, Transaction } from '../driver.js';
import type { PostgresConnection } from './driver.js';
import type { PostgresUrl } from './url.js';

export class LazyPostgresConnection implements Connection {
  private opened: Promise<PostgresConnection> | null = null;
  private closed = false;

  /** `url` is parsed up front, so a malformed URL fails when the client connects, not at a query. */
  constructor(private readonly url: PostgresUrl) {}

  /** The underlying pooled connection (opens the pool). */
  open(): Promise<PostgresConnection> {
    this.opened ??= import('./driver.js').then((m) => new m.PostgresConnection(this.url));
    return this.opened;
  }

  async query(q: SqlQuery): Promise<QueryResult> {
    return (await this.open()).query(q);
  }

  async execute(q: SqlQuery): Promise<ExecuteResult> {
    return (await this.open()).execute(q);
  }

  async executeScript(sql: string): Promise<void> {
    return (await this.open()).executeScript(sql);
  }

  async begin(options?: { readonly isolationLevel?: IsolationLevel }): Promise<Transaction> {
    return (await this.open()).begin(options);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.opened) await (await this.opened).close();
  }
}
