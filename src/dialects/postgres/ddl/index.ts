/** PostgreSQL's DDL dialect: column types, statement rendering, introspection and reset. */
import type { DdlDialect } from '../../ddl/dialect.js';
import { quoteDoubleQuoted } from '../../ddl/helpers.js';
import { postgresColumnSpec, postgresNativeTypeOf } from './column-spec.js';
import { introspectPostgres } from './introspect.js';
import { normalizeDefault } from './normalize.js';
import { postgresCanCast } from './casts.js';
import { renderPostgresStatement } from './render.js';
import { postgresResetScript } from './reset.js';

export const postgresDdl: DdlDialect = Object.freeze<DdlDialect>({
  provider: 'postgresql',
  capabilities: Object.freeze({ nativeEnums: true, redefinesTables: false, inlineForeignKeys: false, joinTablePrimaryKey: true, scalarLists: true, transactionalDdl: true }),
  // Prisma's migrate takes an advisory lock with this key (72707369, "prisma" in its own scheme).
  advisoryLock: Object.freeze({ acquire: 'SELECT pg_advisory_lock(72707369)', release: 'SELECT pg_advisory_unlock(72707369)' }),
  quoteIdentifier: quoteDoubleQuoted,
  columnSpec: postgresColumnSpec,
  render: renderPostgresStatement,
  normalizeDefault,
  nativeTypeOf: postgresNativeTypeOf,
  canCastColumn: postgresCanCast,
  introspect: introspectPostgres,
  resetScript: postgresResetScript,
  migrationsTableSql: [
    'CREATE TABLE "_prisma_migrations" (',
    '    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,',
    '    "checksum"              VARCHAR(64) NOT NULL,',
    '    "finished_at"           TIMESTAMPTZ,',
    '    "migration_name"        VARCHAR(255) NOT NULL,',
    '    "logs"                  TEXT,',
    '    "rolled_back_at"        TIMESTAMPTZ,',
    '    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),',
    '    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0',
    ');',
  ].join('\n'),
});

export { introspectPostgres } from './introspect.js';
