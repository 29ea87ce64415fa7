/**
 * The engine: `request({ model, action, args }, transaction?)` runs any model call. It owns the
 * connection (opened on first use), serialises top-level calls on a single-connection database, and
 * runs interactive and batch transactions.
 */
import type { SqlDialect } from '../../dialects/dialect.js';
import type { Connection, IsolationLevel, Transaction } from '../../dialects/driver.js';
import type { Schema } from '../../schema/model.js';
import { aggregate, count, groupBy } from './aggregate.js';
import type { CompileContext } from './context.js';
import { createContext, PlanCache } from './context.js';
import type { QueryListener, Session } from './executor.js';
import { invalidIsolationLevel, toPrismaError, transactionApiError, transactionExpired, validationError } from './fail.js';
import { find } from './find.js';
import type { ModelInfo, SchemaIndex } from './schema-index.js';
import { buildSchemaIndex, delegateName } from './schema-index.js';
import { PrismaClientKnownRequestError, PrismaClientValidationError } from '../errors/prisma-errors.js';
import type { GlobalOmit } from './selection.js';
import { create, createMany, deleteMany, deleteOne, update, updateMany, upsert } from './write-ops.js';

export interface RequestCall {
  readonly model: string | null;
  readonly action: string;
  readonly args: unknown;
}

export interface EngineOptions {
  readonly schema: Schema;
  readonly dialect: SqlDialect;
  /** Opens the connection on first use (lazy, so `new PrismaClient()` never touches the database). */
  readonly connect: () => Connection;
  readonly globalOmit?: GlobalOmit;
  readonly onQuery?: QueryListener;
}

export interface TransactionOptions {
  readonly maxWait?: number;
  readonly timeout?: number;
  readonly isolationLevel?: string;
}

/** An open interactive transaction: its session, and whether it may still run queries. */
export interface TransactionHandle {
  readonly session: Session;
  readonly id: number;
  state: 'open' | 'committed' | 'rolled back' | 'expired';
  readonly startedAt: number;
  readonly timeoutMs: number;
}

export const ACTIONS = [
  'findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'findMany', 'create', 'createMany', 'createManyAndReturn',
  'update', 'updateMany', 'updateManyAndReturn', 'upsert', 'delete', 'deleteMany', 'count', 'aggregate', 'groupBy',
] as const;

const READ_ACTIONS: ReadonlySet<string> = new Set(['findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'findMany', 'count', 'aggregate', 'groupBy']);

/** Prisma's messages name the call first: "Invalid `prisma.user.create()` invocation:" then the reason. */
function withInvocation(error: unknown, invocation: string): unknown {
  const head = `Invalid \`${invocation}\` invocation:`;
  if (error instanceof PrismaClientValidationError) {
    if (error.message.startsWith('Invalid `')) return error;
    return new PrismaClientValidationError(`${head}\n\n${error.message.replace(/^Invalid invocation:\n\n/, '')}`, { clientVersion: error.clientVersion });
  }
  if (error instanceof PrismaClientKnownRequestError && !error.message.startsWith('Invalid `')) {
    const wrapped = new PrismaClientKnownRequestError(`${head}\n\n${error.message}`, { code: error.code, clientVersion: error.clientVersion, ...(error.meta ? { meta: error.meta } : {}) });
    wrapped.batchRequestIdx = error.batchRequestIdx;
    return wrapped;
  }
  return error;
}

export class Engine {
  readonly index: SchemaIndex;
  readonly dialect: SqlDialect;
  private connection: Connection | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  /** Top-level calls started on a single-connection database and not yet settled. */
  private pending = 0;
  private readonly settle = (): void => {
    this.pending--;
  };
  private base: Session | null = null;
  private activeTransaction: TransactionHandle | null = null;
  private transactionCounter = 0;
  private onQuery: QueryListener | null;
  private readonly plans = new PlanCache();

  constructor(private readonly options: EngineOptions) {
    this.index = buildSchemaIndex(options.schema);
    this.dialect = options.dialect;
    this.onQuery = options.onQuery ?? null;
  }

  setQueryListener(listener: QueryListener | null): void {
    this.onQuery = listener;
    this.base = null;
  }

  getConnection(): Connection {
    if (!this.connection) this.connection = this.options.connect();
    return this.connection;
  }

  async disconnect(): Promise<void> {
    const c = this.connection;
    this.connection = null;
    this.base = null;
    if (c) await c.close();
  }

  /** The session of calls outside a transaction: one per connection, made on first use. */
  private baseSession(): Session {
    if (this.base) return this.base;
    const connection = this.getConnection();
    const session: Session = {
      queryable: connection,
      dialect: this.dialect,
      inTransaction: false,
      onQuery: this.onQuery,
      savepoints: { n: 0 },
      begin: async () => this.transactionSession(await connection.begin()),
    };
    this.base = session;
    return session;
  }

  private transactionSession(tx: Transaction): Session & { commit(): Promise<void>; rollback(): Promise<void> } {
    return {
      queryable: tx,
      dialect: this.dialect,
      inTransaction: true,
      onQuery: this.onQuery,
      savepoints: { n: 0 },
      begin: null,
      commit: () => tx.commit(),
      rollback: () => tx.rollback(),
    };
  }

  /** Runs `work` after every earlier top-level call finished (one connection, one statement stream). */
  private serialise<T>(work: () => Promise<T>): Promise<T> {
    // A pool of connections (PostgreSQL, MySQL): calls and transactions run concurrently, as Prisma's.
    if (!this.dialect.capabilities.singleConnection) return work();
    let run: Promise<T>;
    if (this.pending === 0) {
      // Nothing in flight: start now rather than a tick later (a cached read on a synchronous driver
      // then runs its statement within the caller's `await`).
      try {
        run = work();
      } catch (error) {
        return Promise.reject(error);
      }
    } else {
      run = this.queue.then(work, work);
    }
    this.pending++;
    this.queue = run.then(this.settle, this.settle);
    return run;
  }

  private context(): CompileContext {
    return createContext(this.index, this.dialect, this.plans);
  }

  private model(name: string | null): ModelInfo {
    const model = name === null ? undefined : this.index.models.get(name) ?? this.index.models.get(this.index.delegates.get(name) ?? '');
    if (!model) throw validationError([], `Unknown model \`${name ?? ''}\`.`);
    return model;
  }

  /** Runs one model call, on the given transaction or on its own. */
  request(call: RequestCall, transaction?: TransactionHandle): Promise<unknown> {
    if (transaction) return this.runIn(call, transaction);
    const active = this.activeTransaction;
    // One connection: a base-client call made while an interactive transaction is open runs inside it.
    if (active && this.dialect.capabilities.singleConnection) return this.runIn(call, active, false);
    return this.serialise(() => this.run(call, this.baseSession()));
  }

  private runIn(call: RequestCall, transaction: TransactionHandle, checkState = true): Promise<unknown> {
    if (checkState || transaction.state !== 'open') {
      const failure = this.transactionFailure(transaction);
      if (failure) return Promise.reject(failure);
    }
    return this.run(call, transaction.session);
  }

  private transactionFailure(transaction: TransactionHandle): Error | null {
    if (transaction.state === 'expired') return transactionExpired(transaction.timeoutMs, Date.now() - transaction.startedAt);
    if (transaction.state !== 'open') return transactionApiError(`Transaction already closed: A query cannot be executed on a ${transaction.state === 'committed' ? 'committed' : 'closed'} transaction.`);
    return null;
  }

  private run(call: RequestCall, session: Session): Promise<unknown> {
    let model: ModelInfo;
    try {
      model = this.model(call.model);
    } catch (error) {
      return Promise.reject(error);
    }
    const fail = (error: unknown): never => {
      throw withInvocation(toPrismaError(error, { modelName: model.name }), `prisma.${delegateName(model.name)}.${call.action}()`);
    };
    try {
      return this.dispatch(this.context(), session, model, call).then(undefined, fail);
    } catch (error) {
      // The find actions check their arguments before returning a promise.
      return Promise.reject(error).then(undefined, fail);
    }
  }

  private dispatch(ctx: CompileContext, s: Session, model: ModelInfo, call: RequestCall): Promise<unknown> {
    const omit = this.options.globalOmit;
    const args = call.args;
    if (model.model.kind === 'view' && !READ_ACTIONS.has(call.action)) throw validationError([], `\`${call.action}\` is not available on the view \`${model.name}\`.`);
    const action = call.action as (typeof ACTIONS)[number];
    switch (action) {
      case 'findMany':
      case 'findFirst':
      case 'findFirstOrThrow':
      case 'findUnique':
      case 'findUniqueOrThrow':
        return find(ctx, s, model, action, args, omit);
      case 'create':
        return create(ctx, s, model, args, omit);
      case 'createMany':
        return createMany(ctx, s, model, args, false, omit);
      case 'createManyAndReturn':
        if (!this.dialect.capabilities.supportsManyAndReturn) throw validationError([], 'createManyAndReturn is not available on this database.');
        return createMany(ctx, s, model, args, true, omit);
      case 'update':
        return update(ctx, s, model, args, omit);
      case 'updateMany':
        return updateMany(ctx, s, model, args, false, omit);
      case 'updateManyAndReturn':
        if (!this.dialect.capabilities.supportsManyAndReturn) throw validationError([], 'updateManyAndReturn is not available on this database.');
        return updateMany(ctx, s, model, args, true, omit);
      case 'upsert':
        return upsert(ctx, s, model, args, omit);
      case 'delete':
        return deleteOne(ctx, s, model, args, omit);
      case 'deleteMany':
        return deleteMany(ctx, s, model, args);
      case 'count':
        return count(ctx, s, model, args);
      case 'aggregate':
        return aggregate(ctx, s, model, args);
      case 'groupBy':
        return groupBy(ctx, s, model, args);
      default:
        throw validationError([], `Unknown action \`${call.action}\`.`);
    }
  }

  private checkIsolationLevel(level: string | undefined): IsolationLevel | undefined {
    if (level === undefined) return undefined;
    if (!this.dialect.isolationLevels.includes(level)) throw invalidIsolationLevel(level);
    return level as IsolationLevel;
  }

  /** `$transaction([...])`: every call in one transaction, results in order; any failure rolls back. */
  batch(calls: readonly RequestCall[], options: TransactionOptions = {}): Promise<unknown[]> {
    return this.serialise(async () => {
      const isolationLevel = this.checkIsolationLevel(options.isolationLevel);
      const connection = this.getConnection();
      const tx = this.transactionSession(await connection.begin(isolationLevel ? { isolationLevel } : undefined));
      const results: unknown[] = [];
      try {
        for (const call of calls) results.push(await this.run(call, tx));
        await tx.commit().catch((error: unknown) => {
          throw toPrismaError(error, {});
        });
        return results;
      } catch (error) {
        await tx.rollback().catch(() => undefined);
        throw error;
      }
    });
  }

  /** `$transaction(async tx => ..., { maxWait, timeout, isolationLevel })`. */
  interactive<T>(work: (handle: TransactionHandle) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const timeoutMs = options.timeout ?? 5000;
    const maxWait = options.maxWait ?? 2000;
    const requestedAt = Date.now();
    return this.serialise(async () => {
      if (Date.now() - requestedAt > maxWait) throw transactionApiError(`Unable to start a transaction in the given time.`);
      const isolationLevel = this.checkIsolationLevel(options.isolationLevel);
      const connection = this.getConnection();
      const tx = this.transactionSession(await connection.begin(isolationLevel ? { isolationLevel } : undefined));
      const handle: TransactionHandle = { session: tx, id: ++this.transactionCounter, state: 'open', startedAt: Date.now(), timeoutMs };
      this.activeTransaction = handle;
      let timer: NodeJS.Timeout | null = null;
      const expired = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          if (handle.state !== 'open') return;
          handle.state = 'expired';
          this.activeTransaction = null;
          void tx.rollback().catch(() => undefined);
          reject(transactionExpired(timeoutMs, Date.now() - handle.startedAt));
        }, timeoutMs);
      });
      expired.catch(() => undefined);
      try {
        const result = await Promise.race([work(handle), expired]);
        if (handle.state !== 'open') throw this.transactionFailure(handle) ?? transactionApiError('Transaction already closed.');
        handle.state = 'committed';
        this.activeTransaction = null;
        await tx.commit().catch((error: unknown) => {
          throw toPrismaError(error, {});
        });
        return result;
      } catch (error) {
        if (handle.state === 'open') {
          handle.state = 'rolled back';
          this.activeTransaction = null;
          await tx.rollback().catch(() => undefined);
        }
        throw error;
      } finally {
        if (timer) clearTimeout(timer);
        if (this.activeTransaction === handle) this.activeTransaction = null;
      }
    });
  }

  /** Raw statements: run on the transaction's session, or serialised on the connection. */
  withSession<T>(work: (session: Session) => Promise<T>, transaction?: TransactionHandle): Promise<T> {
    const target = transaction ?? (this.dialect.capabilities.singleConnection ? this.activeTransaction : null);
    if (target) {
      const failure = this.transactionFailure(target);
      if (failure) return Promise.reject(failure);
      return work(target.session);
    }
    return this.serialise(() => work(this.baseSession()));
  }
}
