/** `enum` blocks: values (no duplicates, `@map`), `@@map`, `@@schema`, and the provider's enum support. */
import type { Enum, EnumValue } from '../model.js';
import type { Block } from '../syntax.js';
import { checkAttributeList, ENUM_BLOCK_ATTRIBUTES, ENUM_VALUE_ATTRIBUTES, findAttribute } from './attributes/registry.js';
import { readMapName } from './attributes/map.js';
import { readSchemaAttribute } from './attributes/schema.js';
import { Codes } from './codes.js';
import type { ValidationContext } from './context.js';
import { msg } from './context.js';
import { documentation } from './documentation.js';

export function validateEnum(ctx: ValidationContext, block: Block): Enum {
  const name = block.name.text;
  if (ctx.provider && !ctx.capabilities.enums) {
    ctx.error(Codes.enumUnsupported, msg.validating(`You defined the enum \`${name}\`. But the current connector does not support enums.`), block.span);
  }
  const values: EnumValue[] = [];
  const seen = new Set<string>();
  const blockAttributes = [];
  for (const member of block.members) {
    if (member.kind === 'EnumValue') {
      const valueName = member.name.text;
      const attrs = checkAttributeList(ctx, member.attributes, ENUM_VALUE_ATTRIBUTES);
      if (seen.has(valueName)) {
        ctx.error(Codes.duplicateEnumValue, `Value "${valueName}" is already defined on enum "${name}".`, member.span);
        continue;
      }
      seen.add(valueName);
      const map = findAttribute(attrs, 'map');
      values.push({ name: valueName, dbName: (map && readMapName(ctx, map)) ?? valueName, documentation: documentation(member.docComments) });
    } else if (member.kind === 'BlockAttributeLine') {
      blockAttributes.push(member.attribute);
    } else if (member.kind === 'Field' || member.kind === 'ConfigProperty') {
      ctx.error(Codes.invalidMember, msg.validating('This line is not an enum value definition.'), member.span);
    }
  }
  if (values.length === 0 && seen.size === 0) {
    ctx.error(Codes.enumEmpty, msg.validating('An enum must have at least one value.'), block.span);
  }
  const attrs = checkAttributeList(ctx, blockAttributes, ENUM_BLOCK_ATTRIBUTES);
  const map = findAttribute(attrs, 'map');
  const schemaAttr = findAttribute(attrs, 'schema');
  const schema = readSchemaAttribute(ctx, schemaAttr, block, 'enum');
  return { name, dbName: (map && readMapName(ctx, map)) ?? name, values, schema, documentation: documentation(block.docComments), span: block.span };
}
