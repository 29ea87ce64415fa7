/**
 * Type-only machinery the generated client's `index.d.ts` imports from `refract/runtime`. Per-model
 * types are emitted by the generator as named interfaces; everything generic lives here, shared.
 */
export type * from './aggregate.js';
export type * from './args.js';
export type * from './client.js';
export type * from './context.js';
export type * from './delegate.js';
export type * from './errors.js';
export type * from './extensions.js';
export type * from './filters.js';
export type * from './model-types.js';
export type * from './nested.js';
export type * from './result.js';
export type * from './scalars.js';
export type * from './sql.js';
export type * from './updates.js';
export type * from './utils.js';
