/**
 * mysql2 reports a result column's type as a protocol number; raw queries type their values by the
 * column's SQL type name (src/client/raw), so the number is named here. TINYINT(1) stays `tinyint`
 * (Prisma's MySQL adapter returns Booleans from raw SQL as 1/0); MariaDB's JSON (LONGTEXT with a
 * `json` format in the extended metadata, or the JSON binary flag on MySQL 8) is `json`.
 */
import type { FieldPacket } from 'mysql2/promise';

const TYPE_NAMES: Readonly<Record<number, string>> = {
  0: 'decimal',
  1: 'tinyint',
  2: 'smallint',
  3: 'int',
  4: 'float',
  5: 'double',
  7: 'timestamp',
  8: 'bigint',
  9: 'mediumint',
  10: 'date',
  11: 'time',
  12: 'datetime',
  13: 'year',
  15: 'varchar',
  16: 'bit',
  245: 'json',
  246: 'decimal',
  247: 'enum',
  248: 'set',
  249: 'blob',
  250: 'blob',
  251: 'blob',
  252: 'blob',
  253: 'varchar',
  254: 'char',
  255: 'geometry',
};

/** The binary collation's id: BLOB-typed columns with any other character set are text. */
const BINARY_CHARSET = 63;

export function typeNameOf(field: FieldPacket): string | null {
  const type = field.columnType ?? field.type;
  if (type === undefined) return null;
  // MariaDB marks its JSON columns in the extended metadata (mysql2's `extendedFormat`).
  if ((field as { extendedFormat?: unknown }).extendedFormat === 'json') return 'json';
  const name = TYPE_NAMES[type] ?? null;
  if (name === 'blob' && field.characterSet !== BINARY_CHARSET) return 'text';
  if ((name === 'varchar' || name === 'char') && field.characterSet === BINARY_CHARSET) return 'varbinary';
  if (name === 'year') return 'int';
  if (name === 'time') return 'text';
  return name;
}
