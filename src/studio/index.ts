/** Studio's public entry: start the server (the CLI's `studio` verb calls this). */
export { startStudio } from './server.js';
export type { StudioOptions, StudioServer } from './server.js';
export { StudioApi } from './api.js';
export type { StudioSchema, StudioModel, StudioField } from './schema-summary.js';
export { chooseBrowser, openBrowser } from './open-browser.js';
export type { BrowserChoice } from './open-browser.js';
