/** findMany / findFirst / findUnique (and the OrThrow forms): one SELECT, then the compiled mapper. */
import type { CompileContext } from './context.js';
import { recordNotFound, validationError } from './fail.js';
import { postProcess } from './find-args.js';
import { isPlainObject } from './input-values.js';
import { compileRead } from './read-query.js';
import { buildRowMapper, stripHidden } from './result-mapper.js';
import type { ModelInfo } from './schema-index.js';
import type { GlobalOmit } from './selection.js';
import { buildSelection } from './selection.js';
import type { Session } from './executor.js';
import { runQuery } from './executor.js';
import { bindParams, finish } from './fragment.js';
import { shapeKey } from './shape-key.js';
import { requireUniqueWhere } from './unique-where.js';

type Args = Readonly<Record<string, unknown>>;

const FIND_MANY_ARGS = new Set(['where', 'orderBy', 'cursor', 'take', 'skip', 'distinct', 'select', 'include', 'omit', 'relationLoadStrategy']);
const FIND_UNIQUE_ARGS = new Set(['where', 'select', 'include', 'omit', 'relationLoadStrategy']);

export function checkArgKeys(args: unknown, allowed: ReadonlySet<string>, action: string): Args {
  if (args === undefined || args === null) return {};
  if (!isPlainObject(args)) throw validationError([], `Invalid argument for \`${action}\`: expected an object.`);
  for (const [k, v] of Object.entries(args)) {
    if (v !== undefined && !allowed.has(k)) throw validationError([k], `Unknown argument \`${k}\`. Available options are marked with ?.`);
  }
  return args;
}

/** Reads rows of `model` with the given find arguments and selection arguments. */
export async function readRows(ctx: CompileContext, session: Session, model: ModelInfo, args: Args, globalOmit: GlobalOmit | undefined, forceLimit: number | null = null): Promise<Record<string, unknown>[]> {
  const shape = shapeKey(args);
  const key = shape === null ? null : `${model.name}|${forceLimit ?? ''}|${shape}`;
  let plan = key === null ? undefined : ctx.plans.get(key);
  let params: readonly unknown[];
  if (plan) {
    params = bindParams(plan.params, args);
  } else {
    const selection = buildSelection(ctx, model, args, [], globalOmit);
    const statement = compileRead(ctx, selection, args, [], forceLimit);
    const finished = finish(statement.fragment, ctx.dialect);
    plan = { sql: finished.sql, params: statement.fragment.params, map: buildRowMapper(ctx.dialect, selection), post: statement.post, strip: stripHidden(selection) };
    if (key !== null) ctx.plans.set(key, plan);
    params = finished.params;
  }
  const result = await runQuery(session, { sql: plan.sql, params });
  let rows = result.rows.map(plan.map);
  rows = postProcess(rows, plan.post);
  if (plan.strip) for (const r of rows) plan.strip(r);
  return rows;
}

export async function findMany(ctx: CompileContext, session: Session, model: ModelInfo, rawArgs: unknown, globalOmit: GlobalOmit | undefined): Promise<unknown> {
  const args = checkArgKeys(rawArgs, FIND_MANY_ARGS, 'findMany');
  return readRows(ctx, session, model, args, globalOmit);
}

export async function findFirst(ctx: CompileContext, session: Session, model: ModelInfo, rawArgs: unknown, globalOmit: GlobalOmit | undefined, orThrow: boolean): Promise<unknown> {
  const args = checkArgKeys(rawArgs, FIND_MANY_ARGS, orThrow ? 'findFirstOrThrow' : 'findFirst');
  const rows = await readRows(ctx, session, model, args, globalOmit, 1);
  const row = rows[0] ?? null;
  if (row === null && orThrow) throw recordNotFound(model.name, 'a query');
  return row;
}

export async function findUnique(ctx: CompileContext, session: Session, model: ModelInfo, rawArgs: unknown, globalOmit: GlobalOmit | undefined, orThrow: boolean): Promise<unknown> {
  const args = checkArgKeys(rawArgs, FIND_UNIQUE_ARGS, orThrow ? 'findUniqueOrThrow' : 'findUnique');
  requireUniqueWhere(model, args.where, ['where']);
  const rows = await readRows(ctx, session, model, args, globalOmit, 1);
  const row = rows[0] ?? null;
  if (row === null && orThrow) throw recordNotFound(model.name, 'a query');
  return row;
}
