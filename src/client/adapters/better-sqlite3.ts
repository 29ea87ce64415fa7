/**
 * `PrismaBetterSqlite3`: the SQLite driver adapter over better-sqlite3, as
 * `@prisma/adapter-better-sqlite3` is used:
 *
 *   import { PrismaBetterSqlite3 } from 'refract/adapters/better-sqlite3';
 *   const prisma = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: 'file:./dev.db' }) });
 *
 * A relative `file:` URL is resolved against the working directory (the application's, as with
 * Prisma's adapter), not the schema's folder.
 */
import Database from 'better-sqlite3';
import type { Connection } from '../../dialects/driver.js';
import { sqliteFilename } from '../../dialects/sqlite/dialect.js';
import { openSqlite, SqliteConnection } from '../../dialects/sqlite/driver.js';
import type { RefractDriverAdapter } from './adapter.js';

export interface PrismaBetterSqlite3Options {
  /** `file:./dev.db`, a path, or `:memory:`. */
  readonly url: string;
}

export class PrismaBetterSqlite3 implements RefractDriverAdapter {
  readonly provider = 'sqlite';
  readonly adapterName = '@prisma/adapter-better-sqlite3';

  /** `{ url }`, or an open better-sqlite3 database (the application keeps ownership of its settings). */
  constructor(private readonly source: PrismaBetterSqlite3Options | Database.Database) {}

  connect(): Connection {
    if (this.source instanceof Database) {
      const db = this.source;
      // What openSqlite sets on every connection Refract opens itself.
      db.pragma('foreign_keys = ON');
      db.function('refract_lower', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : value));
      return new SqliteConnection(db);
    }
    return openSqlite({ filename: sqliteFilename(this.source.url, process.cwd()) });
  }
}
