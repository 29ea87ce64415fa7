/**
 * The PostgreSQL driver over `pg`: a pool sized by `connection_limit`, a checkout queue bounded by
 * `pool_timeout` (P2024), transactions on one pooled connection with an optional isolation level,
 * and named prepared statements per connection unless `pgbouncer=true` or `statement_cache_size=0`.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Connection, ExecuteResult, IsolationLevel, Queryable, QueryResult, SqlQuery, Transaction } from '../driver.js';
import { REFRACT_PG_TYPES, typeNameOf } from './types.js';
import type { PostgresUrl } from './url.js';
import { parsePostgresUrl } from './url.js';

/** No pooled connection became free within `pool_timeout` (Prisma's P2024). */
export class PoolTimeoutError extends Error {
  override readonly name = 'PoolTimeoutError';
  readonly code = 'POOL_TIMEOUT';
  constructor(
    readonly timeoutMs: number,
    readonly connectionLimit: number,
  ) {
    super(`Timed out fetching a new connection from the connection pool. (Current connection pool timeout: ${timeoutMs / 1000}, connection limit: ${connectionLimit})`);
  }
}

/** The server did not answer within `connect_timeout` (Prisma's P1001, like a refused connection). */
export class ConnectTimeoutError extends Error {
  override readonly name = 'ConnectTimeoutError';
  // Socket-error shape: the client's error table reads `code`, `address` and `port`.
  readonly code = 'EHOSTUNREACH';
  constructor(
    readonly address: string,
    readonly port: number,
  ) {
    super(`Can't reach database server at ${address}:${port} within the connect timeout`);
  }
}

/** Bounds the text -> statement name map (one-off raw SQL must not grow it forever). */
const NAME_CACHE_LIMIT = 2000;

/**
 * COMMIT found the transaction aborted (a statement inside it failed, and PostgreSQL ignores every
 * later one until the end of the block), so the server rolled it back. Shaped as pg's own error for
 * `in_failed_sql_transaction` (25P02), which the client reports as P2028. Prisma 7 reports such a
 * transaction as committed.
 */
export class CommitRolledBackError extends Error {
  override readonly name = 'CommitRolledBackError';
  readonly code = '25P02';
  readonly severity = 'ERROR';
  constructor() {
    super('The transaction was rolled back, not committed: a statement inside it failed, and PostgreSQL aborts the whole transaction at its first error');
  }
}

const ISOLATION_SQL: Readonly<Record<IsolationLevel, string | null>> = {
  ReadUncommitted: 'READ UNCOMMITTED',
  ReadCommitted: 'READ COMMITTED',
  RepeatableRead: 'REPEATABLE READ',
  Serializable: 'SERIALIZABLE',
  Snapshot: null,
};

/** Waiters for a free slot of the pool, first come first served. */
class Checkout {
  private inUse = 0;
  private readonly waiters: (() => void)[] = [];

  constructor(
    private readonly limit: number,
    private readonly timeoutMs: number,
  ) {}

  acquire(): Promise<void> {
    if (this.inUse < this.limit) {
      this.inUse++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      let timer: NodeJS.Timeout | null = null;
      const waiter = (): void => {
        if (timer) clearTimeout(timer);
        this.inUse++;
        resolve();
      };
      this.waiters.push(waiter);
      if (this.timeoutMs > 0) {
        timer = setTimeout(() => {
          const i = this.waiters.indexOf(waiter);
          if (i >= 0) this.waiters.splice(i, 1);
          reject(new PoolTimeoutError(this.timeoutMs, this.limit));
        }, this.timeoutMs);
      }
    });
  }

  release(): void {
    this.inUse--;
    const next = this.waiters.shift();
    if (next) next();
  }
}

export interface PostgresConnectionOptions {
  /** Overrides of the URL's settings (e.g. from a driver adapter's pool). */
  readonly url: PostgresUrl;
}

export function openPostgres(url: string, baseDir?: string): PostgresConnection {
  return new PostgresConnection(parsePostgresUrl(url, baseDir));
}

function poolConfig(url: PostgresUrl): pg.PoolConfig {
  const config: pg.PoolConfig = {
    host: url.host,
    port: url.port,
    user: url.user,
    database: url.database,
    max: url.connectionLimit,
    ssl: url.ssl,
    types: REFRACT_PG_TYPES,
    idleTimeoutMillis: 300_000,
    allowExitOnIdle: true,
  };
  if (url.password !== undefined) config.password = url.password;
  if (url.connectTimeoutMs > 0) config.connectionTimeoutMillis = url.connectTimeoutMs;
  if (url.socketTimeoutMs > 0) config.query_timeout = url.socketTimeoutMs;
  if (url.applicationName !== undefined) config.application_name = url.applicationName;
  if (url.options !== undefined) config.options = url.options;
  return config;
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Runs statements on one checked-out client: prepared statements are named per client. */
class ClientRunner implements Queryable {
  constructor(
    private readonly owner: PostgresConnection,
    readonly client: pg.PoolClient,
  ) {}

  query(q: SqlQuery): Promise<QueryResult> {
    return this.owner.runQuery(this.client, q);
  }

  execute(q: SqlQuery): Promise<ExecuteResult> {
    return this.owner.runExecute(this.client, q);
  }

  async executeScript(sql: string): Promise<void> {
    await this.client.query(sql);
  }
}

export class PostgresConnection implements Connection {
  readonly pool: pg.Pool;
  private readonly checkout: Checkout;
  /** Named statements prepared on each client (by name). */
  private readonly prepared = new WeakMap<pg.PoolClient, Set<string>>();
  /** Statement names by SQL text: hashing the text on every call cost more than the call itself. */
  private readonly names = new Map<string, string>();
  private closed = false;
  private readonly ownsPool: boolean;

  /**
   * `pool`: an application's own `pg.Pool` (a driver adapter's); it keeps its settings and is not
   * ended by `close()`. Without one, a pool is made from the URL's parameters.
   */
  constructor(
    readonly url: PostgresUrl,
    pool?: pg.Pool,
  ) {
    this.ownsPool = pool === undefined;
    this.pool = pool ?? new pg.Pool(poolConfig(url));
    // An idle client losing its server connection must not crash the process.
    this.pool.on('error', () => undefined);
    if (url.schema !== 'public') {
      const setPath = `SET search_path TO ${quoteIdent(url.schema)}`;
      // Queued before any other statement on the new client.
      this.pool.on('connect', (client) => void client.query(setPath).catch(() => undefined));
    }
    this.checkout = new Checkout(url.connectionLimit, url.poolTimeoutMs);
  }

  /** A client of the pool, waiting at most `pool_timeout` for a free one. */
  async acquire(): Promise<pg.PoolClient> {
    await this.checkout.acquire();
    try {
      return await this.pool.connect();
    } catch (error) {
      this.checkout.release();
      // pg reports a connect timeout as a plain Error without a code.
      if (error instanceof Error && !('code' in error) && /timeout/i.test(error.message)) throw new ConnectTimeoutError(this.url.host, this.url.port);
      throw error;
    }
  }

  releaseClient(client: pg.PoolClient, broken = false): void {
    client.release(broken);
    this.checkout.release();
  }

  private statementName(client: pg.PoolClient, sql: string): string | undefined {
    if (this.url.pgbouncer || this.url.statementCacheSize === 0) return undefined;
    let names = this.prepared.get(client);
    if (!names) {
      names = new Set();
      this.prepared.set(client, names);
    }
    let name = this.names.get(sql);
    if (name === undefined) {
      name = `r${createHash('sha1').update(sql).digest('base64url').slice(0, 20)}`;
      if (this.names.size >= NAME_CACHE_LIMIT) this.names.clear();
      this.names.set(sql, name);
    }
    if (names.has(name)) return name;
    // Full cache: run unnamed (pg has no way to evict a named statement of a live client).
    if (names.size >= this.url.statementCacheSize) return undefined;
    names.add(name);
    return name;
  }

  async runQuery(client: pg.PoolClient, q: SqlQuery): Promise<QueryResult> {
    const name = this.statementName(client, q.sql);
    const config: pg.QueryArrayConfig = { text: q.sql, values: q.params as unknown[], rowMode: 'array', types: REFRACT_PG_TYPES };
    if (name) config.name = name;
    const result = await client.query(config);
    // A multi-statement text gives several results; the last one's rows are the answer.
    const last = Array.isArray(result) ? (result[result.length - 1] as pg.QueryArrayResult) : result;
    const fields = last.fields ?? [];
    return { columns: fields.map((f) => f.name), rows: last.rows ?? [], declaredTypes: fields.map((f) => typeNameOf(f.dataTypeID)) };
  }

  async runExecute(client: pg.PoolClient, q: SqlQuery): Promise<ExecuteResult> {
    const name = this.statementName(client, q.sql);
    const config: pg.QueryArrayConfig = { text: q.sql, values: q.params as unknown[], rowMode: 'array', types: REFRACT_PG_TYPES };
    if (name) config.name = name;
    const result = await client.query(config);
    return { affectedRows: result.rowCount ?? 0, lastInsertId: null };
  }

  private async withClient<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.acquire();
    let broken = false;
    try {
      return await work(client);
    } catch (error) {
      // A connection-level failure (no SQLSTATE) leaves the client unusable.
      broken = !(error instanceof pg.DatabaseError);
      throw error;
    } finally {
      this.releaseClient(client, broken);
    }
  }

  query(q: SqlQuery): Promise<QueryResult> {
    return this.withClient((c) => this.runQuery(c, q));
  }

  execute(q: SqlQuery): Promise<ExecuteResult> {
    return this.withClient((c) => this.runExecute(c, q));
  }

  executeScript(sql: string): Promise<void> {
    return this.withClient(async (c) => void (await c.query(sql)));
  }

  async begin(options?: { readonly isolationLevel?: IsolationLevel }): Promise<Transaction> {
    const client = await this.acquire();
    const level = options?.isolationLevel ? ISOLATION_SQL[options.isolationLevel] : null;
    try {
      await client.query(level ? `BEGIN ISOLATION LEVEL ${level}` : 'BEGIN');
    } catch (error) {
      this.releaseClient(client, true);
      throw error;
    }
    return new PostgresTransaction(this, client);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.ownsPool) await this.pool.end();
  }
}

/** An open transaction: its statements run on one client, released on COMMIT / ROLLBACK. */
export class PostgresTransaction extends ClientRunner implements Transaction {
  private done = false;

  constructor(
    private readonly connection: PostgresConnection,
    client: pg.PoolClient,
  ) {
    super(connection, client);
  }

  private async finish(statement: 'COMMIT' | 'ROLLBACK'): Promise<void> {
    if (this.done) return;
    this.done = true;
    let broken = false;
    try {
      const result = await this.client.query(statement);
      // PostgreSQL answers COMMIT of a transaction aborted by an earlier error with a ROLLBACK, not an
      // error: say so rather than report a commit that did not happen.
      if (statement === 'COMMIT' && result.command === 'ROLLBACK') throw new CommitRolledBackError();
    } catch (error) {
      broken = true;
      throw error;
    } finally {
      this.connection.releaseClient(this.client, broken);
    }
  }

  commit(): Promise<void> {
    return this.finish('COMMIT');
  }

  rollback(): Promise<void> {
    return this.finish('ROLLBACK');
  }
}
