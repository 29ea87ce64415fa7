/**
 * Single-statement writes compiled once per call shape, as reads are (find.ts): a create without
 * nested writes, an update of scalars by a unique where, a delete by a unique where, each answered
 * from its own RETURNING row with scalars only. The statement's parameters are Slots (read, checked
 * and encoded from each call's arguments) or PerCall values (`@updatedAt`, `now()`, `uuid()`, ...,
 * computed again for every call, never frozen into the plan); anything else in a plan is a constant
 * of the shape.
 */
import type { ColumnType } from '../../dialects/dialect.js';
import type { CompileContext, PlanCache } from './context.js';
import type { Fragment } from './fragment.js';
import { MARK, Slot } from './fragment.js';
import { isDecimalLike, isPlainObject } from './input-values.js';
import type { ModelInfo } from './schema-index.js';
import { columnTypeOf, enumFromDb } from './schema-index.js';
import type { Selection } from './selection.js';

/** A parameter computed afresh on every call; one `now` is shared by all of a call's values. */
export class PerCall {
  constructor(readonly make: (now: Date) => unknown) {}
}

export function perCall(make: (now: Date) => unknown): Fragment {
  return { text: MARK, params: [new PerCall(make)] };
}

export interface WritePlan {
  readonly sql: string;
  /** Constants, Slots and PerCall values, in placeholder order. */
  readonly params: readonly unknown[];
  /** The answer object from the RETURNING row (the selected scalars, decoded). */
  readonly answer: (row: readonly unknown[]) => Record<string, unknown>;
}

const LIMIT = 2000;
const byClient = new WeakMap<PlanCache, Map<string, WritePlan>>();

/** The write plans of one client (kept beside its read plans, so two clients never share one). */
export function writePlans(ctx: CompileContext): Map<string, WritePlan> {
  let plans = byClient.get(ctx.plans);
  if (plans === undefined) {
    plans = new Map();
    byClient.set(ctx.plans, plans);
  }
  return plans;
}

export function rememberPlan(ctx: CompileContext, key: string, plan: WritePlan): void {
  const plans = writePlans(ctx);
  if (plans.size >= LIMIT) plans.clear();
  plans.set(key, plan);
}

/** The parameters of a plan for one call: slots re-read from `args`, per-call values made now. */
export function bindWrite(params: readonly unknown[], args: unknown): unknown[] {
  let now: Date | undefined;
  const out = new Array<unknown>(params.length);
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    if (p instanceof Slot) out[i] = p.bind(args);
    else if (p instanceof PerCall) out[i] = p.make((now ??= new Date()));
    else out[i] = p;
  }
  return out;
}

const ATOMIC = new Set(['set', 'increment', 'decrement', 'multiply', 'divide']);

/** The kind of a plain scalar input value, or null for anything a plan does not cover. */
function valueKind(value: unknown): string | null {
  if (value === null) return 'n';
  switch (typeof value) {
    case 'string':
      return 's';
    case 'number':
      return '#';
    case 'boolean':
      return 'b';
    case 'bigint':
      return 'B';
    case 'object':
      if (value instanceof Date) return 'D';
      if (value instanceof Uint8Array) return 'Y';
      if (isDecimalLike(value)) return 'M';
      return null;
    default:
      return null;
  }
}

/**
 * The shape of a create's or update's `data`: its scalar fields and the kind of each value (with
 * `atomic`, an update's `{ increment: n }` & co. as well). Null when the data holds anything a plan
 * does not cover (relations, lists, Json, unknown keys, field references): the call compiles as before.
 */
export function dataShape(model: ModelInfo, data: unknown, atomic: boolean): string | null {
  if (!isPlainObject(data)) return null;
  let out = '';
  for (const key in data) {
    const value = data[key];
    if (value === undefined) continue;
    const field = model.scalarByName.get(key);
    if (field === undefined || field.isList || field.type === 'Json' || field.kind === 'unsupported') return null;
    let kind = valueKind(value);
    if (kind === null && atomic && isPlainObject(value)) kind = operationKind(value);
    if (kind === null) return null;
    out += `${key}:${kind},`;
  }
  return out;
}

function operationKind(value: Record<string, unknown>): string | null {
  let found: string | null = null;
  for (const op in value) {
    const operand = value[op];
    if (operand === undefined) continue;
    if (found !== null || !ATOMIC.has(op)) return null;
    const kind = valueKind(operand);
    if (kind === null) return null;
    found = `${op}(${kind})`;
  }
  return found;
}

/**
 * The RETURNING list and the answer mapper of a selection of scalars only: each selected column in
 * the selection's order, decoded by its type (and the enum's `@map`).
 */
export function returningOf(ctx: CompileContext, selection: Selection): { columns: string; answer: (row: readonly unknown[]) => Record<string, unknown> } {
  const d = ctx.dialect;
  const visible = selection.scalars.filter((s) => !s.hidden);
  const columns = visible.map((s) => d.selectColumn(d.quoteIdentifier(s.field.dbName), columnTypeOf(s.field))).join(', ');
  const keys = visible.map((s) => s.key);
  const types = visible.map((s) => columnTypeOf(s.field));
  const maps = visible.map((s) => selection.model.enumMaps.get(s.field.name));
  const answer = (row: readonly unknown[]): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      out[keys[i] as string] = enumFromDb(maps[i], d.decode(row[i], types[i] as ColumnType));
    }
    return out;
  };
  return { columns, answer };
}
