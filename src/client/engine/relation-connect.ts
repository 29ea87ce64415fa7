/**
 * Linking rows through a relation: connect (foreign key, back relation or join table), disconnect,
 * and the target rows linked to a parent.
 */
import type { ScalarField } from '../../schema/model.js';
import type { CompileContext } from './context.js';
import { joinTable, table } from './context.js';
import type { Session } from './executor.js';
import { execute, query } from './executor.js';
import { expectedRecordsNotFound, relatedRecordNotFound, requiredRelationViolation } from './fail.js';
import type { Fragment } from './fragment.js';
import { join, param, sql } from './fragment.js';
import { literalPage } from './paging.js';
import type { Row } from './rows.js';
import { fetchRow, fetchRows, idEquals, valueParam } from './rows.js';
import type { RelationInfo } from './schema-index.js';
import { compileWhere, whereAnd } from './where.js';
import { linkedTo, relationType, selfAlias, uniqueWhere } from './write-target.js';
import { encodeInput } from './write-values.js';

type Path = readonly (string | number)[];

export async function findForConnect(ctx: CompileContext, s: Session, rel: RelationInfo, where: unknown, path: Path): Promise<Row> {
  const found = await fetchRow(ctx, s, rel.target, uniqueWhere(ctx, rel.target, where, path));
  if (!found) {
    throw relatedRecordNotFound({
      modelName: rel.model.name, model: rel.target.name, operation: 'a nested connect', relation: rel.relation.name,
      relationType: relationType(rel), neededFor: `inline the relation on '${rel.kind === 'fk' ? rel.model.name : rel.target.name}' record(s)`,
    });
  }
  return found;
}

/** The target row(s) linked to `parent` that also match `where` (unique or not). */
export async function linkedRows(ctx: CompileContext, s: Session, rel: RelationInfo, parent: Row, where: unknown, path: Path, limit: number | null): Promise<Row[]> {
  if (rel.kind === 'fk' && rel.localFields.some((f) => parent[f.name] === null || parent[f.name] === undefined)) return [];
  const link = linkedTo(ctx, rel, parent);
  return fetchRows(ctx, s, rel.target, (a) => whereAnd([link(a), compileWhere(ctx, rel.target, a, where, path)]), limit);
}

export async function connectTo(ctx: CompileContext, s: Session, rel: RelationInfo, parent: Row, wheres: readonly unknown[], path: Path): Promise<void> {
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

export async function setForeignKey(ctx: CompileContext, s: Session, rel: RelationInfo, parent: Row, target: Row | null): Promise<void> {
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

export async function linkJoin(ctx: CompileContext, s: Session, rel: RelationInfo, parent: Row, target: Row): Promise<void> {
  const q = ctx.dialect.quoteIdentifier;
  const jt = joinTable(ctx, rel);
  const { local, other } = joinColumns(ctx, rel, parent, target);
  const exists = await query(s, sql`SELECT 1 FROM ${jt} WHERE ${q(rel.joinLocalColumn)} = ${local} AND ${q(rel.joinTargetColumn)} = ${other}`);
  if (exists.rows.length > 0) return;
  await execute(s, sql`INSERT INTO ${jt} (${q(rel.joinLocalColumn)}, ${q(rel.joinTargetColumn)}) VALUES (${local}, ${other})`);
}

export async function unlinkJoin(ctx: CompileContext, s: Session, rel: RelationInfo, parent: Row, target: Row | null): Promise<void> {
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
export async function detachBack(ctx: CompileContext, s: Session, rel: RelationInfo, parent: Row, extra: Fragment | null): Promise<number> {
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
