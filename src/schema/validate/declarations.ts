/**
 * Top-level declarations from every file: which blocks exist, by kind and name. Reports duplicate names
 * (models, views, enums and composite types share one namespace) and reserved names.
 */
import type { SchemaFile, Block } from '../syntax.js';
import { SCALAR_TYPES } from '../model.js';
import { Codes } from './codes.js';
import type { ValidationContext } from './context.js';
import { msg } from './context.js';
import { RESERVED_MODEL_NAMES } from './reserved-names.js';

export interface CollectedBlocks {
  readonly datasources: readonly Block[];
  readonly generators: readonly Block[];
  /** Models and views, first declaration of each name only. */
  readonly models: readonly Block[];
  readonly enums: readonly Block[];
  readonly compositeTypes: readonly Block[];
}

const KIND_WORD: Readonly<Record<string, string>> = { model: 'model', view: 'view', enum: 'enum', type: 'composite type' };

export function collectDeclarations(ctx: ValidationContext, files: readonly SchemaFile[]): CollectedBlocks {
  const datasources: Block[] = [];
  const generators: Block[] = [];
  const models: Block[] = [];
  const enums: Block[] = [];
  const compositeTypes: Block[] = [];
  const typeNames = new Map<string, Block>();
  const generatorNames = new Set<string>();
  for (const file of files) {
    for (const item of file.items) {
      if (item.kind !== 'Block') continue;
      const name = item.name.text;
      if (item.keyword === 'datasource') {
        datasources.push(item);
        continue;
      }
      if (item.keyword === 'generator') {
        if (generatorNames.has(name)) {
          ctx.error(Codes.duplicateDeclaration, `The generator "${name}" cannot be defined because a generator with that name already exists.`, item.name.span);
          continue;
        }
        generatorNames.add(name);
        generators.push(item);
        continue;
      }
      const word = KIND_WORD[item.keyword] ?? item.keyword;
      if ((SCALAR_TYPES as readonly string[]).includes(name)) {
        ctx.error(Codes.reservedName, `"${name}" is a reserved scalar type name and cannot be used.`, item.name.span);
        continue;
      }
      const existing = typeNames.get(name);
      if (existing) {
        const existingWord = KIND_WORD[existing.keyword] ?? existing.keyword;
        ctx.error(Codes.duplicateDeclaration, `The ${word} "${name}" cannot be defined because a ${existingWord} with that name already exists.`, item.name.span);
        continue;
      }
      typeNames.set(name, item);
      if ((item.keyword === 'model' || item.keyword === 'view') && RESERVED_MODEL_NAMES.has(name)) {
        ctx.error(
          Codes.reservedName,
          msg.model(name, `The model name \`${name}\` is invalid. It is a reserved name. Please change it. Read more at https://pris.ly/d/naming-models`),
          item.span,
        );
      }
      if (item.keyword === 'model' || item.keyword === 'view') models.push(item);
      else if (item.keyword === 'enum') enums.push(item);
      else compositeTypes.push(item);
    }
  }
  ctx.declarations = {
    models: new Map(models.map((b) => [b.name.text, b])),
    enums: new Map(enums.map((b) => [b.name.text, b])),
    compositeTypes: new Map(compositeTypes.map((b) => [b.name.text, b])),
  };
  return { datasources, generators, models, enums, compositeTypes };
}
