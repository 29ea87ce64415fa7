/** SQLite's DDL dialect: column types, statement rendering, introspection and reset. */
import type { DdlDialect } from '../../ddl/dialect.js';
import { quoteDoubleQuoted } from '../../ddl/helpers.js';
import { sqliteColumnSpec } from './column-spec.js';
import { introspectSqlite } from './introspect.js';
import { renderSqliteStatement } from './render.js';
import { sqliteResetScript } from './reset.js';

export const sqliteDdl: DdlDialect = Object.freeze<DdlDialect>({
  provider: 'sqlite',
  capabilities: Object.freeze({ nativeEnums: false, redefinesTables: true, inlineForeignKeys: true, joinTablePrimaryKey: false, scalarLists: false }),
  // A table rebuild (DROP + RENAME) under a view fails the modern RENAME's view check; legacy mode skips it.
  scriptWrapper: Object.freeze({ before: 'PRAGMA legacy_alter_table=ON;', after: 'PRAGMA legacy_alter_table=OFF;' }),
  quoteIdentifier: quoteDoubleQuoted,
  columnSpec: sqliteColumnSpec,
  render: renderSqliteStatement,
  normalizeDefault: (sql) => sql.trim(),
  // SQLite has no native type attributes.
  nativeTypeOf: () => null,
  // A redefinition copies values as they are; SQLite's columns take any value.
  canCastColumn: () => true,
  introspect: (db) => introspectSqlite(db),
  resetScript: sqliteResetScript,
  migrationsTableSql: [
    'CREATE TABLE "_prisma_migrations" (',
    '    "id"                    TEXT PRIMARY KEY NOT NULL,',
    '    "checksum"              TEXT NOT NULL,',
    '    "finished_at"           DATETIME,',
    '    "migration_name"        TEXT NOT NULL,',
    '    "logs"                  TEXT,',
    '    "rolled_back_at"        DATETIME,',
    '    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,',
    '    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0',
    ');',
  ].join('\n'),
});

export { renderCreateTable } from './create-table.js';
export { introspectSqlite } from './introspect.js';
