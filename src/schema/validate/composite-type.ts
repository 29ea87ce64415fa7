/** `type` blocks (composite types, MongoDB only): scalar, enum and composite fields with `@map` / `@default`. */
import type { CompositeType, ScalarField } from '../model.js';
import type { Block } from '../syntax.js';
import { applyDefault } from './attributes/default.js';
import { readMapName } from './attributes/map.js';
import { checkAttributeList, COMPOSITE_FIELD_ATTRIBUTES } from './attributes/registry.js';
import { applyNativeTypes } from './attributes/native-type.js';
import { Codes } from './codes.js';
import type { ValidationContext } from './context.js';
import { documentation } from './documentation.js';
import { readModelFields } from './model-fields.js';

export function validateCompositeType(ctx: ValidationContext, block: Block, datasourceName: string | null): CompositeType {
  if (ctx.provider && !ctx.capabilities.compositeTypes) {
    ctx.error(Codes.compositeTypeUnsupported, `Error validating: Composite types are not supported on ${ctx.capabilities.displayName}.`, block.span);
  }
  const fields: ScalarField[] = [];
  for (const field of readModelFields(ctx, block)) {
    if (field.kind === 'relation') {
      ctx.error(
        Codes.compositeTypeField,
        `Error validating composite type "${block.name.text}": ${field.type} refers to a model, making this a relation field. Relation fields inside composite types are not supported.`,
        field.node.type?.name.span ?? field.node.span,
      );
      continue;
    }
    if (field.kind === 'composite' && field.type === block.name.text && field.isRequired && !field.isList) {
      ctx.error(
        Codes.compositeTypeField,
        `Error validating field \`${field.name}\` in composite type \`${block.name.text}\`: The type is the same as the parent and causes an endless cycle. Please change the field to be either optional or a list.`,
        field.node.span,
      );
    }
    for (const attribute of field.node.attributes) {
      const name = attribute.name.text;
      if (!attribute.isBlockAttribute && ['unique', 'id', 'relation', 'updatedAt', 'ignore'].includes(name)) {
        ctx.error(Codes.compositeFieldAttribute, `Error validating: Defining \`@${name}\` attribute for a field in a composite type is not allowed.`, field.node.span);
      }
    }
    for (const attribute of checkAttributeList(ctx, field.node.attributes, COMPOSITE_FIELD_ATTRIBUTES)) {
      if (attribute.name.text === 'map') field.dbName = readMapName(ctx, attribute) ?? field.dbName;
      else if (attribute.name.text === 'default') {
        const values = field.kind === 'enum' ? (ctx.declarations.enums.get(field.type)?.members.flatMap((m) => (m.kind === 'EnumValue' ? [m.name.text] : [])) ?? null) : null;
        applyDefault(ctx, field, attribute, values);
      }
    }
    applyNativeTypes(ctx, field, datasourceName);
    fields.push({
      name: field.name,
      kind: field.kind,
      type: field.type,
      isList: field.isList,
      isRequired: field.isRequired,
      isIgnored: false,
      documentation: field.documentation,
      span: field.node.span,
      dbName: field.dbName,
      default: field.default,
      defaultMapName: field.defaultMapName,
      isId: false,
      isUnique: false,
      isUpdatedAt: false,
      nativeType: field.nativeType,
      isForeignKey: false,
    });
  }
  return { name: block.name.text, fields, documentation: documentation(block.docComments), span: block.span };
}
