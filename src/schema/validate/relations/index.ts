/**
 * Relations: pairs the relation fields, classifies each pair (one-to-one, one-to-many, implicit
 * many-to-many), checks the side that holds the foreign key, and produces the resolved `Relation`s with
 * every name and effective referential action filled in.
 */
import type { Relation, RelationEnd } from '../../model.js';
import { Codes } from '../codes.js';
import type { ValidationContext } from '../context.js';
import { msg } from '../context.js';
import type { FieldDraft, ModelDraft } from '../draft.js';
import { foreignKeyName, relationName } from '../names.js';
import { checkForeignKeyShape, checkOneToOneUnique, checkRelationArguments, uniqueCriteria } from './foreign-key.js';
import type { RelationPair, RelationSide } from './pairing.js';
import { pairRelations } from './pairing.js';
import { checkReferentialActions, effectiveActions } from './referential-actions.js';
import { checkReferentialCycles } from './cycles.js';
import { manyToMany } from './many-to-many.js';

const REL = '@relation';

const hasFk = (s: RelationSide) => s.field.relation?.fields != null || s.field.relation?.references != null;
const hasActions = (s: RelationSide) => s.field.relation?.onDelete != null || s.field.relation?.onUpdate != null;
const end = (s: RelationSide): RelationEnd => ({ model: s.model.name, field: s.field.name });

export function resolveRelations(ctx: ValidationContext, models: ReadonlyMap<string, ModelDraft>): Relation[] {
  const relations: Relation[] = [];
  const usable = new Set<FieldDraft>();
  for (const model of models.values()) {
    for (const field of model.fields) {
      if (field.kind !== 'relation') continue;
      const target = models.get(field.type);
      checkRelationArguments(ctx, model, field, target);
      // Actions and the relation-mode index hint concern the field alone, paired or not (as in Prisma).
      checkReferentialActions(ctx, model, field);
      if (field.relation?.fields?.length) warnMissingIndex(ctx, { model, field });
      if (target && field.relation?.fields && field.relation.references && checkForeignKeyShape(ctx, model, field, target)) usable.add(field);
    }
  }
  for (const pair of pairRelations(ctx, models)) {
    const relation = resolvePair(ctx, pair, usable);
    if (relation) relations.push(relation);
  }
  checkReferentialCycles(ctx, models, relations);
  return relations;
}

function resolvePair(ctx: ValidationContext, { a, b }: RelationPair, usable: ReadonlySet<FieldDraft>): Relation | null {
  const name = a.field.relation?.name ?? relationName(a.model.name, b.model.name);
  if (a.field.isList && b.field.isList) return manyToMany(ctx, name, a, b);
  if (a.field.isList || b.field.isList) {
    const [many, one] = a.field.isList ? [a, b] : [b, a];
    return withForeignKey(ctx, name, 'oneToMany', one, many, usable);
  }
  // One-to-one: the side with `fields` / `references` holds the foreign key.
  const aFk = hasFk(a);
  const bFk = hasFk(b);
  if (aFk === bFk) {
    reportOneToOneArguments(ctx, a, b, aFk);
    return null;
  }
  const [referencing, referenced] = aFk ? [a, b] : [b, a];
  if (referenced.field.isRequired && !referenced.field.isList) {
    ctx.error(
      Codes.relationFieldsOnListSide,
      msg.attribute(
        REL,
        `The relation field \`${referenced.field.name}\` on Model \`${referenced.model.name}\` is required. This is not valid because it's not possible to enforce this constraint on the database level. Please change the field type from \`${referencing.model.name}\` to \`${referencing.model.name}?\` to fix this.`,
      ),
      referenced.field.node.span,
    );
  }
  return withForeignKey(ctx, name, 'oneToOne', referencing, referenced, usable);
}

/**
 * A one-to-one where neither or both sides give `fields`/`references`. Prisma reports it once per field
 * order and argument (and, when both give them, on both fields); we report the same set.
 */
function reportOneToOneArguments(ctx: ValidationContext, a: RelationSide, b: RelationSide, both: boolean): void {
  const code = both ? Codes.relationFieldsBothSides : Codes.relationFieldsMissingBothSides;
  const verb = both ? 'both provide' : 'do not provide';
  const tail = both ? 'You have to provide it only on one of the two fields.' : 'You have to provide it on one of the two fields.';
  for (const [x, y] of [[a, b], [b, a]] as const) {
    for (const arg of ['references', 'fields']) {
      const text = `The relation fields \`${x.field.name}\` on Model \`${x.model.name}\` and \`${y.field.name}\` on Model \`${y.model.name}\` ${verb} the \`${arg}\` argument in the @relation attribute. ${tail}`;
      for (const side of both ? [a, b] : [x]) ctx.error(code, msg.attribute(REL, text), side.field.node.span);
    }
  }
}

function withForeignKey(
  ctx: ValidationContext,
  name: string,
  kind: 'oneToOne' | 'oneToMany',
  referencing: RelationSide,
  referenced: RelationSide,
  usable: ReadonlySet<FieldDraft>,
): Relation | null {
  if (kind === 'oneToMany' && hasFk(referenced)) {
    ctx.error(
      Codes.relationFieldsOnListSide,
      msg.attribute(
        REL,
        `The relation field \`${referenced.field.name}\` on Model \`${referenced.model.name}\` must not specify the \`fields\` or \`references\` argument in the @relation attribute. You must only specify it on the opposite field \`${referencing.field.name}\` on model \`${referencing.model.name}\`.`,
      ),
      referenced.field.node.span,
    );
  }
  if (hasActions(referenced)) {
    ctx.error(
      Codes.referentialActionOnWrongSide,
      msg.attribute(
        REL,
        `The relation field \`${referenced.field.name}\` on Model \`${referenced.model.name}\` must not specify the \`onDelete\` or \`onUpdate\` argument in the @relation attribute. You must only specify it on the opposite field \`${referencing.field.name}\` on model \`${referencing.model.name}\`, or in case of a many to many relation, in an explicit join table.`,
      ),
      referenced.field.node.span,
    );
  }
  const relation = referencing.field.relation;
  if (!relation?.fields) {
    ctx.error(
      Codes.relationFieldsWithoutReferences,
      msg.attribute(
        REL,
        `The relation field \`${referencing.field.name}\` on Model \`${referencing.model.name}\` must specify the \`fields\` argument in the @relation attribute. You can run \`prisma format\` to fix this automatically.`,
      ),
      referencing.field.node.span,
    );
  }
  if (!relation?.references) {
    ctx.error(
      Codes.relationFieldsWithoutReferences,
      msg.attribute(REL, `The relation field \`${referencing.field.name}\` on Model \`${referencing.model.name}\` must specify the \`references\` argument in the @relation attribute.`),
      referencing.field.node.span,
    );
  }
  if (!relation?.fields || !relation.references) return null;
  if (!usable.has(referencing.field)) return null;
  if (kind === 'oneToOne') checkOneToOneUnique(ctx, referencing);

  const fields = relation.fields.map((f) => f.name);
  for (const f of fields) {
    const draft = referencing.model.byName.get(f);
    if (draft) draft.isForeignKey = true;
  }
  const columns = fields.map((f) => referencing.model.byName.get(f)?.dbName ?? f);
  const { onDelete, onUpdate } = effectiveActions(ctx, referencing.field);
  return {
    name,
    kind,
    referencing: end(referencing),
    referenced: end(referenced),
    fields,
    references: relation.references.map((f) => f.name),
    onDelete,
    onUpdate,
    foreignKeyName: relation.map ?? foreignKeyName(referencing.model.dbName, columns, ctx.capabilities.maxIdentifierLength),
    joinTable: null,
  };
}

/** With `relationMode = "prisma"` there is no foreign key index; Prisma recommends adding one. */
function warnMissingIndex(ctx: ValidationContext, side: RelationSide): void {
  if (ctx.relationMode !== 'prisma' || ctx.provider === 'mongodb' || !side.field.relation?.attribute) return;
  const fields = (side.field.relation.fields ?? []).map((f) => f.name);
  const criteria = [...uniqueCriteria(side.model), ...side.model.indexes.map((i) => i.fields.map((f) => f.name))];
  const covered = criteria.some((c) => fields.every((f, i) => c[i] === f));
  if (covered) return;
  ctx.warn(
    Codes.missingIndexOnRelationMode,
    'With `relationMode = "prisma"`, no foreign keys are used, so relation fields will not benefit from the index usually created by the relational database under the hood. This can lead to poor performance when querying these fields. We recommend adding an index manually. Learn more at https://pris.ly/d/relation-mode-prisma-indexes" ',
    side.field.relation.attribute.span,
  );
}
