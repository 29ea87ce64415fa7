/** DELETE of the rows a where matches; under relationMode = "prisma" the referential actions run here first. */
import type { ScalarField } from '../../schema/model.js';
import type { CompileContext } from './context.js';
import { joinTable, table } from './context.js';
import type { Session } from './executor.js';
import { execute } from './executor.js';
import { requiredRelationViolation } from './fail.js';
import type { Fragment } from './fragment.js';
import { join, param, sql } from './fragment.js';
import { fetchRows, rowsWhere, valueParam } from './rows.js';
import type { ModelInfo } from './schema-index.js';
import { limitedWhere, linkedTo, selfAlias } from './write-target.js';
import { clientDefault, encodeInput } from './write-values.js';

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
