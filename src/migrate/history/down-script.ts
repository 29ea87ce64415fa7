/**
 * A migration's `down.sql`: the reverse diff, from what the migration builds back to what was there
 * before, with the same data-loss warnings header `migration.sql` carries (in comments).
 */
import type { DbSchema } from '../../dialects/ddl/description.js';
import { dataLossChecks, describeDataLoss } from '../data-loss/index.js';
import { diff } from '../diff/diff.js';
import { renderMigrationScript } from '../render.js';

export function renderDownScript(after: DbSchema, before: DbSchema, provider: string): string {
  const statements = diff(after, before);
  if (statements.length === 0) return '-- This is an empty migration.\n';
  const { warnings } = describeDataLoss(dataLossChecks(statements, after));
  return renderMigrationScript(statements, provider, warnings);
}
