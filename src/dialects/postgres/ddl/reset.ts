/**
 * `--force-reset` on PostgreSQL: drop the views, tables, sequences and enum types of the current schema
 * (or of each of `schemas`), object by object so no privilege on the schema itself is needed.
 */
import type { Queryable } from '../../driver.js';
import { quoteDoubleQuoted as q, sqlStringLiteral } from '../../ddl/helpers.js';

export async function postgresResetScript(db: Queryable, schemas?: readonly string[]): Promise<string> {
  if (schemas !== undefined && schemas.length > 0) {
    const scripts: string[] = [];
    for (const schema of schemas) {
      const script = await resetIn(db, sqlStringLiteral(schema), schema);
      if (script !== '') scripts.push(script);
    }
    return scripts.join('\n');
  }
  return resetIn(db, 'current_schema()', null);
}

/** `namespace`: an SQL expression for the schema's name. */
async function resetIn(db: Queryable, namespace: string, qualifier: string | null): Promise<string> {
  const prefix = qualifier === null ? '' : `${q(qualifier)}.`;
  const result = await db.query({
    sql: `SELECT kind, name FROM (
            SELECT 1 AS ord, 'VIEW' AS kind, viewname::text AS name FROM pg_views WHERE schemaname = ${namespace}
            UNION ALL SELECT 2, 'MATERIALIZED VIEW', matviewname::text FROM pg_matviews WHERE schemaname = ${namespace}
            UNION ALL SELECT 3, 'TABLE', tablename::text FROM pg_tables WHERE schemaname = ${namespace}
            UNION ALL SELECT 4, 'SEQUENCE', sequencename::text FROM pg_sequences WHERE schemaname = ${namespace}
            UNION ALL SELECT 5, 'TYPE', t.typname::text FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
              WHERE n.nspname = ${namespace} AND t.typtype = 'e'
          ) objects ORDER BY ord, name`,
    params: [],
  });
  return result.rows.map(([kind, name]) => `DROP ${String(kind)} IF EXISTS ${prefix}${q(String(name))} CASCADE;`).join('\n');
}
