/** Raw SQL: the `Sql` template value (`Prisma.sql/join/raw/empty`), raw calls -> driver queries, typed raw rows. */
export { Sql, sql, join, raw, empty, isSql } from './sql.js';
export type { RawValue } from './sql.js';
export { RawSqlError } from './raw-sql-error.js';
export { sqlFromRawCall, toDriverQuery, unsafeQuery } from './raw-call.js';
export type { PlaceholderStyle } from './raw-call.js';
export { rawRowsToObjects, typeFromDeclared, typeFromValue } from './raw-result.js';
export type { RawColumnType } from './raw-result.js';
