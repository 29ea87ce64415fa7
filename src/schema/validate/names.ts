/**
 * The names Prisma derives when the schema gives none: constraint and index names
 * (`User_pkey`, `User_email_key`, `Post_authorId_idx`, `Post_authorId_fkey`, truncated to the
 * provider's identifier length), relation names (`PostToUser`) and compound unique names (`slug_lang`).
 */

/**
 * `<table>_<columns>` cut so that, with the suffix, it fits in `limit` bytes (UTF-8, as databases count
 * identifier length), never splitting a character.
 */
function withSuffix(base: string, suffix: string, limit: number): string {
  const room = limit - Buffer.byteLength(suffix);
  if (Buffer.byteLength(base) <= room) return base + suffix;
  let cut = '';
  for (const char of base) {
    if (Buffer.byteLength(cut + char) > room) break;
    cut += char;
  }
  return cut + suffix;
}

export function primaryKeyName(table: string, limit: number): string {
  return withSuffix(table, '_pkey', limit);
}

export function uniqueName(table: string, columns: readonly string[], limit: number): string {
  return withSuffix(`${table}_${columns.join('_')}`, '_key', limit);
}

export function indexName(table: string, columns: readonly string[], limit: number): string {
  return withSuffix(`${table}_${columns.join('_')}`, '_idx', limit);
}

export function foreignKeyName(table: string, columns: readonly string[], limit: number): string {
  return withSuffix(`${table}_${columns.join('_')}`, '_fkey', limit);
}

/** `AToB`, the two model names in sorted order. */
export function relationName(modelA: string, modelB: string): string {
  return modelA < modelB ? `${modelA}To${modelB}` : `${modelB}To${modelA}`;
}

/** The client name of a compound unique or id: the field names joined by `_`. */
export function compoundName(fields: readonly string[]): string {
  return fields.join('_');
}
