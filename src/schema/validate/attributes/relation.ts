/**
 * Reading `@relation(name?, fields: [...], references: [...], map:, onDelete:, onUpdate:)` on a relation
 * field. Checks against the other side and the provider happen in relations/ once both fields are known.
 */
import type { ReferentialAction } from '../../model.js';
import type { Attribute } from '../../syntax.js';
import { readArgs } from '../args.js';
import { Codes } from '../codes.js';
import type { ValidationContext } from '../context.js';
import { msg } from '../context.js';
import type { RelationAttribute } from '../draft.js';
import { readConstant, readFieldRefs, readString } from '../expressions.js';

export const REFERENTIAL_ACTIONS: readonly ReferentialAction[] = ['Cascade', 'Restrict', 'NoAction', 'SetNull', 'SetDefault'];

export const NO_RELATION_ATTRIBUTE: RelationAttribute = {
  attribute: null,
  name: null,
  fields: null,
  references: null,
  fieldsSpan: null,
  referencesSpan: null,
  onDelete: null,
  onUpdate: null,
  onDeleteSpan: null,
  onUpdateSpan: null,
  map: null,
  mapSpan: null,
};

export function readRelationAttribute(ctx: ValidationContext, attribute: Attribute): RelationAttribute {
  const args = readArgs(ctx, attribute, ['name', 'fields', 'references', 'map', 'onDelete', 'onUpdate']);
  const nameValue = args.value('name');
  const mapValue = args.value('map');
  if (mapValue && ctx.provider && !ctx.capabilities.namedForeignKeys) {
    ctx.error(Codes.namedForeignKeyUnsupported, msg.attribute('@relation', 'Your provider does not support named foreign keys.'), attribute.span);
  }
  const action = (param: 'onDelete' | 'onUpdate'): ReferentialAction | null => {
    const value = args.value(param);
    if (!value) return null;
    const text = readConstant(ctx, value);
    if (text === null) return null;
    if ((REFERENTIAL_ACTIONS as readonly string[]).includes(text)) return text as ReferentialAction;
    ctx.error(Codes.referentialActionUnknown, msg.attribute('@relation', `Invalid referential action: \`${text}\``), value.span);
    return null;
  };
  return {
    attribute,
    name: nameValue ? readString(ctx, nameValue) : null,
    fields: args.has('fields') ? readFieldRefs(ctx, args.value('fields')) : null,
    references: args.has('references') ? readFieldRefs(ctx, args.value('references')) : null,
    fieldsSpan: args.value('fields')?.span ?? null,
    referencesSpan: args.value('references')?.span ?? null,
    onDelete: action('onDelete'),
    onUpdate: action('onUpdate'),
    onDeleteSpan: args.get('onDelete')?.span ?? null,
    onUpdateSpan: args.get('onUpdate')?.span ?? null,
    map: mapValue ? readString(ctx, mapValue) : null,
    mapSpan: args.get('map')?.span ?? null,
  };
}
