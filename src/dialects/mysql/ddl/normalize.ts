/**
 * MySQL and MariaDB report types and defaults in their own words (`int(11)`, `tinyint(1)`,
 * `current_timestamp(3)`, `0.000000000000000000000000000000`, `1` for true). These put them in the
 * form our renderer writes, so a described schema and an introspected database compare equal when
 * they are.
 */
import { enumColumnType } from './column-spec.js';

/** `enum('A','B''s')` -> ['A', "B's"]. */
export function parseEnumValues(columnType: string): string[] {
  const values: string[] = [];
  const inner = columnType.slice(columnType.indexOf('(') + 1, columnType.lastIndexOf(')'));
  const pattern = /'((?:[^'\\]|''|\\.)*)'/g;
  for (let m = pattern.exec(inner); m !== null; m = pattern.exec(inner)) {
    values.push((m[1] ?? '').replaceAll("''", "'").replace(/\\(.)/g, '$1'));
  }
  return values;
}

const INTEGER_NAMES: Readonly<Record<string, string>> = { tinyint: 'TINYINT', smallint: 'SMALLINT', mediumint: 'MEDIUMINT', int: 'INTEGER', integer: 'INTEGER', bigint: 'BIGINT' };

/** COLUMN_TYPE (`int(11) unsigned`, `varchar(191)`, `enum('A','B')`) -> our DDL spelling. */
export function normalizeColumnType(columnType: string, isJson: boolean): string {
  const type = columnType.trim().toLowerCase();
  if (isJson || type === 'json') return 'JSON';
  if (type.startsWith('enum(')) return enumColumnType(parseEnumValues(columnType));
  if (type === 'year(4)') return 'YEAR';
  if (type === 'tinyint(1)' || type === 'boolean' || type === 'bool') return 'BOOLEAN';
  const integer = /^(tinyint|smallint|mediumint|int|integer|bigint)(?:\(\d+\))?( unsigned)?( zerofill)?$/.exec(type);
  if (integer !== null) return `${INTEGER_NAMES[integer[1] ?? 'int'] ?? 'INTEGER'}${integer[2] === undefined ? '' : ' UNSIGNED'}`;
  return type.replace(/\s*,\s*/g, ',').toUpperCase();
}

/** A default's SQL in comparable form (both sides of a comparison go through it). */
export function normalizeMysqlDefault(sql: string): string {
  const text = sql.trim();
  const now = /^(?:current_timestamp|now)(?:\((\d*)\))?$/i.exec(text);
  if (now !== null) return now[1] ? `CURRENT_TIMESTAMP(${now[1]})` : 'CURRENT_TIMESTAMP';
  if (/^true$/i.test(text)) return '1';
  if (/^false$/i.test(text)) return '0';
  const unquoted = /^'(-?\d+(?:\.\d+)?)'$/.exec(text)?.[1] ?? text;
  if (/^-?\d+\.\d+$/.test(unquoted)) return unquoted.replace(/0+$/, '').replace(/\.$/, '');
  if (/^-?\d+$/.test(unquoted)) return unquoted;
  return text;
}
