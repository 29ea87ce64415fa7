/** `UserSelect`, `UserInclude`, `UserOmit` and `UserCountOutputTypeSelect`. */
import type { ModelInfo, RelationInfo } from '../model-info.js';
import { rt, typeNames as t } from '../names.js';
import { BOOLEAN, iface, optional, ref, union } from '../ts/build.js';
import type { DeclarationNode, PropertyNode } from '../ts/nodes.js';

function relationArgs(r: RelationInfo): PropertyNode {
  const types = ref(t.types(r.field.type));
  const args = r.field.isList ? ref(rt('FindManyArgs'), types) : ref(rt('DefaultArgs'), types);
  return optional(r.field.name, union(BOOLEAN, args), r.field.documentation);
}

export function selectionInputs(info: ModelInfo): DeclarationNode[] {
  const name = info.model.name;
  const lists = info.relations.filter((r) => r.field.isList);
  const count = lists.length ? [optional('_count', union(BOOLEAN, ref(rt('CountOutputArgs'), ref(t.countOutputSelect(name)))))] : [];
  const relations = info.relations.map(relationArgs);
  const scalars = info.scalars.map((f) => optional(f.name, BOOLEAN, f.documentation));
  // A select is an omit's scalar flags plus an include's relations: it extends both.
  return [
    iface(t.select(name), [], { extends: [ref(t.omit(name)), ref(t.include(name))] }),
    iface(t.include(name), [...relations, ...count]),
    iface(t.omit(name), scalars),
    ...(lists.length
      ? [iface(t.countOutputSelect(name), lists.map((r) => optional(r.field.name, union(BOOLEAN, ref(rt('CountRelationArgs'), ref(t.where(r.field.type)))))))]
      : []),
  ];
}
