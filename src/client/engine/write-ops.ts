/** The top-level write actions: create, createMany(AndReturn), update, updateMany(AndReturn), upsert, delete, deleteMany. */
import type { CompileContext } from './context.js';
import type { Session } from './executor.js';
import { atomically, execute, query } from './executor.js';
import { recordNotFound, validationError } from './fail.js';
import { checkArgKeys, readRows } from './find.js';
import { isPlainObject } from './input-values.js';
import type { Row } from './rows.js';
import { allColumns, decodeRow, fetchRow, fetchRows, rowsWhere } from './rows.js';
import { nativeUpsert, NOT_NATIVE } from './native-upsert.js';
import { NOT_PLANNED, plannedCreate, plannedDelete, plannedUpdate } from './planned-writes.js';
import { deleteRows } from './row-delete.js';
import { insertFlatRows, insertFlatRowSkippingDuplicates } from './row-insert.js';
import { createRow, updateRow } from './row-writes.js';
import { updateRows } from './update-rows.js';
import type { ModelInfo } from './schema-index.js';
import type { GlobalOmit, Selection } from './selection.js';
import { modelSql, writeSelection } from './model-sql.js';
import { requireUniqueWhere } from './unique-where.js';
import { compileWhere } from './where.js';
import { encodeInput, updateAssignment } from './write-values.js';
import { join, sql } from './fragment.js';
import type { ScalarField } from '../../schema/model.js';

type Args = Readonly<Record<string, unknown>>;

const SELECTION = ['select', 'include', 'omit'];
// The arguments each action accepts (built once: checked on every call).
const CREATE_ARGS = new Set(['data', ...SELECTION]);
const CREATE_MANY_ARGS = new Set(['data', 'skipDuplicates']);
const CREATE_MANY_AND_RETURN_ARGS = new Set(['data', 'skipDuplicates', ...SELECTION]);
const UPDATE_ARGS = new Set(['where', 'data', ...SELECTION]);
const UPDATE_MANY_ARGS = new Set(['where', 'data', 'limit']);
const UPDATE_MANY_AND_RETURN_ARGS = new Set(['where', 'data', 'limit', ...SELECTION]);
const UPSERT_ARGS = new Set(['where', 'create', 'update', ...SELECTION]);
const DELETE_ARGS = new Set(['where', ...SELECTION]);
const DELETE_MANY_ARGS = new Set(['where', 'limit']);

function idWhere(model: ModelInfo, row: Row): Record<string, unknown> {
  return Object.fromEntries(model.idFields.map((f) => [f.name, row[f.name]]));
}

function selectionArgs(args: Args): Args {
  return { select: args.select, include: args.include, omit: args.omit };
}

async function readBack(ctx: CompileContext, s: Session, model: ModelInfo, row: Row, args: Args, globalOmit: GlobalOmit | undefined): Promise<unknown> {
  const rows = await readRows(ctx, s, model, { ...selectionArgs(args), where: idWhere(model, row) }, globalOmit, 1);
  return rows[0] ?? null;
}

async function readBackMany(ctx: CompileContext, s: Session, model: ModelInfo, rows: readonly Row[], args: Args, globalOmit: GlobalOmit | undefined): Promise<unknown[]> {
  if (rows.length === 0) return [];
  const read = await readRows(ctx, s, model, { ...selectionArgs(args), where: { OR: rows.map((r) => idWhere(model, r)) } }, globalOmit);
  return read;
}

/** The selected scalar fields of a whole row (a selection without relations or counts). */
function scalarsOf(selection: Selection, row: Row): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const sel of selection.scalars) if (!sel.hidden) out[sel.key] = row[sel.field.name];
  return out;
}

/**
 * The fields a unique `where` tests, when it tests only fields (and compound keys) by value: the
 * row can then be found again by the same where after an update that leaves those fields alone.
 */
function plainWhereFields(model: ModelInfo, where: unknown): Set<string> | null {
  if (!isPlainObject(where)) return null;
  const fields = new Set<string>();
  for (const [key, value] of Object.entries(where)) {
    if (value === undefined) continue;
    const compound = model.uniques.find((u) => u.fields.length > 1 && u.name === key);
    if (compound) compound.fields.forEach((f) => fields.add(f.name));
    else if (model.scalarByName.has(key)) fields.add(key);
    else return null;
  }
  return fields;
}

function limitArg(args: Args): number | null {
  const limit = args.limit;
  if (limit === undefined || limit === null) return null;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0) throw validationError(['limit'], 'Invalid value provided. Expected a non-negative Int.');
  return limit;
}

export function create(ctx: CompileContext, s: Session, model: ModelInfo, raw: unknown, globalOmit: GlobalOmit | undefined): Promise<unknown> {
  const args = checkArgKeys(raw, CREATE_ARGS, 'create');
  if (args.data === undefined) throw validationError(['data'], 'Argument `data` is missing.');
  const planned = plannedCreate(ctx, s, model, args, globalOmit);
  return planned === NOT_PLANNED ? createInGeneral(ctx, s, model, args, globalOmit) : planned;
}

async function createInGeneral(ctx: CompileContext, s: Session, model: ModelInfo, args: Args, globalOmit: GlobalOmit | undefined): Promise<unknown> {
  // A create without nested writes or selected relations is one INSERT ... RETURNING, or (MySQL) the
  // INSERT and one read by id; no transaction: a failed INSERT changed nothing.
  if (isPlainObject(args.data) && Object.keys(args.data).every((k) => !model.relations.has(k))) {
    const selection = writeSelection(ctx, model, args, globalOmit);
    if (selection.relations.length === 0 && selection.counts === null) {
      return scalarsOf(selection, await createRow(ctx, s, model, args.data, ['data']));
    }
  }
  return atomically(s, async (tx) => {
    const row = await createRow(ctx, tx, model, args.data, ['data']);
    return readBack(ctx, tx, model, row, args, globalOmit);
  });
}

function createManyData(ctx: CompileContext, args: Args): unknown[] {
  if (args.skipDuplicates !== undefined && !ctx.dialect.capabilities.supportsSkipDuplicates) {
    throw validationError(['skipDuplicates'], 'Unknown argument `skipDuplicates`. Available options are marked with ?.');
  }
  const data = args.data;
  if (data === undefined) throw validationError(['data'], 'Argument `data` is missing.');
  return Array.isArray(data) ? data : [data];
}

function checkFlatData(model: ModelInfo, data: unknown, path: readonly (string | number)[]): void {
  if (!isPlainObject(data)) throw validationError(path, `Invalid value provided. Expected ${model.name}CreateManyInput.`);
  for (const key of Object.keys(data)) {
    if (!model.scalarByName.has(key)) throw validationError([...path, key], `Unknown argument \`${key}\`. Available options are marked with ?.`);
  }
}

export async function createMany(ctx: CompileContext, s: Session, model: ModelInfo, raw: unknown, andReturn: boolean, globalOmit: GlobalOmit | undefined): Promise<unknown> {
  const args = checkArgKeys(raw, andReturn ? CREATE_MANY_AND_RETURN_ARGS : CREATE_MANY_ARGS, andReturn ? 'createManyAndReturn' : 'createMany');
  const list = createManyData(ctx, args);
  list.forEach((d, i) => checkFlatData(model, d, ['data', i]));
  if (!andReturn) return atomically(s, async (tx) => ({ count: await insertFlatRows(ctx, tx, model, list, ['data'], args.skipDuplicates === true) }));
  return atomically(s, async (tx) => {
    const rows: Row[] = [];
    for (const [i, data] of list.entries()) {
      // skipDuplicates: a row that breaks a unique constraint is left out of the result, as Prisma's.
      const row = args.skipDuplicates === true ? await insertFlatRowSkippingDuplicates(ctx, tx, model, data as Args, ['data', i]) : await createRow(ctx, tx, model, data, ['data', i]);
      if (row) rows.push(row);
    }
    return readBackMany(ctx, tx, model, rows, args, globalOmit);
  });
}

const NOT_SIMPLE: unique symbol = Symbol('not simple');

/**
 * An update of scalar fields only, answered with scalar fields only, is one `UPDATE ... RETURNING`
 * (no transaction needed: one statement is atomic). Without RETURNING (MySQL) it is the UPDATE and
 * one read by the same where, when the update leaves the where's fields alone. Anything else takes
 * the general path.
 */
async function updateInOneStatement(ctx: CompileContext, s: Session, model: ModelInfo, args: Args, globalOmit: GlobalOmit | undefined): Promise<unknown> {
  const data = args.data;
  const returning = ctx.dialect.capabilities.supportsReturning;
  if (ctx.index.schema.datasource?.relationMode === 'prisma') return NOT_SIMPLE;
  if (!isPlainObject(data)) return NOT_SIMPLE;
  const keys = Object.keys(data).filter((k) => data[k] !== undefined);
  if (keys.length === 0 || keys.some((k) => !model.scalarByName.has(k))) return NOT_SIMPLE;
  if (!returning) {
    const tested = plainWhereFields(model, args.where);
    const moved = (name: string): boolean => keys.includes(name) || model.scalarByName.get(name)?.isUpdatedAt === true;
    if (tested === null || [...tested].some(moved)) return NOT_SIMPLE;
  }
  const selection = writeSelection(ctx, model, args, globalOmit);
  if (selection.relations.length > 0 || selection.counts !== null) return NOT_SIMPLE;
  const assignments = keys.map((k) => updateAssignment(ctx, null, model.scalarByName.get(k) as ScalarField, data[k], ['data', k]));
  const now = new Date();
  for (const f of modelSql(ctx, model).updatedAt) if (!keys.includes(f.name)) assignments.push(sql`${ctx.dialect.quoteIdentifier(f.dbName)} = ${encodeInput(ctx, f, now, ['data'])}`);
  const tableName = modelSql(ctx, model).table;
  const where = compileWhere(ctx, model, tableName, args.where, ['where']);
  const update = sql`UPDATE ${tableName} SET ${join(assignments, ', ')} WHERE ${where}`;
  let row: Row | null;
  if (returning) {
    const first = (await query(s, sql`${update} RETURNING ${allColumns(ctx, model, null)}`)).rows[0];
    row = first ? decodeRow(ctx, model, first) : null;
  } else {
    // No row matched: nothing changed, and the read finds nothing either (P2025).
    await execute(s, update);
    row = await fetchRow(ctx, s, model, (a) => compileWhere(ctx, model, a, args.where, ['where']));
  }
  if (!row) throw recordNotFound(model.name, 'an update');
  return scalarsOf(selection, row);
}

export function update(ctx: CompileContext, s: Session, model: ModelInfo, raw: unknown, globalOmit: GlobalOmit | undefined): Promise<unknown> {
  const args = checkArgKeys(raw, UPDATE_ARGS, 'update');
  requireUniqueWhere(model, args.where, ['where']);
  if (args.data === undefined) throw validationError(['data'], 'Argument `data` is missing.');
  const planned = plannedUpdate(ctx, s, model, args, globalOmit);
  return planned === NOT_PLANNED ? updateInGeneral(ctx, s, model, args, globalOmit) : planned;
}

async function updateInGeneral(ctx: CompileContext, s: Session, model: ModelInfo, args: Args, globalOmit: GlobalOmit | undefined): Promise<unknown> {
  const fast = await updateInOneStatement(ctx, s, model, args, globalOmit);
  if (fast !== NOT_SIMPLE) return fast;
  return atomically(s, async (tx) => {
    const row = await fetchRow(ctx, tx, model, (a) => compileWhere(ctx, model, a, args.where, ['where']));
    if (!row) throw recordNotFound(model.name, 'an update');
    const updated = await updateRow(ctx, tx, model, row, args.data, ['data']);
    return readBack(ctx, tx, model, updated, args, globalOmit);
  });
}

export async function updateMany(ctx: CompileContext, s: Session, model: ModelInfo, raw: unknown, andReturn: boolean, globalOmit: GlobalOmit | undefined): Promise<unknown> {
  const args = checkArgKeys(raw, andReturn ? UPDATE_MANY_AND_RETURN_ARGS : UPDATE_MANY_ARGS, andReturn ? 'updateManyAndReturn' : 'updateMany');
  if (args.data === undefined) throw validationError(['data'], 'Argument `data` is missing.');
  const limit = limitArg(args);
  if (!andReturn) {
    // Compile the where once to validate it before touching the database.
    compileWhere(ctx, model, 'v', args.where, ['where']);
    return atomically(s, async (tx) => ({ count: await updateRows(ctx, tx, model, (a) => compileWhere(ctx, model, a, args.where, ['where']), args.data, ['data'], limit) }));
  }
  return atomically(s, async (tx) => {
    const rows = await fetchRows(ctx, tx, model, (a) => compileWhere(ctx, model, a, args.where, ['where']), limit);
    if (rows.length === 0) return [];
    await updateRows(ctx, tx, model, (a) => rowsWhere(ctx, model, a, rows), args.data, ['data']);
    // Ids may have changed: re-read by the new ids when the data set them.
    const data = args.data as Record<string, unknown>;
    const moved = rows.map((r) => {
      const next = { ...r };
      for (const f of model.idFields) if (data[f.name] !== undefined && !isPlainObject(data[f.name])) next[f.name] = data[f.name];
      return next;
    });
    return readBackMany(ctx, tx, model, moved, args, globalOmit);
  });
}

export async function upsert(ctx: CompileContext, s: Session, model: ModelInfo, raw: unknown, globalOmit: GlobalOmit | undefined): Promise<unknown> {
  const args = checkArgKeys(raw, UPSERT_ARGS, 'upsert');
  requireUniqueWhere(model, args.where, ['where']);
  if (args.create === undefined) throw validationError(['create'], 'Argument `create` is missing.');
  if (args.update === undefined) throw validationError(['update'], 'Argument `update` is missing.');
  const native = await nativeUpsert(ctx, s, model, args, globalOmit);
  if (native !== NOT_NATIVE) return native;
  return atomically(s, async (tx) => {
    const row = await fetchRow(ctx, tx, model, (a) => compileWhere(ctx, model, a, args.where, ['where']));
    const result = row ? await updateRow(ctx, tx, model, row, args.update, ['update']) : await createRow(ctx, tx, model, args.create, ['create']);
    return readBack(ctx, tx, model, result, args, globalOmit);
  });
}

export function deleteOne(ctx: CompileContext, s: Session, model: ModelInfo, raw: unknown, globalOmit: GlobalOmit | undefined): Promise<unknown> {
  const args = checkArgKeys(raw, DELETE_ARGS, 'delete');
  requireUniqueWhere(model, args.where, ['where']);
  const planned = plannedDelete(ctx, s, model, args, globalOmit);
  return planned === NOT_PLANNED ? deleteInGeneral(ctx, s, model, args, globalOmit) : planned;
}

async function deleteInGeneral(ctx: CompileContext, s: Session, model: ModelInfo, args: Args, globalOmit: GlobalOmit | undefined): Promise<unknown> {
  // One `DELETE ... RETURNING` when the answer has scalars only and the database runs the referential actions.
  if (ctx.dialect.capabilities.supportsReturning && ctx.index.schema.datasource?.relationMode !== 'prisma') {
    const selection = writeSelection(ctx, model, args, globalOmit);
    if (selection.relations.length === 0 && selection.counts === null) {
      const tableName = modelSql(ctx, model).table;
      const where = compileWhere(ctx, model, tableName, args.where, ['where']);
      const result = await query(s, sql`DELETE FROM ${tableName} WHERE ${where} RETURNING ${allColumns(ctx, model, null)}`);
      const first = result.rows[0];
      if (!first) throw recordNotFound(model.name, 'a delete');
      return scalarsOf(selection, decodeRow(ctx, model, first));
    }
  }
  const selection = writeSelection(ctx, model, args, globalOmit);
  return atomically(s, async (tx) => {
    const row = await fetchRow(ctx, tx, model, (a) => compileWhere(ctx, model, a, args.where, ['where']));
    if (!row) throw recordNotFound(model.name, 'a delete');
    // The row as read is the answer when it has no relations to read before they go.
    const result = selection.relations.length === 0 && selection.counts === null ? scalarsOf(selection, row) : await readBack(ctx, tx, model, row, args, globalOmit);
    await deleteRows(ctx, tx, model, (a) => rowsWhere(ctx, model, a, [row]));
    return result;
  });
}

export async function deleteMany(ctx: CompileContext, s: Session, model: ModelInfo, raw: unknown): Promise<unknown> {
  const args = checkArgKeys(raw, DELETE_MANY_ARGS, 'deleteMany');
  const limit = limitArg(args);
  compileWhere(ctx, model, 'v', args.where, ['where']);
  const count = await deleteRows(ctx, s, model, (a) => compileWhere(ctx, model, a, args.where, ['where']), limit);
  return { count };
}
