/**
 * `db push` on MySQL: name the URL's database and create it when the server does not have it yet
 * (Prisma's db push does the same), with Prisma's character set and collation.
 */
import type { DatabaseDescription } from '../dialect.js';
import { mysqlPoolOptions } from './driver.js';
import { MysqlUrlError } from './errors.js';
import { parseMysqlUrl } from './url.js';

export async function prepareMysqlDatabase(url: string, baseDir: string): Promise<DatabaseDescription> {
  const parsed = parseMysqlUrl(url, baseDir);
  const database = parsed.database;
  if (database === null) throw new MysqlUrlError('The database URL names no database (mysql://user:password@host:port/database).');
  const server = parsed.socketPath ?? `${parsed.host}:${parsed.port}`;
  const description: DatabaseDescription = {
    description: `MySQL database "${database}" at "${server}"`,
    label: `MySQL database "${database}" from "${server}"`,
    created: null,
  };
  const mysql = await import('mysql2/promise');
  const { database: _omitted, connectionLimit: _limit, ...options } = mysqlPoolOptions({ ...parsed, database: null });
  const admin = await mysql.createConnection(options);
  try {
    const [rows] = await admin.query('SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?', [database]);
    if (Array.isArray(rows) && rows.length > 0) return description;
    await admin.query(`CREATE DATABASE \`${database.replaceAll('`', '``')}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    return { ...description, created: `MySQL database ${database} created at ${server}` };
  } finally {
    await admin.end();
  }
}
