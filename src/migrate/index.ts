/**
 * Migrate: database description <- schema | live database; diff -> statements -> SQL; `db push`.
 * The CLI's `db push`, `migrate *` and `db pull` verbs call only what this file exports.
 */
export { pushSchema } from './push.js';
export { resetDatabase } from './reset.js';
export type { PushOptions, PushResult } from './push.js';
export { describeSchema } from './describe/describe-schema.js';
export { introspect } from './introspect.js';
export { diff } from './diff/diff.js';
export { renderStatements, renderSteps, renderMigrationScript } from './render.js';
export { dataLossChecks, evaluateDataLoss, describeDataLoss } from './data-loss/index.js';
export type { DataLossCheck, DataLossReport } from './data-loss/index.js';
export { ddlDialectFor, providerOf } from './dialects.js';
export { MigrateError } from './errors.js';
export { emptyDbSchema } from '../dialects/ddl/description.js';
export type * from '../dialects/ddl/description.js';
export type * from '../dialects/ddl/statements.js';
export * from './history/index.js';
export { renderPulledSchema } from './pull/render-pull.js';
export type { PullOptions } from './pull/render-pull.js';
export { migrateDiff } from './migrate-diff.js';
export type { DiffSource, MigrateDiffResult } from './migrate-diff.js';
