/**
 * findMany / findFirst / findUnique (and the OrThrow forms): one SELECT, then the compiled mapper.
 *
 * The hot path of the whole client: a call whose arguments have a shape seen before (shape-key.ts)
 * finds its compiled plan, re-binds the parameters from the new arguments and runs. Argument checks
 * depend only on the shape, so they ran when the plan was compiled and are not repeated.
 */
import type { CompileContext, ReadPlan } from './context.js';
import { recordNotFound, validationError } from './fail.js';
import { postProcess } from './find-args.js';
import { isPlainObject } from './input-values.js';
import { compileRead } from './read-query.js';
import { buildRowMapper, stripHidden } from './result-mapper.js';
import type { ModelInfo } from './schema-index.js';
import type { GlobalOmit } from './selection.js';
import { buildSelection } from './selection.js';
import type { Session } from './executor.js';
import { runQuery, runQuerySync } from './executor.js';
import type { QueryResult } from '../../dialects/driver.js';
import { bindParams, finish } from './fragment.js';
import { shapeKey } from './shape-key.js';
import { requireUniqueWhere } from './unique-where.js';

type Args = Readonly<Record<string, unknown>>;
type Row = Record<string, unknown>;

const FIND_MANY_ARGS = new Set(['where', 'orderBy', 'cursor', 'take', 'skip', 'distinct', 'select', 'include', 'omit', 'relationLoadStrategy']);
const FIND_UNIQUE_ARGS = new Set(['where', 'select', 'include', 'omit', 'relationLoadStrategy']);
const NO_ARGS: Args = Object.freeze({});

export function checkArgKeys(args: unknown, allowed: ReadonlySet<string>, action: string): Args {
  if (args === undefined || args === null) return NO_ARGS;
  if (!isPlainObject(args)) throw validationError([], `Invalid argument for \`${action}\`: expected an object.`);
  for (const k in args) {
    if (args[k] !== undefined && !allowed.has(k)) throw validationError([k], `Unknown argument \`${k}\`. Available options are marked with ?.`);
  }
  return args;
}

export type FindAction = 'findMany' | 'findFirst' | 'findFirstOrThrow' | 'findUnique' | 'findUniqueOrThrow';

interface FindKind {
  readonly allowed: ReadonlySet<string>;
  /** findUnique needs a unique `where`. */
  readonly unique: boolean;
  /** One record (LIMIT 1, the first row or null) rather than a list. */
  readonly single: boolean;
  readonly orThrow: boolean;
}

const FIND_KINDS: Readonly<Record<FindAction, FindKind>> = {
  findMany: { allowed: FIND_MANY_ARGS, unique: false, single: false, orThrow: false },
  findFirst: { allowed: FIND_MANY_ARGS, unique: false, single: true, orThrow: false },
  findFirstOrThrow: { allowed: FIND_MANY_ARGS, unique: false, single: true, orThrow: true },
  findUnique: { allowed: FIND_UNIQUE_ARGS, unique: true, single: true, orThrow: false },
  findUniqueOrThrow: { allowed: FIND_UNIQUE_ARGS, unique: true, single: true, orThrow: true },
};

/**
 * The statement for `args`: the plan cached under `prefix` + the arguments' shape, re-bound to these
 * arguments, or a new plan (after `check`, which runs only when the shape is new) cached for the next.
 */
function statementFor(ctx: CompileContext, model: ModelInfo, prefix: string, args: Args, globalOmit: GlobalOmit | undefined, forceLimit: number | null, check?: (args: Args) => void): { plan: ReadPlan; params: readonly unknown[] } {
  const shape = shapeKey(args);
  const key = shape === null ? null : prefix + shape;
  const cached = key === null ? undefined : ctx.plans.get(key);
  if (cached) return { plan: cached, params: bindParams(cached.params, args) };
  check?.(args);
  const selection = buildSelection(ctx, model, args, [], globalOmit);
  const statement = compileRead(ctx, selection, args, [], forceLimit);
  const finished = finish(statement.fragment, ctx.dialect);
  const plan: ReadPlan = { sql: finished.sql, params: statement.fragment.params, map: buildRowMapper(ctx.dialect, selection), post: statement.post, strip: stripHidden(selection) };
  if (key !== null) ctx.plans.set(key, plan);
  return { plan, params: finished.params };
}

function resultRows(plan: ReadPlan, rows: readonly (readonly unknown[])[]): Row[] {
  let out = rows.map(plan.map);
  out = postProcess(out, plan.post);
  const strip = plan.strip;
  if (strip) for (const r of out) strip(r);
  return out;
}

/** Reads rows of `model` with the given find arguments and selection arguments (also used by writes). */
export function readRows(ctx: CompileContext, session: Session, model: ModelInfo, args: Args, globalOmit: GlobalOmit | undefined, forceLimit: number | null = null): Promise<Row[]> {
  const { plan, params } = statementFor(ctx, model, `${model.name}|${forceLimit ?? ''}|`, args, globalOmit, forceLimit);
  return runQuery(session, { sql: plan.sql, params }).then((result) => resultRows(plan, result.rows));
}

/** Any of the five find actions. Throws synchronously on invalid arguments. */
export function find(ctx: CompileContext, session: Session, model: ModelInfo, action: FindAction, givenArgs: unknown, globalOmit: GlobalOmit | undefined): Promise<unknown> {
  const kind = FIND_KINDS[action];
  const rawArgs = givenArgs ?? NO_ARGS;
  // Arguments that are not an object fail in checkArgKeys (no shape, so no cached plan skips it).
  const args = isPlainObject(rawArgs) ? rawArgs : checkArgKeys(rawArgs, kind.allowed, action);
  const { plan, params } = statementFor(ctx, model, `${model.name}.${action}|`, args, globalOmit, kind.single ? 1 : null, (checked) => {
    checkArgKeys(checked, kind.allowed, action);
    if (kind.unique) requireUniqueWhere(model, checked.where, ['where']);
  });
  const statement = { sql: plan.sql, params };
  const answer = (result: QueryResult): unknown => {
    if (!kind.single) return resultRows(plan, result.rows);
    const row = result.rows.length === 0 ? null : (resultRows(plan, result.rows)[0] ?? null);
    if (row === null && kind.orThrow) throw recordNotFound(model.name, 'a query');
    return row;
  };
  // A synchronous driver answers now: one resolved promise instead of one per layer.
  const now = runQuerySync(session, statement);
  return now === null ? runQuery(session, statement).then(answer) : Promise.resolve(answer(now));
}
