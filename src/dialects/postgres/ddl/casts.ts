/**
 * Which column type changes PostgreSQL can make in place (`SET DATA TYPE`, with `USING` where needed).
 * Anything converts to text and back (the back way may fail on bad values), numbers convert among
 * themselves, booleans to and from integers; the rest (a boolean into a timestamp) has no cast.
 */
import type { ColumnFamily, DbColumn } from '../../ddl/description.js';

const NUMBERS: ReadonlySet<ColumnFamily> = new Set(['int', 'bigint', 'float', 'decimal']);

export function postgresCanCast(from: DbColumn, to: DbColumn): boolean {
  if (from.isList !== to.isList) return false;
  const a = from.family;
  const b = to.family;
  if (a === b || a === 'string' || b === 'string' || a === 'unsupported' || b === 'unsupported') return true;
  if (NUMBERS.has(a) && NUMBERS.has(b)) return true;
  return (a === 'boolean' && b === 'int') || (a === 'int' && b === 'boolean');
}
