/**
 * `db push` on PostgreSQL: describe the URL's database as Prisma's CLI does, and create the database
 * (and the URL's `schema`) when missing, as Prisma's db push does.
 */
import type { DatabaseDescription } from '../dialect.js';
import { parsePostgresUrl } from './url.js';

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function isMissingDatabase(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '3D000';
}

export async function preparePostgresDatabase(url: string, baseDir: string): Promise<DatabaseDescription> {
  const parsed = parsePostgresUrl(url, baseDir);
  const where = `${parsed.host}:${parsed.port}`;
  const description = `PostgreSQL database "${parsed.database}", schema "${parsed.schema}" at "${where}"`;
  const label = `PostgreSQL database "${parsed.database}" schema "${parsed.schema}" at "${where}"`;
  const { PostgresConnection } = await import('./driver.js');
  let created: string | null = null;
  const target = new PostgresConnection({ ...parsed, connectionLimit: 1 });
  try {
    try {
      await target.executeScript('SELECT 1');
    } catch (error) {
      if (!isMissingDatabase(error)) throw error;
      // The maintenance database every server has.
      const admin = new PostgresConnection({ ...parsed, database: 'postgres', schema: 'public', connectionLimit: 1 });
      try {
        await admin.executeScript(`CREATE DATABASE ${quoteIdent(parsed.database)}`);
      } finally {
        await admin.close();
      }
      created = `PostgreSQL database ${parsed.database} created at ${where}`;
    }
    const again = created ? new PostgresConnection({ ...parsed, connectionLimit: 1 }) : target;
    try {
      await again.executeScript(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(parsed.schema)}`);
    } finally {
      if (again !== target) await again.close();
    }
  } finally {
    await target.close();
  }
  return { description, label, created };
}
