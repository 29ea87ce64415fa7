/** Applies a model field's attributes to its draft: one small applier per attribute family (attributes/). */
import { Codes } from './codes.js';
import type { ValidationContext } from './context.js';
import { msg } from './context.js';
import type { FieldDraft, ModelDraft } from './draft.js';
import { applyFieldId, applyFieldUnique } from './attributes/constraints.js';
import { applyDefault } from './attributes/default.js';
import { readMapName } from './attributes/map.js';
import { applyNativeTypes } from './attributes/native-type.js';
import { checkAttributeList, MODEL_FIELD_ATTRIBUTES } from './attributes/registry.js';
import { NO_RELATION_ATTRIBUTE, readRelationAttribute } from './attributes/relation.js';
import { applyUpdatedAt } from './attributes/updated-at.js';
import { readArgs } from './args.js';
import { checkShardKey } from './attributes/shard-key.js';

export function applyFieldAttributes(ctx: ValidationContext, model: ModelDraft, field: FieldDraft, datasourceName: string | null): void {
  const attributes = checkAttributeList(ctx, field.node.attributes, MODEL_FIELD_ATTRIBUTES, () => (model.hasRepeatedAttributes = true));
  field.attributes = attributes;
  const isRelation = field.kind === 'relation';
  if (isRelation) field.relation = NO_RELATION_ATTRIBUTE;
  for (const attribute of attributes) {
    const name = attribute.name.text;
    if (isRelation && (name === 'id' || name === 'unique')) {
      const fk = field.relation?.fields?.map((f) => f.name).join(', ');
      const hint = field.node.attributes.some((a) => a.name.text === 'relation') ? relationHint(ctx, field) : null;
      ctx.error(
        Codes.attributeOnRelationField,
        msg.attribute(
          `@${name}`,
          `The field \`${field.name}\` is a relation field and cannot be marked with \`${name}\`. Only scalar fields can be made ${name === 'id' ? 'an id' : 'unique'}.${hint ?? (fk ? ` Did you mean to put it on \`${fk}\`?` : '')}`,
        ),
        attribute.span,
      );
      continue;
    }
    switch (name) {
      case 'id':
        applyFieldId(ctx, model, field, attribute);
        break;
      case 'unique':
        applyFieldUnique(ctx, model, field, attribute);
        break;
      case 'map': {
        if (isRelation) {
          ctx.error(Codes.mapOnRelationField, msg.attribute('@map', 'The attribute `@map` cannot be used on relation fields.'), attribute.span);
          break;
        }
        const mapped = readMapName(ctx, attribute);
        if (mapped !== null) field.dbName = mapped;
        break;
      }
      case 'default':
        applyDefault(ctx, field, attribute, enumValues(ctx, field));
        break;
      case 'updatedAt':
        applyUpdatedAt(ctx, field, attribute);
        break;
      case 'ignore':
        readArgs(ctx, attribute, []);
        if (field.kind === 'unsupported') {
          ctx.error(
            Codes.ignoreOnUnsupported,
            msg.attribute('@ignore', 'Fields of type `Unsupported` cannot take an `@ignore` attribute. They are already treated as ignored by the client due to their type.'),
            attribute.span,
          );
        }
        field.isIgnored = true;
        break;
      case 'relation':
        if (!isRelation) {
          ctx.error(Codes.relationOnScalarField, msg.attribute('@relation', 'Invalid field type, not a relation.'), attribute.span);
          readArgs(ctx, attribute, []);
          break;
        }
        field.relation = readRelationAttribute(ctx, attribute);
        break;
      case 'shardKey':
        readArgs(ctx, attribute, []);
        checkShardKey(ctx, attribute);
        break;
      default:
        break;
    }
  }
  applyNativeTypes(ctx, field, datasourceName);
}

/** ` Did you mean to put it on \`authorId\`?` from the relation's `fields` (read from the syntax). */
function relationHint(_ctx: ValidationContext, field: FieldDraft): string | null {
  const relation = field.node.attributes.find((a) => a.name.text === 'relation');
  const fieldsArg = relation?.arguments?.arguments.find((a) => a.name?.text === 'fields');
  const value = fieldsArg?.value;
  if (!value) return null;
  const items = value.kind === 'ArrayExpression' ? value.items : [value];
  const names = items.map((i) => (i.kind === 'ConstantValue' ? i.text : i.kind === 'FunctionCall' ? i.name.text : '')).filter(Boolean);
  return names.length ? ` Did you mean to put it on \`${names.join(', ')}\`?` : null;
}

function enumValues(ctx: ValidationContext, field: FieldDraft): readonly string[] | null {
  if (field.kind !== 'enum') return null;
  const block = ctx.declarations.enums.get(field.type);
  return block ? block.members.flatMap((m) => (m.kind === 'EnumValue' ? [m.name.text] : [])) : null;
}
