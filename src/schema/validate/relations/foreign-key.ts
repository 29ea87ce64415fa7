/**
 * The referencing side of a one-to-one or one-to-many relation: `fields` must be scalar fields of the
 * model, `references` existing fields of the other model forming a unique criterion, same count, same
 * types; a required relation cannot use optional fields; a one-to-one needs unique `fields`.
 */
import { Codes } from '../codes.js';
import type { ValidationContext } from '../context.js';
import { msg } from '../context.js';
import type { FieldDraft, ModelDraft } from '../draft.js';
import type { RelationSide } from './pairing.js';

const REL = '@relation';

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** Field sets of the model's primary key and unique constraints. */
export function uniqueCriteria(model: ModelDraft): string[][] {
  const out: string[][] = [];
  if (model.primaryKey) out.push(model.primaryKey.fields.map((f) => f.name));
  for (const u of model.uniques) out.push(u.fields.map((f) => f.name));
  return out;
}

/**
 * Checks `fields` against `references` (count, unique criterion, types, optionality); run for every
 * relation field that gives both, paired or not, as Prisma does. Returns true when the key is usable.
 */
export function checkForeignKeyShape(ctx: ValidationContext, model: ModelDraft, field: FieldDraft, target: ModelDraft): boolean {
  const relation = field.relation;
  if (!relation?.fields || !relation.references) return false;
  const span = field.node.span;
  const attrSpan = relation.attribute?.span ?? span;
  const fields = relation.fields.map((f) => f.name);
  const references = relation.references.map((f) => f.name);
  let ok = true;

  // Names were checked for every relation field already (checkRelationArguments); unusable ones stop here.
  if (fields.some((n) => !model.byName.has(n) || model.byName.get(n)?.kind === 'relation')) ok = false;
  if (references.some((n) => !target.byName.has(n) || target.byName.get(n)?.kind === 'relation')) ok = false;
  if (fields.length !== references.length) {
    ctx.error(Codes.relationArity, msg.validating('You must specify the same number of fields in `fields` and `references`.'), attrSpan);
    ok = false;
  }
  if (!ok) return false;

  if (!uniqueCriteria(target).some((c) => sameSet(c, references))) {
    const hint =
      references.length === 1
        ? `Consider adding an \`@unique\` attribute to the field \`${references[0]}\` in the model \`${target.name}\`.`
        : `Consider adding an \`@@unique([${references.join(', ')}])\` attribute to the model \`${target.name}\`.`;
    ctx.error(Codes.relationReferencesNotUnique, msg.attribute(REL, `The argument \`references\` must refer to a unique criterion in the related model. ${hint}`), span);
  }

  fields.forEach((name, i) => {
    const own = model.byName.get(name);
    const other = target.byName.get(references[i] ?? '');
    if (!own || !other) return;
    // MongoDB's many-to-many keeps a list of ids: `String[]` references `String`.
    if (own.kind !== other.kind || own.type !== other.type || (own.isList !== other.isList && !field.isList)) {
      ctx.error(
        Codes.relationTypeMismatch,
        msg.attribute(
          REL,
          `The type of the field \`${name}\` in the model \`${model.name}\` is not matching the type of the referenced field \`${other.name}\` in model \`${target.name}\`.`,
        ),
        span,
      );
    }
  });

  if (field.isRequired && fields.some((name) => model.byName.get(name)?.isRequired === false)) {
    ctx.error(
      Codes.relationOptionalFk,
      msg.validating(
        `The relation field \`${field.name}\` uses the scalar fields ${fields.join(', ')}. At least one of those fields is optional. Hence the relation field must be optional as well.`,
      ),
      span,
    );
  }

  return true;
}

/** A one-to-one needs unique `fields` on the side that holds them. */
export function checkOneToOneUnique(ctx: ValidationContext, side: RelationSide): void {
  const fields = (side.field.relation?.fields ?? []).map((f) => f.name);
  if (uniqueCriteria(side.model).some((c) => sameSet(c, fields))) return;
  const hint =
    fields.length === 1
      ? `Either add an \`@unique\` attribute to the field \`${fields[0]}\`, or change the relation to one-to-many.`
      : `Either add an \`@@unique([${fields.join(', ')}])\` attribute to the model, or change the relation to one-to-many.`;
  ctx.error(Codes.oneToOneFkNotUnique, msg.attribute(REL, `A one-to-one relation must use unique fields on the defining side. ${hint}`), side.field.node.span);
}

/**
 * `fields` must name scalar fields of the model and `references` scalar fields of the related model.
 * Checked for every relation field, paired or not, as Prisma does.
 */
export function checkRelationArguments(ctx: ValidationContext, model: ModelDraft, field: FieldDraft, target: ModelDraft | undefined): void {
  const relation = field.relation;
  if (!relation) return;
  const attrSpan = relation.attribute?.span ?? field.node.span;
  const fields = (relation.fields ?? []).map((f) => f.name);
  const references = (relation.references ?? []).map((f) => f.name);
  const unknown = fields.filter((name) => !model.byName.has(name));
  const relationFields = fields.filter((name) => model.byName.get(name)?.kind === 'relation');
  if (unknown.length) {
    ctx.error(
      Codes.relationFieldsUnknown,
      msg.validating(`The argument fields must refer only to existing fields. The following fields do not exist in this model: ${unknown.join(', ')}`),
      relation.fieldsSpan ?? attrSpan,
    );
  } else if (relationFields.length) {
    ctx.error(
      Codes.relationFieldsUnknown,
      msg.validating(`The argument fields must refer only to scalar fields. But it is referencing the following relation fields: ${relationFields.join(', ')}`),
      relation.fieldsSpan ?? attrSpan,
    );
  }
  if (!target) return;
  const missingRefs = references.filter((name) => !target.byName.has(name));
  const relationRefs = references.filter((name) => target.byName.get(name)?.kind === 'relation');
  if (missingRefs.length) {
    ctx.error(
      Codes.relationReferencesUnknown,
      msg.validating(
        `The argument \`references\` must refer only to existing fields in the related model \`${target.name}\`. The following fields do not exist in the related model: ${missingRefs.join(', ')}`,
      ),
      attrSpan,
    );
  } else if (relationRefs.length) {
    ctx.error(
      Codes.relationReferencesUnknown,
      msg.validating(`The argument \`references\` must refer only to scalar fields in the related model \`${target.name}\`. But it is referencing the following relation fields: ${relationRefs.join(', ')}`),
      attrSpan,
    );
  }
}
