/** `migrate reset` / `db push --force-reset`: empty the database (tables, views, enum types, history). */
import type { Queryable } from '../dialects/driver.js';
import { ddlDialectFor } from './dialects.js';

export async function resetDatabase(connection: Queryable, provider: string, schemas?: readonly string[]): Promise<void> {
  const script = await ddlDialectFor(provider).resetScript(connection, schemas);
  if (script !== '') await connection.executeScript(script);
}
