// A uniquely named PostgreSQL database per test, and a minimal Connection over `pg` for it (the
// client engine's PostgreSQL driver is not in the tree yet; switch to it when it lands).
import pg from 'pg';
import type { Connection, ExecuteResult, QueryResult, SqlQuery, Transaction } from '../../../src/dialects/driver.js';

const BASE = process.env.PG_URL_BASE ?? 'postgresql://postgres@127.0.0.1:5432';

export const postgresEnabled = (process.env.REFRACT_TEST_DB ?? 'postgres') === 'postgres';

export interface TestDatabase {
  readonly connection: Connection;
  drop(): Promise<void>;
}

export async function freshPostgres(label: string): Promise<TestDatabase> {
  const name = `refract_migrate_${label}_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: `${BASE}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const client = new pg.Client({ connectionString: `${BASE}/${name}` });
  await client.connect();
  const connection = clientConnection(client);
  return {
    connection,
    async drop() {
      await client.end();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

function clientConnection(client: pg.Client): Connection {
  const query = async (q: SqlQuery): Promise<QueryResult> => {
    const result = await client.query({ text: q.sql, values: [...q.params], rowMode: 'array' });
    return { columns: result.fields.map((f) => f.name), rows: result.rows as unknown[][] };
  };
  const execute = async (q: SqlQuery): Promise<ExecuteResult> => {
    const result = await client.query({ text: q.sql, values: [...q.params] });
    return { affectedRows: result.rowCount ?? 0, lastInsertId: null };
  };
  const executeScript = async (sql: string): Promise<void> => {
    await client.query(sql);
  };
  return {
    query,
    execute,
    executeScript,
    async begin(): Promise<Transaction> {
      await client.query('BEGIN');
      return { query, execute, executeScript, commit: async () => void (await client.query('COMMIT')), rollback: async () => void (await client.query('ROLLBACK')) };
    },
    close: async () => undefined,
  };
}
