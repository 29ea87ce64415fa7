/**
 * The MySQL / MariaDB driver: a mysql2 pool per client. Statements run with the text protocol
 * (`pool.query`, mysql2 escapes the parameters client-side), rows as arrays; transactions hold one
 * pooled connection from BEGIN to COMMIT. mysql2 is loaded on first connect, so an application on
 * another database never loads it. BIGINT and DECIMAL come back as strings, DATETIME as text, JSON as
 * text: the codecs (./codecs.ts) turn them into Prisma's values.
 */
import type { FieldPacket, Pool, PoolConnection, PoolOptions, ResultSetHeader } from 'mysql2/promise';
import type { Connection, ExecuteResult, IsolationLevel, QueryResult, Queryable, SqlQuery, Transaction } from '../driver.js';
import { MysqlPoolTimeoutError } from './errors.js';
import { typeNameOf } from './field-types.js';
import type { MysqlUrl } from './url.js';

/** Options every Refract connection uses, whatever the URL says. */
export function mysqlPoolOptions(url: MysqlUrl): PoolOptions {
  return {
    host: url.host,
    port: url.port,
    user: url.user,
    password: url.password,
    ...(url.database !== null ? { database: url.database } : {}),
    ...(url.socketPath !== null ? { socketPath: url.socketPath } : {}),
    ...(url.ssl !== null ? { ssl: url.ssl } : {}),
    connectionLimit: url.connectionLimit,
    connectTimeout: url.connectTimeoutMs,
    // Exact values: the codecs read BIGINT / DECIMAL / DATETIME / JSON from their text.
    supportBigNumbers: true,
    bigNumberStrings: true,
    decimalNumbers: false,
    dateStrings: true,
    jsonStrings: true,
    timezone: 'Z',
    multipleStatements: true,
    charset: 'utf8mb4_unicode_ci',
  };
}

const ISOLATION_SQL: Readonly<Record<IsolationLevel, string>> = {
  ReadUncommitted: 'READ UNCOMMITTED',
  ReadCommitted: 'READ COMMITTED',
  RepeatableRead: 'REPEATABLE READ',
  Snapshot: 'SNAPSHOT',
  Serializable: 'SERIALIZABLE',
};

type Runner = Pick<Pool, 'query'> | Pick<PoolConnection, 'query'>;

async function runQuery(runner: Runner, q: SqlQuery): Promise<QueryResult> {
  const [rows, fields] = (await runner.query({ sql: q.sql, values: [...q.params], rowsAsArray: true })) as [unknown, FieldPacket[] | undefined];
  if (!Array.isArray(rows) || fields === undefined) return { columns: [], rows: [] };
  return {
    columns: fields.map((f) => f.name),
    rows: rows as unknown[][],
    declaredTypes: fields.map((f) => typeNameOf(f)),
  };
}

async function runExecute(runner: Runner, q: SqlQuery): Promise<ExecuteResult> {
  const [result] = await runner.query({ sql: q.sql, values: [...q.params] });
  if (Array.isArray(result)) return { affectedRows: result.length, lastInsertId: null };
  const header = result as ResultSetHeader;
  return { affectedRows: header.affectedRows, lastInsertId: header.insertId === 0 ? null : header.insertId };
}

export class MysqlConnection implements Connection {
  private pool: Pool | null = null;
  private opening: Promise<Pool> | null = null;

  constructor(private readonly url: MysqlUrl) {}

  private open(): Promise<Pool> {
    if (this.pool !== null) return Promise.resolve(this.pool);
    this.opening ??= import('mysql2/promise').then((mysql) => {
      this.pool = mysql.createPool(mysqlPoolOptions(this.url));
      return this.pool;
    });
    return this.opening;
  }

  /** A pooled connection within `pool_timeout` (P2024 otherwise). */
  private async acquire(): Promise<PoolConnection> {
    const pool = await this.open();
    const timeout = this.url.poolTimeoutMs;
    const pending = pool.getConnection();
    if (timeout === 0) return pending;
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new MysqlPoolTimeoutError(timeout, this.url.connectionLimit)), timeout);
    });
    try {
      return await Promise.race([pending, expired]);
    } catch (error) {
      // A connection that arrives after the timeout goes back to the pool.
      void pending.then((c) => c.release()).catch(() => undefined);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  private async withConnection<T>(work: (c: PoolConnection) => Promise<T>): Promise<T> {
    const connection = await this.acquire();
    try {
      return await work(connection);
    } finally {
      connection.release();
    }
  }

  query(q: SqlQuery): Promise<QueryResult> {
    return this.withConnection((c) => runQuery(c, q));
  }

  execute(q: SqlQuery): Promise<ExecuteResult> {
    return this.withConnection((c) => runExecute(c, q));
  }

  async executeScript(sql: string): Promise<void> {
    await this.withConnection((c) => c.query(sql));
  }

  async begin(options?: { readonly isolationLevel?: IsolationLevel }): Promise<Transaction> {
    const connection = await this.acquire();
    try {
      if (options?.isolationLevel !== undefined) await connection.query(`SET TRANSACTION ISOLATION LEVEL ${ISOLATION_SQL[options.isolationLevel]}`);
      await connection.query('BEGIN');
    } catch (error) {
      connection.release();
      throw error;
    }
    return new MysqlTransaction(connection);
  }

  async close(): Promise<void> {
    const pool = this.pool ?? (this.opening === null ? null : await this.opening.catch(() => null));
    this.pool = null;
    this.opening = null;
    if (pool !== null) await pool.end();
  }
}

/** One pooled connection between BEGIN and COMMIT / ROLLBACK; released at the end either way. */
class MysqlTransaction implements Transaction {
  private done = false;

  constructor(private readonly connection: PoolConnection) {}

  query(q: SqlQuery): Promise<QueryResult> {
    return runQuery(this.connection, q);
  }

  execute(q: SqlQuery): Promise<ExecuteResult> {
    return runExecute(this.connection, q);
  }

  async executeScript(sql: string): Promise<void> {
    await this.connection.query(sql);
  }

  commit(): Promise<void> {
    return this.finish('COMMIT');
  }

  rollback(): Promise<void> {
    return this.finish('ROLLBACK');
  }

  private async finish(statement: string): Promise<void> {
    if (this.done) return;
    this.done = true;
    try {
      await this.connection.query(statement);
    } finally {
      this.connection.release();
    }
  }
}

/** A one-off connection for tools (migrate, tests): the same driver, a pool of one. */
export function openMysql(url: MysqlUrl): MysqlConnection {
  return new MysqlConnection(url);
}

export type { Queryable };
