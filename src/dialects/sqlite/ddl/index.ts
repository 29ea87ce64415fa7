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
  quoteIdentifier: quoteDoubleQuoted,
  columnSpec: sqliteColumnSpec,
  render: renderSqliteStatement,
  normalizeDefault: (sql) => sql.trim(),
  introspect: (db) => introspectSqlite(db),
  resetScript: sqliteResetScript,
});

export { renderCreateTable } from './create-table.js';
export { introspectSqlite } from './introspect.js';
