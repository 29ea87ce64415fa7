/**
 * The nested relation operations of a create or update (create, createMany, connect, connectOrCreate,
 * set, disconnect, update, updateMany, upsert, delete, deleteMany). They write related rows through
 * the row writers they are given (createRow / updateRow, which call back into them for deeper levels).
 */
import type { ScalarField } from '../../schema/model.js';
import type { CompileContext } from './context.js';
import type { Session } from './executor.js';
import { recordsNotConnected, relatedRecordNotFound, validationError } from './fail.js';
import { isPlainObject } from './input-values.js';
import { connectTo, detachBack, linkedRows, linkJoin, setForeignKey, unlinkJoin } from './relation-connect.js';
import { deleteRows } from './row-delete.js';
import { insertFlatRows } from './row-insert.js';
import type { Row } from './rows.js';
import { fetchRow, rowsWhere } from './rows.js';
import type { ModelInfo, RelationInfo } from './schema-index.js';
import { updateRows } from './update-rows.js';
import { requireUniqueWhere } from './unique-where.js';
import { compileWhere } from './where.js';
import { asList, relationType, selfAlias, uniqueWhere } from './write-target.js';

type Path = readonly (string | number)[];
type Data = Record<string, unknown>;

/** The single-row writers nested operations recurse into (passed in: they live in row-writes.ts). */
export interface RowWriters {
  createRow(ctx: CompileContext, s: Session, model: ModelInfo, data: unknown, path: Path, fixed?: ReadonlyMap<ScalarField, unknown>): Promise<Row>;
  updateRow(ctx: CompileContext, s: Session, model: ModelInfo, row: Row, data: unknown, path: Path): Promise<Row>;
}

const OP_ORDER = ['set', 'disconnect', 'delete', 'create', 'createMany', 'connect', 'connectOrCreate', 'update', 'updateMany', 'upsert', 'deleteMany'];

export async function applyRelationOps(ctx: CompileContext, s: Session, rel: RelationInfo, parent: Row, ops: Data, path: Path, mode: 'create' | 'update', writers: RowWriters): Promise<void> {
  const allowed = mode === 'create' ? ['create', 'createMany', 'connect', 'connectOrCreate'] : OP_ORDER;
  const keys = Object.keys(ops).filter((k) => ops[k] !== undefined);
  for (const k of keys) {
    if (!allowed.includes(k) || (k === 'createMany' && (!rel.isList || rel.kind !== 'back')) || (k === 'set' && !rel.isList)) {
      throw validationError([...path, k], `Unknown argument \`${k}\`. Available options are marked with ?.`);
    }
  }
  // `set` replaces the connections before anything else; the rest run in the order written.
  const ordered = [...keys.filter((k) => k === 'set'), ...keys.filter((k) => k !== 'set')];
  for (const op of ordered) await applyRelationOp(ctx, s, rel, parent, op, ops[op], [...path, op], writers);
}

function notConnected(rel: RelationInfo): Error {
  return recordsNotConnected(rel.model.name, rel.relation.name, rel.model.name, rel.target.name);
}

function nestedNotFound(rel: RelationInfo, operation: string): Error {
  return relatedRecordNotFound({ modelName: rel.model.name, model: rel.target.name, operation, relation: rel.relation.name, relationType: relationType(rel), neededFor: null });
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

async function createLinked(ctx: CompileContext, s: Session, rel: RelationInfo, parent: Row, data: unknown, path: Path, writers: RowWriters): Promise<Row> {
  if (rel.kind === 'back') {
    // One-to-one: a current child is replaced (its foreign key cleared; P2014 when that is required).
    if (!rel.isList) await detachBack(ctx, s, rel, parent, null);
    const fixed = new Map<ScalarField, unknown>(rel.targetFields.map((f, i) => [f, parent[(rel.localFields[i] as ScalarField).name]]));
    return writers.createRow(ctx, s, rel.target, data, path, fixed);
  }
  const row = await writers.createRow(ctx, s, rel.target, data, path);
  if (rel.kind === 'join') await linkJoin(ctx, s, rel, parent, row);
  else await setForeignKey(ctx, s, rel, parent, row);
  return row;
}

async function applyRelationOp(ctx: CompileContext, s: Session, rel: RelationInfo, parent: Row, op: string, arg: unknown, path: Path, writers: RowWriters): Promise<void> {
  const target = rel.target;
  switch (op) {
    case 'create': {
      const list = asList(arg);
      const flat = Array.isArray(arg) ? flatChildren(rel, parent, list) : null;
      if (flat) {
        await insertFlatRows(ctx, s, target, flat, path);
        return;
      }
      for (const [i, data] of list.entries()) await createLinked(ctx, s, rel, parent, data, Array.isArray(arg) ? [...path, i] : path, writers);
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
      for (const [i, data] of list.entries()) await createLinked(ctx, s, rel, parent, data, [...path, 'data', i], writers);
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
        else await createLinked(ctx, s, rel, parent, item.create, [...at, 'create'], writers);
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
        await writers.updateRow(ctx, s, target, row, data, [...at, 'data']);
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
        if (row) await writers.updateRow(ctx, s, target, row, item.update, [...at, 'update']);
        else await createLinked(ctx, s, rel, parent, item.create, [...at, 'create'], writers);
      }
      return;
    }
    default:
      throw validationError(path, `Unknown argument \`${op}\`.`);
  }
}
