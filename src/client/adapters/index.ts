/** Driver adapters: the interface, and the adapters Refract ships (each loads only its own driver). */
export { checkAdapter } from './adapter.js';
export type { AdapterProvider, RefractDriverAdapter } from './adapter.js';
