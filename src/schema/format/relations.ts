/**
 * Adds the relation fields Prisma's formatter writes in when only one side of a relation is written:
 *   - `author User @relation(fields: [authorId], ...)` on Post and nothing on User: User gets
 *     `posts Post[]` (or `post Post?` when the foreign key is unique);
 *   - `posts Post[]` on User and nothing on Post: Post gets `user User? @relation(fields: [userId],
 *     references: [id])` and `userId Int?`;
 *   - `post Post?` on User (no `fields`) and nothing on Post: the field gets `@relation(fields: [postId],
 *     references: [id])`, User gets `postId Int?`, Post gets `users User[]`;
 *   - a pair where the singular side has no `fields` gets them (on the lower model/field name when both
 *     sides are singular).
 * Names follow Prisma: the model's name with a lower-case first letter (made plural for a list: see
 * pluralize.ts), foreign keys that name + the referenced field capitalised. Like Prisma's, it is syntax-level: no name clash check,
 * and relations Prisma finds ambiguous (several candidate opposite fields) are left alone.
 */
import type { Span } from '../diagnostics.js';
import type { Argument, Arity, Attribute, Block, BlockMember, Field, SchemaFile } from '../syntax.js';
import { camelName, pluralize } from './pluralize.js';
import { emptySpan, relationArguments, relationAttribute, syntheticField } from './synthetic.js';

interface ModelInfo {
  readonly block: Block;
  /** The model's place among all models of all files. */
  readonly order: number;
  readonly fields: Field[];
  /** Fields replaced by a version with `fields`/`references` added. */
  readonly replaced: Map<Field, Field>;
  /** Fields added, in order; appended fields can be replaced too (pass 2 gives them foreign keys). */
  readonly appended: Field[];
  readonly span: Span;
}

const upperFirst = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

function relationAttributeOf(field: Field): Attribute | undefined {
  return field.attributes.find((a) => a.name.text === 'relation');
}

function relationName(field: Field): string {
  const args = relationAttributeOf(field)?.arguments?.arguments ?? [];
  const named = args.find((a) => (a.name === null || a.name.text === 'name') && a.value?.kind === 'StringLiteral');
  return named?.value?.kind === 'StringLiteral' ? named.value.value : '';
}

function argumentNames(field: Field, argument: string): string[] | null {
  const arg = relationAttributeOf(field)?.arguments?.arguments.find((a) => a.name?.text === argument);
  if (arg?.value?.kind !== 'ArrayExpression') return null;
  return arg.value.items.map((item) => (item.kind === 'ConstantValue' ? item.text : ''));
}

function blockAttributeFields(block: Block, name: string): string[][] {
  const out: string[][] = [];
  for (const member of block.members) {
    if (member.kind !== 'BlockAttributeLine' || member.attribute.name.text !== name) continue;
    const first = member.attribute.arguments?.arguments.find((a) => a.name === null || a.name.text === 'fields');
    if (first?.value?.kind !== 'ArrayExpression') continue;
    out.push(first.value.items.map((item) => (item.kind === 'ConstantValue' ? item.text : item.kind === 'FunctionCall' ? item.name.text : '')));
  }
  return out;
}

const hasAttribute = (field: Field, name: string) => field.attributes.some((a) => a.name.text === name);

/** The fields a relation to this model references: its id, else its first unique field. */
function referencedFields(info: ModelInfo): Field[] {
  const byName = (name: string) => info.fields.find((f) => f.name.text === name);
  const single = info.fields.find((f) => hasAttribute(f, 'id'));
  if (single) return [single];
  const compound = blockAttributeFields(info.block, 'id')[0];
  if (compound) return compound.map(byName).filter((f): f is Field => f !== undefined);
  const unique = info.fields.find((f) => hasAttribute(f, 'unique'));
  return unique ? [unique] : [];
}

function isUniqueSet(info: ModelInfo, names: readonly string[]): boolean {
  const same = (set: readonly string[]) => set.length === names.length && set.every((n) => names.includes(n));
  if (names.length === 1) {
    const field = info.fields.find((f) => f.name.text === names[0]);
    if (field && (hasAttribute(field, 'id') || hasAttribute(field, 'unique'))) return true;
  }
  return [...blockAttributeFields(info.block, 'id'), ...blockAttributeFields(info.block, 'unique')].some(same);
}

export function addMissingRelationFields(file: SchemaFile): SchemaFile {
  return addMissingRelationFieldsAcross([file])[0] ?? file;
}

/** The same over the files of a multi-file schema: a field is added in the file of its model. */
export function addMissingRelationFieldsAcross(files: readonly SchemaFile[]): SchemaFile[] {
  const models = new Map<string, ModelInfo>();
  for (const file of files) for (const item of file.items) {
    if (item.kind !== 'Block' || (item.keyword !== 'model' && item.keyword !== 'view')) continue;
    if (models.has(item.name.text)) continue;
    const fields = item.members.filter((m): m is Field => m.kind === 'Field');
    const span = emptySpan(file.source.path, item.span.end - 1);
    models.set(item.name.text, { block: item, order: models.size, fields, replaced: new Map(), appended: [], span });
  }
  if (!models.size) return [...files];

  const relationFieldCache = new Map<ModelInfo, Field[]>();
  const relationFields = (info: ModelInfo) => {
    let found = relationFieldCache.get(info);
    if (!found) {
      found = info.fields.filter((f) => f.type && !f.type.unsupported && models.has(f.type.name.text));
      relationFieldCache.set(info, found);
    }
    return found;
  };
  const opposites = (field: Field, owner: ModelInfo): Field[] => {
    const target = models.get(field.type?.name.text ?? '');
    if (!target) return [];
    return relationFields(target).filter((g) => g !== field && g.type?.name.text === owner.block.name.text && relationName(g) === relationName(field));
  };
  const current = (info: ModelInfo, field: Field) => info.replaced.get(field) ?? field;

  /** Gives the singular `field` of `owner` its foreign key to `target` (adds the scalar fields to `owner`). */
  const addForeignKey = (owner: ModelInfo, field: Field, target: ModelInfo) => {
    const refs = referencedFields(target);
    const keyNames = refs.map((r) => camelName(target.block.name.text) + upperFirst(r.name.text));
    const existing = current(owner, field);
    const args = relationArguments(keyNames, refs.map((r) => r.name.text), owner.span);
    const relation = relationAttributeOf(existing);
    const attributes = relation
      ? existing.attributes.map((a) => (a === relation ? withArguments(a, args) : a))
      : [...existing.attributes, relationAttribute(args, owner.span)];
    owner.replaced.set(field, { ...existing, attributes });
    const arity = field.type?.arity === 'optional' ? 'optional' : 'required';
    refs.forEach((ref, i) => addScalar(owner, keyNames[i] ?? '', ref.type?.name.text ?? 'Int', arity));
  };

  // Relations in Prisma's order: by the position of their forward field (the singular side of a pair;
  // the one field of a one-sided relation). Each adds its missing opposite field, then its foreign key.
  const relations: Relation[] = [];
  let position = 0;
  const positions = new Map<Field, number>();
  for (const owner of models.values()) for (const field of owner.fields) positions.set(field, position++);
  for (const owner of models.values()) {
    for (const field of relationFields(owner)) {
      const target = models.get(field.type?.name.text ?? '');
      if (!target || !field.type) continue;
      const others = opposites(field, owner);
      if (others.length === 0) {
        relations.push({ owner, field, target, other: null, at: positions.get(field) ?? 0 });
        continue;
      }
      const [other] = others;
      if (others.length !== 1 || !other?.type || opposites(other, target).length !== 1) continue;
      if (forwardSide(owner, field, target, other)) relations.push({ owner, field, target, other, at: positions.get(field) ?? 0 });
    }
  }
  relations.sort((a, b) => a.at - b.at);

  for (const { owner, field, target, other } of relations) {
    const ownerName = owner.block.name.text;
    const arity = field.type?.arity;
    const hasFields = argumentNames(field, 'fields') !== null;
    if (other) {
      // A written pair: the forward side gets its foreign key when it has none (not for many-to-many).
      if (!hasFields && argumentNames(other, 'fields') === null && !(arity === 'list' && other.type?.arity === 'list')) addForeignKey(owner, field, target);
    } else if (arity === 'list') {
      const refs = referencedFields(owner);
      const name = camelName(ownerName);
      const keys = refs.map((r) => name + upperFirst(r.name.text));
      const relation = relationAttribute(relationArguments(keys, refs.map((r) => r.name.text), target.span), target.span);
      target.appended.push(syntheticField(name, ownerName, refs.length ? 'optional' : 'required', [relation], target.span));
      refs.forEach((ref, i) => addScalar(target, keys[i] ?? '', ref.type?.name.text ?? 'Int', 'optional'));
    } else if (hasFields) {
      // Prisma adds nothing when `references` does not name distinct fields of the target.
      const references = argumentNames(field, 'references') ?? [];
      const known = new Set(target.fields.map((f) => f.name.text));
      if (new Set(references).size !== references.length || !references.every((r) => known.has(r))) continue;
      const unique = isUniqueSet(owner, argumentNames(field, 'fields') ?? []);
      target.appended.push(syntheticField(unique ? camelName(ownerName) : pluralize(camelName(ownerName)), ownerName, unique ? 'optional' : 'list', [], target.span));
    } else {
      target.appended.push(syntheticField(pluralize(camelName(ownerName)), ownerName, 'list', [], target.span));
      addForeignKey(owner, field, target);
    }
  }

  return files.map((file) => {
    const items = file.items.map((item) => {
      if (item.kind !== 'Block') return item;
      const info = models.get(item.name.text);
      if (!info || info.block !== item || (!info.appended.length && !info.replaced.size)) return item;
      const members: BlockMember[] = [...item.members, ...info.appended].map((m) => (m.kind === 'Field' ? (info.replaced.get(m) ?? m) : m));
      return { ...item, members };
    });
    return { ...file, items };
  });
}

/**
 * Adds a foreign-key scalar field unless the model was written with a field of that name (Prisma checks
 * the written fields only: two list fields without an opposite get the same key field twice).
 */
function addScalar(info: ModelInfo, name: string, type: string, arity: Arity): void {
  if (info.fields.some((f) => f.name.text === name)) return;
  info.appended.push(syntheticField(name, type, arity, [], info.span));
}

function withArguments(attribute: Attribute, args: readonly Argument[]): Attribute {
  const existing = attribute.arguments?.arguments ?? [];
  const span = attribute.span;
  return { ...attribute, arguments: { kind: 'ArgumentList', arguments: [...existing, ...args], trailingComma: null, span } };
}

interface Relation {
  readonly owner: ModelInfo;
  /** The forward field: the one that holds (or should hold) the foreign key. */
  readonly field: Field;
  readonly target: ModelInfo;
  /** The opposite field, `null` when it is missing. */
  readonly other: Field | null;
  /** The forward field's position in the file: the order Prisma handles relations in. */
  readonly at: number;
}

function comesFirst(owner: ModelInfo, field: Field, target: ModelInfo, other: Field): boolean {
  if (owner !== target) return owner.order < target.order;
  return field.span.start < other.span.start;
}

/** Is `field` the forward side of its pair with `other`? */
function forwardSide(owner: ModelInfo, field: Field, target: ModelInfo, other: Field): boolean {
  const list = field.type?.arity === 'list';
  const otherList = other.type?.arity === 'list';
  if (list !== otherList) return !list;
  if (list) return comesFirst(owner, field, target, other);
  const fields = relationHasFields(field);
  const otherFields = relationHasFields(other);
  if (fields !== otherFields) return fields;
  return lowerSide(owner, field, target, other);
}

function relationHasFields(field: Field): boolean {
  return argumentNames(field, 'fields') !== null;
}

/** Of two singular sides, the one whose model (then field) name sorts first holds the foreign key. */
function lowerSide(owner: ModelInfo, field: Field, target: ModelInfo, other: Field): boolean {
  const a = owner.block.name.text;
  const b = target.block.name.text;
  if (a !== b) return a < b;
  return field.name.text < other.name.text;
}
