/** SQLite: the driver (better-sqlite3) and the query dialect. DDL lives in ./ddl (migrate's). */
export { openSqlite, SqliteConnection } from './driver.js';
export type { SqliteConnectionOptions } from './driver.js';
export { sqliteDialect, sqliteFilename } from './dialect.js';
export { formatDateTime } from './codecs.js';
