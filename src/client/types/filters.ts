/**
 * Scalar filters, shared by every model: a where input names them per field (`email?: StringFilter |
 * string`). Generic over the value type so one declaration serves Int, Float, BigInt, Decimal, DateTime.
 */
import type { InputJsonValue, JsonNullFilterValue, QueryMode } from './scalars.js';

/**
 * `prisma.user.fields.name`: a reference to a column, usable as a filter operand to compare two
 * columns of the same row. `_value` is a phantom: it only carries the field's value type.
 */
export interface FieldRef<T> {
  readonly modelName: string;
  readonly name: string;
  readonly typeName: string;
  readonly isList: boolean;
  readonly isEnum: boolean;
  readonly _value?: T;
}

export interface ComparableFilter<T> {
  equals?: T | FieldRef<T>;
  in?: T[];
  notIn?: T[];
  lt?: T | FieldRef<T>;
  lte?: T | FieldRef<T>;
  gt?: T | FieldRef<T>;
  gte?: T | FieldRef<T>;
  not?: T | ComparableFilter<T>;
}

export interface NullableComparableFilter<T> {
  equals?: T | FieldRef<T> | null;
  in?: T[] | null;
  notIn?: T[] | null;
  lt?: T | FieldRef<T>;
  lte?: T | FieldRef<T>;
  gt?: T | FieldRef<T>;
  gte?: T | FieldRef<T>;
  not?: T | NullableComparableFilter<T> | null;
}

interface StringOperators {
  contains?: string | FieldRef<string>;
  startsWith?: string | FieldRef<string>;
  endsWith?: string | FieldRef<string>;
  mode?: QueryMode;
}

export interface StringFilter extends ComparableFilter<string>, StringOperators {
  not?: string | StringFilter;
}

export interface StringNullableFilter extends NullableComparableFilter<string>, StringOperators {
  not?: string | StringNullableFilter | null;
}

export interface BoolFilter {
  equals?: boolean | FieldRef<boolean>;
  not?: boolean | BoolFilter;
}

export interface BoolNullableFilter {
  equals?: boolean | null;
  not?: boolean | BoolNullableFilter | null;
}

export interface EnumFilter<E> {
  equals?: E | FieldRef<E>;
  in?: E[];
  notIn?: E[];
  not?: E | EnumFilter<E>;
}

export interface EnumNullableFilter<E> {
  equals?: E | null;
  in?: E[] | null;
  notIn?: E[] | null;
  not?: E | EnumNullableFilter<E> | null;
}

export interface BytesFilter {
  equals?: Uint8Array;
  in?: Uint8Array[];
  notIn?: Uint8Array[];
  not?: Uint8Array | BytesFilter;
}

export interface BytesNullableFilter {
  equals?: Uint8Array | null;
  in?: Uint8Array[] | null;
  notIn?: Uint8Array[] | null;
  not?: Uint8Array | BytesNullableFilter | null;
}

/** Json filters (`path` and the `string_*` / `array_*` operators; `equals: Prisma.DbNull`). */
export interface JsonFilter {
  equals?: InputJsonValue | JsonNullFilterValue;
  path?: string | string[];
  mode?: QueryMode;
  string_contains?: string;
  string_starts_with?: string;
  string_ends_with?: string;
  array_starts_with?: InputJsonValue | null;
  array_ends_with?: InputJsonValue | null;
  array_contains?: InputJsonValue | null;
  lt?: InputJsonValue;
  lte?: InputJsonValue;
  gt?: InputJsonValue;
  gte?: InputJsonValue;
  not?: InputJsonValue | JsonNullFilterValue;
}

/** Scalar lists (PostgreSQL): `tags: { has: 'a' }`. */
export interface ScalarListFilter<T> {
  equals?: T[] | null;
  has?: T | null;
  hasEvery?: T[];
  hasSome?: T[];
  isEmpty?: boolean;
}

/** A to-many relation: `posts: { some: { published: true } }`. */
export interface ListRelationFilter<W> {
  every?: W;
  some?: W;
  none?: W;
}

/** A required to-one relation: `author: { is: {...} }` or the where input directly. */
export interface RelationFilter<W> {
  is?: W;
  isNot?: W;
}

/** An optional to-one relation: also `null` (no related row). */
export interface NullableRelationFilter<W> {
  is?: W | null;
  isNot?: W | null;
}

/** groupBy `having`: a scalar filter that may also test the group's aggregates. */
export type WithAggregatesFilter<F> = F & {
  _count?: ComparableFilter<number>;
  _min?: F;
  _max?: F;
  _avg?: NullableComparableFilter<number>;
  _sum?: F;
};
