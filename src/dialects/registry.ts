/**
 * Provider name -> dialect, loaded lazily so an application on SQLite never loads `pg` or `mysql2`.
 * The one place that maps a provider string to a dialect folder.
 */
import type { SqlDialect } from './dialect.js';

export class UnsupportedProviderError extends Error {
  override readonly name = 'UnsupportedProviderError';
  constructor(readonly provider: string) {
    super(`Refract does not support the "${provider}" provider yet (supported: sqlite, postgresql, mysql).`);
  }
}

export async function loadDialect(provider: string): Promise<SqlDialect> {
  switch (provider) {
    case 'sqlite':
      return (await import('./sqlite/index.js')).sqliteDialect;
    default:
      throw new UnsupportedProviderError(provider);
  }
}
