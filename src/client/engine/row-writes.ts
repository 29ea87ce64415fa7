/**
 * Writes of single rows with their nested writes, at any depth: createRow and updateRow. Nested
 * relation operations (relation-ops.ts) call back into them through `WRITERS`. The caller runs them
 * inside one transaction (`atomically`).
 */
import type { ScalarField } from '../../schema/model.js';
import type { CompileContext } from './context.js';
import { table } from './context.js';
import type { Session } from './executor.js';
import { execute } from './executor.js';
import { validationError } from './fail.js';
import type { Fragment } from './fragment.js';
import { join, sql } from './fragment.js';
import { isPlainObject } from './input-values.js';
import { findForConnect } from './relation-connect.js';
import type { RowWriters } from './relation-ops.js';
import { applyRelationOps } from './relation-ops.js';
import { fillDefaults, insertRow } from './row-insert.js';
import type { Row } from './rows.js';
import { fetchRow, idEquals } from './rows.js';
import type { ModelInfo, RelationInfo } from './schema-index.js';
import { emulateOnUpdate } from './update-rows.js';
import { selfAlias, uniqueWhere } from './write-target.js';
import { encodeInput, updateAssignment } from './write-values.js';

type Path = readonly (string | number)[];
type Data = Record<string, unknown>;

const WRITERS: RowWriters = { createRow, updateRow };

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
  const row = await insertRow(ctx, s, model, values, path);
  for (const [rel, value, at] of later) await applyRelationOps(ctx, s, rel, row, value as Data, at, 'create', WRITERS);
  return row;
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
    await applyRelationOps(ctx, s, rel, current, value, at, 'update', WRITERS);
    if (rel.kind === 'fk') current = (await fetchRow(ctx, s, model, (a) => idEquals(ctx, model, a, current))) ?? current;
  }
  return current;
}
