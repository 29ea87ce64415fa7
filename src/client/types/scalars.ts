/**
 * The TypeScript types of Prisma's scalar values, as results and as inputs. Names are chosen not to
 * collide with the runtime's value exports (`Decimal`, `DbNull`, ...), which live beside these types in
 * `refract/runtime`.
 */
import type { Decimal } from 'decimal.js';

/** An instance of decimal.js's `Decimal`: what Decimal fields read back as. */
export type DecimalInstance = Decimal;
/** The `Decimal` class itself (`new Prisma.Decimal('1.5')`). */
export type DecimalConstructor = typeof Decimal;

/** Any decimal-like object (another copy of decimal.js, Prisma's Decimal) accepted as input. */
export interface DecimalJsLike {
  d: number[];
  e: number;
  s: number;
  toFixed(): string;
}

export type DecimalInput = Decimal | DecimalJsLike | number | string;

export type JsonObject = { [key in string]?: JsonValue };
export type JsonArray = JsonValue[];
export type JsonValue = string | number | boolean | JsonObject | JsonArray | null;

export type InputJsonObject = { readonly [key in string]?: InputJsonValue | null };
export type InputJsonArray = readonly (InputJsonValue | null)[];
export type InputJsonValue = string | number | boolean | InputJsonObject | InputJsonArray | { toJSON(): unknown };

/** `Prisma.DbNull`: the database NULL of a nullable Json column. */
export interface DbNullValue {
  readonly _brand: 'DbNull';
}
/** `Prisma.JsonNull`: the JSON value `null`. */
export interface JsonNullValue {
  readonly _brand: 'JsonNull';
}
/** `Prisma.AnyNull`: either, in filters. */
export interface AnyNullValue {
  readonly _brand: 'AnyNull';
}

/** What a required Json field accepts. */
export type JsonInput = InputJsonValue | JsonNullValue;
/** What a nullable Json field accepts. */
export type NullableJsonInput = InputJsonValue | JsonNullValue | DbNullValue;
/** Null markers usable in Json filters. */
export type JsonNullFilterValue = DbNullValue | JsonNullValue | AnyNullValue;

export type QueryMode = 'default' | 'insensitive';
export type SortOrder = 'asc' | 'desc';
export type NullsOrder = 'first' | 'last';
export interface SortOrderInput {
  sort: SortOrder;
  nulls?: NullsOrder;
}

/** `orderBy: { posts: { _count: 'desc' } }`. */
export interface OrderByRelationAggregateInput {
  _count?: SortOrder;
}

/** `orderBy: { _count: { id: 'asc' } }` in groupBy. */
export type FieldsOrderBy<K extends PropertyKey> = { [F in K]?: SortOrder };

/** `Prisma.NullTypes`: the classes of the three Json null markers. */
export interface NullTypesObject {
  readonly DbNull: new () => DbNullValue;
  readonly JsonNull: new () => JsonNullValue;
  readonly AnyNull: new () => AnyNullValue;
}
