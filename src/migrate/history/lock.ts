/**
 * The advisory lock `migrate deploy` and `migrate down` hold while they change the history. Advisory
 * locks belong to a session, and a Connection is a pool, so the lock lives on a transaction handle (one
 * pooled session kept for the duration) while the migrations run on other sessions of the pool.
 */
import type { DdlDialect } from '../../dialects/ddl/dialect.js';
import type { Connection } from '../../dialects/driver.js';
import { MigrateError } from '../errors.js';

export async function withMigrationLock<T>(connection: Connection, dialect: DdlDialect, work: () => Promise<T>): Promise<T> {
  const lock = dialect.advisoryLock;
  if (lock === undefined) return work();
  const session = await connection.begin();
  try {
    const answer = (await session.query({ sql: lock.acquire, params: [] })).rows[0]?.[0];
    // MySQL's GET_LOCK answers 0 when its timeout passed without the lock.
    if (answer === 0 || answer === '0' || answer === 0n) throw new MigrateError('Timed out waiting for the migration lock: another migrate command is running against this database.');
  } catch (error) {
    await session.rollback();
    throw error;
  }
  try {
    return await work();
  } finally {
    await session.query({ sql: lock.release, params: [] });
    await session.commit();
  }
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
