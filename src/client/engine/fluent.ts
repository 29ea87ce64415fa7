/**
 * The promises model methods return. `ModelCallPromise` runs one engine call when awaited. A
 * single-record call's promise also carries the fluent API: `prisma.user.findUnique({ where })
 * .posts({ where: ... })` re-runs the call with the relation selected (nested as deep as the chain
 * goes) and resolves to the related record(s), or null when the parent is missing. Still one statement.
 *
 * The relation methods live on one class per model (made on first use), so a call allocates one
 * object, not a closure per relation.
 */
import { LazyPrismaPromise } from '../extensions/prisma-promise.js';
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

/** One model call, run on `handle` (a transaction client's) or on the transaction a batch passes in. */
export class ModelCallPromise extends LazyPrismaPromise<unknown> {
  // Underscored: relation methods share this object's namespace, and field names start with a letter.
  constructor(
    readonly _engine: Engine,
    readonly _call: RequestCall,
    readonly _handle: TransactionHandle | undefined,
  ) {
    super();
  }

  protected _execute(transaction: unknown): Promise<unknown> {
    return this._engine.request(this._call, (transaction as TransactionHandle | undefined) ?? this._handle);
  }
}

class FluentPromise extends ModelCallPromise {
  constructor(engine: Engine, call: RequestCall, handle: TransactionHandle | undefined, readonly _steps: readonly Step[]) {
    super(engine, call, handle);
  }

  protected override _execute(transaction: unknown): Promise<unknown> {
    if (this._steps.length === 0) return super._execute(transaction);
    const base = isPlainObject(this._call.args) ? this._call.args : {};
    const { include: _include, omit: _omit, ...rest } = base;
    const tx = (transaction as TransactionHandle | undefined) ?? this._handle;
    return this._engine.request({ ...this._call, args: { ...rest, select: nestedSelect(this._steps) } }, tx).then((result) => dig(result, this._steps));
  }
}

type FluentClass = new (engine: Engine, call: RequestCall, handle: TransactionHandle | undefined, steps: readonly Step[]) => FluentPromise;

const fluentClasses = new WeakMap<ModelInfo, FluentClass>();

/** The promise class of `model`'s single-record calls: one method per relation, on its prototype. */
function fluentClassOf(model: ModelInfo): FluentClass {
  let cls = fluentClasses.get(model);
  if (cls) return cls;
  const modelClass = class extends FluentPromise {};
  for (const rel of model.relations.values()) {
    const name = rel.field.name;
    Object.defineProperty(modelClass.prototype, name, {
      value(this: FluentPromise, args?: unknown) {
        return fluentPromise(this._engine, rel.target, this._call, this._handle, [...this._steps, { relation: name, args }]);
      },
      writable: true,
      configurable: true,
    });
  }
  fluentClasses.set(model, modelClass);
  cls = modelClass;
  return cls;
}

export function fluentPromise(engine: Engine, model: ModelInfo, call: RequestCall, handle: TransactionHandle | undefined, steps: readonly Step[] = []): RuntimePrismaPromise<unknown> {
  const Fluent = fluentClassOf(model);
  return new Fluent(engine, call, handle, steps);
}
