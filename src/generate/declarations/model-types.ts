/**
 * `$UserTypes` (the index the shared machinery reads) and the per-model aliases users name:
 * `UserFindManyArgs`, `UserGetPayload<A>`, `UserDelegate`.
 */
import type { ModelInfo } from '../model-info.js';
import { ARGS_ALIASES, rt, typeNames as t } from '../names.js';
import { alias, iface, object, prop, ref, typeParam, union } from '../ts/build.js';
import type { DeclarationNode } from '../ts/nodes.js';

export function modelTypesMap(info: ModelInfo): DeclarationNode {
  const name = info.model.name;
  const entries: [string, string | [string, string]][] = [
    ['payload', t.payload(name)],
    ['where', t.where(name)],
    ['whereUnique', t.whereUnique(name)],
    ['scalarWhere', t.scalarWhere(name)],
    ['orderBy', t.orderBy(name)],
    ['select', t.select(name)],
    ['include', t.include(name)],
    ['omit', t.omit(name)],
    ['scalarField', t.scalarFieldEnum(name)],
    ['create', [t.create(name), t.uncheckedCreate(name)]],
    ['createMany', t.createMany(name)],
    ['update', [t.update(name), t.uncheckedUpdate(name)]],
    ['updateMany', [t.updateMany(name), t.uncheckedUpdateMany(name)]],
    ['avg', t.avg(name)],
    ['sum', t.sum(name)],
    ['min', t.min(name)],
    ['max', t.max(name)],
    ['fields', t.fieldRefs(name)],
    ['having', t.having(name)],
    ['orderByWithAggregation', t.orderByAggregation(name)],
  ];
  const relations = prop('relations', object(info.relations.map((r) => prop(r.field.name, ref(t.types(r.field.type))))));
  return iface(t.types(name), [
    ...entries.map(([key, value]) => prop(key, typeof value === 'string' ? ref(value) : union(ref(value[0]), ref(value[1])))),
    relations,
  ]);
}

export function modelAliases(info: ModelInfo): DeclarationNode[] {
  const name = info.model.name;
  const types = ref(t.types(name));
  const context = typeParam('C', ref(rt('ClientContext')), ref(rt('DefaultContext')));
  return [
    ...ARGS_ALIASES.map(([suffix, runtimeName]) => alias(`${name}${suffix}`, ref(rt(runtimeName), types))),
    alias(t.getPayload(name), ref(rt('GetPayload'), ref(t.payload(name)), ref('A'), ref(rt('DefaultContext'))), {
      typeParameters: [typeParam('A', union(ref('boolean'), ref('null'), ref('undefined'), ref(`${name}DefaultArgs`)))],
      doc: `The type of a ${name} row returned with these args: \`${t.getPayload(name)}<{ include: { ... } }>\`.`,
    }),
    alias(t.delegate(name), ref(rt('ModelDelegate'), types, ref('C')), { typeParameters: [context] }),
  ];
}
