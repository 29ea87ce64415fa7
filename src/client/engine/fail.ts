/** The errors the engine throws, built from the surroundings helper's classes (src/client/errors). */
import { PrismaClientValidationError } from '../errors/prisma-errors.js';

export { recordNotFound, relatedRecordNotFound, recordsNotConnected, expectedRecordsNotFound, requiredRelationViolation, transactionApiError, transactionExpired, invalidIsolationLevel } from '../errors/request-errors.js';
export { toPrismaError } from '../errors/to-prisma-error.js';

/** A validation error naming the argument path (`where.posts.some.title`) and what was expected. */
export function validationError(path: readonly (string | number)[], message: string): PrismaClientValidationError {
  const at = path.length > 0 ? `Argument \`${path.join('.')}\`: ` : '';
  return new PrismaClientValidationError(`Invalid invocation:\n\n${at}${message}`);
}
