/**
 * SQL text and decoding facts of one model that every write would otherwise rebuild per call: the
 * quoted table, the column list, each column's type, and the default selection (no select / include /
 * omit). Computed once per (dialect, model) and kept beside them in WeakMaps: two clients with
 * different dialects never share an entry, and nothing outlives its schema index.
 */
import type { ColumnType, SqlDialect } from '../../dialects/dialect.js';
import type { ScalarField } from '../../schema/model.js';
import type { CompileContext } from './context.js';
import { table } from './context.js';
import type { EnumMap, ModelInfo } from './schema-index.js';
import { columnTypeOf } from './schema-index.js';
import type { GlobalOmit, Selection, SelectionArgs } from './selection.js';
import { buildSelection } from './selection.js';

export interface ModelSql {
  /** The quoted (schema-qualified) table name. */
  readonly table: string;
  /** Every scalar column, unaliased, as the dialect selects it (`allColumns(ctx, model, null)`). */
  readonly columns: string;
  /** Each scalar's column type and enum map, in `model.scalars` order (what decodeRow reads). */
  readonly types: readonly ColumnType[];
  readonly enumMaps: readonly (EnumMap | undefined)[];
  /** The `@updatedAt` fields. */
  readonly updatedAt: readonly ScalarField[];
  /** The selection of a call without select / include / omit, by global omit (NO_OMIT for none). */
  readonly defaultSelections: WeakMap<object, Selection>;
}

const NO_OMIT: GlobalOmit = Object.freeze({});

const byDialect = new WeakMap<SqlDialect, WeakMap<ModelInfo, ModelSql>>();

export function modelSql(ctx: CompileContext, model: ModelInfo): ModelSql {
  let models = byDialect.get(ctx.dialect);
  if (models === undefined) {
    models = new WeakMap();
    byDialect.set(ctx.dialect, models);
  }
  let facts = models.get(model);
  if (facts === undefined) {
    const d = ctx.dialect;
    facts = {
      table: table(ctx, model),
      columns: model.scalars.map((f) => d.selectColumn(d.quoteIdentifier(f.dbName), columnTypeOf(f))).join(', '),
      types: model.scalars.map(columnTypeOf),
      enumMaps: model.scalars.map((f) => model.enumMaps.get(f.name)),
      updatedAt: model.scalars.filter((f) => f.isUpdatedAt),
      defaultSelections: new WeakMap(),
    };
    models.set(model, facts);
  }
  return facts;
}

function absent(value: unknown): boolean {
  return value === undefined || value === null;
}

/**
 * The selection of a write's answer: built from select / include / omit, or, without any of them,
 * the model's default selection computed once per global omit.
 */
export function writeSelection(ctx: CompileContext, model: ModelInfo, args: SelectionArgs, globalOmit: GlobalOmit | undefined): Selection {
  if (!absent(args.select) || !absent(args.include) || !absent(args.omit)) return buildSelection(ctx, model, args, [], globalOmit);
  const cache = modelSql(ctx, model).defaultSelections;
  const key = globalOmit ?? NO_OMIT;
  let selection = cache.get(key);
  if (selection === undefined) {
    selection = buildSelection(ctx, model, {}, [], globalOmit);
    cache.set(key, selection);
  }
  return selection;
}
