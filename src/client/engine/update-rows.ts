/** UPDATEs without nested writes: updateMany's core, and relationMode = "prisma"'s onUpdate actions. */
import type { ScalarField } from '../../schema/model.js';
import type { CompileContext } from './context.js';
import { table } from './context.js';
import type { Session } from './executor.js';
import { execute, query } from './executor.js';
import { requiredRelationViolation, validationError } from './fail.js';
import type { Fragment } from './fragment.js';
import { join, param, sql } from './fragment.js';
import { isPlainObject } from './input-values.js';
import { literalPage } from './paging.js';
import type { Row } from './rows.js';
import { valueParam } from './rows.js';
import type { ModelInfo } from './schema-index.js';
import { limitedWhere, linkedTo, selfAlias } from './write-target.js';
import { clientDefault, encodeInput, updateAssignment } from './write-values.js';

type Path = readonly (string | number)[];

/**
 * relationMode = "prisma": when a referenced key of the row changed, the referencing rows follow
 * (onUpdate Cascade), lose the reference (SetNull) or the change is refused (Restrict / NoAction: P2014).
 */
export async function emulateOnUpdate(ctx: CompileContext, s: Session, model: ModelInfo, before: Row, after: Row): Promise<void> {
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
