/**
 * `orderBy` -> ORDER BY items. Scalars, `{ sort, nulls }`, to-one relation fields (a correlated
 * subquery per item) and to-many `_count`. Items keep their expression separately so cursors can
 * compare the same expression on the cursor row.
 */
import type { CompileContext } from './context.js';
import { column } from './context.js';
import { validationError } from './fail.js';
import type { Fragment } from './fragment.js';
import { mapText, raw, slot } from './fragment.js';
import { isPlainObject } from './input-values.js';
import type { ModelInfo } from './schema-index.js';
import { relatedRows } from './where.js';

type Path = readonly (string | number)[];

export interface OrderItem {
  /** The expression for the row aliased `alias`; `build(otherAlias)` rebuilds it for another alias. */
  readonly build: (alias: string) => Fragment;
  readonly direction: 'asc' | 'desc';
  readonly nulls: 'first' | 'last' | null;
  /** The scalar field when the item is a plain column (for cursor defaults and distinct). */
  readonly field: string | null;
}

function direction(value: unknown, path: Path): 'asc' | 'desc' {
  if (value === 'asc' || value === 'desc') return value;
  throw validationError(path, `Invalid value provided. Expected SortOrder ('asc' or 'desc'), provided ${JSON.stringify(value)}.`);
}

export function parseOrderBy(ctx: CompileContext, model: ModelInfo, orderBy: unknown, path: Path): OrderItem[] {
  if (orderBy === undefined || orderBy === null) return [];
  const list = Array.isArray(orderBy) ? orderBy : [orderBy];
  const items: OrderItem[] = [];
  list.forEach((entry, i) => {
    const at = Array.isArray(orderBy) ? [...path, i] : path;
    if (!isPlainObject(entry)) throw validationError(at, 'Invalid value provided. Expected OrderByInput.');
    for (const [key, value] of Object.entries(entry)) {
      if (value === undefined) continue;
      items.push(...orderItems(ctx, model, key, value, [...at, key], (build) => build));
    }
  });
  return items;
}

function orderItems(ctx: CompileContext, model: ModelInfo, key: string, value: unknown, path: Path, wrapBuild: (b: (alias: string) => Fragment) => (alias: string) => Fragment): OrderItem[] {
  const scalar = model.scalarByName.get(key);
  if (scalar) {
    const build = wrapBuild((alias) => raw(column(ctx, alias, scalar)));
    if (isPlainObject(value)) {
      const nulls = value.nulls;
      if (nulls !== undefined && nulls !== 'first' && nulls !== 'last') throw validationError([...path, 'nulls'], 'Invalid value provided. Expected NullsOrder.');
      return [{ build, direction: direction(value.sort, [...path, 'sort']), nulls: (nulls as 'first' | 'last' | undefined) ?? null, field: scalar.name }];
    }
    return [{ build, direction: direction(value, path), nulls: null, field: scalar.name }];
  }
  const rel = model.relations.get(key);
  if (rel) {
    if (!isPlainObject(value)) throw validationError(path, `Invalid value provided. Expected ${rel.target.name}OrderByRelationAggregateInput.`);
    if (rel.isList) {
      const entries = Object.entries(value).filter(([, v]) => v !== undefined);
      return entries.map(([k, v]) => {
        if (k !== '_count') throw validationError([...path, k], `Unknown argument \`${k}\`. Available options are marked with ?.`);
        const build = wrapBuild((alias) => {
          const inner = ctx.nextAlias();
          return raw(`(SELECT COUNT(*) ${relatedRows(ctx, rel, alias, inner)})`);
        });
        return { build, direction: direction(v, [...path, k]), nulls: null, field: null };
      });
    }
    const items: OrderItem[] = [];
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue;
      items.push(...orderItems(ctx, rel.target, k, v, [...path, k], (innerBuild) => wrapBuild((alias) => {
        const inner = ctx.nextAlias();
        const e = innerBuild(inner);
        return { text: `(SELECT ${e.text} ${relatedRows(ctx, rel, alias, inner)})`, params: e.params };
      })));
    }
    return items;
  }
  if (key === '_relevance') return [relevanceItem(ctx, model, value, path, wrapBuild)];
  throw validationError(path, `Unknown argument \`${key}\`. Available options are listed in ${model.name}OrderByWithRelationInput.`);
}

/** `_relevance: { fields, search, sort }`: full-text relevance through the dialect's hook. */
function relevanceItem(ctx: CompileContext, model: ModelInfo, value: unknown, path: Path, wrapBuild: (b: (alias: string) => Fragment) => (alias: string) => Fragment): OrderItem {
  const relevance = ctx.dialect.fullTextRelevance;
  if (!relevance) throw validationError(path, 'Unknown argument `_relevance`: full-text search is not available on this database.');
  if (!isPlainObject(value)) throw validationError(path, `Invalid value provided. Expected ${model.name}OrderByRelevanceInput.`);
  const names = Array.isArray(value.fields) ? value.fields : [value.fields];
  const fields = names.map((name, i) => {
    const field = typeof name === 'string' ? model.scalarByName.get(name) : undefined;
    if (!field) throw validationError([...path, 'fields', i], `Invalid value provided. Expected ${model.name}OrderByRelevanceFieldEnum.`);
    return field;
  });
  if (typeof value.search !== 'string') throw validationError([...path, 'search'], 'Invalid value provided. Expected String.');
  const build = wrapBuild((alias) => mapText(slot([...path, 'search'], value.search, (x) => x), (m) => relevance(fields.map((f) => column(ctx, alias, f)), m)));
  return { build, direction: direction(value.sort, [...path, 'sort']), nulls: null, field: null };
}

export function reverseOrder(items: readonly OrderItem[]): OrderItem[] {
  return items.map((item) => ({
    ...item,
    direction: item.direction === 'asc' ? 'desc' : 'asc',
    nulls: item.nulls === 'first' ? 'last' : item.nulls === 'last' ? 'first' : null,
  }));
}

export function renderOrderBy(ctx: CompileContext, items: readonly OrderItem[], alias: string): Fragment {
  if (items.length === 0) return raw('');
  const parts = items.map((item) => {
    const e = item.build(alias);
    let text = `${e.text} ${item.direction === 'asc' ? 'ASC' : 'DESC'}`;
    if (item.nulls && ctx.dialect.capabilities.supportsNullsOrdering) text += ` NULLS ${item.nulls === 'first' ? 'FIRST' : 'LAST'}`;
    // Without NULLS FIRST/LAST (MySQL) the dialect places NULLs itself; the expression is repeated, so only parameterless ones.
    else if (item.nulls && ctx.dialect.orderNulls && e.params.length === 0) text = ctx.dialect.orderNulls(e.text, item.direction, item.nulls);
    return { text, params: e.params };
  });
  const params: unknown[] = [];
  for (const p of parts) params.push(...p.params);
  return { text: ` ORDER BY ${parts.map((p) => p.text).join(', ')}`, params };
}
