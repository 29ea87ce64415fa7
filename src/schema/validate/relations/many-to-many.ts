/**
 * Implicit many-to-many relations: both sides are lists and neither holds a foreign key; the rows live in
 * the join table `_<name>`, column `A` pointing at the model whose name sorts first. (MongoDB keeps the
 * ids in list fields named by `fields`, which then count as foreign keys.)
 */
import type { Relation, RelationEnd } from '../../model.js';
import { Codes } from '../codes.js';
import type { ValidationContext } from '../context.js';
import { msg } from '../context.js';
import type { RelationSide } from './pairing.js';

const REL = '@relation';

const hasFk = (s: RelationSide) => s.field.relation?.fields != null || s.field.relation?.references != null;
const hasActions = (s: RelationSide) => s.field.relation?.onDelete != null || s.field.relation?.onUpdate != null;
const end = (s: RelationSide): RelationEnd => ({ model: s.model.name, field: s.field.name });

export function manyToMany(ctx: ValidationContext, name: string, a: RelationSide, b: RelationSide): Relation | null {
  let ok = true;
  if (ctx.provider !== 'mongodb') {
    for (const side of [b, a]) {
      if (!hasFk(a) && !hasFk(b)) break;
      ctx.error(
        Codes.embeddedManyToMany,
        msg.validating(`Embedded many-to-many relations are not supported on ${ctx.capabilities.displayName}. Please use the syntax defined in https://pris.ly/d/relational-database-many-to-many`),
        side.field.node.span,
      );
      ok = false;
    }
  }
  for (const [side, other] of [[a, b], [b, a]] as const) {
    const pk = other.model.primaryKey;
    if (!pk || pk.fields.length !== 1) {
      ctx.error(
        Codes.manyToManyNeedsId,
        msg.field(
          side.model.name,
          side.field.name,
          `The relation field \`${side.field.name}\` on model \`${side.model.name}\` references \`${other.model.name}\` which does not have an \`@id\` field. Models without \`@id\` cannot be part of a many to many relation. Use an explicit intermediate Model to represent this relationship.`,
        ),
        side.field.node.span,
      );
      ok = false;
    }
  }
  for (const side of [a, b]) {
    if (hasActions(side)) {
      ctx.error(
        Codes.referentialActionOnWrongSide,
        msg.attribute(
          REL,
          `The relation field \`${side.field.name}\` on Model \`${side.model.name}\` must not specify the \`onDelete\` or \`onUpdate\` argument in the @relation attribute. You must only specify it on the opposite field, or in case of a many to many relation, in an explicit join table.`,
        ),
        side.field.node.span,
      );
      ok = false;
    }
  }
  if (!ok) return null;
  // MongoDB's many-to-many keeps the ids in scalar list fields (`fields: [postIds]`).
  for (const side of [a, b]) {
    for (const ref of side.field.relation?.fields ?? []) {
      const draft = side.model.byName.get(ref.name);
      if (draft) draft.isForeignKey = true;
    }
  }
  // Column A references the model whose name sorts first; for a self relation, the field whose name sorts first.
  const aFirst = a.model.name === b.model.name ? a.field.name <= b.field.name : a.model.name < b.model.name;
  const [first, second] = aFirst ? [a, b] : [b, a];
  return {
    name,
    kind: 'manyToMany',
    referencing: end(first),
    referenced: end(second),
    fields: [],
    references: [],
    onDelete: 'Cascade',
    onUpdate: 'Cascade',
    foreignKeyName: null,
    joinTable: { name: `_${name}`, modelA: first.model.name, modelB: second.model.name },
  };
}
