/**
 * The database description: what a database contains (or should contain), as plain data. Migrate builds
 * one from the validated schema and one from a live database (introspection), diffs the two into DDL
 * statements (./statements.ts), and each dialect renders those. It lives under src/dialects because the
 * dialects' DDL renderers and introspectors read and build it, and dialects may not import src/migrate.
 *
 * Names are database names (`@map`/`@@map` applied). Types are spelled as the database spells them.
 */
import type { ReferentialAction } from '../../schema/model.js';

export interface DbSchema {
  /** The datasource provider it describes (`sqlite`, `postgresql`, ...): picks the DDL dialect. */
  readonly provider: string;
  /** Database schemas (namespaces) it spans besides the default one (PostgreSQL multiSchema). */
  readonly namespaces: readonly string[];
  /** Tables in creation order (declaration order for a described schema). */
  readonly tables: readonly DbTable[];
  /** Native enum types (PostgreSQL); empty where enums are plain text columns. */
  readonly enums: readonly DbEnum[];
  /** Views are listed (introspection, `db pull`) but never created or dropped by a diff. */
  readonly views: readonly DbView[];
}

export interface DbTable {
  readonly name: string;
  /** The database schema (PostgreSQL namespace) when not the default one; null otherwise. */
  readonly schema: string | null;
  readonly columns: readonly DbColumn[];
  readonly primaryKey: DbPrimaryKey | null;
  /** Unique and normal indexes, in creation order (Prisma's: field uniques, @@index, @@unique). */
  readonly indexes: readonly DbIndex[];
  readonly foreignKeys: readonly DbForeignKey[];
  /**
   * CHECK constraints, where a table rebuild must carry them over (SQLite introspection). A schema
   * cannot describe them, so a described table leaves this undefined: "keep the ones the table has".
   */
  readonly checks?: readonly DbCheck[];
}

export interface DbCheck {
  /** `CONSTRAINT name CHECK (...)`'s name; null for a bare `CHECK (...)`. */
  readonly name: string | null;
  /** The expression between CHECK's parentheses, as the database keeps it. */
  readonly expression: string;
  /** The table's columns the expression mentions (a check on a dropped column cannot be kept). */
  readonly columns: readonly string[];
}

/** What kind of values a column holds: decides data-loss warnings when a column's type changes. */
export type ColumnFamily =
  | 'string'
  | 'int'
  | 'bigint'
  | 'float'
  | 'decimal'
  | 'boolean'
  | 'datetime'
  | 'json'
  | 'bytes'
  | 'enum'
  | 'unsupported';

export interface DbColumn {
  readonly name: string;
  /** The type as rendered in DDL (`TEXT`, `VARCHAR(255)`, `TIMESTAMP(3)`); for a native enum, its name. */
  readonly type: string;
  readonly family: ColumnFamily;
  /** For a native enum column: the enum type's name. */
  readonly enumName: string | null;
  /** The native enum's database schema, when not the default one. */
  readonly enumSchema: string | null;
  /** A scalar list (PostgreSQL arrays). */
  readonly isList: boolean;
  readonly nullable: boolean;
  /** The default as SQL text (`'USER'`, `0`, `CURRENT_TIMESTAMP`), or null. */
  readonly default: string | null;
  /** `@default(autoincrement())`: SQLite AUTOINCREMENT, PostgreSQL SERIAL, MySQL AUTO_INCREMENT. */
  readonly autoincrement: boolean;
}

export interface DbIndexColumn {
  readonly name: string;
  readonly sort: 'Asc' | 'Desc' | null;
  readonly length: number | null;
}

export interface DbPrimaryKey {
  /** The constraint name where the database keeps one (PostgreSQL); null on SQLite. */
  readonly name: string | null;
  readonly columns: readonly DbIndexColumn[];
}

export interface DbIndex {
  readonly name: string;
  readonly unique: boolean;
  readonly columns: readonly DbIndexColumn[];
  /** Partial index predicate, or null. */
  readonly where: string | null;
  /** `Hash`, `Gin`, ... (PostgreSQL), null for the default. */
  readonly algorithm: string | null;
}

export interface DbForeignKey {
  /** Constraint name; null when the database did not keep one. */
  readonly name: string | null;
  readonly columns: readonly string[];
  readonly referencedTable: string;
  readonly referencedSchema: string | null;
  readonly referencedColumns: readonly string[];
  readonly onDelete: ReferentialAction;
  readonly onUpdate: ReferentialAction;
}

export interface DbEnum {
  readonly name: string;
  readonly schema: string | null;
  readonly values: readonly string[];
}

export interface DbView {
  readonly name: string;
  readonly schema: string | null;
  /** The view's SQL as the database keeps it, when available. */
  readonly definition: string | null;
}

/** A database with nothing in it. */
export function emptyDbSchema(provider: string): DbSchema {
  return { provider, namespaces: [], tables: [], enums: [], views: [] };
}
