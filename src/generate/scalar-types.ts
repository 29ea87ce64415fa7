/**
 * The TypeScript type of a scalar or enum field in each position: as a result, in create data, in
 * update data, and in a where filter. One table per position, keyed by Prisma's scalar type.
 */
import type { ScalarField, ScalarType } from '../schema/model.js';
import { InternalError } from '../shared/internal-error.js';
import { array, BOOLEAN, NULL, NUMBER, ref, STRING, union } from './ts/build.js';
import type { TypeNode } from './ts/nodes.js';
import { ns, rt } from './names.js';

const DATE = ref('Date');
const BYTES = ref('Uint8Array');
const BIGINT_INPUT = union(ref('bigint'), NUMBER);
const DATE_INPUT = union(DATE, STRING);
const DECIMAL_INPUT = ref(rt('DecimalInput'));

function scalarType(field: ScalarField): ScalarType {
  if (field.kind !== 'scalar') throw new InternalError(`field ${field.name} is not a scalar`);
  return field.type as ScalarType;
}

function enumType(field: ScalarField): TypeNode {
  return ref(`$Enums.${field.type}`);
}

/** The value type of one element as read back. */
function outputElement(field: ScalarField): TypeNode {
  if (field.kind === 'enum') return enumType(field);
  switch (scalarType(field)) {
    case 'String':
      return STRING;
    case 'Boolean':
      return BOOLEAN;
    case 'Int':
    case 'Float':
      return NUMBER;
    case 'BigInt':
      return ref('bigint');
    case 'Decimal':
      return ref(ns('Decimal'));
    case 'DateTime':
      return DATE;
    case 'Json':
      return ref(ns('JsonValue'));
    case 'Bytes':
      return BYTES;
  }
}

/** The value type of one element as written (create/update data, filter operands). */
function inputElement(field: ScalarField): TypeNode {
  if (field.kind === 'enum') return enumType(field);
  switch (scalarType(field)) {
    case 'BigInt':
      return BIGINT_INPUT;
    case 'Decimal':
      return DECIMAL_INPUT;
    case 'DateTime':
      return DATE_INPUT;
    case 'Json':
      return ref(ns('InputJsonValue'));
    default:
      return outputElement(field);
  }
}

export function isJson(field: ScalarField): boolean {
  return field.kind === 'scalar' && field.type === 'Json';
}

/** The value type a `FieldRef` to this field carries (never null: it names the column). */
export function fieldValueType(field: ScalarField): TypeNode {
  return field.isList ? array(outputElement(field)) : outputElement(field);
}

export function outputType(field: ScalarField): TypeNode {
  const element = outputElement(field);
  if (field.isList) return array(element);
  return field.isRequired ? element : union(element, NULL);
}

export function createType(field: ScalarField): TypeNode {
  if (field.isList) return union(array(inputElement(field)), ref(rt('SetOperation'), array(inputElement(field))));
  if (isJson(field)) return ref(rt(field.isRequired ? 'JsonInput' : 'NullableJsonInput'));
  const element = inputElement(field);
  return field.isRequired ? element : union(element, NULL);
}

export function updateType(field: ScalarField): TypeNode {
  const element = inputElement(field);
  if (field.isList) return union(array(element), ref(rt('ListUpdateOperations'), element));
  if (isJson(field)) return ref(rt(field.isRequired ? 'JsonInput' : 'NullableJsonInput'));
  const numeric = field.kind === 'scalar' && ['Int', 'Float', 'BigInt', 'Decimal'].includes(field.type);
  if (numeric) {
    return field.isRequired
      ? union(element, ref(rt('NumberUpdateOperations'), element))
      : union(element, NULL, ref(rt('NullableNumberUpdateOperations'), element));
  }
  return field.isRequired ? union(element, ref(rt('SetOperation'), element)) : union(element, NULL, ref(rt('SetOperation'), union(element, NULL)));
}

/** The filter type alone (no shorthand value); `WithAggregatesFilter` wraps it for `having`. */
export function filterType(field: ScalarField): TypeNode {
  const element = inputElement(field);
  if (field.isList) return ref(rt('ScalarListFilter'), element);
  const n = !field.isRequired;
  if (field.kind === 'enum') return ref(rt(n ? 'EnumNullableFilter' : 'EnumFilter'), element);
  switch (scalarType(field)) {
    case 'String':
      return ref(rt(n ? 'StringNullableFilter' : 'StringFilter'));
    case 'Boolean':
      return ref(rt(n ? 'BoolNullableFilter' : 'BoolFilter'));
    case 'Json':
      return ref(rt('JsonFilter'));
    case 'Bytes':
      return ref(rt(n ? 'BytesNullableFilter' : 'BytesFilter'));
    case 'Int':
    case 'Float':
    case 'BigInt':
    case 'Decimal':
    case 'DateTime':
      return ref(rt(n ? 'NullableComparableFilter' : 'ComparableFilter'), element);
  }
}

/** A where-input field: the filter, or the value itself (`email: 'a@b.c'`), or null when nullable. */
export function whereType(field: ScalarField): TypeNode {
  if (field.isList || isJson(field)) return filterType(field);
  const element = inputElement(field);
  return field.isRequired ? union(filterType(field), element) : union(filterType(field), element, NULL);
}

export function havingType(field: ScalarField): TypeNode {
  const filter = ref(rt('WithAggregatesFilter'), filterType(field));
  if (field.isList || isJson(field)) return filter;
  const element = inputElement(field);
  return field.isRequired ? union(filter, element) : union(filter, element, NULL);
}

/** Where-unique value of a unique field: the plain value. */
export function uniqueValueType(field: ScalarField): TypeNode {
  return inputElement(field);
}

/** Fields `_avg`/`_sum` apply to: numeric scalars, lists included (as Prisma's DMMF). */
export function isNumeric(field: ScalarField): boolean {
  return field.kind === 'scalar' && ['Int', 'Float', 'BigInt', 'Decimal'].includes(field.type);
}

/** `_avg` result: Decimal stays Decimal, everything else is a float. */
export function avgType(field: ScalarField): TypeNode {
  return union(field.type === 'Decimal' ? ref(ns('Decimal')) : NUMBER, NULL);
}

/** `_sum` result: the field's own type (a list's sum is per position). */
export function sumType(field: ScalarField): TypeNode {
  return union(field.isList ? array(outputElement(field)) : outputElement(field), NULL);
}

/** Fields `_min`/`_max` apply to: every scalar and enum but Json and lists (as Prisma's DMMF). */
export function isOrderable(field: ScalarField): boolean {
  return !field.isList && !(field.kind === 'scalar' && field.type === 'Json');
}

export function minMaxType(field: ScalarField): TypeNode {
  return union(outputElement(field), NULL);
}
