/**
 * Rules that need a model's whole picture (all fields and constraints): a unique criterion for every
 * model, where `autoincrement()` may go, and MongoDB's `_id` mapping.
 */
import { Codes } from './codes.js';
import type { ValidationContext } from './context.js';
import { msg } from './context.js';
import type { ModelDraft } from './draft.js';
import { checkIndexedNativeTypes } from './indexed-native-types.js';

export function checkModel(ctx: ValidationContext, model: ModelDraft): void {
  checkIdRequired(ctx, model);
  checkUniqueCriterion(ctx, model);
  checkAutoincrement(ctx, model);
  checkMongoId(ctx, model);
  checkIndexedNativeTypes(ctx, model);
  checkBytesInId(ctx, model);
  checkView(ctx, model);
  checkClustering(ctx, model);
}

/** SQL Server: one clustered index per table; the primary key is clustered unless it says otherwise. */
function checkClustering(ctx: ValidationContext, model: ModelDraft): void {
  if (ctx.provider !== 'sqlserver') return;
  const pk = model.primaryKey;
  const pkClustered = pk !== null && pk.fields.length > 0 && pk.clustered !== false;
  const clustered = [...model.uniques, ...model.indexes].filter((c) => c.clustered === true);
  if (clustered.length + (pkClustered ? 1 : 0) < 2) return;
  if (pk && pkClustered) ctx.error(Codes.clusteringTwice, msg.attribute(pk.isFieldLevel ? '@id' : '@@id', 'A model can only hold one clustered index or id.'), pk.span);
  for (const c of clustered) {
    const label = c.isFieldLevel ? '@unique' : model.indexes.includes(c as (typeof model.indexes)[number]) ? '@@index' : '@@unique';
    ctx.error(Codes.clusteringTwice, msg.attribute(label, 'A model can only hold one clustered index or key.'), c.span);
  }
}

/** Views are read-only query results: no primary key, no indexes (uniques are allowed). */
function checkView(ctx: ValidationContext, model: ModelDraft): void {
  if (model.kind !== 'view') return;
  if (model.primaryKey && model.primaryKey.fields.length) ctx.error(Codes.viewPrimaryKeyOrIndex, msg.validating('Views cannot have primary keys.'), model.primaryKey.span);
  for (const index of model.indexes) ctx.error(Codes.viewPrimaryKeyOrIndex, msg.validating('Views cannot have indexes.'), index.span);
}

function checkBytesInId(ctx: ValidationContext, model: ModelDraft): void {
  if (ctx.capabilities.bytesInId || !ctx.provider) return;
  if (model.primaryKey?.fields.some((f) => model.byName.get(f.name)?.type === 'Bytes' && model.byName.get(f.name)?.kind === 'scalar')) {
    ctx.error(Codes.bytesInId, "Invalid model: Using Bytes type is not allowed in the model's id.", model.primaryKey.span);
  }
}

/** Id fields must be required (not optional, not lists); Prisma does not check ignored models. */
function checkIdRequired(ctx: ValidationContext, model: ModelDraft): void {
  const pk = model.primaryKey;
  if (!pk || model.isIgnored) return;
  const optional = pk.fields.filter((f) => {
    const field = model.byName.get(f.name);
    return field !== undefined && (!field.isRequired || field.isList);
  });
  if (optional.length === 0) return;
  if (pk.isFieldLevel) {
    ctx.error(Codes.idOnOptionalField, msg.attribute('@id', 'Fields that are marked as id must be required.'), pk.span);
    return;
  }
  const list = optional.map((f) => `\`${f.name}\``).join(', ');
  ctx.error(
    Codes.idOnOptionalField,
    msg.model(model.name, `The id definition refers to the optional ${optional.length === 1 ? 'field' : 'fields'} ${list}. ID definitions must reference only required fields.`),
    pk.span,
  );
}

function checkUniqueCriterion(ctx: ValidationContext, model: ModelDraft): void {
  if (model.kind === 'view' || model.isIgnored || model.hasRepeatedAttributes) return;
  const usable = (names: readonly string[]) =>
    names.every((n) => {
      const f = model.byName.get(n.split('.')[0] ?? n);
      return f !== undefined && f.isRequired && f.kind !== 'unsupported';
    });
  const pk = model.primaryKey;
  // An id counts even when broken (its error is already reported), unless it is on an Unsupported field.
  if (pk && !pk.fields.some((f) => model.byName.get(f.name)?.kind === 'unsupported')) return;
  const uniques = [...(pk ? [pk] : []), ...model.uniques].map((u) => u.fields.map((f) => f.name));
  if (uniques.some(usable)) return;
  let text =
    'Each model must have at least one unique criteria that has only required fields. Either mark a single field with `@id`, `@unique` or add a multi field criterion with `@@id([])` or `@@unique([])` to the model.';
  if (uniques.length) {
    text += ` The following unique criterias were not considered as they contain fields that are not required:\n${uniques.map((u) => `- ${u.join(', ')}`).join('\n')}`;
  }
  ctx.error(Codes.noUniqueCriterion, msg.model(model.name, text), model.block.span);
}

function checkAutoincrement(ctx: ValidationContext, model: ModelDraft): void {
  const where = ctx.capabilities.autoincrementOn;
  if (!ctx.provider) return;
  const autoincrements = model.fields.filter((f) => f.default?.kind === 'function' && f.default.name === 'autoincrement');
  if (ctx.capabilities.autoincrementOnce && autoincrements.length > 1) {
    ctx.error(
      Codes.autoincrementMultiple,
      msg.attribute('@default', 'The `autoincrement()` default value is used multiple times on this model even though the underlying datasource only supports one instance per table.'),
      model.block.span,
    );
  }
  if (where === 'any') return;
  for (const field of model.fields) {
    if (field.default?.kind !== 'function' || field.default.name !== 'autoincrement') continue;
    const inPk = model.primaryKey?.fields.some((f) => f.name === field.name) ?? false;
    if (where === 'id' && (!inPk || (model.primaryKey?.fields.length ?? 0) > 1)) {
      ctx.error(
        Codes.autoincrementNotId,
        msg.attribute('@default', 'The `autoincrement()` default value is used on a non-id field even though the datasource does not support this.'),
        field.node.span,
      );
    } else if (where === 'indexed') {
      const leads = (fields: readonly { name: string }[]) => fields[0]?.name === field.name;
      const indexed = (model.primaryKey && leads(model.primaryKey.fields)) || model.uniques.some((u) => leads(u.fields)) || model.indexes.some((i) => leads(i.fields));
      if (!indexed) {
        ctx.error(
          Codes.autoincrementNotIndexed,
          msg.attribute('@default', 'The `autoincrement()` default value is used on a non-indexed field even though the datasource does not support this.'),
          field.node.span,
        );
      }
    }
  }
}

function checkMongoId(ctx: ValidationContext, model: ModelDraft): void {
  if (ctx.provider !== 'mongodb') return;
  for (const field of model.fields) {
    if (field.default?.kind !== 'function' || field.default.name !== 'auto') continue;
    if (field.nativeType?.name !== 'ObjectId') {
      ctx.error(Codes.autoNeedsObjectId, msg.field(model.name, field.name, 'MongoDB `@default(auto())` fields must have `ObjectId` native type.'), field.node.span);
    }
    if (!field.isId) ctx.error(Codes.defaultAutoNotId, msg.field(model.name, field.name, 'MongoDB `@default(auto())` fields must have the `@id` attribute.'), field.node.span);
  }
  if (model.primaryKey?.fields.length !== 1) {
    if (!model.primaryKey && model.kind === 'model') {
      ctx.error(Codes.mongoModelWithoutId, 'Invalid model: MongoDB models require exactly one identity field annotated with @id', model.block.span);
    }
    return;
  }
  const id = model.byName.get(model.primaryKey.fields[0]?.name ?? '');
  for (const unique of model.uniques) {
    if (!id || unique.fields.length !== 1 || unique.fields[0]?.name !== id.name) continue;
    ctx.error(Codes.mongoIdAndUnique, msg.attribute(unique.isFieldLevel ? '@unique' : '@@unique', 'The same field cannot be an id and unique on MongoDB.'), unique.span);
  }
  if (id && id.dbName !== '_id') {
    ctx.error(Codes.mongoIdWithoutMap, msg.field(model.name, id.name, 'MongoDB model IDs must have an @map("_id") annotation.'), id.node.span);
  }
}
