/** The query dialect for each datasource provider: a lookup, so shared code never branches on one. */
import type { SqlDialect } from '../../dialects/dialect.js';
import { sqliteDialect } from '../../dialects/sqlite/index.js';

const DIALECTS: Readonly<Record<string, SqlDialect>> = { sqlite: sqliteDialect };

export function dialectFor(provider: string): SqlDialect | null {
  return DIALECTS[provider] ?? null;
}
