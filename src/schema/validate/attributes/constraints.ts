/**
 * The key and index family: `@id`, `@unique` on a field; `@@id`, `@@unique`, `@@index`, `@@fulltext` on
 * a model. Records constraint drafts on the model; names are derived later (names.ts).
 */
import type { Span } from '../../diagnostics.js';
import type { IndexAlgorithm, IndexField } from '../../model.js';
import type { Attribute } from '../../syntax.js';
import type { AttributeArgs } from '../args.js';
import { readArgs } from '../args.js';
import { Codes } from '../codes.js';
import type { ValidationContext } from '../context.js';
import { msg } from '../context.js';
import type { FieldDraft, ModelDraft } from '../draft.js';
import { readBoolean, readConstant, readInteger, readString } from '../expressions.js';
import { readConstraintFields } from './index-fields.js';

const ALGORITHMS: readonly IndexAlgorithm[] = ['BTree', 'Hash', 'Gist', 'Gin', 'SpGist', 'Brin'];

function argSpans(args: AttributeArgs): { map?: Span; name?: Span } {
  const map = args.get('map')?.span;
  const name = args.get('name')?.span;
  return { ...(map ? { map } : {}), ...(name ? { name } : {}) };
}

function readMap(ctx: ValidationContext, args: AttributeArgs): string | null {
  const value = args.value('map');
  return value ? readString(ctx, value) : null;
}

function readClustered(ctx: ValidationContext, args: AttributeArgs): boolean | null {
  const value = args.value('clustered');
  if (!value) return null;
  const clustered = readBoolean(ctx, value);
  if (clustered !== null && ctx.provider && ctx.provider !== 'sqlserver') {
    ctx.error(Codes.clusteringUnsupported, msg.attribute(args.label, 'Defining clustering is not supported in the current connector.'), args.attribute.span);
  }
  return clustered;
}

/** Field-level `sort:` and `length:` (`@id(sort: Desc)`, `@unique(length: 10)`). */
function fieldLevelIndexField(ctx: ValidationContext, field: FieldDraft, args: AttributeArgs): IndexField {
  const sortValue = args.value('sort');
  let sort: IndexField['sort'] = null;
  if (sortValue) {
    const text = readConstant(ctx, sortValue);
    if (text === 'Asc' || text === 'Desc') sort = text;
    else if (text !== null) ctx.error(Codes.invalidSortOrder, 'Unexpected token. Expected one of: Asc, Desc', sortValue.span);
  }
  const lengthValue = args.value('length');
  const length = lengthValue ? readInteger(ctx, lengthValue) : null;
  return { name: field.name, sort, length, ops: null };
}

function checkNamedPrimaryKey(ctx: ValidationContext, model: ModelDraft, map: string | null): void {
  if (map !== null && ctx.provider && !ctx.capabilities.namedPrimaryKeys) {
    ctx.error(Codes.namedPrimaryKeyUnsupported, msg.model(model.name, 'You defined a database name for the primary key on the model. This is not supported by the provider.'), model.block.span);
  }
}

export function applyFieldId(ctx: ValidationContext, model: ModelDraft, field: FieldDraft, attribute: Attribute): void {
  const args = readArgs(ctx, attribute, ['map', 'length', 'sort', 'clustered']);
  const map = readMap(ctx, args);
  checkNamedPrimaryKey(ctx, model, map);
  field.isId = true;
  if (model.primaryKey) {
    ctx.error(Codes.multipleIds, msg.model(model.name, 'At most one field must be marked as the id field with the `@id` attribute.'), model.block.span);
    return;
  }
  model.primaryKey = {
    name: null,
    map,
    fields: [fieldLevelIndexField(ctx, field, args)],
    clustered: readClustered(ctx, args),
    isFieldLevel: true,
    span: attribute.span,
    argSpans: argSpans(args),
  };
}

export function applyFieldUnique(ctx: ValidationContext, model: ModelDraft, field: FieldDraft, attribute: Attribute): void {
  const args = readArgs(ctx, attribute, ['map', 'length', 'sort', 'clustered']);
  field.isUnique = true;
  model.uniques.push({
    name: null,
    map: readMap(ctx, args),
    fields: [fieldLevelIndexField(ctx, field, args)],
    clustered: readClustered(ctx, args),
    isFieldLevel: true,
    span: attribute.span,
    argSpans: argSpans(args),
  });
}

export function applyBlockId(ctx: ValidationContext, model: ModelDraft, attribute: Attribute): void {
  const args = readArgs(ctx, attribute, ['fields', 'name', 'map', 'clustered'], ['fields']);
  const fields = readConstraintFields(ctx, model, attribute, args.value('fields'), 'id');
  if (!fields) {
    // Prisma stops reading a broken `@@id` at its fields: the other arguments are reported as unknown.
    for (const other of ['name', 'map', 'clustered']) {
      const arg = args.get(other);
      if (arg) ctx.error(Codes.unknownArgument, 'No such argument.', arg.span);
    }
    // It still counts as the model's id (no "missing unique criterion" on top).
    model.primaryKey ??= { name: null, map: null, fields: [], clustered: null, isFieldLevel: false, span: attribute.span };
    return;
  }
  const map = readMap(ctx, args);
  checkNamedPrimaryKey(ctx, model, map);
  const nameValue = args.value('name');
  const name = nameValue ? readString(ctx, nameValue) : null;
  const clustered = readClustered(ctx, args);
  if (ctx.provider === 'mongodb' && fields.length > 1) {
    ctx.error(Codes.compoundIdUnsupported, msg.model(model.name, 'The current connector does not support compound ids.'), attribute.span);
  }
  if (model.primaryKey) {
    // The `@@id` wins (as in Prisma): its fields are the ones the other rules check.
    ctx.error(
      Codes.multipleIds,
      msg.model(model.name, "Each model must have at most one id criteria. You can't have `@id` and `@@id` at the same time."),
      model.block.span,
    );
  }
  for (const f of fields) {
    const draft = model.byName.get(f.name);
    if (draft) draft.isId = true;
  }
  model.primaryKey = { name, map, fields, clustered, isFieldLevel: false, span: attribute.span, argSpans: argSpans(args) };
}

export function applyBlockUnique(ctx: ValidationContext, model: ModelDraft, attribute: Attribute): void {
  const args = readArgs(ctx, attribute, ['fields', 'name', 'map', 'clustered'], ['fields']);
  const fields = readConstraintFields(ctx, model, attribute, args.value('fields'), 'unique index');
  const nameValue = args.value('name');
  const name = nameValue ? readString(ctx, nameValue) : null;
  const map = readMap(ctx, args);
  const clustered = readClustered(ctx, args);
  if (!fields) return;
  // A single-field `@@unique([x])` makes `x` unique just like `@unique` (Prisma's DMMF says so too).
  const only = fields.length === 1 ? model.byName.get(fields[0]?.name ?? '') : undefined;
  if (only) only.isUnique = true;
  model.uniques.push({ name, map, fields, clustered, isFieldLevel: false, span: attribute.span, argSpans: argSpans(args) });
}

export function applyBlockIndex(ctx: ValidationContext, model: ModelDraft, attribute: Attribute, fulltext: boolean): void {
  const params = fulltext ? ['fields', 'map'] : ['fields', 'name', 'map', 'type', 'clustered', 'where'];
  const args = readArgs(ctx, attribute, params, ['fields']);
  const fields = readConstraintFields(ctx, model, attribute, args.value('fields'), 'index');
  const nameValue = args.value('name');
  const name = nameValue ? readString(ctx, nameValue) : null;
  const map = readMap(ctx, args);
  if (name !== null && map !== null) {
    ctx.error(
      Codes.indexNameAndMap,
      msg.attribute(
        '@index',
        'The `@@index` attribute accepts the `name` argument as an alias for the `map` argument for legacy reasons. It does not accept both though. Please use the `map` argument to specify the database name of the index.',
      ),
      attribute.span,
    );
  }
  const clustered = readClustered(ctx, args);
  let algorithm: IndexAlgorithm | null = null;
  const typeValue = args.value('type');
  if (typeValue) {
    const text = readConstant(ctx, typeValue);
    if (text !== null && (ALGORITHMS as readonly string[]).includes(text)) {
      algorithm = text as IndexAlgorithm;
      if (ctx.provider && !ctx.capabilities.indexAlgorithms.includes(algorithm)) {
        ctx.error(Codes.unknownIndexType, msg.attribute('@@index', 'The given index type is not supported with the current connector'), args.get('type')?.span ?? attribute.span);
      }
    } else if (text !== null) ctx.error(Codes.unknownIndexType, msg.attribute('@index', `Unknown index type: ${text}.`), attribute.span);
  }
  const whereValue = args.value('where');
  let where: string | null = null;
  if (whereValue?.kind === 'FunctionCall' && whereValue.name.text === 'raw') {
    const first = whereValue.arguments.arguments[0]?.value;
    where = first?.kind === 'StringLiteral' ? first.value : null;
  } else if (whereValue) where = readString(ctx, whereValue);
  if (fulltext && ctx.provider && ctx.provider !== 'mysql' && ctx.provider !== 'mongodb') {
    ctx.error(Codes.fulltextUnsupported, msg.model(model.name, 'Defining fulltext indexes is not supported with the current connector.'), attribute.span);
  }
  if (!fields) return;
  if (algorithm === 'Gin' && ctx.provider && ctx.capabilities.indexAlgorithms.includes('Gin')) {
    // GIN indexes lists and JSON (and database types Prisma does not model).
    const bad = fields.find((f) => {
      const field = model.byName.get(f.name);
      return field !== undefined && !field.isList && field.type !== 'Json' && field.kind !== 'unsupported';
    });
    if (bad) ctx.error(Codes.unknownIndexType, msg.attribute('@@index', `The Gin index type does not support the type of the field \`${bad.name}\`.`), attribute.span);
  }
  // `name:` on an index is a legacy alias of `map:` (the database name).
  model.indexes.push({ kind: fulltext ? 'fulltext' : 'normal', name, map: map ?? name, fields, clustered, isFieldLevel: false, algorithm, where, span: attribute.span, argSpans: argSpans(args) });
}
