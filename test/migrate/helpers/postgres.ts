// A uniquely named PostgreSQL database per test, opened through the project's own PostgreSQL driver.
import pg from 'pg';
import type { Connection } from '../../../src/dialects/driver.js';
import { openPostgres } from '../../../src/dialects/postgres/index.js';

export const PG_BASE = process.env.PG_URL_BASE ?? 'postgresql://postgres@127.0.0.1:5432';

export const postgresEnabled = (process.env.REFRACT_TEST_DB ?? 'postgres') === 'postgres';

export interface TestDatabase {
  readonly connection: Connection;
  readonly url: string;
  drop(): Promise<void>;
}

let counter = 0;

export async function freshPostgres(label: string): Promise<TestDatabase> {
  const name = `refract_migrate_${label}_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const admin = new pg.Client({ connectionString: `${PG_BASE}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  // The project's pooled driver: advisory locks and per-migration transactions need separate sessions.
  const connection = openPostgres(`${PG_BASE}/${name}?connection_limit=4`);
  return {
    connection,
    url: `${PG_BASE}/${name}`,
    async drop() {
      await connection.close();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}
