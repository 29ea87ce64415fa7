/** `model` and `view` blocks: fields, field attributes, then the block attributes (`@@id`, `@@unique`, `@@index`, `@@map`, …). */
import type { Attribute, Block } from '../syntax.js';
import { applyBlockId, applyBlockIndex, applyBlockUnique } from './attributes/constraints.js';
import { readMapName } from './attributes/map.js';
import { checkAttributeList, findAttribute, MODEL_BLOCK_ATTRIBUTES } from './attributes/registry.js';
import { readSchemaAttribute } from './attributes/schema.js';
import { checkShardKey } from './attributes/shard-key.js';
import { readArgs } from './args.js';
import { Codes } from './codes.js';
import type { ValidationContext } from './context.js';
import { msg } from './context.js';
import { documentation } from './documentation.js';
import type { ModelDraft } from './draft.js';
import { applyFieldAttributes } from './field-attributes.js';
import { readModelFields } from './model-fields.js';

export function validateModel(ctx: ValidationContext, block: Block, datasourceName: string | null): ModelDraft {
  const fields = readModelFields(ctx, block);
  const byName = new Map(fields.map((f) => [f.name, f]));
  const model: ModelDraft = {
    block,
    name: block.name.text,
    kind: block.keyword === 'view' ? 'view' : 'model',
    dbName: block.name.text,
    schema: null,
    fields,
    byName,
    unresolvedFields: unresolvedFields(block, byName),
    primaryKey: null,
    uniques: [],
    indexes: [],
    isIgnored: false,
    hasRepeatedAttributes: false,
    documentation: documentation(block.docComments),
  };
  for (const field of fields) applyFieldAttributes(ctx, model, field, datasourceName);
  // Two fields mapped to one column.
  const columns = new Set<string>();
  for (const field of fields) {
    if (field.kind === 'relation') continue;
    if (columns.has(field.dbName)) ctx.error(Codes.duplicateField, `Field "${field.name}" is already defined on model "${model.name}".`, field.node.span);
    columns.add(field.dbName);
  }

  const lines: Attribute[] = [];
  for (const member of block.members) if (member.kind === 'BlockAttributeLine') lines.push(member.attribute);
  const attributes = checkAttributeList(ctx, lines, MODEL_BLOCK_ATTRIBUTES, () => (model.hasRepeatedAttributes = true));
  for (const attribute of attributes) {
    switch (attribute.name.text) {
      case 'id':
        applyBlockId(ctx, model, attribute);
        break;
      case 'unique':
        applyBlockUnique(ctx, model, attribute);
        break;
      case 'index':
        applyBlockIndex(ctx, model, attribute, false);
        break;
      case 'fulltext':
        applyBlockIndex(ctx, model, attribute, true);
        break;
      case 'map': {
        const mapped = readMapName(ctx, attribute);
        if (mapped !== null) model.dbName = mapped;
        break;
      }
      case 'ignore':
        readArgs(ctx, attribute, []);
        model.isIgnored = true;
        break;
      case 'shardKey':
        readArgs(ctx, attribute, ['fields'], ['fields']);
        checkShardKey(ctx, attribute);
        break;
      default:
        break;
    }
  }
  model.schema = readSchemaAttribute(ctx, findAttribute(attributes, 'schema'), block, 'model');
  if (model.isIgnored) {
    for (const field of fields) {
      const ignore = findAttribute(field.attributes, 'ignore');
      if (ignore) ctx.error(Codes.ignoreInIgnoredModel, msg.attribute('@ignore', 'Fields on an already ignored Model do not need an `@ignore` annotation.'), field.node.span);
    }
  }
  return model;
}

/** Fields written with a type that did not resolve (left out of the draft, already reported). */
function unresolvedFields(block: Block, resolved: ReadonlyMap<string, unknown>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const member of block.members) {
    if (member.kind === 'Field' && member.type && !resolved.has(member.name.text)) out.add(member.name.text);
  }
  return out;
}
