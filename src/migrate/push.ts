/**
 * `db push`: make the database match the schema without migration files. Introspect, diff against the
 * schema's description, check the data the statements would lose, then apply them (or not).
 */
import type { Connection } from '../dialects/driver.js';
import type { Schema } from '../schema/model.js';
import { dataLossChecks, evaluateDataLoss } from './data-loss/index.js';
import { describeSchema } from './describe/describe-schema.js';
import { ddlDialectFor, providerOf } from './dialects.js';
import { diff } from './diff/diff.js';
import { resetDatabase } from './reset.js';

export interface PushOptions {
  readonly schema: Schema;
  readonly connection: Connection;
  /** Drop everything in the database first (`--force-reset`). */
  readonly forceReset?: boolean;
  /** Apply even when data would be lost (`--accept-data-loss`). */
  readonly acceptDataLoss?: boolean;
}

export interface PushResult {
  /** The SQL of each step run, in order (empty when the database was already in sync or nothing ran). */
  executed: string[];
  /** Data that would be (or, when applied, was) lost. */
  warnings: string[];
  /** Steps that cannot run on the current data; when present nothing is applied. */
  unexecutable: string[];
  /** False when warnings without `acceptDataLoss`, or unexecutable steps, stopped the push. */
  applied: boolean;
}

export async function pushSchema(options: PushOptions): Promise<PushResult> {
  const { schema, connection } = options;
  const provider = providerOf(schema);
  const dialect = ddlDialectFor(provider);
  const schemas = schema.datasource?.schemas ?? [];
  if (options.forceReset === true) await resetDatabase(connection, provider, schemas.length > 0 ? schemas : undefined);
  const from = await dialect.introspect(connection, schemas.length > 0 ? schemas : undefined);
  const statements = diff(from, describeSchema(schema, dialect));
  const { warnings, unexecutable } = await evaluateDataLoss(dataLossChecks(statements, from), connection, dialect);
  if (unexecutable.length > 0 || (warnings.length > 0 && options.acceptDataLoss !== true)) {
    return { executed: [], warnings, unexecutable, applied: false };
  }
  const executed: string[] = [];
  for (const statement of statements) {
    const { sql } = dialect.render(statement);
    await connection.executeScript(sql);
    executed.push(sql);
  }
  return { executed, warnings, unexecutable, applied: true };
}
