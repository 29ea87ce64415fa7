/**
 * Create and update inputs, checked (relations) and unchecked (foreign keys), plus the "without"
 * variants a nested write through a relation uses (`PostCreateWithoutAuthorInput`: a post created
 * from its author, so without the `author` field or its foreign key).
 *
 * Data is `Checked | Unchecked`, never a mix: each form declares the other's own fields as
 * `?: never`. That is Prisma's `XOR`, written out by the generator, so the checker instantiates
 * nothing for it.
 */
import type { ModelInfo, RelationInfo } from '../model-info.js';
import { rt, typeNames as t } from '../names.js';
import { createType, updateType } from '../scalar-types.js';
import { alias, iface, NEVER, optional, prop, ref, union } from '../ts/build.js';
import type { DeclarationNode, PropertyNode, TypeNode } from '../ts/nodes.js';
import type { ScalarField } from '../../schema/model.js';

interface Variant {
  /** Checked inputs set relations with nested writes; unchecked ones set foreign keys directly. */
  readonly checked: boolean;
  /** The relation the write comes through (left out, with its foreign key). */
  readonly without: RelationInfo | null;
}

function xor(a: string, b: string): TypeNode {
  return union(ref(a), ref(b));
}

/** The other form's own fields, as `?: never`: foreign keys in a checked input, relations in an unchecked one. */
function excluded(info: ModelInfo, variant: Variant): PropertyNode[] {
  const withoutKeys = new Set(variant.without ? (info.foreignKeysOf.get(variant.without.field.name) ?? []) : []);
  const names = variant.checked
    ? info.scalars.filter((f) => info.foreignKeys.has(f.name) && !withoutKeys.has(f.name)).map((f) => f.name)
    : info.relations.filter((r) => r.holdsForeignKey && r !== variant.without).map((r) => r.field.name);
  const doc = variant.checked ? 'Set through its relation in this form (or use the unchecked form).' : 'Set the foreign key instead in this form (or use the checked form).';
  return names.map((name) => optional(name, NEVER, doc));
}

/** `@default(autoincrement())`: set by the database; only unchecked inputs may write it (as in Prisma). */
function isAutoincrement(f: ScalarField): boolean {
  return f.default?.kind === 'function' && f.default.name === 'autoincrement';
}

function includedScalars(info: ModelInfo, variant: Variant): ScalarField[] {
  const withoutKeys = new Set(variant.without ? (info.foreignKeysOf.get(variant.without.field.name) ?? []) : []);
  return info.scalars.filter((f) => !withoutKeys.has(f.name) && !(variant.checked && (info.foreignKeys.has(f.name) || isAutoincrement(f))));
}

function includedRelations(info: ModelInfo, variant: Variant): RelationInfo[] {
  return info.relations.filter((r) => r !== variant.without && (variant.checked || !r.holdsForeignKey));
}

function isCreateRequired(f: ScalarField): boolean {
  return f.isRequired && !f.isList && f.default === null && !f.isUpdatedAt;
}

/** The related model's "without back field" create data. */
function nestedCreateData(r: RelationInfo): TypeNode {
  return xor(t.createWithout(r.field.type, r.backField.name), t.uncheckedCreateWithout(r.field.type, r.backField.name));
}

/** What a nested create through `r` accepts (create, connect, connectOrCreate, createMany). */
function nestedCreateType(r: RelationInfo): TypeNode {
  const related = r.field.type;
  const where = ref(t.whereUnique(related));
  if (!r.field.isList) return ref(rt('CreateNestedOneInput'), nestedCreateData(r), where);
  const createMany = r.isManyToMany ? NEVER : ref(t.createManyWithout(related, r.backField.name));
  return ref(rt('CreateNestedManyInput'), nestedCreateData(r), where, createMany);
}

/** Prisma's name for it (`PostCreateNestedManyWithoutAuthorInput`), declared once per relation field. */
function nestedCreate(r: RelationInfo): TypeNode {
  return ref(t.createNested(r.field.type, r.field.isList, r.backField.name));
}

function nestedUpdateType(r: RelationInfo): TypeNode {
  const related = r.field.type;
  const back = r.backField.name;
  const where = ref(t.whereUnique(related));
  const update = xor(t.updateWithout(related, back), t.uncheckedUpdateWithout(related, back));
  if (!r.field.isList) {
    return ref(rt(r.field.isRequired ? 'UpdateNestedOneInput' : 'UpdateNestedOptionalOneInput'), nestedCreateData(r), where, update, ref(t.where(related)));
  }
  const createMany = r.isManyToMany ? NEVER : ref(t.createManyWithout(related, back));
  const updateMany = xor(t.updateMany(related), t.uncheckedUpdateManyWithout(related, back));
  return ref(rt('UpdateNestedManyInput'), nestedCreateData(r), where, createMany, update, updateMany, ref(t.scalarWhere(related)));
}

/** Prisma's name for it (`PostUpdateManyWithoutAuthorNestedInput`), declared once per relation field. */
function nestedUpdate(r: RelationInfo): TypeNode {
  return ref(nestedUpdateName(r));
}

function nestedUpdateName(r: RelationInfo): string {
  const kind = r.field.isList ? 'Many' : r.field.isRequired ? 'OneRequired' : 'One';
  return t.updateNested(r.field.type, kind, r.backField.name);
}

/**
 * The scalars every create/update form has (neither foreign keys nor autoincrement ids): declared once
 * per model in a base interface that the forms extend, so each form spells out only what it adds.
 */
function isShared(info: ModelInfo, f: ScalarField): boolean {
  return !info.foreignKeys.has(f.name) && !isAutoincrement(f);
}

/** The scalars a form adds to the shared ones (the ids and foreign keys an unchecked form sets). */
function ownScalars(info: ModelInfo, variant: Variant): ScalarField[] {
  return includedScalars(info, variant).filter((f) => !isShared(info, f));
}

function createScalar(f: ScalarField, withDoc: boolean): PropertyNode {
  return prop(f.name, createType(f), { optional: !isCreateRequired(f), doc: withDoc ? f.documentation : null });
}

function createProps(info: ModelInfo, variant: Variant): PropertyNode[] {
  return [
    ...ownScalars(info, variant).map((f) => createScalar(f, true)),
    ...includedRelations(info, variant).map((r) =>
      prop(r.field.name, nestedCreate(r), { optional: !(variant.checked && r.holdsForeignKey && r.field.isRequired), doc: r.field.documentation }),
    ),
    ...excluded(info, variant),
  ];
}

function updateProps(info: ModelInfo, variant: Variant): PropertyNode[] {
  return [
    ...ownScalars(info, variant).map((f) => optional(f.name, updateType(f), f.documentation)),
    ...includedRelations(info, variant).map((r) => optional(r.field.name, nestedUpdate(r), r.field.documentation)),
    ...excluded(info, variant),
  ];
}

function createManyProps(info: ModelInfo, without: RelationInfo | null): PropertyNode[] {
  return ownScalars(info, { checked: false, without }).map((f) => createScalar(f, false));
}

function updateManyProps(info: ModelInfo, variant: Variant): PropertyNode[] {
  return ownScalars(info, variant).map((f) => optional(f.name, updateType(f)));
}

export function writeInputs(info: ModelInfo): DeclarationNode[] {
  const name = info.model.name;
  const checked: Variant = { checked: true, without: null };
  const unchecked: Variant = { checked: false, without: null };
  const shared = info.scalars.filter((f) => isShared(info, f));
  // The update base is Prisma's own `UpdateManyMutationInput`: exactly the shared scalars.
  const createBase = { extends: [ref(t.createFields(name))] };
  const updateBase = { extends: [ref(t.updateMany(name))] };
  const out: DeclarationNode[] = [
    iface(t.createFields(name), shared.map((f) => createScalar(f, true))),
    iface(t.create(name), createProps(info, checked), createBase),
    iface(t.uncheckedCreate(name), createProps(info, unchecked), createBase),
    iface(t.createMany(name), createManyProps(info, null), createBase),
    iface(t.updateMany(name), shared.map((f) => optional(f.name, updateType(f), f.documentation))),
    iface(t.update(name), updateProps(info, checked), updateBase),
    iface(t.uncheckedUpdate(name), updateProps(info, unchecked), updateBase),
    iface(t.uncheckedUpdateMany(name), updateManyProps(info, unchecked), updateBase),
  ];
  for (const r of info.relations) {
    const f = r.field.name;
    out.push(
      alias(t.createNested(r.field.type, r.field.isList, r.backField.name), nestedCreateType(r)),
      alias(nestedUpdateName(r), nestedUpdateType(r)),
    );
    out.push(
      iface(t.createWithout(name, f), createProps(info, { checked: true, without: r }), createBase),
      iface(t.uncheckedCreateWithout(name, f), createProps(info, { checked: false, without: r }), createBase),
      iface(t.updateWithout(name, f), updateProps(info, { checked: true, without: r }), updateBase),
      iface(t.uncheckedUpdateWithout(name, f), updateProps(info, { checked: false, without: r }), updateBase),
      iface(t.uncheckedUpdateManyWithout(name, f), updateManyProps(info, { checked: false, without: r }), updateBase),
    );
    if (r.holdsForeignKey && !r.field.isList && r.backField.isList) out.push(iface(t.createManyWithout(name, f), createManyProps(info, r), createBase));
  }
  return out;
}
