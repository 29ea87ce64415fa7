/** What every compiler step reads: the schema index, the dialect, and a fresh-alias counter. */
import type { SqlDialect } from '../../dialects/dialect.js';
import type { ScalarField } from '../../schema/model.js';
import type { Fragment } from './fragment.js';
import { raw } from './fragment.js';
import type { ModelInfo, RelationInfo, SchemaIndex } from './schema-index.js';
import type { PostProcess } from './find-args.js';

export interface CompileContext {
  readonly index: SchemaIndex;
  readonly dialect: SqlDialect;
  /** Returns a new table alias for this statement (`t1`, `t2`, ...). */
  nextAlias(): string;
  /** Compiled reads by call shape (see shape-key.ts), shared by every call of one client. */
  readonly plans: PlanCache;
}

/** A compiled read: SQL with parameter slots, the row mapper and the in-memory post-processing. */
export interface ReadPlan {
  readonly sql: string;
  readonly params: readonly unknown[];
  readonly map: (row: readonly unknown[]) => Record<string, unknown>;
  readonly post: PostProcess;
  readonly strip: ((row: Record<string, unknown>) => void) | null;
}

export class PlanCache {
  private readonly plans = new Map<string, ReadPlan>();
  constructor(private readonly limit = 2000) {}

  get(key: string): ReadPlan | undefined {
    return this.plans.get(key);
  }

  set(key: string, plan: ReadPlan): void {
    if (this.plans.size >= this.limit) this.plans.clear();
    this.plans.set(key, plan);
  }
}

export function createContext(index: SchemaIndex, dialect: SqlDialect, plans: PlanCache): CompileContext {
  let n = 0;
  return { index, dialect, plans, nextAlias: () => `t${n++}` };
}

export function column(ctx: CompileContext, alias: string, field: ScalarField): string {
  return `${alias}.${ctx.dialect.quoteIdentifier(field.dbName)}`;
}

export function table(ctx: CompileContext, model: ModelInfo): string {
  const q = ctx.dialect.quoteIdentifier;
  // multiSchema: a model with `@@schema("x")` lives in that schema, whatever the search_path.
  const schema = model.model.schema;
  return schema ? `${q(schema)}.${q(model.table)}` : q(model.table);
}

/** An implicit many-to-many join table, qualified by the schema of its A model (multiSchema). */
export function joinTable(ctx: CompileContext, rel: RelationInfo): string {
  const q = ctx.dialect.quoteIdentifier;
  const join = rel.relation.joinTable;
  const schema = join ? ctx.index.models.get(join.modelA)?.model.schema : null;
  return schema ? `${q(schema)}.${q(rel.joinTable ?? '')}` : q(rel.joinTable ?? '');
}

export function columnFragment(ctx: CompileContext, alias: string, field: ScalarField): Fragment {
  return raw(column(ctx, alias, field));
}
