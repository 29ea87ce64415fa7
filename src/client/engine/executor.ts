/**
 * Runs finished statements on a queryable (the connection, or an open transaction), reports each to
 * the query log, and turns driver errors into Prisma's errors. Nested writes run inside a
 * transaction or, when one is already open, inside a savepoint.
 */
import type { SqlDialect } from '../../dialects/dialect.js';
import type { ExecuteResult, Queryable, QueryResult, SqlQuery } from '../../dialects/driver.js';
import type { Fragment } from './fragment.js';
import { finish } from './fragment.js';

export interface QueryEvent {
  readonly query: string;
  readonly params: readonly unknown[];
  readonly durationMs: number;
  readonly timestamp: Date;
}

export type QueryListener = (event: QueryEvent) => void;

/** Where a call's statements run. `depth` > 0: inside a transaction (nested work uses savepoints). */
export interface Session {
  readonly queryable: Queryable;
  readonly dialect: SqlDialect;
  readonly inTransaction: boolean;
  readonly onQuery: QueryListener | null;
  /** Begins a transaction on the connection (only when `inTransaction` is false). */
  readonly begin: (() => Promise<Session & { commit(): Promise<void>; rollback(): Promise<void> }>) | null;
  savepoints: { n: number };
}

function logged<T>(session: Session, query: SqlQuery, run: () => Promise<T>): Promise<T> {
  const listener = session.onQuery;
  if (!listener) return run();
  const start = performance.now();
  const timestamp = new Date();
  return run().finally(() => listener({ query: query.sql, params: query.params, durationMs: performance.now() - start, timestamp }));
}

/** Runs an already finished statement (a cached plan's). */
export function runQuery(session: Session, q: SqlQuery): Promise<QueryResult> {
  if (session.onQuery === null) return session.queryable.query(q);
  return logged(session, q, () => session.queryable.query(q));
}

/** `runQuery` on a synchronous driver: the result, or null when the session's driver is asynchronous. */
export function runQuerySync(session: Session, q: SqlQuery): QueryResult | null {
  const queryable = session.queryable;
  if (queryable.querySync === undefined) return null;
  const listener = session.onQuery;
  if (listener === null) return queryable.querySync(q);
  const start = performance.now();
  const timestamp = new Date();
  try {
    return queryable.querySync(q);
  } finally {
    listener({ query: q.sql, params: q.params, durationMs: performance.now() - start, timestamp });
  }
}

export function query(session: Session, fragment: Fragment): Promise<QueryResult> {
  const q = finish(fragment, session.dialect);
  return logged(session, q, () => session.queryable.query(q));
}

export function execute(session: Session, fragment: Fragment): Promise<ExecuteResult> {
  const q = finish(fragment, session.dialect);
  return logged(session, q, () => session.queryable.execute(q));
}

/** Runs `work` atomically: a transaction, or a savepoint inside the open one. */
export async function atomically<T>(session: Session, work: (s: Session) => Promise<T>): Promise<T> {
  if (!session.inTransaction) {
    if (!session.begin) return work(session);
    const tx = await session.begin();
    try {
      const result = await work(tx);
      await tx.commit();
      return result;
    } catch (error) {
      await tx.rollback().catch(() => undefined);
      throw error;
    }
  }
  const name = `refract_sp_${++session.savepoints.n}`;
  await session.queryable.executeScript(`SAVEPOINT ${name}`);
  try {
    const result = await work(session);
    await session.queryable.executeScript(`RELEASE SAVEPOINT ${name}`);
    return result;
  } catch (error) {
    await session.queryable.executeScript(`ROLLBACK TO SAVEPOINT ${name}`).catch(() => undefined);
    await session.queryable.executeScript(`RELEASE SAVEPOINT ${name}`).catch(() => undefined);
    throw error;
  }
}
