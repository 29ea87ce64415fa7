/** `@updatedAt`: only on a single DateTime field. */
import type { Attribute } from '../../syntax.js';
import { readArgs } from '../args.js';
import { Codes } from '../codes.js';
import type { ValidationContext } from '../context.js';
import { msg } from '../context.js';
import type { FieldDraft } from '../draft.js';

export function applyUpdatedAt(ctx: ValidationContext, field: FieldDraft, attribute: Attribute): void {
  readArgs(ctx, attribute, []);
  if (field.kind !== 'scalar' || field.type !== 'DateTime') {
    ctx.error(Codes.updatedAtNotDateTime, msg.attribute('@updatedAt', 'Fields that are marked with @updatedAt must be of type DateTime.'), attribute.span);
    return;
  }
  if (field.isList) {
    ctx.error(Codes.updatedAtNotDateTime, msg.attribute('@updatedAt', 'Fields that are marked with @updatedAt cannot be lists.'), attribute.span);
    return;
  }
  field.isUpdatedAt = true;
}
