/** The row-choosing arguments of a read (where, orderBy, cursor, take, skip, distinct), checked. */
import type { CompileContext } from './context.js';
import { validationError } from './fail.js';
import type { Fragment } from './fragment.js';
import { join, raw, sql, wrap } from './fragment.js';
import { isPlainObject } from './input-values.js';
import type { OrderItem } from './order-by.js';
import { parseOrderBy, reverseOrder } from './order-by.js';
import type { PageArgument } from './paging.js';
import { integerArgument, skipArgument } from './paging.js';
import type { ModelInfo } from './schema-index.js';
import { table } from './context.js';
import { compileWhere, WHERE_TRUE, whereAnd } from './where.js';
import { requireUniqueWhere } from './unique-where.js';

type Path = readonly (string | number)[];

export interface RowChoice {
  readonly where: Fragment;
  readonly order: readonly OrderItem[];
  /** The take/skip bound as SQL LIMIT/OFFSET (null when absent or applied in memory, e.g. after an in-memory distinct). */
  readonly limit: PageArgument | null;
  readonly offset: PageArgument | null;
  /** Applied to the fetched rows, in this order: reverse (negative take), distinct, skip, take. */
  readonly post: PostProcess;
}

export interface PostProcess {
  readonly reverse: boolean;
  readonly distinct: readonly string[] | null;
  readonly skip: number | null;
  readonly take: number | null;
}

export function chooseRows(ctx: CompileContext, model: ModelInfo, alias: string, args: Readonly<Record<string, unknown>>, path: Path): RowChoice {
  const where = compileWhere(ctx, model, alias, args.where, [...path, 'where']);
  let order = parseOrderBy(ctx, model, args.orderBy, [...path, 'orderBy']);
  const takePath = [...path, 'take'];
  const skipPath = [...path, 'skip'];
  const take = integerArgument(args.take, takePath);
  const skip = skipArgument(args.skip, skipPath);
  let distinct: string[] | null = null;
  if (args.distinct !== undefined && args.distinct !== null) {
    const list = Array.isArray(args.distinct) ? args.distinct : [args.distinct];
    distinct = list.map((f, i) => {
      if (typeof f !== 'string' || !model.scalarByName.has(f)) throw validationError([...path, 'distinct', i], `Invalid value provided. Expected ${model.name}ScalarFieldEnum.`);
      return f;
    });
  }
  const cursor = args.cursor;
  const backwards = take !== null && take < 0;
  if ((backwards || cursor !== undefined) && !order.some((o) => o.field !== null && model.idFields.some((f) => f.name === o.field))) {
    // A stable order for cursors and backwards pages: the primary key breaks ties, as in Prisma.
    const ids = parseOrderBy(ctx, model, Object.fromEntries(model.idFields.map((f) => [f.name, 'asc'])), path);
    order = [...order, ...ids];
  }
  if (backwards) order = reverseOrder(order);
  let condition = where;
  if (cursor !== undefined && cursor !== null) {
    condition = whereAnd([where, cursorCondition(ctx, model, alias, cursor, order, [...path, 'cursor'])]);
  }
  const count = take === null ? null : Math.abs(take);
  if (distinct) {
    return { where: condition, order, limit: null, offset: null, post: { reverse: backwards, distinct, skip, take: count } };
  }
  const limit = take === null ? null : { value: take, path: takePath };
  const offset = skip === null ? null : { value: skip, path: skipPath };
  return { where: condition, order, limit, offset, post: { reverse: backwards, distinct: null, skip: null, take: null } };
}

function cursorCondition(ctx: CompileContext, model: ModelInfo, alias: string, cursor: unknown, order: readonly OrderItem[], path: Path): Fragment {
  if (!isPlainObject(cursor)) throw validationError(path, `Invalid value provided. Expected ${model.name}WhereUniqueInput.`);
  requireUniqueWhere(model, cursor, path);
  const cursorRow = (): { alias: string; where: Fragment } => {
    const c = ctx.nextAlias();
    return { alias: c, where: compileWhere(ctx, model, c, cursor, path) };
  };
  const valueOf = (item: OrderItem): Fragment => {
    const { alias: c, where } = cursorRow();
    const e = item.build(c);
    return sql`(SELECT ${e} FROM ${table(ctx, model)} ${c} WHERE ${where})`;
  };
  const equal = (item: OrderItem): Fragment => sql`${item.build(alias)} = ${valueOf(item)}`;
  const branches: Fragment[] = [];
  order.forEach((item, i) => {
    const before = order.slice(0, i).map(equal);
    const cmp = sql`${item.build(alias)} ${item.direction === 'asc' ? '>' : '<'} ${valueOf(item)}`;
    branches.push(wrap(join([...before, cmp], ' AND '), '(', ')'));
  });
  branches.push(wrap(join(order.map(equal), ' AND '), '(', ')'));
  const { alias: c, where } = cursorRow();
  const exists = sql`EXISTS (SELECT 1 FROM ${table(ctx, model)} ${c} WHERE ${where})`;
  return whereAnd([exists, order.length === 0 ? WHERE_TRUE : wrap(join(branches, ' OR '), '(', ')')]);
}

/** Applies the in-memory part of a row choice. */
export function postProcess<T extends Record<string, unknown>>(rows: T[], post: PostProcess): T[] {
  let out = rows;
  if (post.distinct) {
    const seen = new Set<string>();
    const keys = post.distinct;
    out = out.filter((row) => {
      const key = JSON.stringify(keys.map((k) => distinctKey(row[k])));
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  if (post.skip !== null && post.skip > 0) out = out.slice(post.skip);
  if (post.take !== null) out = out.slice(0, post.take);
  if (post.reverse) out = [...out].reverse();
  return out;
}

function distinctKey(value: unknown): unknown {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'bigint') return `${value}n`;
  if (value instanceof Uint8Array) return Buffer.from(value).toString('hex');
  if (typeof value === 'object' && value !== null) return String(value);
  return value;
}

export { raw };
