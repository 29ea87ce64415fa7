/**
 * One SELECT for a read, relations included: every selected relation is a correlated subquery that
 * aggregates the related rows into JSON (json_object / json_group_array on SQLite), so a read is one
 * statement whatever its depth, never one query per parent row.
 */
import type { CompileContext } from './context.js';
import { column, table } from './context.js';
import type { Fragment } from './fragment.js';
import { join, raw, sql } from './fragment.js';
import type { PostProcess } from './find-args.js';
import { chooseRows } from './find-args.js';
import { renderOrderBy } from './order-by.js';
import { literalPage, pageFragment, pageParts } from './paging.js';
import { relationLink } from './relation-link.js';
import type { CountSelection, RelationSelection, Selection } from './selection.js';
import { joinsToOne } from './selection.js';
import type { ScalarField } from '../../schema/model.js';
import { columnTypeOf } from './schema-index.js';
import { compileWhere, relatedRows, whereAnd } from './where.js';

type Path = readonly (string | number)[];

export interface ReadStatement {
  readonly fragment: Fragment;
  readonly post: PostProcess;
}

export function countSubquery(ctx: CompileContext, count: CountSelection, outer: string): Fragment {
  const inner = ctx.nextAlias();
  const from = relatedRows(ctx, count.rel, outer, inner);
  if (count.where === undefined) return raw(`(SELECT COUNT(*) ${from})`);
  const w = compileWhere(ctx, count.rel.target, inner, count.where, count.wherePath);
  return sql`(SELECT COUNT(*) ${from} AND (${w}))`;
}

/**
 * The SELECT list of a selection for the row aliased `alias`: columns, relation JSON, counts. Where
 * `joins` is given, a to-one relation of scalars is a LEFT JOIN instead of a correlated subquery: its
 * link column (null when there is no related row) then its columns, as `joinsToOne` lays out for the
 * row mapper (top level) or for the JSON object built over a derived row (`relationJson`). A
 * subquery per row, and JSON built and parsed for it, cost more than the join on every database.
 */
function selectList(ctx: CompileContext, selection: Selection, alias: string, path: Path, forJson: boolean, joins: string[] | null = null): Fragment[] {
  const d = ctx.dialect;
  const items: Fragment[] = [];
  selection.scalars.forEach((s, i) => {
    const col = column(ctx, alias, s.field);
    const type = columnTypeOf(s.field);
    const expr = forJson ? d.jsonEncodeColumn(col, type) : d.selectColumn(col, type);
    items.push(raw(forJson ? `${expr} AS ${d.quoteIdentifier(`f${i}`)}` : expr));
  });
  selection.relations.forEach((r, i) => {
    if (joins !== null && joinsToOne(r)) {
      const joined = ctx.nextAlias();
      joins.push(` LEFT JOIN ${table(ctx, r.rel.target)} ${joined} ON ${relationLink(ctx, r.rel, alias, joined)}`);
      const link = column(ctx, joined, r.rel.targetFields[0] as ScalarField);
      items.push(raw(forJson ? `${link} AS ${d.quoteIdentifier(`r${i}p`)}` : link));
      r.selection.scalars.forEach((s, j) => {
        const col = column(ctx, joined, s.field);
        const type = columnTypeOf(s.field);
        items.push(raw(forJson ? `${d.jsonEncodeColumn(col, type)} AS ${d.quoteIdentifier(`r${i}f${j}`)}` : d.selectColumn(col, type)));
      });
      return;
    }
    const sub = relationJson(ctx, r, alias, r.path);
    items.push(forJson ? sql`${sub} AS ${d.quoteIdentifier(`r${i}`)}` : sub);
  });
  (selection.counts ?? []).forEach((c, i) => {
    const sub = countSubquery(ctx, c, alias);
    items.push(forJson ? sql`${sub} AS ${d.quoteIdentifier(`n${i}`)}` : sub);
  });
  if (items.length === 0) items.push(raw('1'));
  return items;
}

/** A correlated scalar subquery: the related row(s) of `outer` as JSON text. */
function relationJson(ctx: CompileContext, r: RelationSelection, outer: string, path: Path): Fragment {
  const d = ctx.dialect;
  if (d.jsonArrayAggOrdered) return relationJsonDirect(ctx, r, outer, path);
  const target = r.rel.target;
  const inner = ctx.nextAlias();
  const derived = ctx.nextAlias();
  const joins: string[] = [];
  const list = selectList(ctx, r.selection, inner, path, true, joins);
  const link = raw(relationLink(ctx, r.rel, outer, inner));
  let where: Fragment = link;
  let orderBy: Fragment = raw('');
  let limit: Fragment | string = '';
  if (r.rel.isList) {
    const choice = chooseRows(ctx, target, inner, r.args, r.path);
    where = whereAnd([link, choice.where]);
    orderBy = renderOrderBy(ctx, choice.order, inner);
    limit = pageFragment(ctx, choice.limit, choice.offset);
  } else {
    limit = literalPage(ctx, 1);
  }
  const ref = (name: string): string => `${derived}.${d.quoteIdentifier(name)}`;
  const pairs: [string, string][] = [];
  r.selection.scalars.forEach((s, i) => pairs.push([s.key, ref(`f${i}`)]));
  r.selection.relations.forEach((rel, i) => {
    if (!joinsToOne(rel)) {
      pairs.push([rel.key, d.jsonNest(ref(`r${i}`))]);
      return;
    }
    // A joined to-one: its object built here from the derived row's columns, null without a match.
    const object = d.jsonObject(rel.selection.scalars.map((s, j) => [s.key, ref(`r${i}f${j}`)]));
    pairs.push([rel.key, `CASE WHEN ${ref(`r${i}p`)} IS NULL THEN NULL ELSE ${object} END`]);
  });
  if (r.selection.counts) pairs.push(['_count', d.jsonObject(r.selection.counts.map((c, i) => [c.key, ref(`n${i}`)]))]);
  const object = d.jsonObject(pairs);
  const value = r.rel.isList ? d.jsonArrayAgg(object) : object;
  return sql`(SELECT ${value} FROM (SELECT ${join(list, ', ')} FROM ${table(ctx, target)} ${inner}${joins.join('')} WHERE ${where}${orderBy}${limit}) ${derived})`;
}

/**
 * The same subquery without a derived table, for dialects with `jsonArrayAggOrdered` (MariaDB): the
 * object is built from the related row itself and the aggregate orders and pages it.
 */
function relationJsonDirect(ctx: CompileContext, r: RelationSelection, outer: string, path: Path): Fragment {
  const d = ctx.dialect;
  const inner = ctx.nextAlias();
  const pairs: [string, Fragment][] = [];
  r.selection.scalars.forEach((s) => pairs.push([s.key, raw(d.jsonEncodeColumn(column(ctx, inner, s.field), columnTypeOf(s.field)))]));
  r.selection.relations.forEach((rel) => pairs.push([rel.key, relationJson(ctx, rel, inner, path)]));
  if (r.selection.counts) {
    const counts = r.selection.counts.map((c) => [c.key, countSubquery(ctx, c, inner)] as const);
    pairs.push(['_count', { text: d.jsonObject(counts.map(([k, f]) => [k, f.text])), params: counts.flatMap(([, f]) => f.params) }]);
  }
  // JSON_OBJECT keeps its arguments in order, so the parameters stay in text order.
  const object: Fragment = { text: d.jsonObject(pairs.map(([k, f]) => [k, f.text])), params: pairs.flatMap(([, f]) => f.params) };
  const link = raw(relationLink(ctx, r.rel, outer, inner));
  if (!r.rel.isList) return sql`(SELECT ${object} FROM ${table(ctx, r.rel.target)} ${inner} WHERE ${link}${literalPage(ctx, 1)})`;
  const choice = chooseRows(ctx, r.rel.target, inner, r.args, r.path);
  const orderBy = renderOrderBy(ctx, choice.order, inner);
  const { limit, offset } = pageParts(ctx, choice.limit, choice.offset);
  const aggregate: Fragment = {
    text: d.jsonArrayAggOrdered?.(object.text, orderBy.text, limit?.text ?? null, offset?.text ?? null) ?? d.jsonArrayAgg(object.text),
    params: [...object.params, ...orderBy.params, ...(limit?.params ?? []), ...(offset?.params ?? [])],
  };
  return sql`(SELECT ${aggregate} FROM ${table(ctx, r.rel.target)} ${inner} WHERE ${whereAnd([link, choice.where])})`;
}

export function compileRead(ctx: CompileContext, selection: Selection, args: Readonly<Record<string, unknown>>, path: Path, forceLimit: number | null = null): ReadStatement {
  const model = selection.model;
  const alias = ctx.nextAlias();
  const choice = chooseRows(ctx, model, alias, args, path);
  const joins: string[] = [];
  const list = selectList(ctx, selection, alias, path, false, joins);
  const joined = joins.join('');
  const orderBy = renderOrderBy(ctx, choice.order, alias);
  // findFirst / findUnique read at most `forceLimit` rows, unless distinct pages in memory.
  const page = pageFragment(ctx, choice.limit, choice.offset, forceLimit !== null && choice.post.distinct === null ? forceLimit : null);
  const post = forceLimit !== null && choice.post.distinct !== null ? { ...choice.post, take: choice.post.take === null ? forceLimit : Math.min(forceLimit, choice.post.take) } : choice.post;
  const whereText = choice.where.text === '1=1' ? raw('') : sql` WHERE ${choice.where}`;
  // An OFFSET under relation subqueries in the select list would still run them for every skipped row
  // (PostgreSQL projects before it limits): page the base rows in a derived table first (same alias).
  // (Keyed on skip's presence, not its value: a plan serves every offset of its shape.)
  if (choice.offset !== null && (selection.relations.length > 0 || (selection.counts?.length ?? 0) > 0)) {
    const rows = sql`(SELECT ${alias}.* FROM ${table(ctx, model)} ${alias}${whereText}${orderBy}${page}) ${alias}`;
    return { fragment: sql`SELECT ${join(list, ', ')} FROM ${rows}${joined}${orderBy}`, post };
  }
  const fragment = sql`SELECT ${join(list, ', ')} FROM ${table(ctx, model)} ${alias}${joined}${whereText}${orderBy}${page}`;
  return { fragment, post };
}
