/**
 * `Prisma.DbNull`, `Prisma.JsonNull`, `Prisma.AnyNull`: the three nulls of a Json field (SQL NULL,
 * the JSON value `null`, and "either" in filters). Each is the single instance of its class (classes
 * named `DbNull`, `JsonNull`, `AnyNull` as in Prisma, reachable as `Prisma.NullTypes.DbNull` etc.), with
 * no own enumerable keys. `nullKindOf` also recognises an instance from a second copy of the runtime.
 */
export type NullKind = 'DbNull' | 'JsonNull' | 'AnyNull';

abstract class NullValue {
  abstract get kind(): NullKind;

  toString(): string {
    return `Prisma.${this.kind}`;
  }
}

export const DbNullClass = class DbNull extends NullValue {
  get kind(): 'DbNull' {
    return 'DbNull';
  }
};

export const JsonNullClass = class JsonNull extends NullValue {
  get kind(): 'JsonNull' {
    return 'JsonNull';
  }
};

export const AnyNullClass = class AnyNull extends NullValue {
  get kind(): 'AnyNull' {
    return 'AnyNull';
  }
};

export const DbNull = Object.freeze(new DbNullClass());
export const JsonNull = Object.freeze(new JsonNullClass());
export const AnyNull = Object.freeze(new AnyNullClass());

/** `Prisma.NullTypes`: the classes, for `instanceof` checks. */
export const NullTypes = Object.freeze({ DbNull: DbNullClass, JsonNull: JsonNullClass, AnyNull: AnyNullClass });

/** Which of the three nulls `value` is, or null when it is none of them. */
export function nullKindOf(value: unknown): NullKind | null {
  if (value instanceof NullValue) return value.kind;
  if (typeof value !== 'object' || value === null) return null;
  // Another copy of the runtime: same class name and `kind`, not a plain object.
  const kind = (value as { kind?: unknown }).kind;
  if ((kind === 'DbNull' || kind === 'JsonNull' || kind === 'AnyNull') && Object.getPrototypeOf(value) !== Object.prototype && value.constructor?.name === kind) return kind;
  return null;
}
