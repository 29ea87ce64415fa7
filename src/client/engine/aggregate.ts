/** count, aggregate and groupBy: aggregates over the chosen rows (a derived table when take/skip/cursor apply). */
import type { ColumnType } from '../../dialects/dialect.js';
import type { ScalarField } from '../../schema/model.js';
import type { CompileContext } from './context.js';
import { column, table } from './context.js';
import type { Session } from './executor.js';
import { query } from './executor.js';
import { validationError } from './fail.js';
import { chooseRows } from './find-args.js';
import { checkArgKeys, readRows } from './find.js';
import type { Fragment } from './fragment.js';
import { join, raw, sql } from './fragment.js';
import { isPlainObject } from './input-values.js';
import { renderOrderBy } from './order-by.js';
import { literalPage, pageFragment } from './paging.js';
import type { ModelInfo } from './schema-index.js';
import { columnTypeOf, enumFromDb } from './schema-index.js';
import { compileFilterOnExpression, whereAnd } from './where.js';

type Args = Readonly<Record<string, unknown>>;
type Path = readonly (string | number)[];

const AGGREGATES = ['_count', '_sum', '_avg', '_min', '_max'] as const;
type Aggregate = (typeof AGGREGATES)[number];

interface AggregateColumn {
  readonly aggregate: Aggregate;
  /** null: `_count._all` / `_count: true`. */
  readonly field: ScalarField | null;
  readonly key: string;
}

function resultType(aggregate: Aggregate, field: ScalarField | null): ColumnType {
  if (aggregate === '_count' || field === null) return 'Int';
  const type = columnTypeOf(field);
  if (aggregate === '_avg') return type === 'Decimal' ? 'Decimal' : 'Float';
  return type;
}

function sqlFunction(aggregate: Aggregate): string {
  return aggregate === '_count' ? 'COUNT' : aggregate === '_sum' ? 'SUM' : aggregate === '_avg' ? 'AVG' : aggregate === '_min' ? 'MIN' : 'MAX';
}

const NUMERIC = new Set(['Int', 'BigInt', 'Float', 'Decimal']);

function parseAggregates(model: ModelInfo, args: Args): AggregateColumn[] {
  const columns: AggregateColumn[] = [];
  for (const aggregate of AGGREGATES) {
    const spec = args[aggregate];
    if (spec === undefined || spec === false) continue;
    if (spec === true && aggregate === '_count') {
      columns.push({ aggregate, field: null, key: '$all' });
      continue;
    }
    if (!isPlainObject(spec)) throw validationError([aggregate], 'Invalid value provided. Expected an object.');
    for (const [key, v] of Object.entries(spec)) {
      if (v === undefined || v === false) continue;
      if (aggregate === '_count' && key === '_all') {
        columns.push({ aggregate, field: null, key });
        continue;
      }
      const field = model.scalarByName.get(key);
      if (!field) throw validationError([aggregate, key], `Unknown field \`${key}\` for select statement on model \`${model.name}${aggregate.slice(1, 2).toUpperCase()}${aggregate.slice(2)}AggregateOutputType\`.`);
      if ((aggregate === '_sum' || aggregate === '_avg') && !NUMERIC.has(field.type)) throw validationError([aggregate, key], `Unknown field \`${key}\` for ${aggregate}.`);
      columns.push({ aggregate, field, key });
    }
  }
  return columns;
}

function aggregateExpression(ctx: CompileContext, col: AggregateColumn, alias: string): string {
  const expr = col.field ? column(ctx, alias, col.field) : '*';
  const call = `${sqlFunction(col.aggregate)}(${expr})`;
  return ctx.dialect.selectColumn(call, resultType(col.aggregate, col.field));
}

function assemble(ctx: CompileContext, columns: readonly AggregateColumn[], values: readonly unknown[], offset: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  columns.forEach((c, i) => {
    const raw = values[offset + i];
    const value = c.aggregate === '_count' ? Number(raw ?? 0) : c.field ? enumFromDb(ctx.index.enumMaps.get(c.field.type), ctx.dialect.decode(raw, resultType(c.aggregate, c.field))) : ctx.dialect.decode(raw, resultType(c.aggregate, c.field));
    if (c.key === '$all') {
      out._count = value;
      return;
    }
    const group = (out[c.aggregate] ??= {}) as Record<string, unknown>;
    group[c.key] = value;
  });
  return out;
}

/** The rows an aggregate runs over, as a derived table aliased `alias` holding every scalar column. */
function chosenRows(ctx: CompileContext, model: ModelInfo, args: Args, alias: string): Fragment {
  const inner = ctx.nextAlias();
  const choice = chooseRows(ctx, model, inner, args, []);
  const cols = model.scalars.map((f) => column(ctx, inner, f)).join(', ');
  const whereText = choice.where.text === '1=1' ? raw('') : sql` WHERE ${choice.where}`;
  return sql`(SELECT ${cols} FROM ${table(ctx, model)} ${inner}${whereText}${renderOrderBy(ctx, choice.order, inner)}${pageFragment(ctx, choice.limit, choice.offset)}) ${alias}`;
}

export async function count(ctx: CompileContext, s: Session, model: ModelInfo, raw: unknown): Promise<unknown> {
  const args = checkArgKeys(raw, new Set(['where', 'orderBy', 'cursor', 'take', 'skip', 'distinct', 'select']), 'count');
  if (args.distinct !== undefined && args.distinct !== null) return countDistinct(ctx, s, model, args);
  const alias = ctx.nextAlias();
  const select = args.select;
  const columns: AggregateColumn[] = [];
  if (select !== undefined && select !== null) {
    if (!isPlainObject(select)) throw validationError(['select'], 'Invalid value provided. Expected UserCountAggregateInputType.');
    for (const [key, v] of Object.entries(select)) {
      if (v === undefined || v === false) continue;
      if (key === '_all') columns.push({ aggregate: '_count', field: null, key });
      else {
        const field = model.scalarByName.get(key);
        if (!field) throw validationError(['select', key], `Unknown field \`${key}\` for select statement on model \`${model.name}CountAggregateOutputType\`.`);
        columns.push({ aggregate: '_count', field, key });
      }
    }
  }
  const exprs = select === undefined || select === null ? ['COUNT(*)'] : columns.map((c) => aggregateExpression(ctx, c, alias));
  const result = await query(s, sql`SELECT ${exprs.join(', ') || 'COUNT(*)'} FROM ${chosenRows(ctx, model, args, alias)}`);
  const row = result.rows[0] ?? [];
  if (select === undefined || select === null) return Number(row[0] ?? 0);
  const out: Record<string, unknown> = {};
  columns.forEach((c, i) => {
    out[c.key] = Number(row[i] ?? 0);
  });
  return out;
}

/** count with `distinct`: the distinct rows are chosen in memory (as findMany does), then counted. */
async function countDistinct(ctx: CompileContext, s: Session, model: ModelInfo, args: Args): Promise<unknown> {
  const { select, ...find } = args;
  const counted = isPlainObject(select) ? Object.keys(select).filter((k) => k !== '_all' && select[k] === true) : [];
  const distinct = (Array.isArray(find.distinct) ? find.distinct : [find.distinct]).filter((f): f is string => typeof f === 'string');
  const fields = [...new Set([...distinct, ...counted, ...model.idFields.map((f) => f.name)])];
  const rows = await readRows(ctx, s, model, { ...find, select: Object.fromEntries(fields.map((f) => [f, true])) }, undefined);
  if (!isPlainObject(select)) return rows.length;
  const out: Record<string, number> = {};
  for (const [key, v] of Object.entries(select)) {
    if (v !== true) continue;
    out[key] = key === '_all' ? rows.length : rows.filter((r) => r[key] !== null && r[key] !== undefined).length;
  }
  return out;
}

export async function aggregate(ctx: CompileContext, s: Session, model: ModelInfo, raw: unknown): Promise<unknown> {
  const args = checkArgKeys(raw, new Set(['where', 'orderBy', 'cursor', 'take', 'skip', 'distinct', ...AGGREGATES]), 'aggregate');
  const columns = parseAggregates(model, args);
  const alias = ctx.nextAlias();
  if (columns.length === 0) return {};
  const exprs = columns.map((c) => aggregateExpression(ctx, c, alias));
  const result = await query(s, sql`SELECT ${exprs.join(', ')} FROM ${chosenRows(ctx, model, args, alias)}`);
  return assemble(ctx, columns, result.rows[0] ?? [], 0);
}

/** See `groupByAggregateTypeFromFirstRow`: a whole first value makes the column an integer column. */
function truncateLikeFirstRow(rows: readonly (readonly unknown[])[], columns: readonly AggregateColumn[], offset: number): (readonly unknown[])[] {
  const truncated = new Set<number>();
  columns.forEach((c, i) => {
    if (c.field?.type !== 'Decimal' || (c.aggregate !== '_sum' && c.aggregate !== '_min' && c.aggregate !== '_max')) return;
    const first = rows.find((r) => r[offset + i] !== null)?.[offset + i];
    if (typeof first === 'number' && Number.isInteger(first)) truncated.add(offset + i);
  });
  if (truncated.size === 0) return rows as (readonly unknown[])[];
  return rows.map((r) => r.map((v, i) => (truncated.has(i) && typeof v === 'number' ? Math.trunc(v) : v)));
}

function havingCondition(ctx: CompileContext, model: ModelInfo, alias: string, having: unknown, path: Path): Fragment {
  if (having === undefined || having === null) return raw('1=1');
  if (!isPlainObject(having)) throw validationError(path, 'Invalid value provided. Expected ScalarWhereWithAggregatesInput.');
  const parts: Fragment[] = [];
  for (const [key, value] of Object.entries(having)) {
    if (value === undefined) continue;
    const at = [...path, key];
    if (key === 'AND' || key === 'OR' || key === 'NOT') {
      const list = (Array.isArray(value) ? value : [value]).map((h) => havingCondition(ctx, model, alias, h, at));
      if (key === 'AND') parts.push(whereAnd(list));
      else if (key === 'OR') parts.push(list.length === 0 ? raw('1=0') : join(list.map((l) => sql`(${l})`), ' OR '));
      else parts.push(whereAnd(list.map((l) => sql`NOT (${l})`)));
      continue;
    }
    const field = model.scalarByName.get(key);
    if (!field) throw validationError(at, `Unknown argument \`${key}\`. Available options are marked with ?.`);
    if (!isPlainObject(value)) {
      parts.push(compileFilterOnExpression(ctx, model, alias, field, column(ctx, alias, field), value, at));
      continue;
    }
    const plain: Record<string, unknown> = {};
    for (const [op, operand] of Object.entries(value)) {
      if (operand === undefined) continue;
      if ((AGGREGATES as readonly string[]).includes(op)) {
        const aggregate = op as Aggregate;
        const type = resultType(aggregate, field);
        const synthetic: ScalarField = { ...field, kind: 'scalar', type: type === 'Enum' ? 'String' : type, isRequired: false };
        const expr = `${sqlFunction(aggregate)}(${column(ctx, alias, field)})`;
        parts.push(compileFilterOnExpression(ctx, model, alias, synthetic, expr, operand, [...at, op]));
      } else plain[op] = operand;
    }
    if (Object.keys(plain).length > 0) parts.push(compileFilterOnExpression(ctx, model, alias, field, column(ctx, alias, field), plain, at));
  }
  return whereAnd(parts);
}

function groupOrder(ctx: CompileContext, model: ModelInfo, alias: string, orderBy: unknown, by: readonly ScalarField[]): string {
  if (orderBy === undefined || orderBy === null) return '';
  const list = Array.isArray(orderBy) ? orderBy : [orderBy];
  const items: string[] = [];
  list.forEach((entry, i) => {
    if (!isPlainObject(entry)) throw validationError(['orderBy', i], 'Invalid value provided.');
    for (const [key, value] of Object.entries(entry)) {
      if (value === undefined) continue;
      const direction = (v: unknown, nulls?: unknown): string => {
        if (isPlainObject(v)) return direction(v.sort, v.nulls);
        if (v !== 'asc' && v !== 'desc') throw validationError(['orderBy', i, key], 'Invalid value provided. Expected SortOrder.');
        return `${v.toUpperCase()}${nulls === 'first' ? ' NULLS FIRST' : nulls === 'last' ? ' NULLS LAST' : ''}`;
      };
      if ((AGGREGATES as readonly string[]).includes(key)) {
        if (!isPlainObject(value)) throw validationError(['orderBy', i, key], 'Invalid value provided.');
        for (const [fname, dir] of Object.entries(value)) {
          const field = model.scalarByName.get(fname);
          if (!field) throw validationError(['orderBy', i, key, fname], `Unknown field \`${fname}\`.`);
          items.push(`${sqlFunction(key as Aggregate)}(${column(ctx, alias, field)}) ${direction(dir)}`);
        }
        continue;
      }
      const field = model.scalarByName.get(key);
      if (!field) throw validationError(['orderBy', i, key], `Unknown argument \`${key}\`.`);
      if (!by.includes(field)) throw validationError(['orderBy', i, key], `Every field used for orderBy must be included in the by-arguments of the query. Missing fields: ${key}`);
      items.push(`${column(ctx, alias, field)} ${direction(value)}`);
    }
  });
  return items.length ? ` ORDER BY ${items.join(', ')}` : '';
}

export async function groupBy(ctx: CompileContext, s: Session, model: ModelInfo, input: unknown): Promise<unknown> {
  const args = checkArgKeys(input, new Set(["by", "where", "having", "orderBy", "take", "skip", ...AGGREGATES]), "groupBy");
  const byList = args.by === undefined ? [] : Array.isArray(args.by) ? args.by : [args.by];
  if (byList.length === 0) throw validationError(['by'], 'Argument `by` is missing.');
  const by = byList.map((name, i) => {
    const field = typeof name === 'string' ? model.scalarByName.get(name) : undefined;
    if (!field) throw validationError(['by', i], `Invalid value provided. Expected ${model.name}ScalarFieldEnum.`);
    return field;
  });
  if ((args.take !== undefined || args.skip !== undefined) && args.orderBy === undefined) {
    throw validationError(['orderBy'], 'Argument `orderBy` is required when `take` or `skip` is used in groupBy.');
  }
  const columns = parseAggregates(model, args);
  const alias = ctx.nextAlias();
  const where = chooseRows(ctx, model, alias, { where: args.where }, []).where;
  const having = havingCondition(ctx, model, alias, args.having, ['having']);
  const byCols = by.map((f) => column(ctx, alias, f));
  const selectCols = [...by.map((f) => ctx.dialect.selectColumn(column(ctx, alias, f), columnTypeOf(f))), ...columns.map((c) => aggregateExpression(ctx, c, alias))];
  const take = typeof args.take === 'number' ? args.take : null;
  const skip = typeof args.skip === 'number' ? args.skip : null;
  const whereText = where.text === '1=1' ? raw('') : sql` WHERE ${where}`;
  const havingText = having.text === '1=1' ? raw('') : sql` HAVING ${having}`;
  const statement = sql`SELECT ${selectCols.join(', ')} FROM ${table(ctx, model)} ${alias}${whereText} GROUP BY ${byCols.join(', ')}${havingText}${groupOrder(ctx, model, alias, args.orderBy, by)}${literalPage(ctx, take, skip)}`;
  const result = await query(s, statement);
  const rows = ctx.dialect.capabilities.groupByAggregateTypeFromFirstRow ? truncateLikeFirstRow(result.rows, columns, by.length) : result.rows;
  return rows.map((row) => {
    const out: Record<string, unknown> = {};
    by.forEach((f, i) => {
      out[f.name] = enumFromDb(model.enumMaps.get(f.name), ctx.dialect.decode(row[i], columnTypeOf(f)));
    });
    return { ...out, ...assemble(ctx, columns, row, by.length) };
  });
}
