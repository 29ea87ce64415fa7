/**
 * The DDL side of a dialect: how a database spells the schema's columns, renders DDL statements and
 * describes itself. Migrate (describe, diff, push) talks to databases only through this interface; a
 * dialect answers capability questions instead of shared code testing the provider.
 */
import type { ReferentialAction, Schema, ScalarField } from '../../schema/model.js';
import type { Queryable } from '../driver.js';
import type { ColumnFamily, DbColumn, DbSchema } from './description.js';
import type { DdlStatement } from './statements.js';

export interface DdlCapabilities {
  /** Enums are database types (`CREATE TYPE ... AS ENUM`); otherwise enum columns are text. */
  readonly nativeEnums: boolean;
  /** Columns, primary keys and foreign keys change by rebuilding the table (SQLite), not ALTER TABLE. */
  readonly redefinesTables: boolean;
  /** Foreign keys are written inside CREATE TABLE (SQLite); otherwise added by ALTER TABLE afterwards. */
  readonly inlineForeignKeys: boolean;
  /** A new table's indexes are written inside its CREATE TABLE (MySQL), not as CREATE INDEX steps. */
  readonly inlineIndexes?: boolean;
  /** Implicit many-to-many join tables get a primary key on (A, B) instead of a unique index. */
  readonly joinTablePrimaryKey: boolean;
  /** Scalar lists are stored as array columns. */
  readonly scalarLists: boolean;
  /** DDL runs inside a transaction and rolls back with it (PostgreSQL): each migration gets one. */
  readonly transactionalDdl?: boolean;
}

/**
 * A lock held by one session while `migrate deploy` runs, so two deploys at once apply each migration
 * once (PostgreSQL `pg_advisory_lock`, MySQL `GET_LOCK`). Absent where the database has one writer.
 */
export interface AdvisoryLock {
  readonly acquire: string;
  readonly release: string;
}

/** How one schema field is stored: the column's type and default as this database writes them. */
export interface ColumnSpec {
  readonly type: string;
  readonly family: ColumnFamily;
  /** The default as SQL text, or null (no default, or one the client fills in such as `cuid()`). */
  readonly default: string | null;
  readonly autoincrement: boolean;
}

/** One rendered statement: Prisma's `-- Comment` header word and the SQL (statements end in `;`). */
export interface RenderedStep {
  readonly comment: string;
  readonly sql: string;
}

export interface DdlDialect {
  readonly provider: string;
  readonly capabilities: DdlCapabilities;
  quoteIdentifier(name: string): string;
  /** The column for a scalar, enum or unsupported field of a model in `schema`. */
  columnSpec(field: ScalarField, schema: Schema): ColumnSpec;
  render(statement: DdlStatement): RenderedStep;
  /** For `db pull`: the values of an enum kept in its column (MySQL `ENUM('A', 'B')`), else null. */
  inlineEnumValues?(column: DbColumn): readonly string[] | null;
  /**
   * The referential action the database keeps for one the schema asks for, where it silently keeps
   * another (MariaDB/InnoDB store SET DEFAULT as RESTRICT); default: the same action.
   */
  storedAction?(action: ReferentialAction): ReferentialAction;
  /**
   * Whether a column's values can be converted in place to the new type; when not, the differ drops
   * and re-adds the column (Prisma's "not castable"), so the data-loss checks see what really happens.
   */
  canCastColumn(from: DbColumn, to: DbColumn): boolean;
  /**
   * For `db pull`: the native type attribute a column needs in the schema (`VarChar(255)`, without the
   * `@db.` prefix), or null when its type is the default for its scalar type.
   */
  nativeTypeOf(column: DbColumn): string | null;
  /**
   * A default's SQL in the form the differ compares: the database may keep `'x'::text` for `'x'`.
   * Applied to both sides of a comparison.
   */
  normalizeDefault(sql: string): string;
  /** The live database's description (the default schema, or `schemas` when given). */
  introspect(db: Queryable, schemas?: readonly string[]): Promise<DbSchema>;
  /**
   * SQL run before and after each migration script (SQLite: `legacy_alter_table`, so a table rebuilt
   * under a view the user created is not refused by the rename's view check).
   */
  readonly scriptWrapper?: { readonly before: string; readonly after: string };
  /** The lock `migrate deploy` holds while it applies migrations, when the database has one. */
  readonly advisoryLock?: AdvisoryLock;
  /** Prisma's migration history table, `_prisma_migrations`, as Prisma creates it on this database. */
  readonly migrationsTableSql: string;
  /** SQL that empties the database (every table, view, type; in `schemas` when given), for `--force-reset`. */
  resetScript(db: Queryable, schemas?: readonly string[]): Promise<string>;
}
