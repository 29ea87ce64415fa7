/**
 * Writes of single rows with their nested writes, at any depth: createRow, updateRow and the nested
 * relation operations (create, createMany, connect, connectOrCreate, set, disconnect, update,
 * updateMany, upsert, delete, deleteMany). They are mutually recursive, so they live together. The
 * caller runs them inside one transaction (`atomically`).
 */
import type { ScalarField } from '../../schema/model.js';
import type { CompileContext } from './context.js';
import { column, joinTable, table } from './context.js';
import type { Session } from './executor.js';
import { execute, query } from './executor.js';
import { expectedRecordsNotFound, recordsNotConnected, relatedRecordNotFound, requiredRelationViolation, validationError } from './fail.js';
import type { Fragment } from './fragment.js';
import { join, param, raw, sql, wrap } from './fragment.js';
import { isPlainObject } from './input-values.js';
import { literalPage } from './paging.js';
import { relationLink } from './relation-link.js';
import type { Row } from './rows.js';
import { allColumns, decodeRow, fetchRow, fetchRows, fieldsEqual, idEquals, rowsWhere, valueParam } from './rows.js';
import type { ModelInfo, RelationInfo } from './schema-index.js';
import { columnTypeOf } from './schema-index.js';
import { requireUniqueWhere } from './unique-where.js';
import { compileWhere, whereAnd } from './where.js';
import { clientDefault, encodeInput, hasDatabaseDefault, updateAssignment } from './write-values.js';

type Path = readonly (string | number)[];
type Data = Record<string, unknown>;

function relationType(rel: RelationInfo): 'one-to-one' | 'one-to-many' | 'many-to-many' {
  return rel.relation.kind === 'oneToOne' ? 'one-to-one' : rel.relation.kind === 'oneToMany' ? 'one-to-many' : 'many-to-many';
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

/** The alias used for single-table UPDATE / DELETE: the quoted table name itself. */
function selfAlias(ctx: CompileContext, model: ModelInfo): string {
  return table(ctx, model);
}

/** Rows of the relation's target linked to `parent`. */
export function linkedTo(ctx: CompileContext, rel: RelationInfo, parent: Row): (alias: string) => Fragment {
  if (rel.kind === 'join') {
    return (alias) => {
      const q = ctx.dialect.quoteIdentifier;
      const targetId = rel.target.idFields[0] as ScalarField;
      const localId = rel.model.idFields[0] as ScalarField;
      return sql`${column(ctx, alias, targetId)} IN (SELECT ${q(rel.joinTargetColumn)} FROM ${joinTable(ctx, rel)} WHERE ${q(rel.joinLocalColumn)} = ${valueParam(ctx, localId, parent[localId.name])})`;
    };
  }
  return (alias) => fieldsEqual(ctx, alias, rel.targetFields, rel.localFields.map((f) => parent[f.name]));
}

function uniqueWhere(ctx: CompileContext, model: ModelInfo, where: unknown, path: Path): (alias: string) => Fragment {
  requireUniqueWhere(model, where, path);
  return (alias) => compileWhere(ctx, model, alias, where, path);
}

// ---------------------------------------------------------------------------------------------
// create

export async function createRow(ctx: CompileContext, s: Session, model: ModelInfo, data: unknown, path: Path, fixed: ReadonlyMap<ScalarField, unknown> = new Map()): Promise<Row> {
  if (!isPlainObject(data)) throw validationError(path, `Argument \`data\` must be an object (${model.name}CreateInput).`);
  const values = new Map<ScalarField, unknown>();
  const later: [RelationInfo, unknown, Path][] = [];
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    const at = [...path, key];
    const field = model.scalarByName.get(key);
    if (field) {
      if (field.isList && isPlainObject(value) && 'set' in value) values.set(field, value.set);
      else values.set(field, value);
      continue;
    }
    const rel = model.relations.get(key);
    if (!rel) throw validationError(at, `Unknown argument \`${key}\`. Available options are marked with ?.`);
    if (!isPlainObject(value)) throw validationError(at, `Invalid value provided. Expected ${rel.target.name}CreateNestedInput.`);
    if (rel.kind === 'fk') {
      const target = await resolveToOneForCreate(ctx, s, rel, value, at);
      rel.localFields.forEach((f, i) => values.set(f, target[(rel.targetFields[i] as ScalarField).name]));
    } else later.push([rel, value, at]);
  }
  for (const [f, v] of fixed) values.set(f, v);
  fillDefaults(model, values, path);
  const fields = [...values.keys()];
  const encoded = fields.map((f) => encodeInput(ctx, f, values.get(f), [...path, f.name]));
  const cols = fields.map((f) => ctx.dialect.quoteIdentifier(f.dbName)).join(', ');
  const insert = fields.length === 0
    ? raw(ctx.dialect.insertDefaultValues(table(ctx, model)))
    : sql`INSERT INTO ${table(ctx, model)} (${cols}) VALUES (${join(encoded, ', ')})`;
  let row: Row;
  if (ctx.dialect.capabilities.supportsReturning) {
    const result = await query(s, sql`${insert} RETURNING ${allColumns(ctx, model, null)}`);
    row = decodeRow(ctx, model, result.rows[0] ?? []);
  } else {
    const result = await execute(s, insert);
    const known: Row = {};
    for (const [f, v] of values) known[f.name] = v;
    for (const f of model.idFields) {
      if (known[f.name] !== undefined) continue;
      // A BigInt id keeps every digit (MySQL reports ids past 2^53 exactly, as text or bigint).
      const id = result.lastInsertId;
      known[f.name] = id === null ? null : f.type === 'BigInt' ? BigInt(id) : Number(id);
    }
    row = (await fetchRow(ctx, s, model, (a) => idEquals(ctx, model, a, known))) ?? known;
  }
  for (const [rel, value, at] of later) await applyRelationOps(ctx, s, rel, row, value as Data, at, 'create');
  return row;
}

/** Client-side defaults for the missing fields; a required field with no default is a validation error. */
function fillDefaults(model: ModelInfo, values: Map<ScalarField, unknown>, path: Path): void {
  // One instant per row: `@default(now())` and `@updatedAt` of a new row are equal, as in Prisma.
  const now = new Date();
  for (const field of model.scalars) {
    if (values.has(field)) continue;
    const isNow = field.isUpdatedAt || (field.default?.kind === 'function' && field.default.name === 'now');
    const d = isNow ? now : clientDefault(field);
    if (d !== undefined) {
      values.set(field, d);
      continue;
    }
    if (field.isRequired && !field.isList && !hasDatabaseDefault(field) && field.default === null) {
      const viaRelation = [...model.relations.values()].find((r) => r.kind === 'fk' && r.localFields.includes(field));
      throw validationError([...path, viaRelation ? viaRelation.field.name : field.name], `Argument \`${viaRelation ? viaRelation.field.name : field.name}\` is missing.`);
    }
  }
}

/**
 * One flat row of `createManyAndReturn({ skipDuplicates })`: INSERT ... RETURNING through the dialect's
 * insertSkippingDuplicates; null when the row was skipped (it broke a unique constraint).
 */
export async function insertFlatRowSkippingDuplicates(ctx: CompileContext, s: Session, model: ModelInfo, data: Readonly<Record<string, unknown>>, path: Path): Promise<Row | null> {
  const skip = ctx.dialect.insertSkippingDuplicates;
  if (!skip || !ctx.dialect.capabilities.supportsReturning) return createRow(ctx, s, model, data, path);
  const values = new Map<ScalarField, unknown>();
  for (const [key, value] of Object.entries(data)) {
    const field = model.scalarByName.get(key);
    if (value === undefined || !field) continue;
    values.set(field, field.isList && isPlainObject(value) && 'set' in value ? value.set : value);
  }
  fillDefaults(model, values, path);
  const fields = [...values.keys()];
  const encoded = fields.map((f) => encodeInput(ctx, f, values.get(f), [...path, f.name]));
  const cols = fields.map((f) => ctx.dialect.quoteIdentifier(f.dbName)).join(', ');
  const insert = fields.length === 0 ? raw(ctx.dialect.insertDefaultValues(table(ctx, model))) : sql`INSERT INTO ${table(ctx, model)} (${cols}) VALUES (${join(encoded, ', ')})`;
  const result = await query(s, sql`${{ text: skip(insert.text), params: insert.params }} RETURNING ${allColumns(ctx, model, null)}`);
  const first = result.rows[0];
  return first ? decodeRow(ctx, model, first) : null;
}

/**
 * createMany without nested writes: rows with the same columns go in one multi-row INSERT (chunked
 * below the driver's parameter limit). Returns the number of rows inserted.
 */
export async function insertFlatRows(ctx: CompileContext, s: Session, model: ModelInfo, rows: readonly unknown[], path: Path, skipDuplicates = false): Promise<number> {
  // Consecutive rows with the same columns share a statement; rows stay in their order (ids follow it).
  const groups: { key: string; fields: ScalarField[]; rows: Fragment[] }[] = [];
  rows.forEach((data, i) => {
    const at = [...path, i];
    if (!isPlainObject(data)) throw validationError(at, `Invalid value provided. Expected ${model.name}CreateManyInput.`);
    const values = new Map<ScalarField, unknown>();
    for (const [key, value] of Object.entries(data)) {
      if (value === undefined) continue;
      const field = model.scalarByName.get(key);
      if (!field) throw validationError([...at, key], `Unknown argument \`${key}\`. Available options are marked with ?.`);
      values.set(field, field.isList && isPlainObject(value) && 'set' in value ? value.set : value);
    }
    fillDefaults(model, values, at);
    // An optional column with no default would be NULL anyway: say so, so more rows share a statement.
    for (const f of model.scalars) if (!values.has(f) && !f.isRequired && f.default === null && columnTypeOf(f) !== 'Json') values.set(f, null);
    const fields = model.scalars.filter((f) => values.has(f));
    const key = fields.map((f) => f.name).join(',');
    const encoded = wrap(join(fields.map((f) => encodeInput(ctx, f, values.get(f), [...at, f.name])), ', '), '(', ')');
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.rows.push(encoded);
    else groups.push({ key, fields, rows: [encoded] });
  });
  let count = 0;
  for (const group of groups) {
    if (group.fields.length === 0) {
      for (const _ of group.rows) count += (await execute(s, raw(ctx.dialect.insertDefaultValues(table(ctx, model))))).affectedRows;
      continue;
    }
    const cols = group.fields.map((f) => ctx.dialect.quoteIdentifier(f.dbName)).join(', ');
    const perStatement = Math.max(1, Math.floor(ctx.dialect.maxParameters / group.fields.length));
    for (let i = 0; i < group.rows.length; i += perStatement) {
      const chunk = group.rows.slice(i, i + perStatement);
      const insert = sql`INSERT INTO ${table(ctx, model)} (${cols}) VALUES ${join(chunk, ', ')}`;
      const skip = skipDuplicates ? ctx.dialect.insertSkippingDuplicates : undefined;
      count += (await execute(s, skip ? { text: skip(insert.text), params: insert.params } : insert)).affectedRows;
    }
  }
  return count;
}

async function resolveToOneForCreate(ctx: CompileContext, s: Session, rel: RelationInfo, value: Data, path: Path): Promise<Row> {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length !== 1) throw validationError(path, `Expected exactly one of create, connect, connectOrCreate for \`${rel.field.name}\`.`);
  const [op, arg] = entries[0] as [string, unknown];
  const at = [...path, op];
  switch (op) {
    case 'create':
      return createRow(ctx, s, rel.target, arg, at);
    case 'connect':
      return findForConnect(ctx, s, rel, arg, at);
    case 'connectOrCreate': {
      if (!isPlainObject(arg)) throw validationError(at, 'Invalid value provided.');
      const found = await fetchRow(ctx, s, rel.target, uniqueWhere(ctx, rel.target, arg.where, [...at, 'where']));
      return found ?? createRow(ctx, s, rel.target, arg.create, [...at, 'create']);
    }
    default:
      throw validationError(at, `Unknown argument \`${op}\`. Available options are marked with ?.`);
  }
}

async function findForConnect(ctx: CompileContext, s: Session, rel: RelationInfo, where: unknown, path: Path): Promise<Row> {
  const found = await fetchRow(ctx, s, rel.target, uniqueWhere(ctx, rel.target, where, path));
  if (!found) {
    throw relatedRecordNotFound({
      modelName: rel.model.name, model: rel.target.name, operation: 'a nested connect', relation: rel.relation.name,
      relationType: relationType(rel), neededFor: `inline the relation on '${rel.kind === 'fk' ? rel.model.name : rel.target.name}' record(s)`,
    });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// update

export async function updateRow(ctx: CompileContext, s: Session, model: ModelInfo, row: Row, data: unknown, path: Path): Promise<Row> {
  if (!isPlainObject(data)) throw validationError(path, `Argument \`data\` must be an object (${model.name}UpdateInput).`);
  const assignments: Fragment[] = [];
  const assigned = new Set<string>();
  const relOps: [RelationInfo, Data, Path][] = [];
  const identity: Row = { ...row };
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    const at = [...path, key];
    const field = model.scalarByName.get(key);
    if (field) {
      assignments.push(updateAssignment(ctx, null, field, value, at));
      assigned.add(key);
      if (field.isId || model.idFields.includes(field)) {
        const plain = isPlainObject(value) ? (Object.keys(value).length === 1 && 'set' in value ? value.set : undefined) : value;
        if (plain !== undefined) identity[key] = plain;
      }
      continue;
    }
    const rel = model.relations.get(key);
    if (!rel) throw validationError(at, `Unknown argument \`${key}\`. Available options are marked with ?.`);
    if (!isPlainObject(value)) throw validationError(at, `Invalid value provided. Expected ${rel.target.name}UpdateNestedInput.`);
    relOps.push([rel, value, at]);
  }
  if (assignments.length > 0) {
    for (const f of model.scalars) {
      if (f.isUpdatedAt && !assigned.has(f.name)) assignments.push(sql`${ctx.dialect.quoteIdentifier(f.dbName)} = ${encodeInput(ctx, f, new Date(), path)}`);
    }
    await execute(s, sql`UPDATE ${table(ctx, model)} SET ${join(assignments, ', ')} WHERE ${idEquals(ctx, model, selfAlias(ctx, model), row)}`);
  }
  let current = identity;
  if (assignments.length > 0 || relOps.length > 0) {
    current = (await fetchRow(ctx, s, model, (a) => idEquals(ctx, model, a, identity))) ?? identity;
  }
  if (assignments.length > 0 && ctx.index.schema.datasource?.relationMode === 'prisma') await emulateOnUpdate(ctx, s, model, row, current);
  for (const [rel, value, at] of relOps) {
    await applyRelationOps(ctx, s, rel, current, value, at, 'update');
    if (rel.kind === 'fk') current = (await fetchRow(ctx, s, model, (a) => idEquals(ctx, model, a, current))) ?? current;
  }
  return current;
}

/**
 * relationMode = "prisma": when a referenced key of the row changed, the referencing rows follow
 * (onUpdate Cascade), lose the reference (SetNull) or the change is refused (Restrict / NoAction: P2014).
 */
async function emulateOnUpdate(ctx: CompileContext, s: Session, model: ModelInfo, before: Row, after: Row): Promise<void> {
  for (const rel of model.relations.values()) {
    if (rel.kind !== 'back') continue;
    const changed = rel.localFields.some((f) => String(before[f.name]) !== String(after[f.name]));
    if (!changed) continue;
    const target = rel.target;
    const self = selfAlias(ctx, target);
    const where = linkedTo(ctx, rel, before)(self);
    const action = rel.relation.onUpdate;
    if (action === 'Restrict' || action === 'NoAction') {
      const linked = await query(s, sql`SELECT 1 FROM ${table(ctx, target)} WHERE ${where}${literalPage(ctx, 1)}`);
      if (linked.rows.length > 0) throw requiredRelationViolation(model.name, rel.relation.name, rel.relation.referencing.model, rel.relation.referenced.model);
      continue;
    }
    const assignments = rel.targetFields.map((f, i) => {
      const next = action === 'Cascade' ? after[(rel.localFields[i] as ScalarField).name] : action === 'SetDefault' ? clientDefault(f) ?? null : null;
      return sql`${ctx.dialect.quoteIdentifier(f.dbName)} = ${next === null || next === undefined ? param(null) : valueParam(ctx, f, next)}`;
    });
    await execute(s, sql`UPDATE ${table(ctx, target)} SET ${join(assignments, ', ')} WHERE ${where}`);
  }
}

/** updateMany's core: scalar assignments on every row matching `where(alias)`; returns the count. */
export async function updateRows(ctx: CompileContext, s: Session, model: ModelInfo, where: (alias: string) => Fragment, data: unknown, path: Path, limit: number | null = null): Promise<number> {
  if (!isPlainObject(data)) throw validationError(path, `Argument \`data\` must be an object (${model.name}UpdateManyMutationInput).`);
  const assignments: Fragment[] = [];
  const assigned = new Set<string>();
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    const field = model.scalarByName.get(key);
    if (!field) throw validationError([...path, key], `Unknown argument \`${key}\`. Available options are marked with ?.`);
    assignments.push(updateAssignment(ctx, null, field, value, [...path, key]));
    assigned.add(key);
  }
  if (assignments.length === 0) {
    const alias = ctx.nextAlias();
    const r = await query(s, sql`SELECT COUNT(*) FROM (SELECT 1 FROM ${table(ctx, model)} ${alias} WHERE ${where(alias)}${literalPage(ctx, limit)}) c`);
    return Number(r.rows[0]?.[0] ?? 0);
  }
  for (const f of model.scalars) {
    if (f.isUpdatedAt && !assigned.has(f.name)) assignments.push(sql`${ctx.dialect.quoteIdentifier(f.dbName)} = ${encodeInput(ctx, f, new Date(), path)}`);
  }
  const result = await execute(s, sql`UPDATE ${table(ctx, model)} SET ${join(assignments, ', ')} WHERE ${limitedWhere(ctx, model, where, limit)}`);
  return result.affectedRows;
}

/** The where of a single-table UPDATE / DELETE, with `limit` applied through the ids. */
function limitedWhere(ctx: CompileContext, model: ModelInfo, where: (alias: string) => Fragment, limit: number | null): Fragment {
  if (limit === null) return where(selfAlias(ctx, model));
  const alias = ctx.nextAlias();
  const ids = model.idFields.map((f) => column(ctx, alias, f)).join(', ');
  const self = model.idFields.map((f) => column(ctx, selfAlias(ctx, model), f)).join(', ');
  const lhs = model.idFields.length === 1 ? self : `(${self})`;
  const select = sql`SELECT ${ids} FROM ${table(ctx, model)} ${alias} WHERE ${where(alias)}${literalPage(ctx, limit)}`;
  const wrapped = ctx.dialect.writeTargetSubquery ? { text: ctx.dialect.writeTargetSubquery(select.text), params: select.params } : select;
  return sql`${lhs} IN (${wrapped})`;
}

export async function deleteRows(ctx: CompileContext, s: Session, model: ModelInfo, where: (alias: string) => Fragment, limit: number | null = null): Promise<number> {
  if (ctx.index.schema.datasource?.relationMode === 'prisma') return deleteEmulatingActions(ctx, s, model, where, limit);
  const result = await execute(s, sql`DELETE FROM ${table(ctx, model)} WHERE ${limitedWhere(ctx, model, where, limit)}`);
  return result.affectedRows;
}

/**
 * relationMode = "prisma": the database has no foreign keys, so the referential actions run here,
 * before the rows go: Cascade deletes the referencing rows (recursively), SetNull / SetDefault clear
 * their foreign keys, Restrict / NoAction refuse with P2014 when a referencing row exists.
 */
async function deleteEmulatingActions(ctx: CompileContext, s: Session, model: ModelInfo, where: (alias: string) => Fragment, limit: number | null): Promise<number> {
  const rows = await fetchRows(ctx, s, model, where, limit);
  if (rows.length === 0) return 0;
  for (const rel of model.relations.values()) {
    if (rel.kind === 'join') {
      await execute(s, sql`DELETE FROM ${joinTable(ctx, rel)} WHERE ${ctx.dialect.quoteIdentifier(rel.joinLocalColumn)} IN (${join(rows.map((r) => valueParam(ctx, rel.model.idFields[0] as ScalarField, r[(rel.model.idFields[0] as ScalarField).name])), ', ')})`);
      continue;
    }
    if (rel.kind !== 'back') continue;
    const target = rel.target;
    const referencing = (alias: string): Fragment => join(rows.map((r) => sql`(${linkedTo(ctx, rel, r)(alias)})`), ' OR ');
    switch (rel.relation.onDelete) {
      case 'Cascade':
        await deleteRows(ctx, s, target, referencing);
        break;
      case 'SetNull':
      case 'SetDefault': {
        const assignments = rel.targetFields.map((f) => {
          const d = rel.relation.onDelete === 'SetDefault' ? clientDefault(f) : undefined;
          return sql`${ctx.dialect.quoteIdentifier(f.dbName)} = ${d === undefined ? param(null) : encodeInput(ctx, f, d, [])}`;
        });
        await execute(s, sql`UPDATE ${table(ctx, target)} SET ${join(assignments, ', ')} WHERE ${referencing(selfAlias(ctx, target))}`);
        break;
      }
      case 'Restrict':
      case 'NoAction': {
        const found = await fetchRows(ctx, s, target, referencing, 1);
        if (found.length > 0) throw requiredRelationViolation(model.name, rel.relation.name, rel.relation.referencing.model, rel.relation.referenced.model);
        break;
      }
    }
  }
  const result = await execute(s, sql`DELETE FROM ${table(ctx, model)} WHERE ${rowsWhere(ctx, model, selfAlias(ctx, model), rows)}`);
  return result.affectedRows;
}

// ---------------------------------------------------------------------------------------------
// nested relation operations

const OP_ORDER = ['set', 'disconnect', 'delete', 'create', 'createMany', 'connect', 'connectOrCreate', 'update', 'updateMany', 'upsert', 'deleteMany'];

async function applyRelationOps(ctx: CompileContext, s: Session, rel: RelationInfo, parent: Row, ops: Data, path: Path, mode: 'create' | 'update'): Promise<void> {
  const allowed = mode === 'create' ? ['create', 'createMany', 'connect', 'connectOrCreate'] : OP_ORDER;
  const keys = Object.keys(ops).filter((k) => ops[k] !== undefined);
  for (const k of keys) {
    if (!allowed.includes(k) || (k === 'createMany' && (!rel.isList || rel.kind !== 'back')) || (k === 'set' && !rel.isList)) {
      throw validationError([...path, k], `Unknown argument \`${k}\`. Available options are marked with ?.`);
    }
  }
  // `set` replaces the connections before anything else; the rest run in the order written.
  const ordered = [...keys.filter((k) => k === 'set'), ...keys.filter((k) => k !== 'set')];
  for (const op of ordered) await applyRelationOp(ctx, s, rel, parent, op, ops[op], [...path, op]);
}

async function connectTo(ctx: CompileContext, s: Session, rel: RelationInfo, parent: Row, wheres: readonly unknown[], path: Path): Promise<void> {
  const target = rel.target;
  if (rel.kind === 'back') {
    // One-to-one: the parent's current child (if another one) is disconnected first.
    if (!rel.isList) {
      const w = wheres[0];
      const current = await linkedRows(ctx, s, rel, parent, undefined, path, 1);
      const wanted = await fetchRow(ctx, s, target, uniqueWhere(ctx, target, w, path));
      const same = current[0] && wanted && target.idFields.every((f) => String(current[0]?.[f.name]) === String(wanted[f.name]));
      if (current.length > 0 && !same) await detachBack(ctx, s, rel, parent, null);
    }
    for (const [i, w] of wheres.entries()) {
      const at = Array.isArray(wheres) && wheres.length > 1 ? [...path, i] : path;
      const assignments = rel.targetFields.map((f, j) => sql`${ctx.dialect.quoteIdentifier(f.dbName)} = ${valueParam(ctx, f, parent[(rel.localFields[j] as ScalarField).name])}`);
      const where = uniqueWhere(ctx, target, w, at)(selfAlias(ctx, target));
      const r = await execute(s, sql`UPDATE ${table(ctx, target)} SET ${join(assignments, ', ')} WHERE ${where}`);
      if (r.affectedRows === 0) {
        throw relatedRecordNotFound({
          modelName: rel.model.name, model: target.name, operation: 'a nested connect', relation: rel.relation.name,
          relationType: relationType(rel), neededFor: `inline the relation on '${target.name}' record(s)`,
        });
      }
    }
    return;
  }
  if (rel.kind === 'join') {
    const rows: Row[] = [];
    for (const [i, w] of wheres.entries()) {
      const found = await fetchRow(ctx, s, target, uniqueWhere(ctx, target, w, wheres.length > 1 ? [...path, i] : path));
      if (found) rows.push(found);
    }
    if (rows.length < wheres.length) throw expectedRecordsNotFound(rel.model.name, wheres.length, rows.length);
    for (const row of rows) await linkJoin(ctx, s, rel, parent, row);
    return;
  }
  const w = wheres[0];
  const found = await findForConnect(ctx, s, rel, w, path);
  await setForeignKey(ctx, s, rel, parent, found);
}

async function setForeignKey(ctx: CompileContext, s: Session, rel: RelationInfo, parent: Row, target: Row | null): Promise<void> {
  const model = rel.model;
  const assignments = rel.localFields.map((f, i) => sql`${ctx.dialect.quoteIdentifier(f.dbName)} = ${target === null ? param(null) : valueParam(ctx, f, target[(rel.targetFields[i] as ScalarField).name])}`);
  // The foreign key is a column of this row: changing it is a write of the row, so @updatedAt moves.
  for (const f of model.scalars) if (f.isUpdatedAt) assignments.push(sql`${ctx.dialect.quoteIdentifier(f.dbName)} = ${encodeInput(ctx, f, new Date(), [])}`);
  await execute(s, sql`UPDATE ${table(ctx, model)} SET ${join(assignments, ', ')} WHERE ${idEquals(ctx, model, selfAlias(ctx, model), parent)}`);
}

function joinColumns(ctx: CompileContext, rel: RelationInfo, parent: Row, target: Row): { local: Fragment; other: Fragment } {
  const localId = rel.model.idFields[0] as ScalarField;
  const targetId = rel.target.idFields[0] as ScalarField;
  return { local: valueParam(ctx, localId, parent[localId.name]), other: valueParam(ctx, targetId, target[targetId.name]) };
}

async function linkJoin(ctx: CompileContext, s: Session, rel: RelationInfo, parent: Row, target: Row): Promise<void> {
  const q = ctx.dialect.quoteIdentifier;
  const jt = joinTable(ctx, rel);
  const { local, other } = joinColumns(ctx, rel, parent, target);
  const exists = await query(s, sql`SELECT 1 FROM ${jt} WHERE ${q(rel.joinLocalColumn)} = ${local} AND ${q(rel.joinTargetColumn)} = ${other}`);
  if (exists.rows.length > 0) return;
  await execute(s, sql`INSERT INTO ${jt} (${q(rel.joinLocalColumn)}, ${q(rel.joinTargetColumn)}) VALUES (${local}, ${other})`);
}

async function unlinkJoin(ctx: CompileContext, s: Session, rel: RelationInfo, parent: Row, target: Row | null): Promise<void> {
  const q = ctx.dialect.quoteIdentifier;
  const jt = joinTable(ctx, rel);
  const localId = rel.model.idFields[0] as ScalarField;
  const local = valueParam(ctx, localId, parent[localId.name]);
  if (target === null) {
    await execute(s, sql`DELETE FROM ${jt} WHERE ${q(rel.joinLocalColumn)} = ${local}`);
    return;
  }
  const { other } = joinColumns(ctx, rel, parent, target);
  await execute(s, sql`DELETE FROM ${jt} WHERE ${q(rel.joinLocalColumn)} = ${local} AND ${q(rel.joinTargetColumn)} = ${other}`);
}

/** Nulls the foreign key of target rows linked to `parent` (and matching `extra`). */
async function detachBack(ctx: CompileContext, s: Session, rel: RelationInfo, parent: Row, extra: Fragment | null): Promise<number> {
  const target = rel.target;
  const self = selfAlias(ctx, target);
  const assignments = rel.targetFields.map((f) => `${ctx.dialect.quoteIdentifier(f.dbName)} = NULL`).join(', ');
  const where = extra ? whereAnd([linkedTo(ctx, rel, parent)(self), extra]) : linkedTo(ctx, rel, parent)(self);
  if (rel.targetFields.some((f) => f.isRequired)) {
    // A required foreign key cannot be cleared: Prisma refuses with P2014 when a row would lose its parent.
    const linked = await query(s, sql`SELECT 1 FROM ${table(ctx, target)} WHERE ${where}${literalPage(ctx, 1)}`);
    if (linked.rows.length > 0) throw requiredRelationViolation(rel.model.name, rel.relation.name, rel.relation.referencing.model, rel.relation.referenced.model);
    return 0;
  }
  const r = await execute(s, sql`UPDATE ${table(ctx, target)} SET ${assignments} WHERE ${where}`);
  return r.affectedRows;
}

function notConnected(rel: RelationInfo): Error {
  return recordsNotConnected(rel.model.name, rel.relation.name, rel.model.name, rel.target.name);
}

function nestedNotFound(rel: RelationInfo, operation: string): Error {
  return relatedRecordNotFound({ modelName: rel.model.name, model: rel.target.name, operation, relation: rel.relation.name, relationType: relationType(rel), neededFor: null });
}

/** The target row(s) linked to `parent` that also match `where` (unique or not). */
async function linkedRows(ctx: CompileContext, s: Session, rel: RelationInfo, parent: Row, where: unknown, path: Path, limit: number | null): Promise<Row[]> {
  if (rel.kind === 'fk' && rel.localFields.some((f) => parent[f.name] === null || parent[f.name] === undefined)) return [];
  const link = linkedTo(ctx, rel, parent);
  return fetchRows(ctx, s, rel.target, (a) => whereAnd([link(a), compileWhere(ctx, rel.target, a, where, path)]), limit);
}

/**
 * Several children of a one-to-many relation with scalar data only: their rows (foreign key filled
 * in) can go in multi-row INSERTs. Null when any child has nested writes (each is created alone).
 */
function flatChildren(rel: RelationInfo, parent: Row, list: readonly unknown[]): Record<string, unknown>[] | null {
  if (rel.kind !== 'back' || !rel.isList || list.length < 2) return null;
  if (!list.every((d) => isPlainObject(d) && Object.keys(d).every((k) => rel.target.scalarByName.has(k)))) return null;
  const link = Object.fromEntries(rel.targetFields.map((f, i) => [f.name, parent[(rel.localFields[i] as ScalarField).name]]));
  return list.map((d) => ({ ...(d as Record<string, unknown>), ...link }));
}

async function createLinked(ctx: CompileContext, s: Session, rel: RelationInfo, parent: Row, data: unknown, path: Path): Promise<Row> {
  if (rel.kind === 'back') {
    // One-to-one: a current child is replaced (its foreign key cleared; P2014 when that is required).
    if (!rel.isList) await detachBack(ctx, s, rel, parent, null);
    const fixed = new Map<ScalarField, unknown>(rel.targetFields.map((f, i) => [f, parent[(rel.localFields[i] as ScalarField).name]]));
    return createRow(ctx, s, rel.target, data, path, fixed);
  }
  const row = await createRow(ctx, s, rel.target, data, path);
  if (rel.kind === 'join') await linkJoin(ctx, s, rel, parent, row);
  else await setForeignKey(ctx, s, rel, parent, row);
  return row;
}

async function applyRelationOp(ctx: CompileContext, s: Session, rel: RelationInfo, parent: Row, op: string, arg: unknown, path: Path): Promise<void> {
  const target = rel.target;
  switch (op) {
    case 'create': {
      const list = asList(arg);
      const flat = Array.isArray(arg) ? flatChildren(rel, parent, list) : null;
      if (flat) {
        await insertFlatRows(ctx, s, target, flat, path);
        return;
      }
      for (const [i, data] of list.entries()) await createLinked(ctx, s, rel, parent, data, Array.isArray(arg) ? [...path, i] : path);
      return;
    }
    case 'createMany': {
      if (!isPlainObject(arg)) throw validationError(path, 'Invalid value provided. Expected CreateManyInput.');
      const list = asList(arg.data);
      const flat = flatChildren(rel, parent, list);
      if (flat) {
        await insertFlatRows(ctx, s, target, flat, [...path, 'data']);
        return;
      }
      for (const [i, data] of list.entries()) await createLinked(ctx, s, rel, parent, data, [...path, 'data', i]);
      return;
    }
    case 'connect':
      await connectTo(ctx, s, rel, parent, asList(arg), path);
      return;
    case 'connectOrCreate': {
      for (const [i, item] of asList(arg).entries()) {
        const at = Array.isArray(arg) ? [...path, i] : path;
        if (!isPlainObject(item)) throw validationError(at, 'Invalid value provided. Expected ConnectOrCreateInput.');
        const found = await fetchRow(ctx, s, target, uniqueWhere(ctx, target, item.where, [...at, 'where']));
        if (found) await connectTo(ctx, s, rel, parent, [item.where], [...at, 'where']);
        else await createLinked(ctx, s, rel, parent, item.create, [...at, 'create']);
      }
      return;
    }
    case 'set': {
      if (rel.kind === 'join') await unlinkJoin(ctx, s, rel, parent, null);
      else await detachBack(ctx, s, rel, parent, null);
      const list = asList(arg);
      if (list.length > 0) await connectTo(ctx, s, rel, parent, list, path);
      return;
    }
    case 'disconnect': {
      if (!rel.isList) {
        if (arg === false) return;
        const where = arg === true ? undefined : arg;
        if (rel.kind === 'fk') {
          const linked = await linkedRows(ctx, s, rel, parent, where, path, 1);
          if (linked.length > 0) await setForeignKey(ctx, s, rel, parent, null);
        } else {
          const extra = where === undefined ? null : compileWhere(ctx, target, selfAlias(ctx, target), where, path);
          await detachBack(ctx, s, rel, parent, extra);
        }
        return;
      }
      for (const [i, w] of asList(arg).entries()) {
        const at = Array.isArray(arg) ? [...path, i] : path;
        requireUniqueWhere(target, w, at);
        if (rel.kind === 'join') {
          const row = await fetchRow(ctx, s, target, (a) => compileWhere(ctx, target, a, w, at));
          if (row) await unlinkJoin(ctx, s, rel, parent, row);
        } else {
          await detachBack(ctx, s, rel, parent, compileWhere(ctx, target, selfAlias(ctx, target), w, at));
        }
      }
      return;
    }
    case 'delete': {
      if (!rel.isList) {
        if (arg === false) return;
        const where = arg === true ? undefined : arg;
        const linked = await linkedRows(ctx, s, rel, parent, where, path, 1);
        if (linked.length === 0) throw nestedNotFound(rel, 'a nested delete');
        await deleteRows(ctx, s, target, (a) => rowsWhere(ctx, target, a, linked));
        return;
      }
      for (const [i, w] of asList(arg).entries()) {
        const at = Array.isArray(arg) ? [...path, i] : path;
        requireUniqueWhere(target, w, at);
        const linked = await linkedRows(ctx, s, rel, parent, w, at, 1);
        if (linked.length === 0) throw notConnected(rel);
        await deleteRows(ctx, s, target, (a) => rowsWhere(ctx, target, a, linked));
      }
      return;
    }
    case 'deleteMany': {
      for (const [i, w] of asList(arg).entries()) {
        const at = Array.isArray(arg) ? [...path, i] : path;
        const linked = await linkedRows(ctx, s, rel, parent, w, at, null);
        if (linked.length > 0) await deleteRows(ctx, s, target, (a) => rowsWhere(ctx, target, a, linked));
      }
      return;
    }
    case 'update': {
      for (const [i, item] of asList(arg).entries()) {
        const at = Array.isArray(arg) ? [...path, i] : path;
        if (!isPlainObject(item)) throw validationError(at, 'Invalid value provided. Expected UpdateInput.');
        let where: unknown;
        let data: unknown;
        if (rel.isList) {
          requireUniqueWhere(target, item.where, [...at, 'where']);
          where = item.where;
          data = item.data;
        } else if ('data' in item && Object.keys(item).every((k) => k === 'data' || k === 'where')) {
          where = item.where;
          data = item.data;
        } else data = item;
        const linked = await linkedRows(ctx, s, rel, parent, where, at, 1);
        const row = linked[0];
        if (!row) throw nestedNotFound(rel, 'a nested update');
        await updateRow(ctx, s, target, row, data, [...at, 'data']);
      }
      return;
    }
    case 'updateMany': {
      for (const [i, item] of asList(arg).entries()) {
        const at = Array.isArray(arg) ? [...path, i] : path;
        if (!isPlainObject(item)) throw validationError(at, 'Invalid value provided. Expected UpdateManyWithWhereInput.');
        const linked = await linkedRows(ctx, s, rel, parent, item.where, [...at, 'where'], null);
        if (linked.length > 0) await updateRows(ctx, s, target, (a) => rowsWhere(ctx, target, a, linked), item.data, [...at, 'data']);
      }
      return;
    }
    case 'upsert': {
      for (const [i, item] of asList(arg).entries()) {
        const at = Array.isArray(arg) ? [...path, i] : path;
        if (!isPlainObject(item)) throw validationError(at, 'Invalid value provided. Expected UpsertInput.');
        if (rel.isList) requireUniqueWhere(target, item.where, [...at, 'where']);
        const linked = await linkedRows(ctx, s, rel, parent, item.where, at, 1);
        const row = linked[0];
        if (row) await updateRow(ctx, s, target, row, item.update, [...at, 'update']);
        else await createLinked(ctx, s, rel, parent, item.create, [...at, 'create']);
      }
      return;
    }
    default:
      throw validationError(path, `Unknown argument \`${op}\`.`);
  }
}

export { relationLink };
