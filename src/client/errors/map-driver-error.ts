/**
 * Driver error -> `MappedError`: one table per driver in ./drivers/. A thrown value is recognised by
 * its shape (better-sqlite3's `SQLITE_*` codes, pg's SQLSTATE + severity, mysql2's errno + sqlState),
 * so the caller never names its database. A new driver adds a file and one line here.
 */
import type { MappedDriverError } from './mapped-error.js';
import { mapMysqlError } from './drivers/mysql.js';
import { mapPostgresError, mapSocketError } from './drivers/postgres.js';
import { mapSqliteError } from './drivers/sqlite.js';

const TABLES: readonly ((error: unknown) => MappedDriverError | null)[] = [mapSqliteError, mapPostgresError, mapMysqlError, mapSocketError];

/** The mapped form of a driver's error, or null when `error` is not a database driver's error. */
export function mapDriverError(error: unknown): MappedDriverError | null {
  for (const table of TABLES) {
    const mapped = table(error);
    if (mapped) return mapped;
  }
  return null;
}
