/**
 * `$extends`: a new client object over the engine's client (the base client, or the `tx` client of an
 * interactive transaction) and a list of extensions. The base client is never changed. Model calls on
 * the extended client run the query hooks (outermost first; `query(args)` continues), then the result
 * extensions' select rewriting, then the engine's own delegate method; model and client components add
 * members. `$transaction` keeps working: the `tx` client is extended with the same list, and batch items
 * run inside the batch's transaction through `RUN_IN_TRANSACTION`.
 *
 * What the engine provides (its PrismaClient and tx clients): a delegate per model under `delegateName`
 * whose methods return promises implementing `RUN_IN_TRANSACTION` (see ./prisma-promise.ts), `$transaction`,
 * the raw methods, and `$extends(ext) { return extendClient(this, schema, ext) }`.
 */
import type { Schema } from '../../schema/model.js';
import { sqlFromRawCall } from '../raw/raw-call.js';
import { cloneArgs } from './clone-args.js';
import type { ExtensionObject } from './extension-shape.js';
import { clientMembersFor, delegateName, modelMethodsFor, queryHooksFor } from './extension-shape.js';
import { MODEL_OPERATIONS, RAW_OPERATIONS, returnsRecords } from './operations.js';
import { createPrismaPromise, isPrismaPromise, RUN_IN_TRANSACTION } from './prisma-promise.js';
import { applyResultPlan, ResultPlanner } from './result-plan.js';
import { ExtensionError } from './extension-error.js';

/** Where an extended client keeps what it was built from. */
export const EXTENSION_STATE: unique symbol = Symbol.for('refract.extensions.state');

interface ExtensionState {
  /** The engine client every call ends in. */
  readonly root: object;
  readonly schema: Schema;
  readonly extensions: readonly ExtensionObject[];
}

type AnyFunction = (...args: unknown[]) => unknown;
type Members = Record<PropertyKey, unknown>;

function member(target: object, key: PropertyKey): unknown {
  return (target as Members)[key];
}

function stateOf(client: object): ExtensionState | null {
  const state = member(client, EXTENSION_STATE);
  return state ? (state as ExtensionState) : null;
}

/** Awaits an engine promise, inside the batch transaction when there is one. */
function run(promise: unknown, transaction: unknown): Promise<unknown> {
  if (transaction !== undefined && isPrismaPromise(promise)) return promise[RUN_IN_TRANSACTION](transaction);
  return Promise.resolve(promise);
}

/** The end of a hook chain: the engine call, inside `transaction` when a batch runs it. */
type FinalStep = (args: unknown, transaction: unknown) => Promise<unknown>;

/** One call going through the hooks. `lastArgs`: what was last passed to a `query(...)` (or the caller's args). */
interface HookChain {
  readonly hooks: readonly AnyFunction[];
  readonly model: string | undefined;
  readonly operation: string;
  readonly final: FinalStep;
  lastArgs: unknown;
}

/**
 * Calls `hooks[0]`, whose `query` calls `hooks[1]`, ..., the last one's `query` calls `final`. `query`
 * returns a lazy PrismaPromise, so a hook may also put it in a batch of its own (the row-level-security
 * pattern `prisma.$transaction([setConfig, query(args)])`): it then runs in that batch's transaction.
 */
function dispatch(chain: HookChain, index: number, args: unknown, transaction: unknown): Promise<unknown> {
  const hook = chain.hooks[index];
  if (!hook) return chain.final(args, transaction);
  const query = (next: unknown) => {
    chain.lastArgs = next;
    return createPrismaPromise((batch?: unknown) => dispatch(chain, index + 1, next, batch ?? transaction));
  };
  return Promise.resolve(hook({ model: chain.model, operation: chain.operation, args, query }));
}

/**
 * A proxy must report a non-configurable, read-only own property of its target as it is (the engine's
 * `tx` client fixes `$transaction` to undefined that way): such properties are never overridden.
 */
function fixedValue(target: object, key: PropertyKey): { readonly value: unknown } | null {
  const own = Reflect.getOwnPropertyDescriptor(target, key);
  return own && own.configurable === false && own.writable === false ? { value: own.value } : null;
}

function functionOf(target: object, key: string, what: string): AnyFunction {
  const fn = member(target, key);
  if (typeof fn !== 'function') throw new ExtensionError(`${what} has no method \`${key}\``);
  return fn as AnyFunction;
}

class ExtendedClientBuilder {
  private readonly planner: ResultPlanner;
  private readonly delegates = new Map<string, object>();
  private readonly clientMembers: Record<string, unknown>;
  readonly client: object;

  constructor(
    private readonly state: ExtensionState,
    private readonly parent: object,
  ) {
    this.planner = new ResultPlanner(state.schema, state.extensions);
    this.clientMembers = clientMembersFor(state.extensions);
    this.client = this.createClient();
  }

  private modelOperation(modelName: string, operation: string): AnyFunction {
    const { root, extensions } = this.state;
    const base = member(root, delegateName(modelName)) as object;
    const hooks = queryHooksFor(extensions, modelName, operation) as AnyFunction[];
    const withResults = this.planner.active && returnsRecords(operation);
    const callBase = (args: unknown): unknown => functionOf(base, operation, `prisma.${delegateName(modelName)}`).call(base, args);
    if (hooks.length === 0 && !withResults) return (args?: unknown) => callBase(args);
    // The database is asked for what computed fields need (the args the last hook passes on), but the
    // fields are computed once all hooks are done, from the select / omit last passed to `query` (the
    // caller's when no hook called it): hooks never see them, and a result a hook makes up gets them too
    // (as Prisma orders it).
    const final: FinalStep = (finalArgs, tx) => run(callBase(withResults ? this.planner.plan(modelName, finalArgs).args : finalArgs), tx);
    return (args?: unknown) =>
      createPrismaPromise(async (transaction) => {
        if (hooks.length === 0) {
          const result = await final(args, transaction);
          return withResults ? applyResultPlan(result, this.planner.plan(modelName, args).plan) : result;
        }
        const chain: HookChain = { hooks, model: modelName, operation, final, lastArgs: args };
        const result = await dispatch(chain, 0, cloneArgs(args ?? {}), transaction);
        return withResults ? applyResultPlan(result, this.planner.plan(modelName, chain.lastArgs).plan) : result;
      });
  }

  private delegate(modelName: string): object {
    const cached = this.delegates.get(modelName);
    if (cached) return cached;
    const { root, extensions } = this.state;
    const base = member(root, delegateName(modelName));
    if (typeof base !== 'object' || base === null) throw new ExtensionError(`the client has no delegate for model ${modelName}`);
    const operations = new Map(MODEL_OPERATIONS.map((op) => [op as string, this.modelOperation(modelName, op)]));
    const methods = modelMethodsFor(extensions, modelName);
    const delegate: object = new Proxy(base, {
      get: (target, key, receiver) => {
        const fixed = fixedValue(target, key);
        if (fixed) return fixed.value;
        if (key === '$name') return modelName;
        if (key === '$parent') return this.parent;
        if (typeof key === 'string') {
          if (Object.prototype.hasOwnProperty.call(methods, key)) {
            const method = methods[key];
            return typeof method === 'function' ? (method as AnyFunction).bind(delegate) : method;
          }
          const operation = operations.get(key);
          if (operation) return operation;
        }
        return Reflect.get(target, key, receiver);
      },
      has: (target, key) => key === '$name' || key === '$parent' || (typeof key === 'string' && key in methods) || Reflect.has(target, key),
    });
    this.delegates.set(modelName, delegate);
    return delegate;
  }

  private rawOperation(operation: (typeof RAW_OPERATIONS)[number]): AnyFunction | null {
    const { root, extensions } = this.state;
    const hooks = queryHooksFor(extensions, null, operation) as AnyFunction[];
    if (hooks.length === 0) return null;
    const unsafe = operation.endsWith('Unsafe');
    return (...args: unknown[]) =>
      createPrismaPromise(async (transaction) => {
        const hookArgs = unsafe ? args : sqlFromRawCall(operation, args);
        const final: FinalStep = (finalArgs, tx) => {
          const method = functionOf(root, operation, 'the client');
          const callArgs = unsafe ? (Array.isArray(finalArgs) ? finalArgs : [finalArgs]) : [finalArgs];
          return run(method.apply(root, callArgs), tx);
        };
        return dispatch({ hooks, model: undefined, operation, final, lastArgs: hookArgs }, 0, hookArgs, transaction);
      });
  }

  private transaction(): AnyFunction {
    const { root, schema, extensions } = this.state;
    return (input: unknown, options?: unknown) => {
      const method = functionOf(root, '$transaction', 'the client');
      if (typeof input !== 'function') return method.call(root, input, options);
      const callback = input as AnyFunction;
      return method.call(root, (tx: object) => callback(extendWith(tx, schema, extensions)), options);
    };
  }

  private createClient(): object {
    const { root, schema } = this.state;
    const modelByDelegate = new Map(schema.models.map((m) => [delegateName(m.name), m.name]));
    const raw = new Map(RAW_OPERATIONS.map((op) => [op as string, this.rawOperation(op)]));
    const transaction = this.transaction();
    const client: object = new Proxy(root, {
      get: (target, key) => {
        const fixed = fixedValue(target, key);
        if (fixed) return fixed.value;
        if (key === EXTENSION_STATE) return this.state;
        if (typeof key === 'string') {
          if (key === '$extends') return (extension: unknown) => extendClient(client, schema, extension);
          if (key === '$parent') return this.parent;
          // Prisma's extended clients have no `$on` / `$use`: events belong to the base client.
          if (key === '$on' || key === '$use') return undefined;
          if (Object.prototype.hasOwnProperty.call(this.clientMembers, key)) {
            const value = this.clientMembers[key];
            return typeof value === 'function' ? (value as AnyFunction).bind(client) : value;
          }
          const model = modelByDelegate.get(key);
          if (model !== undefined) return this.delegate(model);
          if (key === '$transaction') return transaction;
          const rawOperation = raw.get(key);
          if (rawOperation) return rawOperation;
        }
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? (value as AnyFunction).bind(target) : value;
      },
      has: (target, key) => key === EXTENSION_STATE || (typeof key === 'string' && key in this.clientMembers) || Reflect.has(target, key),
    });
    return client;
  }
}

function normalize(extension: unknown): ExtensionObject {
  if (typeof extension !== 'object' || extension === null) throw new ExtensionError('`$extends` expects an extension object or a function of the client');
  return extension as ExtensionObject;
}

/** The engine client (base or tx) `extensions` are applied to, one after the other. */
function extendWith(root: object, schema: Schema, extensions: readonly ExtensionObject[]): object {
  let client = root;
  for (let i = 1; i <= extensions.length; i++) {
    client = new ExtendedClientBuilder({ root, schema, extensions: extensions.slice(0, i) }, client).client;
  }
  return client;
}

/**
 * `client.$extends(extension)`: `client` is the engine's client or an extended one; `extension` an
 * extension object, or a function of the client (what `Prisma.defineExtension` returns).
 */
export function extendClient(client: object, schema: Schema, extension: unknown): object {
  if (typeof extension === 'function') {
    const defined = (extension as { _extension?: unknown })._extension;
    if (defined !== undefined) return extendClient(client, schema, defined);
    return (extension as AnyFunction)(client) as object;
  }
  const state = stateOf(client);
  const root = state?.root ?? client;
  const extensions = [...(state?.extensions ?? []), normalize(extension)];
  return new ExtendedClientBuilder({ root, schema, extensions }, client).client;
}
