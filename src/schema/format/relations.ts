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
 * pluralize.ts), foreign keys that name + the referenced field capitalised. Like Prisma's, it is
 * syntax-level: no name clash check, and relations Prisma finds ambiguous (several candidate opposite
 * fields) are left alone.
 */
import type { Argument, Arity, Attribute, BlockMember, Field, SchemaFile } from '../syntax.js';
import { camelName, pluralize } from './pluralize.js';
import type { ModelInfo } from './relation-model.js';
import { argumentNames, isUniqueSet, referencedFields, relationAttributeOf, upperFirst } from './relation-model.js';
import { collectRelations } from './relation-pairs.js';
import { emptySpan, relationArguments, relationAttribute, syntheticField } from './synthetic.js';

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

  // Each relation, in Prisma's order, adds its missing opposite field, then its foreign key.
  for (const { owner, field, target, other } of collectRelations(models)) {
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

/** Gives the singular `field` of `owner` its foreign key to `target` (adds the scalar fields to `owner`). */
function addForeignKey(owner: ModelInfo, field: Field, target: ModelInfo): void {
  const refs = referencedFields(target);
  const keyNames = refs.map((r) => camelName(target.block.name.text) + upperFirst(r.name.text));
  const existing = owner.replaced.get(field) ?? field;
  const args = relationArguments(keyNames, refs.map((r) => r.name.text), owner.span);
  const relation = relationAttributeOf(existing);
  const attributes = relation
    ? existing.attributes.map((a) => (a === relation ? withArguments(a, args) : a))
    : [...existing.attributes, relationAttribute(args, owner.span)];
  owner.replaced.set(field, { ...existing, attributes });
  const arity = field.type?.arity === 'optional' ? 'optional' : 'required';
  refs.forEach((ref, i) => addScalar(owner, keyNames[i] ?? '', ref.type?.name.text ?? 'Int', arity));
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
