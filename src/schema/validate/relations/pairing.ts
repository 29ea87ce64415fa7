/**
 * Pairs every relation field with its opposite field: same two models, same relation name (explicit or
 * both unnamed). Reports missing opposites and ambiguous relations (two unnamed relations between the
 * same models, or more than two fields in one self relation).
 */
import { Codes } from '../codes.js';
import type { ValidationContext } from '../context.js';
import { msg } from '../context.js';
import type { FieldDraft, ModelDraft } from '../draft.js';

export interface RelationSide {
  readonly model: ModelDraft;
  readonly field: FieldDraft;
}

export interface RelationPair {
  readonly a: RelationSide;
  readonly b: RelationSide;
}

function listNames(names: readonly string[]): string {
  const quoted = names.map((n) => `\`${n}\``);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

export function pairRelations(ctx: ValidationContext, models: ReadonlyMap<string, ModelDraft>): RelationPair[] {
  const pairs: RelationPair[] = [];
  const used = new Set<FieldDraft>();
  const ambiguous = new Set<FieldDraft>();
  const reportedPairs = new Set<string>();

  // Ambiguity, per model: several relation fields to the same model under the same (or no) name.
  for (const model of models.values()) {
    if (model.isIgnored) continue;
    const groups = new Map<string, FieldDraft[]>();
    for (const field of model.fields) {
      if (field.kind !== 'relation' || field.isIgnored) continue;
      const key = `${field.type}\u0000${field.relation?.name ?? ''}`;
      const list = groups.get(key) ?? [];
      list.push(field);
      groups.set(key, list);
    }
    for (const list of groups.values()) {
      const first = list[0];
      if (!first) continue;
      const self = first.type === model.name;
      const unnamed = first.relation?.name == null;
      // Two fields of an unnamed self relation are ambiguous too: Prisma wants the relation named.
      if (list.length <= (self && !unnamed ? 2 : 1)) continue;
      for (const f of list) ambiguous.add(f);
      const pairKey = [model.name, first.type].sort().join('\u0000') + `\u0000${first.relation?.name ?? ''}`;
      if (reportedPairs.has(pairKey)) continue;
      reportedPairs.add(pairKey);
      const names = list.map((f) => f.name);
      const text = self
        ? list.length === 2
          ? `Ambiguous self relation detected. The fields ${listNames(names)} in model \`${model.name}\` both refer to \`${model.name}\`. If they are part of the same relation add the same relation name for them with \`@relation(<name>)\`.`
          : first.relation?.name
          ? `Wrongly named self relation detected. The fields ${listNames(names)} in model \`${model.name}\` have the same relation name. At most two relation fields can belong to the same relation and therefore have the same name. Please assign a different relation name to one of them.`
          : `Unnamed self relation detected. The fields ${listNames(names)} in model \`${model.name}\` have no relation name. Please provide a relation name for one of them by adding \`@relation(<name>).`
        : first.relation?.name
          ? `Wrongly named relation detected. The fields ${listNames(names.slice(0, 2))} in model \`${model.name}\` both use the same relation name. Please provide different relation names for them through \`@relation(<name>).`
          : `Ambiguous relation detected. The fields ${listNames(names.slice(0, 2))} in model \`${model.name}\` both refer to \`${first.type}\`. Please provide different relation names for them by adding \`@relation(<name>).`;
      ctx.error(self ? Codes.selfRelationAmbiguous : Codes.ambiguousRelation, msg.model(model.name, text), first.node.span);
    }
  }

  for (const model of models.values()) {
    if (model.isIgnored) continue;
    for (const field of model.fields) {
      if (field.kind !== 'relation' || field.isIgnored || used.has(field) || ambiguous.has(field)) continue;
      const target = models.get(field.type);
      if (!target) continue;
      if (target.isIgnored) {
        ctx.error(
          Codes.relationToIgnoredModel,
          msg.attribute(
            '@ignore',
            `The relation field \`${field.name}\` on Model \`${model.name}\` must specify the \`@ignore\` attribute, because the model ${target.name} it is pointing to is marked ignored.`,
          ),
          field.node.span,
        );
        continue;
      }
      const name = field.relation?.name ?? null;
      const opposite = target.fields.find(
        (f) => f !== field && f.kind === 'relation' && f.type === model.name && (f.relation?.name ?? null) === name && !used.has(f) && !ambiguous.has(f),
      );
      used.add(field);
      if (!opposite) {
        ctx.error(
          Codes.missingOppositeRelation,
          msg.field(
            model.name,
            field.name,
            `The relation field \`${field.name}\` on model \`${model.name}\` is missing an opposite relation field on the model \`${target.name}\`. Either run \`prisma format\` or add it manually.`,
          ),
          field.node.span,
        );
        continue;
      }
      used.add(opposite);
      pairs.push({ a: { model, field }, b: { model: target, field: opposite } });
    }
  }
  return pairs;
}
