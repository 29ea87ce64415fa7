/** `@@schema("…")` (multiSchema): the name must be one of the datasource's `schemas`; with `schemas`, every model and enum needs one. */
import type { Attribute, Block } from '../../syntax.js';
import { readArgs } from '../args.js';
import { Codes } from '../codes.js';
import type { ValidationContext } from '../context.js';
import { msg } from '../context.js';
import { readString } from '../expressions.js';

export function readSchemaAttribute(ctx: ValidationContext, attribute: Attribute | undefined, block: Block, kind: 'model' | 'enum'): string | null {
  if (!attribute) {
    if (ctx.schemas && ctx.schemas.length > 0) {
      const text = `This ${kind === 'model' ? 'model' : 'enum'} is missing an \`@@schema\` attribute.`;
      ctx.error(Codes.schemaMissing, kind === 'model' ? msg.model(block.name.text, text) : msg.validating(text), block.span);
    }
    return null;
  }
  const args = readArgs(ctx, attribute, ['name'], ['name']);
  const value = args.value('name');
  const name = readString(ctx, value);
  if (name === null) return null;
  if (!ctx.schemas?.includes(name)) {
    ctx.error(Codes.schemaNotDefined, 'This schema is not defined in the datasource. Read more on `@@schema` at https://pris.ly/d/multi-schema', value?.span ?? attribute.span);
  }
  return name;
}
