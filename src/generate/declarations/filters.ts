/**
 * Where inputs (`UserWhereInput`, `UserWhereUniqueInput`, `UserScalarWhereInput`), groupBy's having,
 * and order-by inputs.
 */
import type { ModelInfo, RelationInfo } from '../model-info.js';
import { rt, typeNames as t } from '../names.js';
import { havingType, isOrderable, isNumeric, uniqueValueType, whereType } from '../scalar-types.js';
import { alias, array, iface, NULL, optional, prop, ref, str, union, keyofType } from '../ts/build.js';
import type { DeclarationNode, PropertyNode, TypeNode } from '../ts/nodes.js';


function logical(self: string): PropertyNode[] {
  const s = ref(self);
  return [optional('AND', union(s, array(s))), optional('OR', array(s)), optional('NOT', union(s, array(s)))];
}

function relationWhere(r: RelationInfo): TypeNode {
  const w = ref(t.where(r.field.type));
  if (r.field.isList) return ref(rt('ListRelationFilter'), w);
  if (r.field.isRequired) return union(ref(rt('RelationFilter'), w), w);
  return union(ref(rt('NullableRelationFilter'), w), w, NULL);
}

export function whereInputs(info: ModelInfo): DeclarationNode[] {
  const name = info.model.name;
  // The scalar filters, declared once: both where inputs extend them.
  const fields = iface(t.whereFields(name), info.scalars.map((f) => optional(f.name, whereType(f), f.documentation)));
  const base = { extends: [ref(t.whereFields(name))] };
  const where = iface(t.where(name), [...logical(t.where(name)), ...info.relations.map((r) => optional(r.field.name, relationWhere(r), r.field.documentation))], base);
  const scalarWhere = iface(t.scalarWhere(name), logical(t.scalarWhere(name)), base);
  const having = iface(t.having(name), [...logical(t.having(name)), ...info.scalars.map((f) => optional(f.name, havingType(f)))]);

  const compounds = info.uniqueKeys
    .filter((k) => k.fields.length > 1)
    .map((k) => iface(t.compoundUnique(name, k.name), k.fields.map((f) => prop(f.name, uniqueValueType(f)))));
  // The unique keys narrow the where input's fields to plain values; `AtLeast` requires one of them.
  const uniqueFields = iface(
    t.whereUniqueFields(name),
    info.uniqueKeys.map((k) => {
      const only = k.fields[0];
      return optional(k.name, k.fields.length === 1 && only ? uniqueValueType(only) : ref(t.compoundUnique(name, k.name)));
    }),
    { extends: [ref(t.where(name))] },
  );
  const keys = info.uniqueKeys.map((k) => str(k.name));
  const whereUnique = alias(t.whereUnique(name), keys.length ? ref(rt('AtLeast'), ref(t.whereUniqueFields(name)), union(...keys)) : ref('never'));
  return [fields, where, scalarWhere, having, ...compounds, uniqueFields, whereUnique];
}

export function orderByInputs(info: ModelInfo): DeclarationNode[] {
  const name = info.model.name;
  const sort = ref(rt('SortOrder'));
  const sortNullable = union(sort, ref(rt('SortOrderInput')));
  const scalarProps = info.scalars.map((f) => optional(f.name, f.isRequired ? sort : sortNullable));
  const relationProps = info.relations.map((r) =>
    optional(r.field.name, r.field.isList ? ref(rt('OrderByRelationAggregateInput')) : ref(t.orderBy(r.field.type))),
  );
  const fieldsOrder = (keys: TypeNode) => ref(rt('FieldsOrderBy'), keys);
  const anyAggregates = info.scalars.some(isNumeric);
  const aggregateProps = [
    optional('_count', fieldsOrder(ref(t.scalarFieldEnum(name)))),
    ...(anyAggregates ? [optional('_avg', fieldsOrder(keyofType(ref(t.avg(name))))), optional('_sum', fieldsOrder(keyofType(ref(t.sum(name)))))] : []),
    ...(info.scalars.some(isOrderable) ? [optional('_min', fieldsOrder(keyofType(ref(t.min(name))))), optional('_max', fieldsOrder(keyofType(ref(t.max(name)))))] : []),
  ];
  const base = { extends: [ref(t.orderByFields(name))] };
  return [iface(t.orderByFields(name), scalarProps), iface(t.orderBy(name), relationProps, base), iface(t.orderByAggregation(name), aggregateProps, base)];
}
