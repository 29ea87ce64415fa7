/**
 * The MySQL / MariaDB driver: a mysql2 pool per client. Statements run with the text protocol
 * (`query`, mysql2 escapes the parameters client-side), rows as arrays; transactions hold one pooled
 * connection from BEGIN to COMMIT. mysql2 is loaded on first connect, so an application on another
 * database never loads it. BIGINT and DECIMAL come back as strings, DATETIME as text, JSON as text:
 * the codecs (./codecs.ts) turn them into Prisma's values.
 */
import type { FieldPacket, Pool, PoolConnection, PoolOptions, ResultSetHeader } from 'mysql2/promise';
import type { Connection, ExecuteResult, IsolationLevel, QueryResult, SqlQuery, Transaction } from '../driver.js';
import { MysqlPoolTimeoutError } from './errors.js';
import { typeNameOf } from './field-types.js';
import type { MysqlUrl } from './url.js';

/** The value options the codecs rely on (also applied per statement on a pool made elsewhere). */
export const VALUE_OPTIONS = { supportBigNumbers: true, bigNumberStrings: true, decimalNumbers: false, dateStrings: true, jsonStrings: true, timezone: 'Z' } as const;

/** Options every Refract pool uses, whatever the URL says. */
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
    ...VALUE_OPTIONS,
    multipleStatements: true,
    charset: 'utf8mb4_unicode_ci',
  };
}

/**
 * Per-statement options for a pool made elsewhere (a driver adapter given the application's pool):
 * exact numbers and date text whatever the pool says; JSON read as text through `typeCast` when the
 * pool would parse it.
 */
interface StatementOptions {
  readonly supportBigNumbers?: boolean;
  readonly bigNumberStrings?: boolean;
  readonly dateStrings?: boolean;
  readonly typeCast?: (field: { type: string; extendedFormat?: string; string(encoding?: string): string | null }, next: () => unknown) => unknown;
}

function statementOptionsFor(pool: Pool): StatementOptions {
  const config = (pool as unknown as { pool?: { config?: { connectionConfig?: { jsonStrings?: boolean } } } }).pool?.config?.connectionConfig;
  const base = { supportBigNumbers: true, bigNumberStrings: true, dateStrings: true };
  if (config?.jsonStrings === true) return base;
  // MySQL 8 types JSON columns; MariaDB marks them in the extended metadata. JSON text is UTF-8.
  return { ...base, typeCast: (field, next) => (field.type === 'JSON' || field.extendedFormat === 'json' ? field.string('utf8') : next()) };
}

const ISOLATION_SQL: Readonly<Record<IsolationLevel, string>> = {
  ReadUncommitted: 'READ UNCOMMITTED',
  ReadCommitted: 'READ COMMITTED',
  RepeatableRead: 'REPEATABLE READ',
  Snapshot: 'SNAPSHOT',
  Serializable: 'SERIALIZABLE',
};

/** One pooled connection's statements, with the per-statement options of its pool. */
class Statements {
  constructor(
    private readonly connection: PoolConnection,
    private readonly options: StatementOptions,
  ) {}

  async query(q: SqlQuery): Promise<QueryResult> {
    const [rows, fields] = (await this.connection.query({ ...this.options, sql: q.sql, values: [...q.params], rowsAsArray: true })) as [unknown, FieldPacket[] | undefined];
    if (!Array.isArray(rows) || fields === undefined) return { columns: [], rows: [] };
    return { columns: fields.map((f) => f.name), rows: rows as unknown[][], declaredTypes: fields.map((f) => typeNameOf(f)) };
  }

  async execute(q: SqlQuery): Promise<ExecuteResult> {
    const [result] = await this.connection.query({ ...this.options, sql: q.sql, values: [...q.params] });
    if (Array.isArray(result)) return { affectedRows: result.length, lastInsertId: null };
    const header = result as ResultSetHeader;
    // With bigNumberStrings mysql2 gives ids past 2^53 as text: keep them exact.
    const id: unknown = header.insertId;
    const lastInsertId = typeof id === 'string' ? BigInt(id) : typeof id === 'number' && id !== 0 ? id : null;
    return { affectedRows: header.affectedRows, lastInsertId };
  }

  async script(sql: string): Promise<void> {
    await this.connection.query(sql);
  }
}

export class MysqlConnection implements Connection {
  private pool: Pool | null;
  private opening: Promise<Pool> | null = null;
  private readonly ownsPool: boolean;
  private readonly options: StatementOptions;

  /**
   * `pool`: a mysql2 promise pool made elsewhere (values read exactly per statement whatever its
   * options); ended on close only when `ownsPool`. Without one, a pool is made from `url`.
   */
  constructor(
    private readonly url: MysqlUrl,
    pool?: Pool,
    ownsPool = pool === undefined,
  ) {
    this.pool = pool ?? null;
    this.ownsPool = ownsPool;
    this.options = pool === undefined ? {} : statementOptionsFor(pool);
  }

  private open(): Promise<Pool> {
    if (this.pool !== null) return Promise.resolve(this.pool);
    this.opening ??= import('mysql2/promise').then((mysql) => {
      const pool = mysql.createPool(mysqlPoolOptions(this.url));
      // DATETIME values are UTC (the codecs write and read them so): CURRENT_TIMESTAMP defaults too.
      pool.pool.on('connection', (connection) => connection.query("SET time_zone = '+00:00'"));
      this.pool = pool;
      return pool;
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

  private async withStatements<T>(work: (s: Statements) => Promise<T>): Promise<T> {
    const connection = await this.acquire();
    try {
      return await work(new Statements(connection, this.options));
    } finally {
      connection.release();
    }
  }

  query(q: SqlQuery): Promise<QueryResult> {
    return this.withStatements((s) => s.query(q));
  }

  execute(q: SqlQuery): Promise<ExecuteResult> {
    return this.withStatements((s) => s.execute(q));
  }

  executeScript(sql: string): Promise<void> {
    return this.withStatements((s) => s.script(sql));
  }

  async begin(options?: { readonly isolationLevel?: IsolationLevel }): Promise<Transaction> {
    const connection = await this.acquire();
    try {
      // SET TRANSACTION applies to the next transaction only: the pooled connection keeps its default.
      if (options?.isolationLevel !== undefined) await connection.query(`SET TRANSACTION ISOLATION LEVEL ${ISOLATION_SQL[options.isolationLevel]}`);
      await connection.query('BEGIN');
    } catch (error) {
      connection.release();
      throw error;
    }
    return new MysqlTransaction(connection, new Statements(connection, this.options));
  }

  async close(): Promise<void> {
    const pool = this.pool ?? (this.opening === null ? null : await this.opening.catch(() => null));
    this.pool = null;
    this.opening = null;
    if (pool !== null && this.ownsPool) await pool.end();
  }
}

/** One pooled connection between BEGIN and COMMIT / ROLLBACK; released at the end either way. */
class MysqlTransaction implements Transaction {
  private done = false;

  constructor(
    private readonly connection: PoolConnection,
    private readonly statements: Statements,
  ) {}

  query(q: SqlQuery): Promise<QueryResult> {
    return this.statements.query(q);
  }

  execute(q: SqlQuery): Promise<ExecuteResult> {
    return this.statements.execute(q);
  }

  executeScript(sql: string): Promise<void> {
    return this.statements.script(sql);
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

/** A connection for tools (migrate, tests): the same driver. */
export function openMysql(url: MysqlUrl): MysqlConnection {
  return new MysqlConnection(url);
}
