/**
 * upsert as one database statement (`INSERT ... ON CONFLICT DO UPDATE ... RETURNING`; on MySQL
 * `ON DUPLICATE KEY UPDATE` then one read by the key), under Prisma's documented conditions for a
 * database upsert: no nested writes in `create` or `update` (one model written), exactly one unique
 * key in `where` and nothing else, the same key values in `create`, and no relation in the selection.
 * Any other upsert returns NOT_NATIVE and takes the read-then-write path.
 */
import type { ScalarField } from '../../schema/model.js';
import type { CompileContext } from './context.js';
import type { Session } from './executor.js';
import { atomically, execute, query } from './executor.js';
import type { Fragment } from './fragment.js';
import { join, sql } from './fragment.js';
import { isPlainObject } from './input-values.js';
import { fillDefaults, insertParts } from './row-insert.js';
import type { Row } from './rows.js';
import { allColumns, decodeRow, fetchRow } from './rows.js';
import type { ModelInfo, UniqueCriterion } from './schema-index.js';
import type { GlobalOmit, Selection } from './selection.js';
import { modelSql, writeSelection } from './model-sql.js';
import { compileWhere } from './where.js';
import { cached, GENERAL, insertValues, NOT_PLANNED, planOf, runPlan, scalarsOnly as plannedScalarsOnly } from './planned-writes.js';
import { shapeKey } from './shape-key.js';
import type { WritePlan } from './write-plans.js';
import { dataShape, perCall, returningOf } from './write-plans.js';
import { encodeInput, encodeValue, updateAssignment } from './write-values.js';

type Args = Readonly<Record<string, unknown>>;

export const NOT_NATIVE: unique symbol = Symbol('not a database upsert');

/** The one unique key `where` names, when it names exactly one and nothing else (plain values only). */
function soleUniqueKey(model: ModelInfo, where: unknown): { key: UniqueCriterion; values: unknown[] } | null {
  if (!isPlainObject(where)) return null;
  const keys = Object.keys(where).filter((k) => where[k] !== undefined);
  if (keys.length !== 1) return null;
  const name = keys[0] as string;
  const value = where[name];
  const key = model.uniques.find((u) => u.name === name);
  if (!key) return null;
  if (key.fields.length === 1) return isPlainObject(value) || value === null ? null : { key, values: [value] };
  if (!isPlainObject(value)) return null;
  const given = Object.keys(value).filter((k) => value[k] !== undefined);
  if (given.length !== key.fields.length || !key.fields.every((f) => given.includes(f.name))) return null;
  const values = key.fields.map((f) => value[f.name]);
  return values.some((v) => v === null || isPlainObject(v)) ? null : { key, values };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if ((typeof a === 'bigint' || typeof a === 'number') && (typeof b === 'bigint' || typeof b === 'number')) return String(a) === String(b);
  return (typeof a === 'string' || typeof a === 'boolean') && a === b;
}

/** True when `data` writes scalar fields only (no nested write, so only this model changes). */
function scalarsOnly(model: ModelInfo, data: unknown): data is Record<string, unknown> {
  return isPlainObject(data) && Object.keys(data).every((k) => data[k] === undefined || model.scalarByName.has(k));
}

/** `update`'s SET list: its assignments plus `@updatedAt` (as update does), or a no-op for an empty update. */
function assignments(ctx: CompileContext, model: ModelInfo, update: Record<string, unknown>, existing: string | null, key: UniqueCriterion, planned = false): Fragment {
  const out: Fragment[] = [];
  const assigned = new Set<string>();
  for (const [name, value] of Object.entries(update)) {
    if (value === undefined) continue;
    out.push(updateAssignment(ctx, existing, model.scalarByName.get(name) as ScalarField, value, ['update', name], planned));
    assigned.add(name);
  }
  const q = ctx.dialect.quoteIdentifier;
  if (out.length === 0) {
    // An empty update leaves the row as it is (no @updatedAt either), as the read-then-write path does.
    const f = key.fields[0] as ScalarField;
    return sql`${q(f.dbName)} = ${existing ? `${existing}.${q(f.dbName)}` : q(f.dbName)}`;
  }
  const now = new Date();
  for (const f of modelSql(ctx, model).updatedAt) {
    if (assigned.has(f.name)) continue;
    // A planned statement takes the time of each call, never the time it was compiled.
    const value = planned ? perCall((at) => encodeValue(ctx, f, at, ['update'])) : encodeInput(ctx, f, now, ['update']);
    out.push(sql`${q(f.dbName)} = ${value}`);
  }
  return join(out, ', ');
}

/** A database upsert with RETURNING compiled once per call shape (see planned-writes.ts). */
function plannedUpsert(ctx: CompileContext, s: Session, model: ModelInfo, args: Args, globalOmit: GlobalOmit | undefined, key: UniqueCriterion): Promise<unknown> | typeof NOT_PLANNED {
  const create = dataShape(model, args.create, false);
  const update = dataShape(model, args.update, true);
  const rest = shapeKey({ where: args.where, select: args.select, include: args.include, omit: args.omit });
  if (create === null || update === null || rest === null) return NOT_PLANNED;
  const plan = cached(ctx, `${model.name}.upsert|${create}|${update}|${rest}`, () => compileUpsert(ctx, model, args, globalOmit, key));
  return plan === GENERAL ? NOT_PLANNED : runPlan(s, model, plan, args, null);
}

function compileUpsert(ctx: CompileContext, model: ModelInfo, args: Args, globalOmit: GlobalOmit | undefined, key: UniqueCriterion): WritePlan {
  const hooks = ctx.dialect.nativeUpsert;
  const selection = writeSelection(ctx, model, args, globalOmit);
  if (!hooks || !plannedScalarsOnly(selection)) return GENERAL;
  const parts = insertValues(ctx, model, args.create as Record<string, unknown>, 'create');
  if (parts === null) return GENERAL;
  const set = assignments(ctx, model, args.update as Record<string, unknown>, hooks.existingRowAlias, key, true);
  const conflict = key.fields.map((f) => ctx.dialect.quoteIdentifier(f.dbName));
  const statement: Fragment = {
    text: hooks.statement(modelSql(ctx, model).table, parts.columns, parts.values.text, conflict, set.text),
    params: [...parts.values.params, ...set.params],
  };
  const { columns, answer } = returningOf(ctx, selection);
  return planOf(ctx, sql`${statement} RETURNING ${columns}`, answer);
}

function project(selection: Selection, row: Row): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const sel of selection.scalars) if (!sel.hidden) out[sel.key] = row[sel.field.name];
  return out;
}

/** Runs `args` (already checked: where, create, update present) as a database upsert, or returns NOT_NATIVE. */
export async function nativeUpsert(ctx: CompileContext, s: Session, model: ModelInfo, args: Args, globalOmit: GlobalOmit | undefined): Promise<unknown> {
  const d = ctx.dialect;
  const hooks = d.nativeUpsert;
  if (!hooks || ctx.index.schema.datasource?.relationMode === 'prisma') return NOT_NATIVE;
  const { create, update } = args;
  if (!scalarsOnly(model, create) || !scalarsOnly(model, update)) return NOT_NATIVE;
  const target = soleUniqueKey(model, args.where);
  if (!target) return NOT_NATIVE;
  const { key, values: keyValues } = target;
  if (!key.fields.every((f, i) => sameValue(create[f.name], keyValues[i]))) return NOT_NATIVE;
  // MySQL's clause would also fire on another unique key's conflict (an update where Prisma reports P2002).
  if (hooks.anyUniqueKey && model.uniques.length !== 1) return NOT_NATIVE;
  const returning = d.capabilities.supportsReturning;
  if (returning) {
    const planned = plannedUpsert(ctx, s, model, args, globalOmit, key);
    if (planned !== NOT_PLANNED) return planned;
  }
  // Without RETURNING the row is read back by its key: the update must leave the key as it is.
  if (!returning && key.fields.some((f) => update[f.name] !== undefined)) return NOT_NATIVE;
  const selection = writeSelection(ctx, model, args, globalOmit);
  if (selection.relations.length > 0 || selection.counts !== null) return NOT_NATIVE;

  const values = new Map<ScalarField, unknown>();
  for (const [name, value] of Object.entries(create)) {
    if (value === undefined) continue;
    const field = model.scalarByName.get(name) as ScalarField;
    values.set(field, field.isList && isPlainObject(value) && 'set' in value ? value.set : value);
  }
  fillDefaults(model, values, ['create']);
  const parts = insertParts(ctx, model, values, ['create']);
  if (parts === null) return NOT_NATIVE;
  const set = assignments(ctx, model, update, hooks.existingRowAlias, key);
  const conflict = key.fields.map((f) => d.quoteIdentifier(f.dbName));
  const statement: Fragment = {
    text: hooks.statement(modelSql(ctx, model).table, parts.columns, parts.values.text, conflict, set.text),
    params: [...parts.values.params, ...set.params],
  };
  if (returning) {
    const result = await query(s, sql`${statement} RETURNING ${allColumns(ctx, model, null)}`);
    return project(selection, decodeRow(ctx, model, result.rows[0] ?? []));
  }
  const writeThenRead = async (tx: Session): Promise<unknown> => {
    await execute(tx, statement);
    const row = await fetchRow(ctx, tx, model, (a) => compileWhere(ctx, model, a, args.where, ['where']));
    return row ? project(selection, row) : null;
  };
  // Inside an open transaction the pair is already atomic (a failed INSERT changed nothing).
  return s.inTransaction ? writeThenRead(s) : atomically(s, writeThenRead);
}
