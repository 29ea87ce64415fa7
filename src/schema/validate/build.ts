/** Freezes the validator's drafts into the `Model`s of src/schema/model.ts, deriving every default name. */
import type { Field, Index, Model, PrimaryKey, ScalarField, UniqueConstraint } from '../model.js';
import type { ValidationContext } from './context.js';
import type { FieldDraft, ModelDraft } from './draft.js';
import { compoundName, indexName, primaryKeyName, uniqueName } from './names.js';
import { relationName } from './names.js';

export function buildModel(ctx: ValidationContext, model: ModelDraft): Model {
  const limit = ctx.capabilities.maxIdentifierLength;
  const columns = (fields: readonly { name: string }[]) => fields.map((f) => model.byName.get(f.name)?.dbName ?? f.name);
  const pk = model.primaryKey;
  const primaryKey: PrimaryKey | null = pk
    ? {
        name: pk.name,
        dbName: pk.map ?? primaryKeyName(model.dbName, limit),
        fields: pk.fields,
        clustered: pk.clustered,
        isFieldLevel: pk.isFieldLevel,
      }
    : null;
  const uniques: UniqueConstraint[] = model.uniques.map((u) => ({
    name: u.name ?? compoundName(u.fields.map((f) => f.name)),
    dbName: u.map ?? uniqueName(model.dbName, columns(u.fields), limit),
    fields: u.fields,
    clustered: u.clustered,
    isFieldLevel: u.isFieldLevel,
  }));
  // Prisma lists field-level uniques first.
  uniques.sort((a, b) => Number(b.isFieldLevel) - Number(a.isFieldLevel));
  const indexes: Index[] = model.indexes.map((i) => ({
    kind: i.kind,
    name: i.name,
    dbName: i.map ?? indexName(model.dbName, columns(i.fields), limit),
    fields: i.fields,
    algorithm: i.algorithm,
    clustered: i.clustered,
    where: i.where,
  }));
  return {
    kind: model.kind,
    name: model.name,
    dbName: model.dbName,
    schema: model.schema,
    fields: model.fields.map((f) => buildField(model, f)),
    primaryKey,
    uniques,
    indexes,
    isIgnored: model.isIgnored,
    documentation: model.documentation,
    span: model.block.span,
  };
}

// Each literal spells out every property: a `{ ...common, more }` spread builds the object property by
// property at run time, which made this function a quarter of validation's time on a 300-model schema.
function buildField(model: ModelDraft, f: FieldDraft): Field {
  if (f.kind === 'relation') {
    const relation = f.relation;
    return {
      name: f.name,
      isList: f.isList,
      isRequired: f.isRequired,
      isIgnored: f.isIgnored,
      documentation: f.documentation,
      span: f.node.span,
      kind: 'relation',
      type: f.type,
      relationName: relation?.name ?? relationName(model.name, f.type),
      fields: (relation?.fields ?? []).map((r) => r.name),
      references: (relation?.references ?? []).map((r) => r.name),
      onDelete: relation?.onDelete ?? null,
      onUpdate: relation?.onUpdate ?? null,
      mapName: relation?.map ?? null,
    };
  }
  const scalar: ScalarField = {
    name: f.name,
    isList: f.isList,
    isRequired: f.isRequired,
    isIgnored: f.isIgnored,
    documentation: f.documentation,
    span: f.node.span,
    kind: f.kind,
    type: f.type,
    dbName: f.dbName,
    default: f.default,
    defaultMapName: f.defaultMapName,
    isId: f.isId,
    isUnique: f.isUnique,
    isUpdatedAt: f.isUpdatedAt,
    nativeType: f.nativeType,
    isForeignKey: f.isForeignKey,
  };
  return scalar;
}
