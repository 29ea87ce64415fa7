/**
 * Provider name -> query dialect: the one place that maps a provider string to a dialect folder, used
 * by the client engine and the CLI alike. Dialect objects are cheap; each loads its driver package
 * (`pg`, `mysql2`) only when a connection is first used, so an application on SQLite never loads them.
 */
import type { SqlDialect } from './dialect.js';
import { mysqlDialect } from './mysql/dialect.js';
import { postgresDialect } from './postgres/dialect.js';
import { sqliteDialect } from './sqlite/dialect.js';

export class UnsupportedProviderError extends Error {
  override readonly name = 'UnsupportedProviderError';
  constructor(readonly provider: string) {
    super(`Refract does not support the "${provider}" provider yet (supported: sqlite, postgresql, mysql).`);
  }
}

const DIALECTS: Readonly<Record<string, SqlDialect>> = {
  sqlite: sqliteDialect,
  postgresql: postgresDialect,
  // `postgres` is accepted as a spelling of the provider in URLs and tests.
  postgres: postgresDialect,
  mysql: mysqlDialect,
};

/** The dialect of a provider, or null when Refract has none for it. */
export function dialectFor(provider: string): SqlDialect | null {
  return DIALECTS[provider] ?? null;
}

export async function loadDialect(provider: string): Promise<SqlDialect> {
  const dialect = dialectFor(provider);
  if (!dialect) throw new UnsupportedProviderError(provider);
  return dialect;
}
