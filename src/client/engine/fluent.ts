/**
 * The fluent API: `prisma.user.findUnique({ where }).posts({ where: ... })`. A single-record call's
 * promise gets one method per relation of its model; calling it re-runs the call with the relation
 * selected (nested as deep as the chain goes) and resolves to the related record(s), or null when the
 * parent is missing. Still one statement.
 */
import { createPrismaPromise } from '../extensions/prisma-promise.js';
import type { RuntimePrismaPromise } from '../extensions/prisma-promise.js';
import type { Engine, RequestCall, TransactionHandle } from './engine.js';
import { isPlainObject } from './input-values.js';
import type { ModelInfo } from './schema-index.js';

/** Actions whose result is one record (the fluent API applies). */
export const FLUENT_ACTIONS: ReadonlySet<string> = new Set(['findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'create', 'update', 'upsert', 'delete']);

interface Step {
  readonly relation: string;
  readonly args: unknown;
}

function nestedSelect(steps: readonly Step[]): Record<string, unknown> {
  const [first, ...rest] = steps as [Step, ...Step[]];
  if (rest.length === 0) return { [first.relation]: first.args === undefined ? true : first.args };
  return { [first.relation]: { select: nestedSelect(rest) } };
}

function dig(value: unknown, steps: readonly Step[]): unknown {
  let v = value;
  for (const step of steps) {
    if (!isPlainObject(v)) return null;
    v = v[step.relation];
  }
  return v ?? null;
}

export function fluentPromise(engine: Engine, model: ModelInfo, call: RequestCall, handle: TransactionHandle | undefined, steps: readonly Step[] = []): RuntimePrismaPromise<unknown> {
  const run = (transaction?: unknown): Promise<unknown> => {
    const tx = (transaction as TransactionHandle | undefined) ?? handle;
    if (steps.length === 0) return engine.request(call, tx);
    const base = isPlainObject(call.args) ? call.args : {};
    const { include: _include, omit: _omit, ...rest } = base;
    return engine.request({ ...call, args: { ...rest, select: nestedSelect(steps) } }, tx).then((result) => dig(result, steps));
  };
  const promise = createPrismaPromise(run) as RuntimePrismaPromise<unknown> & Record<string, unknown>;
  for (const rel of model.relations.values()) {
    promise[rel.field.name] = (args?: unknown) => fluentPromise(engine, rel.target, call, handle, [...steps, { relation: rel.field.name, args }]);
  }
  return promise;
}
