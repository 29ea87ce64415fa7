/** `db push` on SQLite: the database file is named as Prisma's CLI names it, and created by opening it. */
import fs from 'node:fs';
import path from 'node:path';
import type { DatabaseDescription } from '../dialect.js';

/** `file` is the URL's absolute path (or `:memory:`). */
export async function prepareSqliteDatabase(url: string, file: string): Promise<DatabaseDescription> {
  const existed = file === ':memory:' || fs.existsSync(file);
  const name = path.basename(file);
  return {
    description: `SQLite database "${name}" at "${url}"`,
    label: `SQLite database "${name}" from "${url}"`,
    created: existed ? null : `SQLite database ${name} created at ${url}`,
  };
}
