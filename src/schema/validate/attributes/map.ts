/** `@map("…")` and `@@map("…")`: the database name of a field, enum value, model or enum. */
import type { Attribute } from '../../syntax.js';
import { readArgs } from '../args.js';
import type { ValidationContext } from '../context.js';
import { readString } from '../expressions.js';

export function readMapName(ctx: ValidationContext, attribute: Attribute): string | null {
  const args = readArgs(ctx, attribute, ['name'], ['name']);
  return readString(ctx, args.value('name'));
}
