/** The description of a live database, through the provider's DDL dialect. */
import type { DbSchema } from '../dialects/ddl/description.js';
import type { Queryable } from '../dialects/driver.js';
import { ddlDialectFor } from './dialects.js';

export function introspect(connection: Queryable, provider: string, schemas?: readonly string[]): Promise<DbSchema> {
  return ddlDialectFor(provider).introspect(connection, schemas);
}
