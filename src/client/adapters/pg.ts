/**
 * `PrismaPg`: the PostgreSQL driver adapter over `pg`, as `@prisma/adapter-pg` is used:
 *
 *   import { PrismaPg } from 'refract/adapters/pg';
 *   const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });
 *   // or an application's own pool: new PrismaPg(new pg.Pool({ ... }), { schema: 'app' })
 *
 * A connection string is read as Prisma reads datasource URLs (connection_limit, pool_timeout,
 * schema, pgbouncer, sslmode, ...). A pool passed in keeps its own settings and stays open after
 * `$disconnect()` (its owner ends it).
 */
import pg from 'pg';
import type { Connection } from '../../dialects/driver.js';
import { PostgresConnection } from '../../dialects/postgres/driver.js';
import type { PostgresUrl } from '../../dialects/postgres/url.js';
import { parsePostgresUrl } from '../../dialects/postgres/url.js';
import type { RefractDriverAdapter } from './adapter.js';

export interface PrismaPgOptions {
  /** The search_path (`schema=` of a URL). */
  readonly schema?: string;
}

export class PrismaPg implements RefractDriverAdapter {
  readonly provider = 'postgres';
  readonly adapterName = '@prisma/adapter-pg';

  constructor(
    private readonly poolOrConfig: pg.Pool | pg.PoolConfig | string,
    private readonly options: PrismaPgOptions = {},
  ) {}

  connect(): Connection {
    const source = this.poolOrConfig;
    if (typeof source === 'string') return new PostgresConnection(this.withSchema(parsePostgresUrl(source)));
    if (source instanceof pg.Pool) return new PostgresConnection(this.settingsOf(source.options), source);
    // A PoolConfig: Prisma-style URL parameters in its connection string still apply; the config's own
    // fields (max, ssl, ...) win, and the pool is ours to end.
    const url = this.settingsOf(source);
    return new PostgresConnection(url, new pg.Pool({ ...source, max: url.connectionLimit }));
  }

  private withSchema(url: PostgresUrl): PostgresUrl {
    return this.options.schema ? { ...url, schema: this.options.schema } : url;
  }

  private settingsOf(config: pg.PoolConfig): PostgresUrl {
    const base = parsePostgresUrl(config.connectionString ?? 'postgresql://localhost/postgres');
    return this.withSchema({
      ...base,
      connectionLimit: config.max ?? (config.connectionString ? base.connectionLimit : 10),
      // The pool's own connectionTimeoutMillis bounds the wait for a connection.
      poolTimeoutMs: 0,
    });
  }
}
