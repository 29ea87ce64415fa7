/** What every compiler step reads: the schema index, the dialect, and a fresh-alias counter. */
import type { SqlDialect } from '../../dialects/dialect.js';
import type { ScalarField } from '../../schema/model.js';
import type { Fragment } from './fragment.js';
import { raw } from './fragment.js';
import type { ModelInfo, SchemaIndex } from './schema-index.js';

export interface CompileContext {
  readonly index: SchemaIndex;
  readonly dialect: SqlDialect;
  /** Returns a new table alias for this statement (`t1`, `t2`, ...). */
  nextAlias(): string;
}

export function createContext(index: SchemaIndex, dialect: SqlDialect): CompileContext {
  let n = 0;
  return { index, dialect, nextAlias: () => `t${n++}` };
}

export function column(ctx: CompileContext, alias: string, field: ScalarField): string {
  return `${alias}.${ctx.dialect.quoteIdentifier(field.dbName)}`;
}

export function table(ctx: CompileContext, model: ModelInfo): string {
  return ctx.dialect.quoteIdentifier(model.table);
}

export function columnFragment(ctx: CompileContext, alias: string, field: ScalarField): Fragment {
  return raw(column(ctx, alias, field));
}
