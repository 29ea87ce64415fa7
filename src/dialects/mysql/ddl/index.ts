/** MySQL's DDL dialect: column types, statement rendering, introspection and reset (MariaDB too). */
import type { DdlDialect } from '../../ddl/dialect.js';
import { quoteMysql } from '../dialect.js';
import { mysqlColumnSpec, mysqlNativeTypeOf } from './column-spec.js';
import { introspectMysql } from './introspect.js';
import { normalizeMysqlDefault, parseEnumValues } from './normalize.js';
import { renderMysqlStatement } from './render.js';
import { mysqlResetScript } from './reset.js';

export const mysqlDdl: DdlDialect = Object.freeze<DdlDialect>({
  provider: 'mysql',
  capabilities: Object.freeze({ inlineIndexes: true, nativeEnums: false, redefinesTables: false, inlineForeignKeys: false, joinTablePrimaryKey: false, scalarLists: false }),
  // Named locks are per server, so the name carries the database; the timeout (seconds) bounds the wait.
  advisoryLock: Object.freeze({ acquire: "SELECT GET_LOCK(CONCAT('prisma_migrate_', DATABASE()), 600)", release: "SELECT RELEASE_LOCK(CONCAT('prisma_migrate_', DATABASE()))" }),
  quoteIdentifier: quoteMysql,
  columnSpec: mysqlColumnSpec,
  render: renderMysqlStatement,
  // InnoDB has no SET DEFAULT: MariaDB keeps such a foreign key as RESTRICT (MySQL 8 refuses it).
  storedAction: (action) => (action === 'SetDefault' ? 'Restrict' : action),
  // MODIFY converts in place; only a change to another kind of value (text -> number) may fail on data.
  canCastColumn: (from, to) => from.family === to.family || to.family === 'string',
  normalizeDefault: normalizeMysqlDefault,
  nativeTypeOf: mysqlNativeTypeOf,
  inlineEnumValues: (column) => (column.family === 'enum' && /^ENUM\(/i.test(column.type) ? parseEnumValues(column.type) : null),
  introspect: (db) => introspectMysql(db),
  resetScript: mysqlResetScript,
  migrationsTableSql: [
    'CREATE TABLE `_prisma_migrations` (',
    '    `id`                    VARCHAR(36) PRIMARY KEY NOT NULL,',
    '    `checksum`              VARCHAR(64) NOT NULL,',
    '    `finished_at`           DATETIME(3),',
    '    `migration_name`        VARCHAR(255) NOT NULL,',
    '    `logs`                  TEXT,',
    '    `rolled_back_at`        DATETIME(3),',
    '    `started_at`            DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),',
    '    `applied_steps_count`   INTEGER UNSIGNED NOT NULL DEFAULT 0',
    ') DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;',
  ].join('\n'),
});

export { introspectMysql } from './introspect.js';
export { normalizeColumnType, normalizeMysqlDefault } from './normalize.js';
