/** What in a list of DDL statements can lose data or fail on existing rows (see ./index.ts). */
import type { DbCheck, DbColumn, DbEnum, DbIndex, DbTable } from '../../dialects/ddl/description.js';

export type DataLossCheck =
  | { readonly kind: 'dropTable'; readonly table: DbTable }
  | { readonly kind: 'dropColumn'; readonly table: DbTable; readonly column: DbColumn }
  | { readonly kind: 'addRequiredColumn'; readonly table: DbTable; readonly column: DbColumn }
  | { readonly kind: 'makeRequired'; readonly table: DbTable; readonly column: DbColumn }
  | { readonly kind: 'changeType'; readonly table: DbTable; readonly from: DbColumn; readonly to: DbColumn }
  | { readonly kind: 'addUnique'; readonly table: DbTable; readonly index: DbIndex }
  | { readonly kind: 'changePrimaryKey'; readonly table: DbTable }
  | { readonly kind: 'removeEnumValues'; readonly enum: DbEnum; readonly values: readonly string[] }
  /** A table rebuild cannot keep a CHECK constraint on a column it drops (beyond Prisma, which drops them all). */
  | { readonly kind: 'dropCheck'; readonly table: DbTable; readonly check: DbCheck; readonly missing: readonly string[] };

export interface DataLossReport {
  readonly warnings: string[];
  readonly unexecutable: string[];
}
