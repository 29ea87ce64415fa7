/**
 * select / include / omit -> a `Selection`: plain data saying which columns, which relations (with
 * their own find arguments) and which relation counts a result object has.
 */
import type { ScalarField } from '../../schema/model.js';
import type { CompileContext } from './context.js';
import { validationError } from './fail.js';
import { isPlainObject } from './input-values.js';
import type { ModelInfo, RelationInfo } from './schema-index.js';

type Path = readonly (string | number)[];

/** Global `omit` from the client's constructor: delegate name -> field -> true. */
export type GlobalOmit = Readonly<Record<string, Readonly<Record<string, boolean>>>>;

export interface ScalarSelection {
  readonly key: string;
  readonly field: ScalarField;
  /** Selected only for the engine's own use (in-memory distinct); removed from the result. */
  readonly hidden: boolean;
}

export interface RelationSelection {
  readonly key: string;
  readonly rel: RelationInfo;
  /** where / orderBy / take / skip / cursor / distinct of the nested read (list relations). */
  readonly args: Readonly<Record<string, unknown>>;
  /** Where `args` sits in the call's arguments (`['include', 'posts']`): parameter slots read from it. */
  readonly path: readonly (string | number)[];
  readonly selection: Selection;
}

export interface CountSelection {
  readonly key: string;
  readonly rel: RelationInfo;
  readonly where: unknown;
  readonly wherePath: readonly (string | number)[];
}

export interface Selection {
  readonly model: ModelInfo;
  readonly scalars: readonly ScalarSelection[];
  readonly relations: readonly RelationSelection[];
  /** `_count` entries, or null when `_count` is not selected. */
  readonly counts: readonly CountSelection[] | null;
}

/**
 * Whether a top-level read joins this relation (LEFT JOIN, its columns in the row) rather than
 * selecting it as JSON: a to-one relation with plain columns only. The SQL (read-query.ts) and the
 * row mapper (result-mapper.ts) both ask this, so they agree on the row's layout.
 */
export function joinsToOne(r: RelationSelection): boolean {
  return !r.rel.isList && r.rel.kind !== 'join' && r.rel.targetFields.length > 0 && r.selection.relations.length === 0 && r.selection.counts === null;
}

const LIST_RELATION_ARGS = new Set(['select', 'include', 'omit', 'where', 'orderBy', 'take', 'skip', 'cursor', 'distinct']);
const TO_ONE_RELATION_ARGS = new Set(['select', 'include', 'omit']);

export interface SelectionArgs {
  readonly select?: unknown;
  readonly include?: unknown;
  readonly omit?: unknown;
  /** In-memory distinct needs its fields selected (hidden when the caller did not select them). */
  readonly distinct?: unknown;
}

export function buildSelection(ctx: CompileContext, model: ModelInfo, args: SelectionArgs, path: Path, globalOmit: GlobalOmit | undefined): Selection {
  const selection = buildVisibleSelection(ctx, model, args, path, globalOmit);
  // `distinct` runs in memory on every database (as Prisma's client engine does): its fields are needed.
  if (args.distinct === undefined || args.distinct === null) return selection;
  const names = Array.isArray(args.distinct) ? args.distinct : [args.distinct];
  return withHiddenFields(selection, names.map((n) => model.scalarByName.get(String(n))).filter((f): f is ScalarField => f !== undefined));
}

function buildVisibleSelection(ctx: CompileContext, model: ModelInfo, args: SelectionArgs, path: Path, globalOmit: GlobalOmit | undefined): Selection {
  const { select, include, omit } = args;
  if (select !== undefined && select !== null && include !== undefined && include !== null) {
    throw validationError(path, 'Please either use `include` or `select`, but not both at the same time.');
  }
  if (select !== undefined && select !== null && omit !== undefined && omit !== null) {
    throw validationError(path, 'Please either use `omit` or `select`, but not both at the same time.');
  }
  const relations: RelationSelection[] = [];
  let counts: CountSelection[] | null = null;
  const addRelationOrCount = (key: string, value: unknown, at: Path): boolean => {
    if (key === '_count') {
      if (value === false) return true;
      counts = buildCounts(ctx, model, value, at);
      return true;
    }
    const rel = model.relations.get(key);
    if (!rel) return false;
    if (value === false) return true;
    if (value !== true && !isPlainObject(value)) throw validationError(at, `Invalid value provided. Expected Boolean or ${rel.target.name}Args.`);
    const nested = value === true ? {} : value;
    const allowed = rel.isList ? LIST_RELATION_ARGS : TO_ONE_RELATION_ARGS;
    for (const k of Object.keys(nested)) {
      if (!allowed.has(k) && nested[k] !== undefined) throw validationError([...at, k], `Unknown argument \`${k}\`. Available options are marked with ?.`);
    }
    relations.push({ key, rel, args: nested, path: at, selection: buildSelection(ctx, rel.target, nested, at, globalOmit) });
    return true;
  };

  if (select !== undefined && select !== null) {
    if (!isPlainObject(select)) throw validationError([...path, 'select'], `Invalid value provided. Expected ${model.name}Select.`);
    const scalars: ScalarSelection[] = [];
    for (const [key, value] of Object.entries(select)) {
      if (value === undefined) continue;
      const at = [...path, 'select', key];
      const field = model.scalarByName.get(key);
      if (field) {
        if (typeof value !== 'boolean') throw validationError(at, 'Invalid value provided. Expected Boolean.');
        if (value) scalars.push({ key, field, hidden: false });
        continue;
      }
      if (!addRelationOrCount(key, value, at)) {
        throw validationError(at, `Unknown field \`${key}\` for select statement on model \`${model.name}\`. Available options are marked with ?.`);
      }
    }
    if (scalars.length === 0 && relations.length === 0 && counts === null) {
      throw validationError([...path, 'select'], `The \`select\` statement for type ${model.name} must not be empty. Available options are marked with ?.`);
    }
    return { model, scalars, relations, counts };
  }

  const omitted = new Set<string>();
  const global = globalOmit?.[model.name.charAt(0).toLowerCase() + model.name.slice(1)];
  if (global) for (const [k, v] of Object.entries(global)) if (v === true) omitted.add(k);
  if (omit !== undefined && omit !== null) {
    if (!isPlainObject(omit)) throw validationError([...path, 'omit'], `Invalid value provided. Expected ${model.name}Omit.`);
    for (const [key, value] of Object.entries(omit)) {
      if (value === undefined) continue;
      if (!model.scalarByName.has(key)) throw validationError([...path, 'omit', key], `Unknown field \`${key}\` for omit statement on model \`${model.name}\`. Available options are marked with ?.`);
      if (value === true) omitted.add(key);
      else omitted.delete(key);
    }
  }
  const scalars = model.scalars.filter((f) => !omitted.has(f.name) && f.kind !== 'unsupported').map((field) => ({ key: field.name, field, hidden: false }));
  if (include !== undefined && include !== null) {
    if (!isPlainObject(include)) throw validationError([...path, 'include'], `Invalid value provided. Expected ${model.name}Include.`);
    for (const [key, value] of Object.entries(include)) {
      if (value === undefined) continue;
      const at = [...path, 'include', key];
      if (!addRelationOrCount(key, value, at)) {
        throw validationError(at, `Unknown field \`${key}\` for include statement on model \`${model.name}\`. Available options are marked with ?.`);
      }
    }
  }
  return { model, scalars, relations, counts };
}

function buildCounts(ctx: CompileContext, model: ModelInfo, value: unknown, path: Path): CountSelection[] {
  const lists = [...model.relations.values()].filter((r) => r.isList);
  if (value === true) return lists.map((rel) => ({ key: rel.field.name, rel, where: undefined, wherePath: [] }));
  if (!isPlainObject(value) || !isPlainObject(value.select)) throw validationError(path, `Invalid value provided. Expected ${model.name}CountOutputTypeDefaultArgs.`);
  const counts: CountSelection[] = [];
  for (const [key, v] of Object.entries(value.select)) {
    if (v === undefined || v === false) continue;
    const rel = model.relations.get(key);
    if (!rel || !rel.isList) throw validationError([...path, 'select', key], `Unknown field \`${key}\` for select statement on model \`${model.name}CountOutputType\`.`);
    if (v === true) counts.push({ key, rel, where: undefined, wherePath: [] });
    else if (isPlainObject(v)) counts.push({ key, rel, where: v.where, wherePath: [...path, 'select', key, 'where'] });
    else throw validationError([...path, 'select', key], 'Invalid value provided. Expected Boolean.');
  }
  void ctx;
  return counts;
}

/** The same selection plus hidden columns (fields the engine needs but the caller did not select). */
export function withHiddenFields(selection: Selection, fields: readonly ScalarField[]): Selection {
  const missing = fields.filter((f) => !selection.scalars.some((s) => s.field === f));
  if (missing.length === 0) return selection;
  return { ...selection, scalars: [...selection.scalars, ...missing.map((field) => ({ key: field.name, field, hidden: true }))] };
}
