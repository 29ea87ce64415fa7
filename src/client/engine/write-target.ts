/** What the row writers share: which rows a write targets (by unique where, by relation link, with a limit). */
import type { ScalarField } from '../../schema/model.js';
import type { CompileContext } from './context.js';
import { column, joinTable, table } from './context.js';
import type { Fragment } from './fragment.js';
import { sql } from './fragment.js';
import { literalPage } from './paging.js';
import type { Row } from './rows.js';
import { fieldsEqual, valueParam } from './rows.js';
import type { ModelInfo, RelationInfo } from './schema-index.js';
import { requireUniqueWhere } from './unique-where.js';
import { compileWhere } from './where.js';

type Path = readonly (string | number)[];

export function relationType(rel: RelationInfo): 'one-to-one' | 'one-to-many' | 'many-to-many' {
  return rel.relation.kind === 'oneToOne' ? 'one-to-one' : rel.relation.kind === 'oneToMany' ? 'one-to-many' : 'many-to-many';
}

export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

/** The alias used for single-table UPDATE / DELETE: the quoted table name itself. */
export function selfAlias(ctx: CompileContext, model: ModelInfo): string {
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

export function uniqueWhere(ctx: CompileContext, model: ModelInfo, where: unknown, path: Path): (alias: string) => Fragment {
  requireUniqueWhere(model, where, path);
  return (alias) => compileWhere(ctx, model, alias, where, path);
}

/** The where of a single-table UPDATE / DELETE, with `limit` applied through the ids. */
export function limitedWhere(ctx: CompileContext, model: ModelInfo, where: (alias: string) => Fragment, limit: number | null): Fragment {
  if (limit === null) return where(selfAlias(ctx, model));
  const alias = ctx.nextAlias();
  const ids = model.idFields.map((f) => column(ctx, alias, f)).join(', ');
  const self = model.idFields.map((f) => column(ctx, selfAlias(ctx, model), f)).join(', ');
  const lhs = model.idFields.length === 1 ? self : `(${self})`;
  const select = sql`SELECT ${ids} FROM ${table(ctx, model)} ${alias} WHERE ${where(alias)}${literalPage(ctx, limit)}`;
  const wrapped = ctx.dialect.writeTargetSubquery ? { text: ctx.dialect.writeTargetSubquery(select.text), params: select.params } : select;
  return sql`${lhs} IN (${wrapped})`;
}
