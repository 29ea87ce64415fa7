/** Small helpers every dialect's DDL shares: families of Prisma scalar types, quoting, actions. */
import type { DefaultValue, ReferentialAction, Schema, ScalarField } from '../../schema/model.js';
import { assertNever } from '../../shared/internal-error.js';
import type { ColumnFamily, DbCheck } from './description.js';
import type { TableRedefinition } from './statements.js';

export function scalarFamily(type: string): ColumnFamily {
  switch (type) {
    case 'String': return 'string';
    case 'Boolean': return 'boolean';
    case 'Int': return 'int';
    case 'BigInt': return 'bigint';
    case 'Float': return 'float';
    case 'Decimal': return 'decimal';
    case 'DateTime': return 'datetime';
    case 'Json': return 'json';
    case 'Bytes': return 'bytes';
    default: return 'unsupported';
  }
}

/** `"name"` with embedded quotes doubled (SQLite, PostgreSQL). */
export function quoteDoubleQuoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** `'text'` with embedded quotes doubled. */
export function sqlStringLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

export function renderReferentialAction(action: ReferentialAction): string {
  switch (action) {
    case 'Cascade': return 'CASCADE';
    case 'Restrict': return 'RESTRICT';
    case 'NoAction': return 'NO ACTION';
    case 'SetNull': return 'SET NULL';
    case 'SetDefault': return 'SET DEFAULT';
    default: return assertNever(action, 'referential action');
  }
}

/** An index column's sort as Prisma writes it: only when the schema gives one (`sort: Asc` too). */
export function sortSql(sort: 'Asc' | 'Desc' | null): string {
  return sort === 'Asc' ? ' ASC' : sort === 'Desc' ? ' DESC' : '';
}

/**
 * The database default of a `@default(fn())`, the same on every database but for `now()`'s SQL:
 * `dbgenerated("…")` is its expression; ids and `autoincrement()` are filled in by the client (or by
 * the column's own autoincrement), so they are no database default (`null`).
 */
export function functionDefaultSql(value: Extract<DefaultValue, { kind: 'function' }>, nowSql: string): string | null {
  switch (value.name) {
    case 'now':
      return nowSql;
    case 'dbgenerated': {
      const expression = value.args[0];
      return expression === undefined ? null : String(expression);
    }
    case 'autoincrement':
    case 'sequence':
    case 'cuid':
    case 'uuid':
    case 'ulid':
    case 'nanoid':
    case 'auto':
      return null;
    default:
      return assertNever(value.name, 'default function');
  }
}

/** How one dialect writes the parts of a column default that differ between databases. */
export interface DefaultSyntax {
  /** A string literal. */
  readonly quote: (text: string) => string;
  /** `now()` as this column wants it (MySQL matches the column's precision). */
  readonly now: string;
  /** A scalar list default from its rendered items (a DdlError where the database has no lists). */
  readonly list: (items: readonly string[]) => string;
}

/** A field's `@default(...)` as SQL, or null when the database holds no default for it. */
export function defaultSql(value: DefaultValue | null, schema: Schema, field: ScalarField, syntax: DefaultSyntax): string | null {
  if (value === null) return null;
  switch (value.kind) {
    case 'string':
      return syntax.quote(value.value);
    case 'number':
      return value.value;
    case 'boolean':
      return value.value ? 'true' : 'false';
    case 'enum': {
      const enumDef = schema.enums.find((e) => e.name === field.type);
      return syntax.quote(enumDef?.values.find((v) => v.name === value.value)?.dbName ?? value.value);
    }
    case 'list':
      return syntax.list(value.values.map((item) => defaultSql(item, schema, field, syntax) ?? 'NULL'));
    case 'function':
      return functionDefaultSql(value, syntax.now);
    default:
      return assertNever(value, 'default value');
  }
}

/**
 * The CHECK constraints the rebuilt table gets: its own when it comes from the database (a down script
 * restoring a table), else the old table's, but for any that mention a column the new one lacks
 * (the database would refuse them; the data-loss warnings name them).
 */
export function keptChecks({ from, to }: TableRedefinition): readonly DbCheck[] {
  if (to.checks !== undefined) return to.checks;
  const columns = new Set(to.columns.map((c) => c.name));
  return (from.checks ?? []).filter((check) => check.columns.every((c) => columns.has(c)));
}
