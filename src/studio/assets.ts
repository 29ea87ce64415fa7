/**
 * The page's files (src/studio/assets/: HTML, CSS, ES modules), served from disk next to this module:
 * under tsx that is src/studio/assets, after `npm run build` dist/studio/assets (the build copies them).
 * Nothing is fetched from the network.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ASSET_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'assets');

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface Asset {
  readonly type: string;
  readonly body: Buffer;
}

/** `index.html`, `app.js`…; null for anything else (no path separators, known extensions only). */
export function readAsset(name: string): Asset | null {
  if (!/^[a-z0-9-]+\.[a-z]+$/.test(name)) return null;
  const type = TYPES[path.extname(name)];
  const file = path.join(ASSET_DIR, name);
  if (!type || !fs.existsSync(file)) return null;
  return { type, body: fs.readFileSync(file) };
}
