/** Errors the MySQL dialect raises itself (the server's own errors are mapped in src/client/errors). */

/** A datasource URL the MySQL driver cannot use. */
export class MysqlUrlError extends Error {
  override readonly name = 'MysqlUrlError';
}

/** No pooled connection became free within `pool_timeout` (Prisma's P2024). */
export class MysqlPoolTimeoutError extends Error {
  override readonly name = 'MysqlPoolTimeoutError';
  // The client's error table reads `code`, `timeoutMs` and `connectionLimit` (P2024).
  readonly code = 'POOL_TIMEOUT';
  constructor(
    readonly timeoutMs: number,
    readonly connectionLimit: number,
  ) {
    super(`Timed out fetching a new connection from the connection pool. (Current connection pool timeout: ${timeoutMs / 1000}, connection limit: ${connectionLimit})`);
  }
}
