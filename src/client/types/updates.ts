/**
 * Scalar update operations, shared by every model: `views: { increment: 1 }`, `name: { set: null }`.
 */
export interface SetOperation<T> {
  set?: T;
}

export interface NumberUpdateOperations<T> {
  set?: T;
  increment?: T;
  decrement?: T;
  multiply?: T;
  divide?: T;
}

export interface NullableNumberUpdateOperations<T> {
  set?: T | null;
  increment?: T;
  decrement?: T;
  multiply?: T;
  divide?: T;
}

/** Scalar lists: `tags: { push: 'x' }`. */
export interface ListUpdateOperations<T> {
  set?: T[];
  push?: T | T[];
}
