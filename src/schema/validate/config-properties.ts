/** The `key = value` lines of a datasource or generator block, by name, with unknown and repeated keys reported. */
import type { Block, ConfigProperty } from '../syntax.js';
import { Codes } from './codes.js';
import type { ValidationContext } from './context.js';

/** `known` = null accepts any key (generators keep unknown keys for third-party generators). */
export function configProperties(ctx: ValidationContext, block: Block, known: readonly string[] | null): Map<string, ConfigProperty> {
  const out = new Map<string, ConfigProperty>();
  for (const member of block.members) {
    if (member.kind === 'ConfigProperty') {
      const name = member.name.text;
      if (known && !known.includes(name)) {
        ctx.error(Codes.configPropertyUnknown, `Property not known: "${name}".`, member.span);
        continue;
      }
      if (out.has(name)) {
        const where = block.keyword === 'datasource' ? 'source' : block.keyword;
        ctx.error(Codes.configPropertyDuplicate, `Key "${name}" is already defined in ${where} "${block.name.text}".`, member.name.span);
        continue;
      }
      out.set(name, member);
    } else if (member.kind === 'Field' || member.kind === 'BlockAttributeLine' || member.kind === 'EnumValue') {
      ctx.error(Codes.invalidConfigLine, `This line is not a valid definition within a ${block.keyword}.`, member.span);
    }
  }
  return out;
}
