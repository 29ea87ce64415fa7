// Fresh SQLite files in a temp dir for migrate tests, and a catalog reader.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSqlite } from '../../../src/dialects/sqlite/driver.js';
import type { SqliteConnection } from '../../../src/dialects/sqlite/driver.js';

export function tempDbPath(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refract-migrate-'));
  return path.join(dir, `${name}.db`);
}

export function freshSqlite(name: string, copyFrom?: string): SqliteConnection {
  const file = tempDbPath(name);
  if (copyFrom !== undefined) fs.copyFileSync(copyFrom, file);
  return openSqlite({ filename: file });
}

/** `name -> sql` for every table and index the user created (SQLite's own objects left out). */
export function catalog(connection: SqliteConnection): Map<string, string> {
  const rows = connection.db.prepare("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'").all() as { name: string; sql: string }[];
  return new Map(rows.map((r) => [r.name, r.sql]));
}

export const PRISMA7_DB = '/work/shared/conformance/interop/prisma7.db';
