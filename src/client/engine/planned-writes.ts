/**
 * create / update / delete as one cached statement with RETURNING (see write-plans.ts), when the call
 * qualifies: a database with RETURNING, referential actions run by the database (not relationMode =
 * "prisma"), scalar data only (no nested writes, lists or Json) and a selection of scalars only. Each
 * returns NOT_PLANNED otherwise, and the caller takes the general path. The argument checks that
 * depend on the values run on every call (slot encoders); those that depend on the shape ran when
 * the plan was compiled for that same shape, and the caller's own checks (argument keys, unique
 * where) still run before.
 */
import type { QueryResult } from '../../dialects/driver.js';
import type { ScalarField } from '../../schema/model.js';
import type { CompileContext } from './context.js';
import type { Session } from './executor.js';
import { runQuery, runQuerySync } from './executor.js';
import { recordNotFound } from './fail.js';
import type { Fragment } from './fragment.js';
import { finish, join, raw, sql } from './fragment.js';
import { modelSql, writeSelection } from './model-sql.js';
import { fillDefaults, filledValue } from './row-insert.js';
import type { ModelInfo } from './schema-index.js';
import type { GlobalOmit, Selection } from './selection.js';
import { shapeKey } from './shape-key.js';
import { compileWhere } from './where.js';
import type { WritePlan } from './write-plans.js';
import { bindWrite, dataShape, perCall, rememberPlan, returningOf, writePlans } from './write-plans.js';
import { encodeValue, inputSlot, updateAssignment } from './write-values.js';

type Args = Readonly<Record<string, unknown>>;

export const NOT_PLANNED: unique symbol = Symbol('not a planned write');

/** A plan compiled for a shape whose selection has relations: that shape takes the general path. */
export const GENERAL: WritePlan = { sql: '', params: [], answer: () => ({}) };

function plannable(ctx: CompileContext): boolean {
  return ctx.dialect.capabilities.supportsReturning && ctx.index.schema.datasource?.relationMode !== 'prisma';
}

export function scalarsOnly(selection: Selection): boolean {
  return selection.relations.length === 0 && selection.counts === null;
}

function selectionShape(args: Args): string | null {
  return shapeKey({ select: args.select, include: args.include, omit: args.omit });
}

/** Runs a plan for this call's arguments; a synchronous driver answers at once (one resolved promise). */
export function runPlan(s: Session, model: ModelInfo, plan: WritePlan, args: Args, notFound: string | null): Promise<unknown> {
  // One row at most: each plan writes by a unique key (or inserts one row).
  const statement = { sql: plan.sql, params: bindWrite(plan.params, args), firstRowOnly: true };
  const answer = (result: QueryResult): unknown => {
    const row = result.rows[0];
    if (row === undefined) {
      if (notFound !== null) throw recordNotFound(model.name, notFound);
      return null;
    }
    return plan.answer(row);
  };
  const now = runQuerySync(s, statement);
  return now === null ? runQuery(s, statement).then(answer) : Promise.resolve(answer(now));
}

export function cached(ctx: CompileContext, key: string, compile: () => WritePlan): WritePlan {
  let plan = writePlans(ctx).get(key);
  if (plan === undefined) {
    plan = compile();
    rememberPlan(ctx, key, plan);
  }
  return plan;
}

export function planOf(ctx: CompileContext, fragment: Fragment, answer: WritePlan['answer']): WritePlan {
  return { sql: finish(fragment, ctx.dialect).sql, params: fragment.params, answer };
}

/** `create` without nested writes: `INSERT ... RETURNING`, client-side defaults made per call. */
export function plannedCreate(ctx: CompileContext, s: Session, model: ModelInfo, args: Args, globalOmit: GlobalOmit | undefined): Promise<unknown> | typeof NOT_PLANNED {
  if (!plannable(ctx)) return NOT_PLANNED;
  const data = dataShape(model, args.data, false);
  const selected = selectionShape(args);
  if (data === null || selected === null) return NOT_PLANNED;
  const plan = cached(ctx, `${model.name}.create|${data}|${selected}`, () => compileCreate(ctx, model, args, globalOmit));
  return plan === GENERAL ? NOT_PLANNED : runPlan(s, model, plan, args, null);
}

/**
 * The column list and VALUES of a planned INSERT of the scalar `data` at `key` of the arguments: the
 * given values as slots, the client-side defaults as per-call values; null when every column is
 * defaulted by the database.
 */
export function insertValues(ctx: CompileContext, model: ModelInfo, data: Record<string, unknown>, key: string): { columns: string; values: Fragment } | null {
  const values = new Map<ScalarField, unknown>();
  for (const name in data) if (data[name] !== undefined) values.set(model.scalarByName.get(name) as ScalarField, data[name]);
  const given = new Set(values.keys());
  // Which fields the client fills in (and whether a required one is missing) depends on the shape only.
  fillDefaults(model, values, [key]);
  const fields = [...values.keys()];
  if (fields.length === 0) return null;
  const encoded = fields.map((f) => {
    const path = [key, f.name];
    return given.has(f) ? inputSlot(ctx, f, values.get(f), path) : perCall((now) => encodeValue(ctx, f, filledValue(f, now), path));
  });
  const q = ctx.dialect.quoteIdentifier;
  return { columns: fields.map((f) => q(f.dbName)).join(', '), values: join(encoded, ', ') };
}

function compileCreate(ctx: CompileContext, model: ModelInfo, args: Args, globalOmit: GlobalOmit | undefined): WritePlan {
  const selection = writeSelection(ctx, model, args, globalOmit);
  if (!scalarsOnly(selection)) return GENERAL;
  const table = modelSql(ctx, model).table;
  const parts = insertValues(ctx, model, args.data as Record<string, unknown>, 'data');
  const { columns, answer } = returningOf(ctx, selection);
  const insert = parts === null ? raw(ctx.dialect.insertDefaultValues(table)) : sql`INSERT INTO ${table} (${parts.columns}) VALUES (${parts.values})`;
  return planOf(ctx, sql`${insert} RETURNING ${columns}`, answer);
}

/** `update` of scalar fields by a unique where: `UPDATE ... RETURNING`, `@updatedAt` made per call. */
export function plannedUpdate(ctx: CompileContext, s: Session, model: ModelInfo, args: Args, globalOmit: GlobalOmit | undefined): Promise<unknown> | typeof NOT_PLANNED {
  if (!plannable(ctx)) return NOT_PLANNED;
  const data = dataShape(model, args.data, true);
  // An empty update writes nothing: the general path reads the row.
  if (data === null || data === '') return NOT_PLANNED;
  const rest = shapeKey({ where: args.where, select: args.select, include: args.include, omit: args.omit });
  if (rest === null) return NOT_PLANNED;
  const plan = cached(ctx, `${model.name}.update|${data}|${rest}`, () => compileUpdate(ctx, model, args, globalOmit));
  return plan === GENERAL ? NOT_PLANNED : runPlan(s, model, plan, args, 'an update');
}

function compileUpdate(ctx: CompileContext, model: ModelInfo, args: Args, globalOmit: GlobalOmit | undefined): WritePlan {
  const selection = writeSelection(ctx, model, args, globalOmit);
  if (!scalarsOnly(selection)) return GENERAL;
  const data = args.data as Record<string, unknown>;
  const keys = Object.keys(data).filter((k) => data[k] !== undefined);
  const assignments = keys.map((k) => updateAssignment(ctx, null, model.scalarByName.get(k) as ScalarField, data[k], ['data', k], true));
  const facts = modelSql(ctx, model);
  for (const f of facts.updatedAt) {
    if (!keys.includes(f.name)) assignments.push(sql`${ctx.dialect.quoteIdentifier(f.dbName)} = ${perCall((now) => encodeValue(ctx, f, now, ['data']))}`);
  }
  const where = compileWhere(ctx, model, facts.table, args.where, ['where']);
  const { columns, answer } = returningOf(ctx, selection);
  return planOf(ctx, sql`UPDATE ${facts.table} SET ${join(assignments, ', ')} WHERE ${where} RETURNING ${columns}`, answer);
}

/** `delete` by a unique where: `DELETE ... RETURNING`. */
export function plannedDelete(ctx: CompileContext, s: Session, model: ModelInfo, args: Args, globalOmit: GlobalOmit | undefined): Promise<unknown> | typeof NOT_PLANNED {
  if (!plannable(ctx)) return NOT_PLANNED;
  const shape = shapeKey({ where: args.where, select: args.select, include: args.include, omit: args.omit });
  if (shape === null) return NOT_PLANNED;
  const plan = cached(ctx, `${model.name}.delete|${shape}`, () => compileDelete(ctx, model, args, globalOmit));
  return plan === GENERAL ? NOT_PLANNED : runPlan(s, model, plan, args, 'a delete');
}

function compileDelete(ctx: CompileContext, model: ModelInfo, args: Args, globalOmit: GlobalOmit | undefined): WritePlan {
  const selection = writeSelection(ctx, model, args, globalOmit);
  if (!scalarsOnly(selection)) return GENERAL;
  const table = modelSql(ctx, model).table;
  const where = compileWhere(ctx, model, table, args.where, ['where']);
  const { columns, answer } = returningOf(ctx, selection);
  return planOf(ctx, sql`DELETE FROM ${table} WHERE ${where} RETURNING ${columns}`, answer);
}
