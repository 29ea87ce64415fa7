/**
 * `Prisma.DbNull`, `Prisma.JsonNull`, `Prisma.AnyNull`: the three nulls of a Json field (SQL NULL,
 * the JSON value `null`, and "either" in filters). Each is the single instance of its class, also
 * reachable as `Prisma.NullTypes.DbNull` etc.; values are compared by class, so an instance from a
 * second copy of the runtime is still recognised by `nullKindOf`.
 */
export type NullKind = 'DbNull' | 'JsonNull' | 'AnyNull';

abstract class NullValue {
  abstract readonly kind: NullKind;

  toString(): string {
    return `Prisma.${this.kind}`;
  }

  toJSON(): string {
    return this.kind;
  }
}

export class DbNullClass extends NullValue {
  readonly kind = 'DbNull' as const;
}

export class JsonNullClass extends NullValue {
  readonly kind = 'JsonNull' as const;
}

export class AnyNullClass extends NullValue {
  readonly kind = 'AnyNull' as const;
}

export const DbNull: DbNullClass = Object.freeze(new DbNullClass());
export const JsonNull: JsonNullClass = Object.freeze(new JsonNullClass());
export const AnyNull: AnyNullClass = Object.freeze(new AnyNullClass());

/** `Prisma.NullTypes`: the classes, for `instanceof` checks. */
export const NullTypes = Object.freeze({ DbNull: DbNullClass, JsonNull: JsonNullClass, AnyNull: AnyNullClass });

/** Which of the three nulls `value` is, or null when it is none of them. */
export function nullKindOf(value: unknown): NullKind | null {
  if (value instanceof NullValue) return value.kind;
  if (typeof value !== 'object' || value === null) return null;
  const kind = (value as { kind?: unknown }).kind;
  const name = value.constructor?.name;
  if ((kind === 'DbNull' || kind === 'JsonNull' || kind === 'AnyNull') && name === `${kind}Class`) return kind;
  return null;
}
