/**
 * The client instance type: `$`-methods, one delegate per model, and whatever `$extends` added.
 * The generated `PrismaClient` is `PrismaClientConstructor<$TypeMap>`; its instances are
 * `Client<$TypeMap, ContextOf<Options>>`, so the constructor's global `omit` reaches every result.
 */
import type { ClientContext, ContextEntry, DefaultContext } from './context.js';
import type { Empty } from './utils.js';
import type { ModelDelegate } from './delegate.js';
import type { ExtendedContext, ExtensionDefinition, ExtensionInput } from './extensions.js';
import type { ClientTypeMap, ModelTypes } from './model-types.js';
import type { RawSql } from './sql.js';
import type { PrismaPromise } from './utils.js';

export type LogLevel = 'query' | 'info' | 'warn' | 'error';
export interface LogDefinition {
  level: LogLevel;
  emit: 'stdout' | 'event';
}

export interface QueryEvent {
  timestamp: Date;
  query: string;
  params: string;
  duration: number;
  target: string;
}
export interface LogEvent {
  timestamp: Date;
  message: string;
  target: string;
}

export interface TransactionCallOptions<TM extends ClientTypeMap> {
  maxWait?: number;
  timeout?: number;
  isolationLevel?: TM['isolationLevel'];
}

export type GlobalOmitConfig<TM extends ClientTypeMap> = {
  [K in keyof TM['models']]?: TM['models'][K] extends ModelTypes ? TM['models'][K]['omit'] : never;
};

export interface ClientOptions<TM extends ClientTypeMap> {
  /** A driver adapter (`new PrismaBetterSqlite3({ url })`); without one the datasource URL is used. */
  adapter?: unknown;
  datasourceUrl?: string;
  datasources?: { [name: string]: { url?: string } };
  log?: (LogLevel | LogDefinition)[];
  errorFormat?: 'pretty' | 'colorless' | 'minimal';
  omit?: GlobalOmitConfig<TM>;
  transactionOptions?: TransactionCallOptions<TM>;
}

/** The context of a client built with options `O`. */
export interface ContextOf<O> extends DefaultContext {
  readonly omit: O extends { omit: infer G extends object } ? G : Empty;
}

type Delegate<M, K extends string, C extends ClientContext> = M extends ModelTypes
  ? ModelDelegate<M, C> & ContextEntry<C, 'model', K> & ContextEntry<C, 'model', '$allModels'>
  : never;

export type ModelDelegates<TM extends ClientTypeMap, C extends ClientContext> = {
  readonly [K in keyof TM['models'] & string]: Delegate<TM['models'][K], K, C>;
};

export interface RawMethods {
  $queryRaw<T = unknown>(query: TemplateStringsArray | RawSql, ...values: unknown[]): PrismaPromise<T>;
  $executeRaw(query: TemplateStringsArray | RawSql, ...values: unknown[]): PrismaPromise<number>;
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): PrismaPromise<T>;
  $executeRawUnsafe(query: string, ...values: unknown[]): PrismaPromise<number>;
}

/** The client inside `$transaction(async (tx) => ...)`: no connect/disconnect/transaction/extends. */
export type TransactionClient<TM extends ClientTypeMap, C extends ClientContext> = RawMethods & ModelDelegates<TM, C> & C['client'];

type TransactionResults<P extends readonly unknown[]> = { -readonly [K in keyof P]: Awaited<P[K]> };

export interface ClientMethods<TM extends ClientTypeMap, C extends ClientContext> {
  $connect(): Promise<void>;
  $disconnect(): Promise<void>;
  $on(event: 'query', callback: (event: QueryEvent) => void): void;
  $on(event: 'info' | 'warn' | 'error', callback: (event: LogEvent) => void): void;
  /** Runs the queries in one transaction; resolves to their results, in order (a tuple). */
  $transaction<const P extends readonly PrismaPromise<unknown>[]>(queries: [...P], options?: { isolationLevel?: TM['isolationLevel'] }): Promise<TransactionResults<P>>;
  /** Runs `fn` in an interactive transaction, committed when its promise resolves. */
  $transaction<R>(fn: (tx: TransactionClient<TM, C>) => Promise<R>, options?: TransactionCallOptions<TM>): Promise<R>;
  $extends<E>(extension: ExtensionDefinition<E>): Client<TM, ExtendedContext<C, E>>;
  $extends<const E extends ExtensionInput<TM>>(extension: E & ExtensionInput<TM>): Client<TM, ExtendedContext<C, E>>;
  $extends<R>(extension: (client: Client<TM, C>) => R): R;
}

export type Client<TM extends ClientTypeMap, C extends ClientContext> = ClientMethods<TM, C> & TransactionClient<TM, C>;

/**
 * `new PrismaClient(options)`. The second and third type parameters only keep Prisma's
 * `PrismaClient<Options, LogEvents, ExtArgs>` spelling compiling (`extends PrismaClient<Prisma.PrismaClientOptions, 'query'>`).
 */
export interface PrismaClientConstructor<TM extends ClientTypeMap> {
  new <const O extends ClientOptions<TM> = Empty, _LogEvents extends LogLevel = never, _ExtArgs = unknown>(options?: O): Client<TM, ContextOf<O>>;
}
