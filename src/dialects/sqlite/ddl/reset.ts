/** `--force-reset` on SQLite: drop every view and table (indexes and triggers go with them). */
import type { Queryable } from '../../driver.js';
import { quoteDoubleQuoted as q } from '../../ddl/helpers.js';

export async function sqliteResetScript(db: Queryable): Promise<string> {
  const result = await db.query({ sql: "SELECT type, name FROM main.sqlite_master WHERE type IN ('view', 'table') AND name NOT LIKE 'sqlite_%' ORDER BY type DESC, rowid", params: [] });
  const drops = result.rows.map(([type, name]) => `DROP ${type === 'view' ? 'VIEW' : 'TABLE'} ${q(String(name))};`);
  if (drops.length === 0) return '';
  return ['PRAGMA foreign_keys=OFF;', ...drops, 'PRAGMA foreign_keys=ON;'].join('\n');
}
