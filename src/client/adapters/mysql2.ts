/**
 * `PrismaMariaDb`: the MySQL / MariaDB driver adapter over `mysql2`, used as `@prisma/adapter-mariadb`
 * is (also exported as `PrismaMysql2`):
 *
 *   import { PrismaMariaDb } from 'refract/adapters/mysql2';
 *   const prisma = new PrismaClient({ adapter: new PrismaMariaDb(process.env.DATABASE_URL) });
 *   // or new PrismaMariaDb({ host, user, database, connectionLimit }), or an application's own pool
 *
 * A connection string is read as Prisma reads datasource URLs (connection_limit, pool_timeout,
 * connect_timeout, socket, sslcert, sslaccept). An options object keeps its own fields and gets the
 * value options Refract's codecs need (exact BIGINT / DECIMAL, date text, JSON text); the adapter ends
 * that pool on `$disconnect()`. A pool passed in stays the application's: it keeps its settings
 * (values are still read exactly, per statement) and stays open after `$disconnect()`.
 */
import mysql from 'mysql2/promise';
import type { Pool, PoolOptions } from 'mysql2/promise';
import type { Connection } from '../../dialects/driver.js';
import { MysqlConnection, VALUE_OPTIONS } from '../../dialects/mysql/driver.js';
import type { MysqlUrl } from '../../dialects/mysql/url.js';
import { parseMysqlUrl } from '../../dialects/mysql/url.js';
import type { RefractDriverAdapter } from './adapter.js';

/** mysql2's callback pool: `.promise()` is the promise pool over the same connections. */
interface CallbackPool {
  getConnection(callback: unknown): void;
  promise(): Pool;
}

export type MysqlAdapterSource = string | PoolOptions | Pool | CallbackPool;

/** The driver's settings for a pool it did not make from a URL: mysql2's own queue does the waiting. */
function poolSettings(connectionLimit: number): MysqlUrl {
  return { ...parseMysqlUrl('mysql://localhost:3306'), connectionLimit, poolTimeoutMs: 0 };
}

export class PrismaMariaDb implements RefractDriverAdapter {
  readonly provider = 'mysql';
  readonly adapterName = '@prisma/adapter-mariadb';

  constructor(private readonly source: MysqlAdapterSource) {}

  connect(): Connection {
    const source = this.source;
    if (typeof source === 'string') return new MysqlConnection(parseMysqlUrl(source));
    if ('getConnection' in source && typeof source.getConnection === 'function') {
      // mysql2/promise's pool wraps the callback pool as `.pool`; a callback pool has `.promise()`.
      const pool = 'pool' in source ? (source as Pool) : (source as CallbackPool).promise();
      return new MysqlConnection(poolSettings(10), pool, false);
    }
    const options = source as PoolOptions;
    const pool = mysql.createPool({ ...options, ...VALUE_OPTIONS, multipleStatements: true });
    return new MysqlConnection(poolSettings(options.connectionLimit ?? 10), pool, true);
  }
}

export { PrismaMariaDb as PrismaMysql2 };
