/** Values of the client API: Decimal, the three Json nulls, and the client-side id generators. */
export { Decimal, isDecimalLike } from './decimal.js';
export { DbNull, JsonNull, AnyNull, NullTypes, DbNullClass, JsonNullClass, AnyNullClass, nullKindOf } from './null-types.js';
export type { NullKind } from './null-types.js';
export { cuid } from './ids/cuid.js';
export { cuid2 } from './ids/cuid2.js';
export { uuid4, uuid7 } from './ids/uuid.js';
export { ulid } from './ids/ulid.js';
export { nanoid, NANOID_ALPHABET } from './ids/nanoid.js';
export { clientDefaultGenerator } from './client-defaults.js';
