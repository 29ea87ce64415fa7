/**
 * `--force-reset` on MySQL: drop every view and table of the current database with foreign key checks
 * off for the script (one session: the script runs on one connection).
 */
import type { Queryable } from '../../driver.js';
import { q } from './names.js';

export async function mysqlResetScript(db: Queryable): Promise<string> {
  const result = await db.query({
    sql: `SELECT TABLE_TYPE, TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_TYPE DESC, TABLE_NAME`,
    params: [],
  });
  if (result.rows.length === 0) return '';
  const drops = result.rows.map(([type, name]) => `DROP ${String(type) === 'VIEW' ? 'VIEW' : 'TABLE'} IF EXISTS ${q(String(name))};`);
  return ['SET FOREIGN_KEY_CHECKS = 0;', ...drops, 'SET FOREIGN_KEY_CHECKS = 1;'].join('\n');
}
