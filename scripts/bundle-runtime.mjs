// Second half of `npm run build`: bundles what an application loads at run time (the client runtime a
// generated client imports, and the driver adapters) from tsc's dist/ output into dist/bundle/, so a
// cold start reads a handful of files instead of ~100 small ES modules (issue 6, cold start).
//
// One esbuild build with code splitting: every public run-time entry point is an entry of the SAME
// build, so code they share (error classes, the Prisma namespace's values, the dialect drivers) lands in
// one shared chunk and each class exists once: `instanceof` works across `refract/runtime` and
// `refract/adapters/*`. The database drivers (better-sqlite3, pg, mysql2) stay external packages, loaded
// only when their provider is used. decimal.js is bundled in (as Prisma's runtime bundles it): as a
// package it was two more files to resolve and its commented source to parse at every start (~4% of
// raw better-sqlite3's whole cold start); `Prisma.Decimal` is still decimal.js's class, and Decimal
// inputs are recognised by shape, so a user's own copy of decimal.js keeps working. Its licence comment
// is kept. Sourcemaps chain through tsc's maps back to src/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// esbuild comes with tsx (a dependency), so `npm ci` always installs it.
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const outdir = path.join(dist, 'bundle');

/** Packages left to Node (with their subpaths): the drivers, and pg's optional native binding. */
const EXTERNAL_PACKAGES = ['better-sqlite3', 'pg', 'pg-native', 'mysql2'];

/** Output name (under dist/bundle, no extension) -> tsc's output file. Keep in sync with package.json "exports". */
export const BUNDLE_ENTRIES = {
  runtime: 'client/index.js',
  'adapters/better-sqlite3': 'client/adapters/better-sqlite3.js',
  'adapters/pg': 'client/adapters/pg.js',
  'adapters/mysql2': 'client/adapters/mysql2.js',
};

for (const file of Object.values(BUNDLE_ENTRIES)) {
  if (!fs.existsSync(path.join(dist, file))) {
    console.error(`bundle-runtime: dist/${file} is missing; run tsc first (npm run build does both).`);
    process.exit(1);
  }
}

// Built beside the folder and swapped in only on success, so a failed build never leaves dist/ without a
// runtime; and the swap drops stale chunks of earlier builds (chunk names carry a content hash).
const staging = `${outdir}.next`;
fs.rmSync(staging, { recursive: true, force: true });

await build({
  entryPoints: Object.fromEntries(Object.entries(BUNDLE_ENTRIES).map(([name, file]) => [name, path.join(dist, file)])),
  outdir: staging,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL_PACKAGES.flatMap((name) => [name, `${name}/*`]),
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  // Readable stack traces in user reports matter more than the few KB minification saves on disk.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'eof',
  // Bundling renames clashing classes (Decimal2 -> _Decimal2); users and Prisma's own output read
  // `value.constructor.name`, so names stay as written.
  keepNames: true,
  logLevel: 'warning',
});

fs.rmSync(outdir, { recursive: true, force: true });
fs.renameSync(staging, outdir);
