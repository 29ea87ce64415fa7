/**
 * Preparing a benchmark database: the schema files in bench/.work/<db>/, the tables created by
 * Refract's own `db push`, Prisma 7's client generated (timed), and Refract's generate (timed).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { northwindSchema, type BenchProvider } from './northwind-schema.js';

export const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.dirname(BENCH_DIR);
export const WORK = path.join(BENCH_DIR, '.work');
const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');

export class BenchSetupError extends TypeError {}

export function ensureBuilt(): void {
  if (fs.existsSync(CLI)) return;
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

/** bench/.work/node_modules/refract -> the repo: generated clients import `refract/runtime` as an installed app would. */
export function linkRefractPackage(): void {
  const link = path.join(WORK, 'node_modules', 'refract');
  if (fs.existsSync(link)) return;
  fs.mkdirSync(path.dirname(link), { recursive: true });
  fs.symlinkSync(ROOT, link, 'dir');
}

export function workDir(name: string): string {
  const dir = path.join(WORK, name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** Creates the tables with `refract db push --force-reset`, so every run starts from the same empty tables. */
export function pushTables(provider: BenchProvider, url: string, dir: string): void {
  const file = path.join(dir, 'refract.prisma');
  fs.writeFileSync(file, northwindSchema(provider, { withUrl: true }));
  execFileSync(process.execPath, [CLI, 'db', 'push', '--schema', file, '--skip-generate', '--force-reset', '--accept-data-loss'], {
    cwd: dir,
    env: { ...process.env, DATABASE_URL: url },
    stdio: 'pipe',
  });
}

/** `prisma generate` of Prisma 7's new `prisma-client` generator into <dir>/prisma-client; returns ms. */
export function generatePrisma(provider: BenchProvider, dir: string): number {
  const file = path.join(dir, 'prisma.prisma');
  const generator = 'generator client {\n  provider     = "prisma-client"\n  output       = "./prisma-client"\n  moduleFormat = "esm"\n}';
  fs.writeFileSync(file, northwindSchema(provider, { withUrl: false, generator }));
  // Prisma 7's CLI looks for a native schema engine; generate never runs it, so any executable will do.
  const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: '/bin/true', PRISMA_QUERY_ENGINE_LIBRARY: '/bin/true', CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' };
  const start = performance.now();
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'prisma', 'build', 'index.js'), 'generate', '--schema', file], { cwd: dir, env, stdio: 'pipe' });
  return performance.now() - start;
}

/** `refract generate` into <dir>/refract-client; returns ms. */
export function generateRefract(provider: BenchProvider, dir: string): number {
  const file = path.join(dir, 'refract-gen.prisma');
  fs.writeFileSync(file, northwindSchema(provider, { withUrl: false, generator: 'generator client {\n  provider = "prisma-client-js"\n  output   = "./refract-client"\n}' }));
  const start = performance.now();
  execFileSync(process.execPath, [CLI, 'generate', '--schema', file], { cwd: dir, stdio: 'pipe' });
  return performance.now() - start;
}
