/**
 * DDL statements: what a diff of two database descriptions yields (a discriminated union, as drizzle-kit's
 * rewrite does), and what each dialect's renderer turns into SQL. A statement carries the tables it
 * touches whole, so a renderer never has to look anything up.
 */
import type { DbColumn, DbEnum, DbForeignKey, DbIndex, DbPrimaryKey, DbTable } from './description.js';

export type DdlStatement =
  | { readonly kind: 'createSchema'; readonly name: string }
  | { readonly kind: 'createEnum'; readonly enum: DbEnum }
  | {
      readonly kind: 'alterEnum';
      readonly from: DbEnum;
      readonly to: DbEnum;
      readonly addedValues: readonly string[];
      readonly removedValues: readonly string[];
      /** Columns of the current database typed by the enum (removing values means swapping their type). */
      readonly usages: readonly EnumUsage[];
      /**
       * Add values at their place in `to.values` (`ADD VALUE ... BEFORE`), not at the end as Prisma's
       * migrations do: down migrations use it to restore an enum's order exactly.
       */
      readonly placeAddedValues?: boolean;
    }
  | { readonly kind: 'dropForeignKey'; readonly table: DbTable; readonly foreignKey: DbForeignKey }
  | { readonly kind: 'dropIndex'; readonly table: DbTable; readonly index: DbIndex }
  | { readonly kind: 'alterTable'; readonly from: DbTable; readonly to: DbTable; readonly changes: readonly TableChange[] }
  | { readonly kind: 'dropTable'; readonly table: DbTable }
  | { readonly kind: 'dropEnum'; readonly enum: DbEnum }
  | { readonly kind: 'createTable'; readonly table: DbTable }
  /** SQLite: tables rebuilt by copy (create `new_X`, copy rows, drop, rename), all in one block. */
  | { readonly kind: 'redefineTables'; readonly tables: readonly TableRedefinition[] }
  | { readonly kind: 'createIndex'; readonly table: DbTable; readonly index: DbIndex }
  | { readonly kind: 'addForeignKey'; readonly table: DbTable; readonly foreignKey: DbForeignKey }
  /** Same constraint, new name (databases that rename in place; SQLite drops and recreates instead). */
  | { readonly kind: 'renameForeignKey'; readonly table: DbTable; readonly from: DbForeignKey; readonly to: DbForeignKey }
  | { readonly kind: 'renameIndex'; readonly table: DbTable; readonly from: DbIndex; readonly to: DbIndex };

export type DdlStatementKind = DdlStatement['kind'];

/** The order statements run in (Prisma's): drops that would block a step come before the step. */
export const STATEMENT_ORDER: readonly DdlStatementKind[] = [
  'createSchema',
  'createEnum',
  'alterEnum',
  'dropForeignKey',
  'dropIndex',
  'alterTable',
  'dropTable',
  'dropEnum',
  'createTable',
  'redefineTables',
  'createIndex',
  'addForeignKey',
  'renameForeignKey',
  'renameIndex',
];

export interface EnumUsage {
  readonly table: DbTable;
  readonly column: DbColumn;
  /** The column's default once the enum is changed (set again after the type swap), or null. */
  readonly defaultAfter: string | null;
}

export interface TableRedefinition {
  readonly from: DbTable;
  readonly to: DbTable;
}

export type TableChange =
  | { readonly kind: 'addColumn'; readonly column: DbColumn }
  | { readonly kind: 'dropColumn'; readonly column: DbColumn }
  | { readonly kind: 'alterColumn'; readonly from: DbColumn; readonly to: DbColumn; readonly changes: readonly ColumnChange[] }
  | { readonly kind: 'dropPrimaryKey'; readonly primaryKey: DbPrimaryKey }
  | { readonly kind: 'addPrimaryKey'; readonly primaryKey: DbPrimaryKey };

export type ColumnChange = 'type' | 'nullability' | 'default' | 'autoincrement';
