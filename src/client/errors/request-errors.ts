/**
 * The known request errors the engine raises itself (not from a database error), with Prisma 7's
 * messages and `meta` keys as the conformance goldens record them.
 */
import { CLIENT_VERSION } from './client-version.js';
import { PrismaClientKnownRequestError } from './prisma-errors.js';

const P2025_PREFIX = 'An operation failed because it depends on one or more records that were required but not found.';

function known(code: string, message: string, meta: Record<string, unknown>): PrismaClientKnownRequestError {
  return new PrismaClientKnownRequestError(message, { code, clientVersion: CLIENT_VERSION, meta });
}

/** The phrase Prisma uses for a top-level operation in P2025: `a query`, `a delete`, `an update`, ... */
export type RecordOperation = 'a query' | 'a delete' | 'an update' | 'an upsert' | (string & {});

/** P2025 for findUniqueOrThrow / findFirstOrThrow (`a query`), update (`an update`), delete (`a delete`). */
export function recordNotFound(modelName: string, operation: RecordOperation): PrismaClientKnownRequestError {
  return known('P2025', `${P2025_PREFIX} No record was found for ${operation}.`, { modelName, operation });
}

export type RelationType = 'one-to-one' | 'one-to-many' | 'many-to-many';

export interface RelatedRecordNotFound {
  /** The model of the call (`meta.modelName`). */
  readonly modelName: string;
  /** The model whose record was missing. */
  readonly model: string;
  /** `a nested connect`, `a nested update`, `a nested delete`, `a nested upsert`, ... */
  readonly operation: string;
  readonly relation: string;
  readonly relationType: RelationType;
  /** `inline the relation on 'Post' record(s)` for connects; null for nested updates. */
  readonly neededFor: string | null;
}

/**
 * P2025 for a nested write whose target is missing:
 * `No 'User' record (needed to inline the relation on 'Post' record(s)) was found for a nested connect
 * on one-to-many relation 'PostToUser'.`
 */
export function relatedRecordNotFound(info: RelatedRecordNotFound): PrismaClientKnownRequestError {
  const needed = info.neededFor ? ` (needed to ${info.neededFor})` : '';
  const message = `${P2025_PREFIX} No '${info.model}' record${needed} was found for ${info.operation} on ${info.relationType} relation '${info.relation}'.`;
  return known('P2025', message, {
    model: info.model,
    modelName: info.modelName,
    neededFor: info.neededFor,
    operation: info.operation,
    relation: info.relation,
    relationType: info.relationType,
  });
}

/** P2025 for a list connect that found fewer rows: `Expected 2 records to be connected, found only 1.` */
export function expectedRecordsNotFound(modelName: string, expectedRows: number, foundRows: number, verb = 'connected'): PrismaClientKnownRequestError {
  return known('P2025', `${P2025_PREFIX} Expected ${expectedRows} records to be ${verb}, found only ${foundRows}.`, { expectedRows, modelName });
}

/** P2017: a nested delete / update / disconnect names a record that is not connected to the parent. */
export function recordsNotConnected(modelName: string, relation: string, parent: string, child: string): PrismaClientKnownRequestError {
  return known('P2017', `The records for relation \`${relation}\` between the \`${parent}\` and \`${child}\` models are not connected.`, {
    child,
    modelName,
    parent,
    relation,
  });
}

/** P2014: the change would leave a required relation empty (disconnecting or replacing a required side). */
export function requiredRelationViolation(modelName: string, relation: string, modelA: string, modelB: string): PrismaClientKnownRequestError {
  return known('P2014', `The change you are trying to make would violate the required relation '${relation}' between the \`${modelA}\` and \`${modelB}\` models.`, {
    modelName,
    relation_name: relation,
    model_a_name: modelA,
    model_b_name: modelB,
  });
}

/** P2015: `A related record could not be found. {details}` */
export function relatedRecordMissing(modelName: string, details: string): PrismaClientKnownRequestError {
  return known('P2015', `A related record could not be found. ${details}`, { modelName, details });
}

/** P2018: `The required connected records were not found. {details}` */
export function requiredConnectedRecordsNotFound(modelName: string, details: string): PrismaClientKnownRequestError {
  return known('P2018', `The required connected records were not found. ${details}`, { modelName, details });
}

/** P2028: any interactive-transaction failure (expired, already closed, could not start in time). */
export function transactionApiError(error: string): PrismaClientKnownRequestError {
  return known('P2028', `Transaction API error: ${error}`, { error });
}

/** What was attempted on a closed transaction, as Prisma's P2028 messages name it. */
export type TransactionStep = 'query' | 'commit' | 'rollback';

/**
 * P2028 when a query (or the commit) comes after the interactive transaction's `timeout`:
 * `Transaction API error: Transaction already closed: A commit cannot be executed on an expired
 * transaction. The timeout for this transaction was 5000 ms, however 6542 ms passed since the start of
 * the transaction. Consider increasing the interactive transaction timeout or doing less work in the
 * transaction.`
 */
export function transactionExpired(timeoutMs: number, elapsedMs: number, step: TransactionStep = 'query'): PrismaClientKnownRequestError {
  return transactionApiError(
    `Transaction already closed: A ${step} cannot be executed on an expired transaction. The timeout for this transaction was ${timeoutMs} ms, however ${elapsedMs} ms passed since the start of the transaction. Consider increasing the interactive transaction timeout or doing less work in the transaction.`,
  );
}

/** P2028 when something runs after the transaction was committed or rolled back. */
export function transactionClosed(state: 'committed' | 'rolled back' = 'committed', step: TransactionStep = 'query'): PrismaClientKnownRequestError {
  return transactionApiError(`Transaction already closed: A ${step} cannot be executed on a ${state} transaction.`);
}

/** P2028 when a transaction could not start within `maxWait`. */
export function transactionStartTimeout(maxWaitMs: number): PrismaClientKnownRequestError {
  return transactionApiError(`Unable to start a transaction in the given time. Timeout: ${maxWaitMs} ms.`);
}

/** P2034: the database aborted the transaction (serialization failure, deadlock). */
export function writeConflict(modelName?: string): PrismaClientKnownRequestError {
  return known('P2034', 'Transaction failed due to a write conflict or a deadlock. Please retry your transaction', modelName ? { modelName } : {});
}

/** P2023 for an isolation level the database does not accept (SQLite: only Serializable). */
export function invalidIsolationLevel(level: string): PrismaClientKnownRequestError {
  return known('P2023', `Inconsistent column data: Conversion failed: Invalid isolation level \`${level}\``, { message: `Invalid isolation level \`${level}\`` });
}
