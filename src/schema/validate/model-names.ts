/** Rules across models: two models (or views) cannot map to one table; views need the `views` preview feature. */
import type { Generator } from '../model.js';
import type { Block } from '../syntax.js';
import { Codes } from './codes.js';
import type { ValidationContext } from './context.js';
import { msg } from './context.js';
import type { ModelDraft } from './draft.js';

export function checkTableNames(ctx: ValidationContext, models: readonly ModelDraft[]): void {
  const seen = new Map<string, ModelDraft>();
  for (const model of models) {
    const key = `${model.schema ?? ''}\u0000${model.dbName}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, model);
      continue;
    }
    const map = model.block.members.find((m) => m.kind === 'BlockAttributeLine' && m.attribute.name.text === 'map');
    ctx.error(
      Codes.duplicateTableName,
      `The model with database name "${model.dbName}" could not be defined because another model or view with this name exists: "${first.name}"`,
      map?.kind === 'BlockAttributeLine' ? map.attribute.span : model.block.name.span,
    );
  }
}

export function checkViewsEnabled(ctx: ValidationContext, blocks: readonly Block[], generators: readonly Generator[]): void {
  if (generators.some((g) => g.previewFeatures.includes('views'))) return;
  for (const block of blocks) {
    if (block.keyword === 'view') ctx.error(Codes.viewsNeedPreview, msg.validating('View definitions are only available with the `views` preview feature.'), block.span);
  }
}
