/**
 * `--force-reset` on PostgreSQL: drop the current schema's views, tables, sequences and types (CASCADE),
 * object by object so no privilege on the schema itself is needed.
 */
import type { Queryable } from '../../driver.js';
import { quoteDoubleQuoted as q } from '../../ddl/helpers.js';

export async function postgresResetScript(db: Queryable): Promise<string> {
  const result = await db.query({
    sql: `SELECT kind, name FROM (
            SELECT 1 AS ord, 'VIEW' AS kind, viewname::text AS name FROM pg_views WHERE schemaname = current_schema()
            UNION ALL SELECT 2, 'MATERIALIZED VIEW', matviewname::text FROM pg_matviews WHERE schemaname = current_schema()
            UNION ALL SELECT 3, 'TABLE', tablename::text FROM pg_tables WHERE schemaname = current_schema()
            UNION ALL SELECT 4, 'SEQUENCE', sequencename::text FROM pg_sequences WHERE schemaname = current_schema()
            UNION ALL SELECT 5, 'TYPE', t.typname::text FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
              WHERE n.nspname = current_schema() AND t.typtype = 'e'
          ) objects ORDER BY ord, name`,
    params: [],
  });
  return result.rows.map(([kind, name]) => `DROP ${String(kind)} IF EXISTS ${q(String(name))} CASCADE;`).join('\n');
}
