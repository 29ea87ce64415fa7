/** `@shardKey` / `@@shardKey([...])` (PlanetScale): needs the `shardKeys` preview feature and MySQL. */
import type { Attribute } from '../../syntax.js';
import { Codes } from '../codes.js';
import type { ValidationContext } from '../context.js';
import { msg } from '../context.js';

export function checkShardKey(ctx: ValidationContext, attribute: Attribute): void {
  const label = `${attribute.isBlockAttribute ? '@@' : '@'}shardKey`;
  if (!ctx.previewFeatures.has('shardKeys')) {
    ctx.error(Codes.shardKeyNeedsPreview, msg.attribute(label, 'Defining shard keys requires enabling the `shardKeys` preview feature'), attribute.span);
  }
  if (ctx.provider && ctx.provider !== 'mysql') {
    ctx.error(Codes.shardKeyUnsupported, msg.attribute(label, `Shard keys are not currently supported for provider ${ctx.provider}`), attribute.span);
  }
}
