/**
 * The PrismaClient class a generated client module exports: a delegate per model (thin wrappers over
 * `engine.request`), transactions, raw SQL, `$extends`, `$on` and the connection lifecycle.
 */
import type { Schema } from '../schema/model.js';
import { PrismaClientInitializationError, PrismaClientKnownRequestError, PrismaClientValidationError } from './errors/prisma-errors.js';
import { toPrismaError } from './errors/to-prisma-error.js';
import { checkAdapter } from './adapters/adapter.js';
import { extendClient } from './extensions/extended-client.js';
import { ClientLogger } from './logging/logger.js';
import { createPrismaPromise, isPrismaPromise, RUN_IN_TRANSACTION } from './extensions/prisma-promise.js';
import { rawRowsToObjects } from './raw/raw-result.js';
import { sqlFromRawCall, toDriverQuery, unsafeQuery } from './raw/raw-call.js';
import { resolveConfigValue } from './engine/database-url.js';
import { dialectFor } from './engine/dialect-registry.js';
import type { TransactionHandle, TransactionOptions } from './engine/engine.js';
import { ACTIONS, Engine } from './engine/engine.js';
import type { QueryEvent } from './engine/executor.js';
import { FieldRef } from './engine/input-values.js';
import { FLUENT_ACTIONS, fluentPromise, ModelCallPromise } from './engine/fluent.js';
import { delegateName } from './engine/schema-index.js';
import type { GlobalOmit } from './engine/selection.js';
import type { SqlQuery } from '../dialects/driver.js';

export interface ClientModuleOptions {
  /** Relative sqlite `file:` URLs resolve here, as in Prisma 6. */
  readonly schemaDir: string;
}

type LogLevel = 'query' | 'info' | 'warn' | 'error';
type LogDefinition = LogLevel | { readonly level: LogLevel; readonly emit: 'stdout' | 'event' };

export interface PrismaClientOptions {
  readonly datasourceUrl?: string;
  /** Keyed by the datasource's name in the schema (`db` in most schemas). */
  readonly datasources?: Readonly<Record<string, { readonly url?: string } | undefined>>;
  readonly log?: readonly LogDefinition[];
  readonly errorFormat?: 'pretty' | 'colorless' | 'minimal';
  readonly transactionOptions?: TransactionOptions;
  readonly omit?: GlobalOmit;
  readonly adapter?: unknown;
}

type Listener = (event: unknown) => void;

export function createPrismaClientClass(schema: Schema, moduleOptions: ClientModuleOptions) {
  const provider = schema.datasource?.provider ?? 'sqlite';

  class PrismaClient {
    /** @internal */ readonly _engine: Engine;
    /** @internal */ readonly _logger: ClientLogger;
    /** @internal */ readonly _transactionOptions: TransactionOptions;
    [key: string]: unknown;

    constructor(options: PrismaClientOptions = {}) {
      const dialect = dialectFor(provider);
      if (!dialect) throw new PrismaClientInitializationError(`The provider \`${provider}\` is not supported by this client yet.`);
      // A driver adapter replaces the URL: its connection runs every statement.
      const adapter = options.adapter === undefined || options.adapter === null ? null : checkAdapter(options.adapter, provider);
      const url = options.datasourceUrl ?? options.datasources?.[schema.datasource?.name ?? 'db']?.url ?? resolveConfigValue(schema.datasource?.url ?? null);
      const logger = new ClientLogger(options.log);
      this._logger = logger;
      this._transactionOptions = options.transactionOptions ?? {};
      this._engine = new Engine({
        schema,
        dialect,
        ...(options.omit ? { globalOmit: options.omit } : {}),
        connect: () => {
          if (adapter) return adapter.connect();
          if (!url) {
            const variable = schema.datasource?.url?.kind === 'env' ? schema.datasource.url.variable : 'DATABASE_URL';
            throw new PrismaClientInitializationError(`error: Environment variable not found: ${variable}.`);
          }
          try {
            return dialect.connect(url, moduleOptions.schemaDir);
          } catch (error) {
            throw new PrismaClientInitializationError(`Can't open the database at \`${url}\`: ${(error as Error).message}`);
          }
        },
        ...(logger.isEnabled('query') ? { onQuery: (e: QueryEvent) => logger.query(e.query, e.params, e.durationMs, e.timestamp) } : {}),
      });
      installDelegates(this, this._engine, undefined);
    }

    $connect(): Promise<void> {
      return Promise.resolve().then(() => {
        this._engine.getConnection();
      });
    }

    $disconnect(): Promise<void> {
      return this._engine.disconnect();
    }

    $on(event: string, listener: Listener): void {
      this._logger.on(event, listener);
    }

    $transaction(input: unknown, options?: TransactionOptions): Promise<unknown> {
      const merged = { ...this._transactionOptions, ...(options ?? {}) };
      if (Array.isArray(input)) {
        for (const item of input) {
          if (!isPrismaPromise(item)) return Promise.reject(new PrismaClientValidationError('All elements of the array need to be Prisma Client promises. Hint: Please make sure you are not awaiting the Prisma client calls you intended to pass in the $transaction function.'));
        }
        return this._engine.interactive(async (handle) => {
          const results: unknown[] = [];
          for (const [index, item] of input.entries()) {
            try {
              results.push(await (item as { [RUN_IN_TRANSACTION](t: unknown): Promise<unknown> })[RUN_IN_TRANSACTION](handle));
            } catch (error) {
              // Prisma says which call of the batch failed.
              if (error instanceof PrismaClientKnownRequestError) error.batchRequestIdx = index;
              throw error;
            }
          }
          return results;
        }, { ...merged, timeout: 2 ** 31 - 1 });
      }
      if (typeof input !== 'function') return Promise.reject(new PrismaClientValidationError('`$transaction` expects an array of Prisma Client promises or a function.'));
      return this._engine.interactive((handle) => Promise.resolve((input as (tx: object) => unknown)(transactionClient(this, handle))), merged);
    }

    $extends(extension: unknown): object {
      return extendClient(this, schema, extension);
    }
  }
  installRaw(PrismaClient.prototype as unknown as Record<string, unknown>);
  return PrismaClient;
}

interface EngineHolder {
  readonly _engine: Engine;
}

function installDelegates(target: Record<string, unknown>, engine: Engine, handle: TransactionHandle | undefined): void {
  for (const model of engine.index.models.values()) {
    const delegate: Record<string, unknown> = {};
    for (const action of ACTIONS) {
      delegate[action] = FLUENT_ACTIONS.has(action)
        ? (args?: unknown) => fluentPromise(engine, model, { model: model.name, action, args }, handle)
        : (args?: unknown) => new ModelCallPromise(engine, { model: model.name, action, args }, handle);
    }
    const fields: Record<string, FieldRef> = {};
    for (const f of model.scalars) fields[f.name] = new FieldRef(model.name, f.name, f.type, f.isList, f.kind === 'enum');
    delegate.fields = fields;
    delegate.name = model.name;
    Object.defineProperty(target, delegateName(model.name), { value: delegate, enumerable: true, configurable: true, writable: true });
  }
}

/** The `tx` argument of an interactive transaction: the delegates and raw methods, bound to it. */
function transactionClient(client: EngineHolder, handle: TransactionHandle): object {
  const tx: Record<string, unknown> = Object.create(Object.getPrototypeOf(client) as object) as Record<string, unknown>;
  Object.defineProperty(tx, '_engine', { value: client._engine });
  Object.defineProperty(tx, '_transaction', { value: handle });
  installDelegates(tx, client._engine, handle);
  Object.defineProperty(tx, '$transaction', { value: undefined });
  return tx;
}

function installRaw(proto: Record<string, unknown>): void {
  const run = (self: EngineHolder & { _transaction?: TransactionHandle }, method: string, build: (style: { placeholder(i: number): string; encode(v: unknown): unknown }) => SqlQuery, kind: 'query' | 'execute') =>
    createPrismaPromise((transaction?: unknown) => {
      const engine = self._engine;
      const dialect = engine.dialect;
      const style = { placeholder: (i: number) => dialect.placeholder(i), encode: (v: unknown) => encodeRawParam(v, dialect) };
      let q: SqlQuery;
      try {
        q = build(style);
      } catch (error) {
        return Promise.reject(error);
      }
      return engine.withSession(async (session) => {
        const started = performance.now();
        try {
          if (kind === 'query') {
            const result = await session.queryable.query(q);
            return rawRowsToObjects(result, (v, t) => dialect.decode(v, t));
          }
          const result = await session.queryable.execute(q);
          return result.affectedRows;
        } catch (error) {
          throw toPrismaError(error, { raw: true });
        } finally {
          session.onQuery?.({ query: q.sql, params: q.params, durationMs: performance.now() - started, timestamp: new Date() });
        }
      }, (transaction as TransactionHandle | undefined) ?? self._transaction);
      void method;
    });
  proto.$queryRaw = function (this: EngineHolder, ...args: unknown[]) {
    return run(this, '$queryRaw', (style) => toDriverQuery(sqlFromRawCall('$queryRaw', args), style), 'query');
  };
  proto.$executeRaw = function (this: EngineHolder, ...args: unknown[]) {
    return run(this, '$executeRaw', (style) => toDriverQuery(sqlFromRawCall('$executeRaw', args), style), 'execute');
  };
  proto.$queryRawUnsafe = function (this: EngineHolder, ...args: unknown[]) {
    return run(this, '$queryRawUnsafe', (style) => unsafeQuery('$queryRawUnsafe', args, style), 'query');
  };
  proto.$executeRawUnsafe = function (this: EngineHolder, ...args: unknown[]) {
    return run(this, '$executeRawUnsafe', (style) => unsafeQuery('$executeRawUnsafe', args, style), 'execute');
  };
}

/** A raw parameter in the driver's form: JS values map to the column encodings Prisma uses. */
function encodeRawParam(value: unknown, dialect: Engine['dialect']): unknown {
  if (value instanceof Date) return dialect.encode(value, 'DateTime');
  if (typeof value === 'boolean') return dialect.encode(value, 'Boolean');
  if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array) && typeof (value as { toFixed?: unknown }).toFixed === 'function') return dialect.encode(value, 'Decimal');
  if (value instanceof Uint8Array) return dialect.encode(value, 'Bytes');
  if (Array.isArray(value) && dialect.capabilities.arrayParameters === true) return value.map((item: unknown) => encodeRawParam(item, dialect));
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return value;
}
