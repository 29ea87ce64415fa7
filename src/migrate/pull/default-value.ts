/** A column's SQL default as a schema `@default(...)` argument, or `dbgenerated("...")` when not a literal. */
import type { DbColumn } from '../../dialects/ddl/description.js';
import { pslString } from './names.js';

export function pslDefault(column: DbColumn): string | null {
  if (column.autoincrement) return 'autoincrement()';
  const sql = column.default?.trim();
  if (sql === undefined) return null;
  if (/^(CURRENT_TIMESTAMP(\(\d*\))?|now\(\))$/i.test(sql)) return 'now()';
  const literal = /^'((?:[^']|'')*)'$/.exec(sql);
  if (literal?.[1] !== undefined) {
    const value = literal[1].replaceAll("''", "'");
    if (column.family === 'enum') return /^[A-Za-z][A-Za-z0-9_]*$/.test(value) ? value : null;
    if (['int', 'bigint', 'float', 'decimal'].includes(column.family) && /^-?\d+(\.\d+)?$/.test(value)) return value;
    if (column.family === 'boolean' && /^(true|false)$/i.test(value)) return value.toLowerCase();
    return pslString(value);
  }
  if (/^-?\d+(\.\d+)?$/.test(sql)) {
    if (column.family === 'boolean') return sql === '0' ? 'false' : 'true';
    return sql;
  }
  if (/^(true|false)$/i.test(sql) && column.family === 'boolean') return sql.toLowerCase();
  return `dbgenerated(${pslString(sql)})`;
}
