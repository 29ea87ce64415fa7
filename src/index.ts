/**
 * Refract's public entry for tools: the schema front end. The client runtime is `refract/runtime`;
 * applications import their generated client (`refract/client` or the generator's `output`).
 */
export * from './schema/index.js';
