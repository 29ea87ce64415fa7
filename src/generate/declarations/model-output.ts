/** The model type (`User`), its payload (`$UserPayload`) and its aggregate result types. */
import type { ModelInfo } from '../model-info.js';
import { rt, typeNames as t } from '../names.js';
import { avgType, fieldValueType, isNumeric, isOrderable, minMaxType, outputType, sumType } from '../scalar-types.js';
import { alias, array, iface, NULL, object, prop, ref, str, union } from '../ts/build.js';
import type { DeclarationNode } from '../ts/nodes.js';

/** `export interface User { ... }`: the row as returned by default, with the schema's `///` docs. */
export function modelType(info: ModelInfo): DeclarationNode {
  const doc = info.model.documentation ?? `Model ${info.model.name}`;
  return iface(
    info.model.name,
    info.scalars.map((f) => prop(f.name, outputType(f), { doc: f.documentation })),
    { doc },
  );
}

/**
 * The payload names the model type from inside `namespace Prisma`, where a model called like one of
 * the namespace's own members (`Result`, `Args`, `Decimal`...) would be shadowed: such a model is named
 * through a self-import instead.
 */
export function payloadType(info: ModelInfo, shadowed: ReadonlySet<string>): DeclarationNode {
  const name = info.model.name;
  const objects = info.relations.map(({ field }) => {
    const related = ref(t.payload(field.type));
    return prop(field.name, field.isList ? array(related) : field.isRequired ? related : union(related, NULL));
  });
  const model = shadowed.has(name) ? `import("./index.js").${name}` : name;
  return iface(t.payload(name), [prop('name', str(name)), prop('scalars', ref(model)), prop('objects', object(objects))]);
}

/** `UserFieldRefs`: `prisma.user.fields.email` is a `FieldRef<string>`. */
export function fieldRefs(info: ModelInfo): DeclarationNode {
  return iface(
    t.fieldRefs(info.model.name),
    info.scalars.map((f) => prop(f.name, ref(rt('FieldRef'), fieldValueType(f)), { readonly: true })),
  );
}

export function aggregateOutputTypes(info: ModelInfo): DeclarationNode[] {
  const name = info.model.name;
  const numeric = info.scalars.filter(isNumeric);
  const orderable = info.scalars.filter(isOrderable);
  return [
    iface(t.avg(name), numeric.map((f) => prop(f.name, avgType(f)))),
    iface(t.sum(name), numeric.map((f) => prop(f.name, sumType(f)))),
    iface(t.min(name), orderable.map((f) => prop(f.name, minMaxType(f)))),
    iface(t.max(name), [], { extends: [ref(t.min(name))] }),
  ];
}

/**
 * `UserScalarFieldEnum`: the union of scalar field names (a type only: the runtime's `Prisma` object
 * has no per-model values).
 */
export function scalarFieldEnum(info: ModelInfo): DeclarationNode[] {
  return [alias(t.scalarFieldEnum(info.model.name), info.scalars.length ? union(...info.scalars.map((f) => str(f.name))) : ref('never'))];
}
