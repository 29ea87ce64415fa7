/**
 * The advisory lock `migrate deploy` and `migrate down` hold while they change the history. Advisory
 * locks belong to a session, and a Connection is a pool, so one pooled session is kept for the whole
 * run: it takes the lock and does all the work, as Prisma's schema engine does on its one connection.
 * Work on other pooled sessions would wait forever on a pool of one (`connection_limit=1`).
 */
import type { DdlDialect } from '../../dialects/ddl/dialect.js';
import type { Connection, IsolationLevel, Transaction } from '../../dialects/driver.js';
import { MigrateError } from '../errors.js';

export async function withMigrationLock<T>(connection: Connection, dialect: DdlDialect, work: (session: Connection) => Promise<T>): Promise<T> {
  const lock = dialect.advisoryLock;
  if (lock === undefined) return work(connection);
  // The pool lends a session only inside a transaction; the lock outlives the transaction (it is
  // session-level), which is ended at once so each migration can have its own.
  const held = await connection.begin();
  try {
    const answer = (await held.query({ sql: lock.acquire, params: [] })).rows[0]?.[0];
    // MySQL's GET_LOCK answers 0 when its timeout passed without the lock.
    if (answer === 0 || answer === '0' || answer === 0n) throw new MigrateError('Timed out waiting for the migration lock: another migrate command is running against this database.');
    await held.executeScript('COMMIT');
  } catch (error) {
    await held.rollback();
    throw error;
  }
  try {
    return await work(sessionConnection(held));
  } finally {
    await held.query({ sql: lock.release, params: [] });
    // Hands the session back to the pool (its COMMIT finds no open transaction, which is harmless).
    await held.commit();
  }
}

/** The lock's session as a Connection: transactions are BEGIN/COMMIT on it; closing it is the lock's job. */
function sessionConnection(session: Transaction): Connection {
  return {
    query: (q) => session.query(q),
    execute: (q) => session.execute(q),
    executeScript: (sql) => session.executeScript(sql),
    async begin(options?: { readonly isolationLevel?: IsolationLevel }): Promise<Transaction> {
      if (options?.isolationLevel !== undefined) throw new MigrateError('Migrations run their transactions at the default isolation level.');
      await session.executeScript('BEGIN');
      let open = true;
      const finish = async (sql: string): Promise<void> => {
        if (!open) return;
        open = false;
        await session.executeScript(sql);
      };
      return { query: (q) => session.query(q), execute: (q) => session.execute(q), executeScript: (sql) => session.executeScript(sql), commit: () => finish('COMMIT'), rollback: () => finish('ROLLBACK') };
    },
    close: async () => undefined,
  };
}

/** Runs a migration script, inside a transaction where the database's DDL is transactional. */
export async function runScript(connection: Connection, dialect: DdlDialect, script: string): Promise<void> {
  const wrapper = dialect.scriptWrapper;
  if (wrapper !== undefined) {
    await connection.executeScript(wrapper.before);
    try {
      return await runWrapped(connection, dialect, script);
    } finally {
      await connection.executeScript(wrapper.after);
    }
  }
  return runWrapped(connection, dialect, script);
}

async function runWrapped(connection: Connection, dialect: DdlDialect, script: string): Promise<void> {
  if (dialect.capabilities.transactionalDdl !== true) return connection.executeScript(script);
  const tx = await connection.begin();
  try {
    await tx.executeScript(script);
  } catch (error) {
    await tx.rollback();
    throw error;
  }
  await tx.commit();
}
