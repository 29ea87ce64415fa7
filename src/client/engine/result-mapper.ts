/**
 * Rows -> result objects. A mapper is built once per selection (a list of closures, one per output
 * key), not re-derived per row: top-level rows are arrays in select-list order, related rows arrive
 * as JSON made by the read query.
 */
import type { SqlDialect } from '../../dialects/dialect.js';
import { postProcess } from './find-args.js';
import type { PostProcess } from './find-args.js';
import type { Selection } from './selection.js';
import { columnTypeOf, enumFromDb } from './schema-index.js';

export type RowMapper = (row: readonly unknown[]) => Record<string, unknown>;
type JsonMapper = (value: Record<string, unknown>) => Record<string, unknown>;

const NO_POST: PostProcess = { reverse: false, distinct: null, skip: null, take: null };

function relationPost(args: Readonly<Record<string, unknown>>): PostProcess {
  const take = typeof args.take === 'number' ? args.take : null;
  const distinct = args.distinct === undefined || args.distinct === null ? null : Array.isArray(args.distinct) ? (args.distinct as string[]) : [args.distinct as string];
  if (!distinct && (take === null || take >= 0)) return NO_POST;
  return {
    reverse: take !== null && take < 0,
    distinct,
    skip: distinct && typeof args.skip === 'number' ? args.skip : null,
    take: distinct && take !== null ? Math.abs(take) : null,
  };
}

function stripHidden(selection: Selection): ((o: Record<string, unknown>) => void) | null {
  const hidden = selection.scalars.filter((s) => s.hidden).map((s) => s.key);
  if (hidden.length === 0) return null;
  return (o) => {
    for (const k of hidden) delete o[k];
  };
}

function relationValue(dialect: SqlDialect, selection: Selection, index: number): (raw: unknown) => unknown {
  const r = selection.relations[index];
  if (!r) return () => null;
  const mapOne = buildJsonMapper(dialect, r.selection);
  const post = relationPost(r.args);
  const strip = stripHidden(r.selection);
  if (!r.rel.isList) {
    return (raw) => {
      const value = typeof raw === 'string' ? (JSON.parse(raw) as unknown) : raw;
      if (value === null || value === undefined) return null;
      const o = mapOne(value as Record<string, unknown>);
      if (strip) strip(o);
      return o;
    };
  }
  return (raw) => {
    const value = typeof raw === 'string' ? (JSON.parse(raw) as unknown) : raw;
    if (!Array.isArray(value)) return [];
    let rows = value.map((v) => mapOne(v as Record<string, unknown>));
    if (post !== NO_POST) rows = postProcess(rows, post);
    if (strip) for (const o of rows) strip(o);
    return rows;
  };
}

export function buildJsonMapper(dialect: SqlDialect, selection: Selection): JsonMapper {
  const scalars = selection.scalars.map((s) => ({ key: s.key, type: columnTypeOf(s.field), enumMap: selection.model.enumMaps.get(s.field.name) }));
  const relations = selection.relations.map((r, i) => ({ key: r.key, map: relationValue(dialect, selection, i) }));
  const counts = selection.counts?.map((c) => c.key) ?? null;
  return (value) => {
    const out: Record<string, unknown> = {};
    for (const s of scalars) {
      const v = dialect.decodeFromJson(value[s.key], s.type);
      out[s.key] = s.enumMap ? enumFromDb(s.enumMap, v) : v;
    }
    for (const r of relations) out[r.key] = r.map(value[r.key]);
    if (counts) {
      const raw = value._count;
      const c = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Record<string, unknown> | null;
      const o: Record<string, unknown> = {};
      for (const k of counts) o[k] = Number(c?.[k] ?? 0);
      out._count = o;
    }
    return out;
  };
}

export function buildRowMapper(dialect: SqlDialect, selection: Selection): RowMapper {
  const scalars = selection.scalars.map((s, i) => ({ key: s.key, type: columnTypeOf(s.field), i, enumMap: selection.model.enumMaps.get(s.field.name) }));
  const offset = scalars.length;
  const relations = selection.relations.map((r, i) => ({ key: r.key, map: relationValue(dialect, selection, i), i: offset + i }));
  const countOffset = offset + relations.length;
  const counts = selection.counts?.map((c, i) => ({ key: c.key, i: countOffset + i })) ?? null;
  return (row) => {
    const out: Record<string, unknown> = {};
    for (const s of scalars) {
      const v = dialect.decode(row[s.i], s.type);
      out[s.key] = s.enumMap ? enumFromDb(s.enumMap, v) : v;
    }
    for (const r of relations) out[r.key] = r.map(row[r.i]);
    if (counts) {
      const o: Record<string, unknown> = {};
      for (const c of counts) o[c.key] = Number(row[c.i]);
      out._count = o;
    }
    return out;
  };
}

export { stripHidden };
