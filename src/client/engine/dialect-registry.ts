/** The query dialect for each datasource provider: src/dialects/registry.ts is the one table. */
export { dialectFor } from '../../dialects/registry.js';
