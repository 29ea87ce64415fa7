/**
 * A model's fields: names (no duplicates), types (scalar, enum, composite, relation, Unsupported) and
 * arity against the provider's capabilities. Attributes are read afterwards (field-attributes.ts).
 */
import type { ScalarType } from '../model.js';
import { SCALAR_TYPES } from '../model.js';
import type { Block, Field } from '../syntax.js';
import { Codes } from './codes.js';
import type { ValidationContext } from './context.js';
import { msg } from './context.js';
import { documentation } from './documentation.js';
import type { FieldDraft, FieldKind } from './draft.js';

export function isScalarType(name: string): name is ScalarType {
  return (SCALAR_TYPES as readonly string[]).includes(name);
}

/** The fields of a model or view whose types resolve; unresolved ones are reported and left out. */
export function readModelFields(ctx: ValidationContext, block: Block): FieldDraft[] {
  const out: FieldDraft[] = [];
  const seen = new Set<string>();
  for (const member of block.members) {
    if (member.kind !== 'Field') {
      if (member.kind === 'EnumValue' || member.kind === 'ConfigProperty') {
        ctx.error(Codes.invalidMember, msg.validating('This line is not a valid field or attribute definition.'), member.span);
      }
      continue;
    }
    const name = member.name.text;
    if (seen.has(name)) {
      ctx.error(Codes.duplicateField, `Field "${name}" is already defined on model "${block.name.text}".`, member.name.span);
      continue;
    }
    seen.add(name);
    const draft = readField(ctx, block, member);
    if (draft) out.push(draft);
  }
  return out;
}

function readField(ctx: ValidationContext, block: Block, field: Field): FieldDraft | null {
  const type = field.type;
  if (!type) return null;
  const typeName = type.name.text;
  const model = block.name.text;
  let kind: FieldKind;
  let resolved = typeName;
  if (typeName === 'Unsupported') {
    kind = 'unsupported';
    resolved = type.unsupported?.value ?? '';
  } else if (isScalarType(typeName)) kind = 'scalar';
  else if (ctx.declarations.enums.has(typeName)) kind = 'enum';
  else if (ctx.declarations.compositeTypes.has(typeName)) kind = 'composite';
  else if (ctx.declarations.models.has(typeName)) kind = 'relation';
  else {
    ctx.error(Codes.unknownType, `Type "${typeName}" is neither a built-in type, nor refers to another model, composite type, or enum.`, type.name.span);
    return null;
  }
  if (type.invalidArity) {
    ctx.error(Codes.invalidArity, 'Optional lists are not allowed. Use either `Type[]` or `Type?`.', type.span);
  }
  const isList = type.arity === 'list';
  const caps = ctx.capabilities;
  if (isList && (kind === 'scalar' || kind === 'enum') && ctx.provider && !caps.scalarLists) {
    ctx.error(
      Codes.scalarListUnsupported,
      `Field "${field.name.text}" in model "${model}" can't be a list. The current connector does not support lists of primitive types.`,
      field.span,
    );
  }
  const unsupportedScalar = (typeName === 'Json' && !caps.json) || (typeName === 'Decimal' && !caps.decimal);
  if (kind === 'scalar' && ctx.provider && unsupportedScalar) {
    ctx.error(
      Codes.typeUnsupported,
      msg.field(model, field.name.text, `Field \`${field.name.text}\` in model \`${model}\` can't be of type ${typeName}. The current connector does not support the ${typeName} type.`),
      field.span,
    );
  }
  if (kind === 'scalar' && typeName === 'Json' && isList && ctx.provider && caps.scalarLists && !caps.jsonLists) {
    ctx.error(
      Codes.typeUnsupported,
      msg.field(model, field.name.text, `Field \`${field.name.text}\` in model \`${model}\` can't be of type Json[]. The current connector does not support the Json List type.`),
      field.span,
    );
  }
  if (kind === 'unsupported' && isList && ctx.provider && !caps.scalarLists) {
    ctx.error(Codes.unsupportedOptionalList, `Field "${field.name.text}" in model "${model}" can't be a list. The current connector does not support lists of primitive types.`, field.span);
  }
  return {
    node: field,
    model,
    inCompositeType: block.keyword === 'type',
    name: field.name.text,
    kind,
    type: resolved,
    isList,
    isRequired: type.arity !== 'optional',
    attributes: [],
    dbName: field.name.text,
    default: null,
    defaultMapName: null,
    isId: false,
    isUnique: false,
    isUpdatedAt: false,
    isIgnored: false,
    nativeType: null,
    writtenNativeType: null,
    isForeignKey: false,
    relation: null,
    documentation: documentation(field.docComments),
  };
}
