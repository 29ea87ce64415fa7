/**
 * `where` -> an SQL boolean expression over the row aliased `alias`. Relation filters become
 * correlated EXISTS subqueries (never a join that multiplies rows). Unknown keys and wrong value
 * types are validation errors naming the argument path.
 */
import type { ColumnType, JsonKind } from '../../dialects/dialect.js';
import type { ScalarField } from '../../schema/model.js';
import type { CompileContext } from './context.js';
import { column, table } from './context.js';
import { validationError } from './fail.js';
import type { Fragment } from './fragment.js';
import { join, mapText, raw, slot, sql, wrap } from './fragment.js';
import { checkScalar, FieldRef, isPlainObject, nullSentinel } from './input-values.js';
import { relationLink } from './relation-link.js';
import type { ModelInfo, RelationInfo } from './schema-index.js';
import { columnTypeOf, enumToDb } from './schema-index.js';

type Path = readonly (string | number)[];

const TRUE = raw('1=1');
const FALSE = raw('1=0');

function and(parts: readonly Fragment[]): Fragment {
  const real = parts.filter((p) => p !== TRUE);
  if (real.length === 0) return TRUE;
  if (real.length === 1) return real[0] as Fragment;
  return wrap(join(real.map((p) => wrap(p, '(', ')')), ' AND '), '', '');
}

function or(parts: readonly Fragment[]): Fragment {
  if (parts.length === 0) return FALSE;
  if (parts.length === 1) return parts[0] as Fragment;
  return wrap(join(parts.map((p) => wrap(p, '(', ')')), ' OR '), '(', ')');
}

function not(part: Fragment): Fragment {
  if (part === TRUE) return FALSE;
  return wrap(part, 'NOT (', ')');
}

export function compileWhere(ctx: CompileContext, model: ModelInfo, alias: string, where: unknown, path: Path): Fragment {
  if (where === undefined || where === null) return TRUE;
  if (!isPlainObject(where)) throw validationError(path, `Invalid value provided. Expected ${model.name}WhereInput, provided ${typeof where}.`);
  const parts: Fragment[] = [];
  for (const [key, value] of Object.entries(where)) {
    if (value === undefined) continue;
    const at = [...path, key];
    if (key === 'AND' || key === 'OR' || key === 'NOT') {
      const list = Array.isArray(value) ? value : [value];
      const compiled = list.map((w, i) => compileWhere(ctx, model, alias, w, Array.isArray(value) ? [...at, i] : at));
      if (key === 'AND') parts.push(and(compiled));
      else if (key === 'OR') parts.push(or(compiled));
      // NOT [a, b] means neither a nor b: NOT a AND NOT b. An empty condition is no condition, so
      // NOT {} keeps every row (Prisma 7 reduces it away).
      else parts.push(and(compiled.filter((c) => c !== TRUE).map((c) => not(c))));
      continue;
    }
    const scalar = model.scalarByName.get(key);
    if (scalar) {
      parts.push(compileScalarFilter(ctx, model, alias, scalar, value, at));
      continue;
    }
    const rel = model.relations.get(key);
    if (rel) {
      parts.push(compileRelationFilter(ctx, rel, alias, value, at));
      continue;
    }
    const compound = model.uniques.find((u) => u.fields.length > 1 && u.name === key);
    if (compound && isPlainObject(value)) {
      parts.push(and(compound.fields.map((f) => compileScalarFilter(ctx, model, alias, f, value[f.name], [...at, f.name]))));
      continue;
    }
    throw validationError(at, `Unknown argument \`${key}\`. Available options are listed in ${model.name}WhereInput.`);
  }
  return and(parts);
}

const SCALAR_FILTER_KEYS = new Set(['equals', 'not', 'in', 'notIn', 'lt', 'lte', 'gt', 'gte', 'contains', 'startsWith', 'endsWith', 'mode', 'search']);

function valueFragment(ctx: CompileContext, model: ModelInfo, alias: string, field: ScalarField, value: unknown, path: Path): Fragment {
  if (value instanceof FieldRef) {
    const other = model.scalarByName.get(value.name);
    if (!other) throw validationError(path, `Unknown field reference \`${value.name}\`.`);
    return raw(column(ctx, alias, other));
  }
  const type = columnTypeOf(field);
  const enumValues = ctx.index.enums.get(field.type);
  const dialect = ctx.dialect;
  return slot(path, value, (v) => dialect.encode(enumToDb(ctx.index, field, checkScalar(v, field, type, enumValues, path)), type));
}

/** A scalar filter (`{ gt: 5 }`, `'x'`, ...) on an arbitrary expression (groupBy `having` aggregates). */
export function compileFilterOnExpression(ctx: CompileContext, model: ModelInfo, alias: string, field: ScalarField, expression: string, value: unknown, path: Path): Fragment {
  return compileScalarFilter(ctx, model, alias, field, value, path, expression);
}

function compileScalarFilter(ctx: CompileContext, model: ModelInfo, alias: string, field: ScalarField, value: unknown, path: Path, expression?: string): Fragment {
  const col = expression ?? column(ctx, alias, field);
  const type = columnTypeOf(field);
  if (type === 'Json') return compileJsonFilter(ctx, col, value, path);
  if (value === null) return raw(`${col} IS NULL`);
  if (field.isList && isPlainObject(value)) return compileListFilter(ctx, field, col, value, path);
  if (!isPlainObject(value)) {
    if (field.isList) throw validationError(path, 'Scalar list filters are not supported on this database.');
    return sql`${col} = ${valueFragment(ctx, model, alias, field, value, path)}`;
  }
  const insensitive = value.mode === 'insensitive';
  if (value.mode !== undefined && value.mode !== 'insensitive' && value.mode !== 'default') {
    throw validationError([...path, 'mode'], 'Invalid value for argument `mode`. Expected QueryMode.');
  }
  const ci = (e: string): string => (insensitive ? ctx.dialect.insensitive(e) : e);
  const parts: Fragment[] = [];
  for (const [op, operand] of Object.entries(value)) {
    if (operand === undefined || op === 'mode') continue;
    const at = [...path, op];
    if (!SCALAR_FILTER_KEYS.has(op)) throw validationError(at, `Unknown argument \`${op}\`. Available options are marked with ?.`);
    const v = (x: unknown, p: Path = at): Fragment => {
      const f = valueFragment(ctx, model, alias, field, x, p);
      return insensitive && (type === 'String' || type === 'Enum') ? mapText(f, ctx.dialect.insensitive) : f;
    };
    switch (op) {
      case 'equals':
        parts.push(operand === null ? raw(`${col} IS NULL`) : sql`${ci(col)} = ${v(operand)}`);
        break;
      case 'not':
        if (operand === null) parts.push(raw(`${col} IS NOT NULL`));
        else if (isPlainObject(operand)) {
          const inner = compileScalarFilter(ctx, model, alias, field, insensitive ? { ...operand, mode: 'insensitive' } : operand, at, expression);
          // NOT of a filter keeps SQL's NULL semantics: a NULL column matches neither side.
          parts.push(wrap(inner, `${col} IS NOT NULL AND NOT (`, ')'));
        } else parts.push(sql`${ci(col)} <> ${v(operand)}`);
        break;
      case 'in':
      case 'notIn': {
        if (!Array.isArray(operand)) throw validationError(at, `Invalid value provided. Expected List<${field.type}>.`);
        // Keep each item's own index: cached statements re-read the values by path.
        const list = operand.map((x, i) => [x, i] as const).filter(([x]) => x !== null);
        if (list.length === 0) parts.push(op === 'in' ? FALSE : TRUE);
        else {
          const items = join(list.map(([x, i]) => v(x, [...at, i])), ', ');
          parts.push(sql`${ci(col)} ${op === 'in' ? 'IN' : 'NOT IN'} (${items})`);
        }
        break;
      }
      case 'lt':
      case 'lte':
      case 'gt':
      case 'gte': {
        if (operand === null) {
          parts.push(FALSE);
          break;
        }
        const sym = op === 'lt' ? '<' : op === 'lte' ? '<=' : op === 'gt' ? '>' : '>=';
        parts.push(sql`${ci(col)} ${sym} ${v(operand)}`);
        break;
      }
      case 'contains':
      case 'startsWith':
      case 'endsWith': {
        if (operand instanceof FieldRef) {
          const ref = valueFragment(ctx, model, alias, field, operand, at).text;
          const pattern = ctx.dialect.concat(op === 'contains' ? ["'%'", ref, "'%'"] : op === 'startsWith' ? [ref, "'%'"] : ["'%'", ref]);
          parts.push(raw(ctx.dialect.like(col, pattern, insensitive)));
          break;
        }
        // Prisma does not escape % and _ in these filters (the goldens keep that quirk).
        const pattern = (x: unknown): string => {
          if (typeof x !== 'string') throw validationError(at, 'Invalid value provided. Expected String.');
          return op === 'contains' ? `%${x}%` : op === 'startsWith' ? `${x}%` : `%${x}`;
        };
        parts.push(mapText(slot(at, operand, pattern), (m) => ctx.dialect.like(col, m, insensitive)));
        break;
      }
      case 'search': {
        const search = ctx.dialect.fullTextSearch;
        if (!search) throw validationError(at, 'Full-text search is not available on this database.');
        const text = (x: unknown): unknown => {
          if (typeof x !== 'string') throw validationError(at, 'Invalid value provided. Expected String.');
          return x;
        };
        parts.push(mapText(slot(at, operand, text), (m) => search([col], m)));
        break;
      }
    }
  }
  return and(parts);
}

const LIST_FILTER_KEYS = new Set(['has', 'hasSome', 'hasEvery', 'isEmpty', 'equals']);

/** Scalar list filters (`has`, `hasSome`, `hasEvery`, `isEmpty`, `equals`) through the dialect's hook. */
function compileListFilter(ctx: CompileContext, field: ScalarField, col: string, value: Readonly<Record<string, unknown>>, path: Path): Fragment {
  const d = ctx.dialect;
  const filter = d.listFilter;
  if (!filter) throw validationError(path, 'Scalar list filters are not supported on this database.');
  const type = columnTypeOf(field);
  const enumValues = ctx.index.enums.get(field.type);
  const parts: Fragment[] = [];
  for (const [op, operand] of Object.entries(value)) {
    if (operand === undefined) continue;
    const at = [...path, op];
    if (!LIST_FILTER_KEYS.has(op)) throw validationError(at, `Unknown argument \`${op}\`. Available options are marked with ?.`);
    if (op === 'isEmpty') {
      if (typeof operand !== 'boolean') throw validationError(at, 'Invalid value provided. Expected Boolean.');
      parts.push(raw(filter(operand ? 'isEmpty' : 'isNotEmpty', col, '')));
      continue;
    }
    if (operand === null) {
      parts.push(op === 'equals' ? raw(`${col} IS NULL`) : FALSE);
      continue;
    }
    const encodeList = (v: unknown): unknown => {
      const list = op === 'has' ? [v] : v;
      if (!Array.isArray(list)) throw validationError(at, `Invalid value provided. Expected List<${field.type}>.`);
      return d.encode(list.map((item: unknown, i) => checkScalar(item, field, type, enumValues, [...at, i])), type);
    };
    parts.push(mapText(slot(at, operand, encodeList), (m) => filter(op as 'has' | 'hasSome' | 'hasEvery' | 'equals', col, m)));
  }
  return and(parts);
}

const JSON_FILTER_KEYS = new Set(['equals', 'not', 'path', 'string_contains', 'string_starts_with', 'string_ends_with', 'array_starts_with', 'array_ends_with', 'array_contains', 'lt', 'lte', 'gt', 'gte', 'mode']);

function jsonText(value: unknown): string {
  return JSON.stringify(value);
}

function compileJsonFilter(ctx: CompileContext, col: string, value: unknown, path: Path): Fragment {
  if (value === null) throw validationError(path, 'Invalid value provided. Expected JsonNullableFilter, provided null. Use Prisma.DbNull or Prisma.JsonNull.');
  if (!isPlainObject(value)) throw validationError(path, 'Invalid value provided. Expected JsonNullableFilter.');
  const d = ctx.dialect;
  const caps = d.capabilities;
  const jsonPath = d.jsonPathArgument ? d.jsonPathArgument(value.path) : value.path;
  const parts: Fragment[] = [];
  for (const [op, operand] of Object.entries(value)) {
    if (operand === undefined || op === 'path' || op === 'mode') continue;
    const at = [...path, op];
    const allowed = JSON_FILTER_KEYS.has(op) && (caps.supportsJsonArrayContains || !['array_contains', 'lt', 'lte', 'gt', 'gte'].includes(op));
    if (!allowed) throw validationError(at, `Unknown argument \`${op}\`. Available options are marked with ?.`);
    if (typeof jsonPath === 'string') {
      parts.push(jsonPathFilter(ctx, col, jsonPath, op, operand, at));
      continue;
    }
    if (jsonPath !== undefined) throw validationError([...path, 'path'], 'Invalid value provided. Expected String.');
    switch (op) {
      case 'equals':
      case 'not': {
        const sentinel = nullSentinel(operand);
        let test: Fragment;
        if (sentinel === 'DbNull') test = raw(`${col} IS NULL`);
        else if (sentinel === 'JsonNull') test = raw(`${col} = 'null'`);
        else if (sentinel === 'AnyNull') test = raw(`(${col} IS NULL OR ${col} = 'null')`);
        else if (operand === null) throw validationError(at, 'Invalid value provided. Use Prisma.DbNull or Prisma.JsonNull.');
        else test = mapText(slot(at, operand, jsonText), (m) => `${d.jsonNest(col)} = ${d.jsonParam(m)}`);
        if (op === 'equals') parts.push(test);
        else if (sentinel === 'DbNull') parts.push(raw(`${col} IS NOT NULL`));
        else parts.push(wrap(test, `${col} IS NOT NULL AND NOT (`, ')'));
        break;
      }
      default:
        parts.push(jsonPathFilter(ctx, col, '$', op, operand, at));
    }
  }
  return and(parts);
}

function jsonPathFilter(ctx: CompileContext, col: string, jsonPath: string, op: string, operand: unknown, path: Path): Fragment {
  const value = (v: unknown, encode: (x: unknown) => unknown = (x) => x, p: Path = path): Fragment => slot(p, v, encode);
  const d = ctx.dialect;
  const at = (p: string): string => d.jsonExtract(col, p);
  // Scalars compared as SQL text / numbers (one expression on SQLite, typed extractions elsewhere).
  const textAt = (p: string): string => d.jsonExtractText(col, p);
  const numberAt = (p: string): string => (d.jsonExtractNumber ? d.jsonExtractNumber(col, p) : at(p));
  const is = (p: string, kind: JsonKind): string => d.jsonTypeIs(col, p, kind);
  const equalsAt = (p: string, v: unknown): Fragment => {
    if (v === null || nullSentinel(v) === 'JsonNull') return raw(is(p, 'null'));
    if (typeof v === 'boolean') return raw(is(p, v ? 'true' : 'false'));
    if (typeof v === 'string') return sql`(${is(p, 'string')} AND ${textAt(p)} = ${value(v)})`;
    if (typeof v === 'number') return sql`(${is(p, 'number')} AND ${numberAt(p)} = ${value(v)})`;
    return mapText(value(v, jsonText), (m) => `${at(p)} = ${d.jsonParam(m)}`);
  };
  switch (op) {
    case 'equals':
      return equalsAt(jsonPath, operand);
    case 'not':
      return wrap(equalsAt(jsonPath, operand), `${is(jsonPath, 'present')} AND NOT (`, ')');
    case 'string_contains':
    case 'string_starts_with':
    case 'string_ends_with': {
      const pattern = (x: unknown): string => {
        const s = String(x);
        return op === 'string_contains' ? `%${s}%` : op === 'string_starts_with' ? `${s}%` : `%${s}`;
      };
      return sql`(${is(jsonPath, 'string')} AND ${textAt(jsonPath)} LIKE ${value(operand, pattern)})`;
    }
    case 'array_starts_with':
      return wrap(equalsAt(d.jsonPathIndex(jsonPath, 'first'), operand), `${is(jsonPath, 'array')} AND (`, ')');
    case 'array_ends_with':
      return wrap(equalsAt(d.jsonPathIndex(jsonPath, 'last'), operand), `${is(jsonPath, 'array')} AND (`, ')');
    case 'array_contains':
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte': {
      if (op === 'array_contains') {
        const items = Array.isArray(operand) ? operand : [operand];
        // Each item as JSON text (only databases with JSON containment operators get here).
        const encode = (item: unknown): unknown => jsonText(item);
        return and(items.map((item, i) => mapText(value(item, encode, Array.isArray(operand) ? [...path, i] : path), (m) => d.jsonArrayContains(at(jsonPath), m))));
      }
      const sym = op === 'lt' ? '<' : op === 'lte' ? '<=' : op === 'gt' ? '>' : '>=';
      return sql`${typeof operand === 'number' ? numberAt(jsonPath) : textAt(jsonPath)} ${sym} ${value(operand)}`;
    }
    default:
      throw validationError([op], `Unknown argument \`${op}\`.`);
  }
}

/** `FROM target inner WHERE <link>` for a relation filter or count. */
export function relatedRows(ctx: CompileContext, rel: RelationInfo, outer: string, inner: string): string {
  return `FROM ${table(ctx, rel.target)} ${inner} WHERE ${relationLink(ctx, rel, outer, inner)}`;
}

function exists(ctx: CompileContext, rel: RelationInfo, outer: string, inner: Fragment | null, innerAlias: string): Fragment {
  const from = relatedRows(ctx, rel, outer, innerAlias);
  if (!inner || inner === TRUE) return raw(`EXISTS (SELECT 1 ${from})`);
  return sql`EXISTS (SELECT 1 ${from} AND (${inner}))`;
}

function compileRelationFilter(ctx: CompileContext, rel: RelationInfo, alias: string, value: unknown, path: Path): Fragment {
  const target = rel.target;
  const inner = ctx.nextAlias();
  if (rel.isList) {
    if (!isPlainObject(value)) throw validationError(path, `Invalid value provided. Expected ${target.name}ListRelationFilter.`);
    const parts: Fragment[] = [];
    for (const [op, w] of Object.entries(value)) {
      if (w === undefined) continue;
      const at = [...path, op];
      if (op !== 'some' && op !== 'every' && op !== 'none') throw validationError(at, `Unknown argument \`${op}\`. Available options are marked with ?.`);
      const cond = compileWhere(ctx, target, inner, w, at);
      if (op === 'some') parts.push(exists(ctx, rel, alias, cond, inner));
      else if (op === 'none') parts.push(not(exists(ctx, rel, alias, cond, inner)));
      else parts.push(cond === TRUE ? TRUE : not(exists(ctx, rel, alias, not(cond), inner)));
    }
    return and(parts);
  }
  const isNullCheck = (negate: boolean): Fragment => {
    if (rel.kind === 'fk') {
      const cols = rel.localFields.map((f) => `${column(ctx, alias, f)} IS ${negate ? 'NOT ' : ''}NULL`);
      return raw(cols.join(negate ? ' AND ' : ' OR '));
    }
    const e = exists(ctx, rel, alias, null, inner);
    return negate ? e : not(e);
  };
  if (value === null) return isNullCheck(false);
  if (!isPlainObject(value)) throw validationError(path, `Invalid value provided. Expected ${target.name}RelationFilter.`);
  const keys = Object.keys(value).filter((k) => value[k] !== undefined);
  // `author: {}` has no condition at all: every row matches, those without an author too.
  if (keys.length === 0) return TRUE;
  const isForm = keys.length > 0 && keys.every((k) => k === 'is' || k === 'isNot');
  if (!isForm) return exists(ctx, rel, alias, compileWhere(ctx, target, inner, value, path), inner);
  const parts: Fragment[] = [];
  for (const k of keys) {
    const w = value[k];
    const at = [...path, k];
    if (k === 'is') parts.push(w === null ? isNullCheck(false) : exists(ctx, rel, alias, compileWhere(ctx, target, inner, w, at), inner));
    else if (w === null) parts.push(isNullCheck(true));
    else {
      // isNot: no related row, or one that does not match (SQL's three-valued NOT, as Prisma).
      parts.push(or([not(exists(ctx, rel, alias, null, inner)), exists(ctx, rel, alias, not(compileWhere(ctx, target, inner, w, at)), inner)]));
    }
  }
  return and(parts);
}

export { TRUE as WHERE_TRUE, and as whereAnd };
export type { ColumnType };
