/** Whole-row reads and row identity used by the write operations (all scalar columns, decoded). */
import type { ScalarField } from '../../schema/model.js';
import type { CompileContext } from './context.js';
import { column, table } from './context.js';
import type { Session } from './executor.js';
import { query } from './executor.js';
import type { Fragment } from './fragment.js';
import { join, param, raw, sql } from './fragment.js';
import { literalPage } from './paging.js';
import type { ModelInfo } from './schema-index.js';
import type { ColumnType } from '../../dialects/dialect.js';
import { modelSql } from './model-sql.js';
import { columnTypeOf, enumFromDb, enumToDb } from './schema-index.js';

export type Row = Record<string, unknown>;

export function allColumns(ctx: CompileContext, model: ModelInfo, alias: string | null): string {
  if (alias === null) return modelSql(ctx, model).columns;
  return model.scalars.map((f) => ctx.dialect.selectColumn(alias ? column(ctx, alias, f) : ctx.dialect.quoteIdentifier(f.dbName), columnTypeOf(f))).join(', ');
}

export function decodeRow(ctx: CompileContext, model: ModelInfo, values: readonly unknown[]): Row {
  const { types, enumMaps } = modelSql(ctx, model);
  const scalars = model.scalars;
  const dialect = ctx.dialect;
  const row: Row = {};
  for (let i = 0; i < scalars.length; i++) {
    row[(scalars[i] as ScalarField).name] = enumFromDb(enumMaps[i], dialect.decode(values[i], types[i] as ColumnType));
  }
  return row;
}

export function valueParam(ctx: CompileContext, field: ScalarField, value: unknown): Fragment {
  return param(ctx.dialect.encode(enumToDb(ctx.index, field, value), columnTypeOf(field)));
}

/** `alias.col1 = ? AND ...` matching `row` on `fields` (NULLs match nothing, as in SQL). */
export function fieldsEqual(ctx: CompileContext, alias: string, fields: readonly ScalarField[], values: readonly unknown[]): Fragment {
  return join(fields.map((f, i) => sql`${column(ctx, alias, f)} = ${valueParam(ctx, f, values[i])}`), ' AND ');
}

export function idEquals(ctx: CompileContext, model: ModelInfo, alias: string, row: Row): Fragment {
  return fieldsEqual(ctx, alias, model.idFields, model.idFields.map((f) => row[f.name]));
}

/** Rows of `model` matching `where(alias)`; `limit` null for all. */
export async function fetchRows(ctx: CompileContext, session: Session, model: ModelInfo, where: (alias: string) => Fragment, limit: number | null = null): Promise<Row[]> {
  const alias = ctx.nextAlias();
  const w = where(alias);
  const result = await query(session, sql`SELECT ${allColumns(ctx, model, alias)} FROM ${table(ctx, model)} ${alias} WHERE ${w}${literalPage(ctx, limit)}`);
  return result.rows.map((r) => decodeRow(ctx, model, r));
}

export async function fetchRow(ctx: CompileContext, session: Session, model: ModelInfo, where: (alias: string) => Fragment): Promise<Row | null> {
  return (await fetchRows(ctx, session, model, where, 1))[0] ?? null;
}

/** A where over the rows' ids: `(id = ?) OR (id = ?)`, or `1=0` for none. */
export function rowsWhere(ctx: CompileContext, model: ModelInfo, alias: string, rows: readonly Row[]): Fragment {
  if (rows.length === 0) return raw('1=0');
  const ids = model.idFields;
  if (ids.length === 1) {
    const f = ids[0] as ScalarField;
    return sql`${column(ctx, alias, f)} IN (${join(rows.map((r) => valueParam(ctx, f, r[f.name])), ', ')})`;
  }
  return join(rows.map((r) => sql`(${idEquals(ctx, model, alias, r)})`), ' OR ');
}
