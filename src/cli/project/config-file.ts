/**
 * `prisma.config.ts` (Prisma 7's project file): found in the working directory (or `--config`), loaded
 * through tsx so TypeScript config files work without a build step. Imports of `prisma/config` or
 * `@prisma/config` inside it resolve to Refract's own `refract/config`, so an existing file runs as is.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RefractConfig } from '../../config.js';
import { CliError } from '../terminal.js';

const CANDIDATES = ['prisma.config.ts', 'prisma.config.mts', 'prisma.config.cts', 'prisma.config.js', 'prisma.config.mjs', 'prisma.config.cjs', '.config/prisma.ts'];

export interface LoadedConfig {
  readonly file: string;
  readonly config: RefractConfig;
}

export function findConfigFile(cwd: string): string | null {
  for (const name of CANDIDATES) {
    const file = path.join(cwd, name);
    if (fs.existsSync(file)) return file;
  }
  return null;
}

let aliasRegistered = false;

/**
 * Sends `prisma/config` and `@prisma/config` to Refract's `config.js`, for ES modules (a resolve hook)
 * and for config files tsx compiles to CommonJS (the CommonJS resolver; Node >= 20.19 can `require` it).
 */
async function registerConfigAlias(): Promise<void> {
  if (aliasRegistered) return;
  aliasRegistered = true;
  const nodeModule = await import('node:module');
  // config.js once built; config.ts when Refract itself runs from source (its own tests, through tsx).
  const built = new URL('../../config.js', import.meta.url);
  const targetUrl = fs.existsSync(built) ? built : new URL('../../config.ts', import.meta.url);
  const aliases = new Set(['prisma/config', '@prisma/config']);
  // A resolve hook written as a data: module, so no extra file has to ship for it.
  const hook = `export async function resolve(specifier, context, next) {
    if (${JSON.stringify([...aliases])}.includes(specifier)) return { url: ${JSON.stringify(targetUrl.href)}, shortCircuit: true };
    return next(specifier, context);
  }`;
  nodeModule.register(`data:text/javascript,${encodeURIComponent(hook)}`);
  const cjs = nodeModule.default as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
  const original = cjs._resolveFilename;
  const targetPath = fileURLToPath(targetUrl);
  cjs._resolveFilename = (request, ...rest) => (aliases.has(request) ? targetPath : original(request, ...rest));
}

export async function loadConfigFile(file: string): Promise<LoadedConfig> {
  await registerConfigAlias();
  let loaded: unknown;
  try {
    const { tsImport } = await import('tsx/esm/api');
    loaded = await tsImport(pathToFileURL(file).href, import.meta.url);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new CliError(`Failed to load config file ${path.relative(process.cwd(), file) || file}: ${message}`);
  }
  const module = loaded as { default?: unknown };
  const config = (module.default && typeof module.default === 'object' && 'default' in module.default ? (module.default as { default: unknown }).default : module.default) as RefractConfig | undefined;
  if (!config || typeof config !== 'object') throw new CliError(`The config file ${file} must export a config object as default (\`export default defineConfig({ ... })\`).`);
  return { file, config };
}
