/**
 * Data-loss checks: what in a list of statements can lose data or fail on existing rows, and the
 * messages Prisma prints for them. Offline (`migrate dev` writing a file) the messages are conditional;
 * against a live database (`db push`) the rows are counted and only real problems are reported.
 * "Unexecutable" steps cannot succeed on the current data (a required column without default added to
 * a non-empty table); warnings are losses the user may accept (`--accept-data-loss`).
 */
export type { DataLossCheck, DataLossReport } from './types.js';
export { dataLossChecks } from './checks.js';
export { evaluateDataLoss } from './evaluate.js';
export { describeDataLoss } from './messages.js';
