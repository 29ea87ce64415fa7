/**
 * Rows -> result objects. A mapper is built once per selection (a list of closures, one per output
 * key), not re-derived per row: top-level rows are arrays in select-list order, related rows arrive
 * as JSON made by the read query.
 */
import type { SqlDialect } from '../../dialects/dialect.js';
import { postProcess } from './find-args.js';
import type { PostProcess } from './find-args.js';
import type { RelationSelection, Selection } from './selection.js';
import { joinsToOne } from './selection.js';
import { columnTypeOf, enumFromDb } from './schema-index.js';
import type { BuiltField } from './object-builder.js';
import { objectBuilder } from './object-builder.js';

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

/** How one scalar's stored value becomes its result value (decoded, enum names mapped back). */
function scalarReader(dialect: SqlDialect, selection: Selection, field: Selection['scalars'][number]['field'], fromJson: boolean): (value: unknown) => unknown {
  const type = columnTypeOf(field);
  const enumMap = selection.model.enumMaps.get(field.name);
  if (fromJson) return enumMap ? (v) => enumFromDb(enumMap, dialect.decodeFromJson(v, type)) : (v) => dialect.decodeFromJson(v, type);
  return enumMap ? (v) => enumFromDb(enumMap, dialect.decode(v, type)) : (v) => dialect.decode(v, type);
}

function countsReader(keys: readonly string[], fromJson: boolean): (value: unknown) => unknown {
  const build = objectBuilder(keys.map((key) => ({ key, from: key, read: (v: unknown) => Number(v ?? 0) })));
  if (!fromJson) return build;
  return (raw) => build((typeof raw === 'string' ? JSON.parse(raw) : raw) ?? {});
}

export function buildJsonMapper(dialect: SqlDialect, selection: Selection): JsonMapper {
  const fields: BuiltField[] = selection.scalars.map((s) => ({ key: s.key, from: s.key, read: scalarReader(dialect, selection, s.field, true) }));
  selection.relations.forEach((r, i) => fields.push({ key: r.key, from: r.key, read: relationValue(dialect, selection, i) }));
  if (selection.counts) fields.push({ key: '_count', from: '_count', read: countsReader(selection.counts.map((c) => c.key), true) });
  return objectBuilder(fields) as JsonMapper;
}

/** A joined to-one relation (see `joinsToOne`): null when its link column is, else its columns as an object. */
function joinedRelation(dialect: SqlDialect, r: RelationSelection, at: number): (row: unknown) => unknown {
  const build = objectBuilder(r.selection.scalars.map((s, i) => ({ key: s.key, from: at + 1 + i, read: scalarReader(dialect, r.selection, s.field, false) })));
  const strip = stripHidden(r.selection);
  return (row) => {
    if ((row as readonly unknown[])[at] === null) return null;
    const o = build(row);
    if (strip) strip(o);
    return o;
  };
}

export function buildRowMapper(dialect: SqlDialect, selection: Selection): RowMapper {
  const fields: BuiltField[] = selection.scalars.map((s, i) => ({ key: s.key, from: i, read: scalarReader(dialect, selection, s.field, false) }));
  // Columns in the order read-query.ts selects them: scalars, then per relation one JSON column or a
  // joined relation's link column and columns, then the counts.
  let at = fields.length;
  selection.relations.forEach((r, i) => {
    if (joinsToOne(r)) {
      fields.push({ key: r.key, from: null, read: joinedRelation(dialect, r, at) });
      at += 1 + r.selection.scalars.length;
    } else {
      fields.push({ key: r.key, from: at, read: relationValue(dialect, selection, i) });
      at += 1;
    }
  });
  const counts = selection.counts;
  if (counts) {
    // Each count is its own column, after the relations: a small row of its own.
    const countOffset = at;
    const build = objectBuilder(counts.map((c, i) => ({ key: c.key, from: countOffset + i, read: (v: unknown) => Number(v) })));
    const builder = objectBuilder(fields);
    return (row) => {
      const out = builder(row);
      out._count = build(row);
      return out;
    };
  }
  return objectBuilder(fields) as RowMapper;
}

export { stripHidden };
