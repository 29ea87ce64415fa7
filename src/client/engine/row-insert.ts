/** INSERTs of flat rows (no nested writes): the client-side defaults, one row, and createMany's multi-row INSERTs. */
import type { ScalarField } from '../../schema/model.js';
import type { CompileContext } from './context.js';
import { modelSql } from './model-sql.js';
import type { Session } from './executor.js';
import { execute, query } from './executor.js';
import { validationError } from './fail.js';
import type { Fragment } from './fragment.js';
import { join, raw, sql, wrap } from './fragment.js';
import { isPlainObject } from './input-values.js';
import type { Row } from './rows.js';
import { allColumns, decodeRow, fetchRow, idEquals } from './rows.js';
import type { ModelInfo } from './schema-index.js';
import { columnTypeOf } from './schema-index.js';
import { clientDefault, encodeInput, hasDatabaseDefault } from './write-values.js';

type Path = readonly (string | number)[];

/**
 * The value a create fills in for a missing field (`now` for `@updatedAt` and `now()`, a fresh
 * `uuid()` / `cuid()` / ..., a literal default), or undefined when the database decides.
 */
export function filledValue(field: ScalarField, now: Date): unknown {
  const isNow = field.isUpdatedAt || (field.default?.kind === 'function' && field.default.name === 'now');
  return isNow ? now : clientDefault(field);
}

/** Client-side defaults for the missing fields; a required field with no default is a validation error. */
export function fillDefaults(model: ModelInfo, values: Map<ScalarField, unknown>, path: Path): void {
  // One instant per row: `@default(now())` and `@updatedAt` of a new row are equal, as in Prisma.
  const now = new Date();
  for (const field of model.scalars) {
    if (values.has(field)) continue;
    const d = filledValue(field, now);
    if (d !== undefined) {
      values.set(field, d);
      continue;
    }
    if (field.isRequired && !field.isList && !hasDatabaseDefault(field) && field.default === null) {
      const viaRelation = [...model.relations.values()].find((r) => r.kind === 'fk' && r.localFields.includes(field));
      throw validationError([...path, viaRelation ? viaRelation.field.name : field.name], `Argument \`${viaRelation ? viaRelation.field.name : field.name}\` is missing.`);
    }
  }
}

/** The column list and VALUES tuple of one row's INSERT, or null when every column is defaulted. */
export function insertParts(ctx: CompileContext, model: ModelInfo, values: ReadonlyMap<ScalarField, unknown>, path: Path): { columns: string; values: Fragment } | null {
  const fields = [...values.keys()];
  if (fields.length === 0) return null;
  const encoded = fields.map((f) => encodeInput(ctx, f, values.get(f), [...path, f.name]));
  return { columns: fields.map((f) => ctx.dialect.quoteIdentifier(f.dbName)).join(', '), values: join(encoded, ', ') };
}

function insertStatement(ctx: CompileContext, model: ModelInfo, values: ReadonlyMap<ScalarField, unknown>, path: Path): Fragment {
  const parts = insertParts(ctx, model, values, path);
  return parts === null ? raw(ctx.dialect.insertDefaultValues(modelSql(ctx, model).table)) : sql`INSERT INTO ${modelSql(ctx, model).table} (${parts.columns}) VALUES (${parts.values})`;
}

/** INSERTs one row of scalar `values` (defaults filled in) and returns it as stored. */
export async function insertRow(ctx: CompileContext, s: Session, model: ModelInfo, values: ReadonlyMap<ScalarField, unknown>, path: Path): Promise<Row> {
  const insert = insertStatement(ctx, model, values, path);
  if (ctx.dialect.capabilities.supportsReturning) {
    const result = await query(s, sql`${insert} RETURNING ${allColumns(ctx, model, null)}`);
    return decodeRow(ctx, model, result.rows[0] ?? []);
  }
  const result = await execute(s, insert);
  const known: Row = {};
  for (const [f, v] of values) known[f.name] = v;
  for (const f of model.idFields) {
    if (known[f.name] !== undefined) continue;
    // A BigInt id keeps every digit (MySQL reports ids past 2^53 exactly, as text or bigint).
    const id = result.lastInsertId;
    known[f.name] = id === null ? null : f.type === 'BigInt' ? BigInt(id) : Number(id);
  }
  return (await fetchRow(ctx, s, model, (a) => idEquals(ctx, model, a, known))) ?? known;
}

/**
 * One flat row of `createManyAndReturn({ skipDuplicates })`: INSERT ... RETURNING through the dialect's
 * insertSkippingDuplicates; null when the row was skipped (it broke a unique constraint).
 */
export async function insertFlatRowSkippingDuplicates(ctx: CompileContext, s: Session, model: ModelInfo, data: Readonly<Record<string, unknown>>, path: Path): Promise<Row | null> {
  const skip = ctx.dialect.insertSkippingDuplicates;
  const values = new Map<ScalarField, unknown>();
  for (const [key, value] of Object.entries(data)) {
    const field = model.scalarByName.get(key);
    if (value === undefined || !field) continue;
    values.set(field, field.isList && isPlainObject(value) && 'set' in value ? value.set : value);
  }
  fillDefaults(model, values, path);
  if (!skip || !ctx.dialect.capabilities.supportsReturning) return insertRow(ctx, s, model, values, path);
  const insert = insertStatement(ctx, model, values, path);
  const result = await query(s, sql`${{ text: skip(insert.text), params: insert.params }} RETURNING ${allColumns(ctx, model, null)}`);
  const first = result.rows[0];
  return first ? decodeRow(ctx, model, first) : null;
}

/**
 * createMany without nested writes: rows with the same columns go in one multi-row INSERT (chunked
 * below the driver's parameter limit). Returns the number of rows inserted.
 */
export async function insertFlatRows(ctx: CompileContext, s: Session, model: ModelInfo, rows: readonly unknown[], path: Path, skipDuplicates = false): Promise<number> {
  // Consecutive rows with the same columns share a statement; rows stay in their order (ids follow it).
  const groups: { key: string; fields: ScalarField[]; rows: Fragment[] }[] = [];
  rows.forEach((data, i) => {
    const at = [...path, i];
    if (!isPlainObject(data)) throw validationError(at, `Invalid value provided. Expected ${model.name}CreateManyInput.`);
    const values = new Map<ScalarField, unknown>();
    for (const [key, value] of Object.entries(data)) {
      if (value === undefined) continue;
      const field = model.scalarByName.get(key);
      if (!field) throw validationError([...at, key], `Unknown argument \`${key}\`. Available options are marked with ?.`);
      values.set(field, field.isList && isPlainObject(value) && 'set' in value ? value.set : value);
    }
    fillDefaults(model, values, at);
    // An optional column with no default would be NULL anyway: say so, so more rows share a statement.
    for (const f of model.scalars) if (!values.has(f) && !f.isRequired && f.default === null && columnTypeOf(f) !== 'Json') values.set(f, null);
    const fields = model.scalars.filter((f) => values.has(f));
    const key = fields.map((f) => f.name).join(',');
    const encoded = wrap(join(fields.map((f) => encodeInput(ctx, f, values.get(f), [...at, f.name])), ', '), '(', ')');
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.rows.push(encoded);
    else groups.push({ key, fields, rows: [encoded] });
  });
  let count = 0;
  for (const group of groups) {
    if (group.fields.length === 0) {
      for (const _ of group.rows) count += (await execute(s, raw(ctx.dialect.insertDefaultValues(modelSql(ctx, model).table)))).affectedRows;
      continue;
    }
    const cols = group.fields.map((f) => ctx.dialect.quoteIdentifier(f.dbName)).join(', ');
    const perStatement = Math.max(1, Math.floor(ctx.dialect.maxParameters / group.fields.length));
    for (let i = 0; i < group.rows.length; i += perStatement) {
      const chunk = group.rows.slice(i, i + perStatement);
      const insert = sql`INSERT INTO ${modelSql(ctx, model).table} (${cols}) VALUES ${join(chunk, ', ')}`;
      const skip = skipDuplicates ? ctx.dialect.insertSkippingDuplicates : undefined;
      count += (await execute(s, skip ? { text: skip(insert.text), params: insert.params } : insert)).affectedRows;
    }
  }
  return count;
}
