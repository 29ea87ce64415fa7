/**
 * Cold start (process start to first result, the median of interleaved spawns), the files a minimal
 * program loads (strace's successful opens of .js/.mjs/.cjs/.json/.node files), and the gzip size of a
 * minified esbuild bundle of each client runtime (database drivers left external).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Goal } from './report.js';
import { linkRefractPackage, ROOT, workDir } from './setup.js';

interface Program {
  readonly name: string;
  readonly file: string;
}

function programs(sqliteDir: string, dbFile: string): Program[] {
  const dir = workDir('cold');
  linkRefractPackage();
  const write = (name: string, body: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, body);
    return file;
  };
  // Prisma 7's `prisma-client` generator writes TypeScript: esbuild turns it into one JS module (its runtime stays in node_modules).
  const prismaJs = path.join(dir, 'prisma-client.mjs');
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'esbuild'), [path.join(sqliteDir, 'prisma-client', 'client.ts'), '--bundle', '--platform=node', '--format=esm', '--packages=external', `--outfile=${prismaJs}`, '--log-level=warning']);
  const url = JSON.stringify(`file:${dbFile}`);
  return [
    { name: 'better-sqlite3 (raw)', file: write('raw.mjs', `import Database from 'better-sqlite3';\nconst db = new Database(${JSON.stringify(dbFile)});\nconsole.log(JSON.stringify(db.prepare('SELECT * FROM Customer WHERE id = ?').get(1)));\n`) },
    {
      name: 'Drizzle',
      file: write('drizzle.mjs', `import Database from 'better-sqlite3';\nimport { drizzle } from 'drizzle-orm/better-sqlite3';\nimport { eq } from 'drizzle-orm';\nimport { sqliteTable, integer, text } from 'drizzle-orm/sqlite-core';\nconst customer = sqliteTable('Customer', { id: integer('id').primaryKey(), email: text('email'), companyName: text('companyName'), contactName: text('contactName'), city: text('city'), country: text('country') });\nconst db = drizzle({ client: new Database(${JSON.stringify(dbFile)}) });\nconsole.log(JSON.stringify(db.select().from(customer).where(eq(customer.id, 1)).get()));\n`),
    },
    {
      name: 'Prisma 7',
      file: write('prisma.mjs', `import { PrismaClient } from './prisma-client.mjs';\nimport { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';\nconst prisma = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: ${url} }) });\nconsole.log(JSON.stringify(await prisma.customer.findUnique({ where: { id: 1 } })));\nawait prisma.$disconnect();\n`),
    },
    {
      name: 'Refract',
      file: write('refract.mjs', `import { PrismaClient } from ${JSON.stringify(path.join(sqliteDir, 'refract-client', 'index.js'))};\nconst prisma = new PrismaClient({ datasourceUrl: ${url} });\nconsole.log(JSON.stringify(await prisma.customer.findUnique({ where: { id: 1 } })));\nawait prisma.$disconnect();\n`),
    },
  ];
}

function filesLoaded(file: string): number | null {
  const trace = path.join(workDir('cold'), 'trace.txt');
  const result = spawnSync('strace', ['-f', '-e', 'trace=open,openat', '-o', trace, process.execPath, file], { cwd: path.dirname(file), encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  const opened = new Set<string>();
  for (const line of fs.readFileSync(trace, 'utf8').split('\n')) {
    const m = /open(?:at)?\((?:[^,]+, )?"([^"]+\.(?:js|mjs|cjs|json|node))"/.exec(line);
    if (m && !/= -1/.test(line)) opened.add(m[1] as string);
  }
  return opened.size;
}

function gzipBundle(entry: string, name: string): number {
  const out = path.join(workDir('cold'), `${name}.bundle.mjs`);
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'esbuild'), [entry, '--bundle', '--minify', '--platform=node', '--format=esm', '--external:better-sqlite3', '--external:pg', '--external:mysql2', '--external:pg-native', `--outfile=${out}`, '--log-level=error']);
  return zlib.gzipSync(fs.readFileSync(out), { level: 9 }).length;
}

const formatSize = (bytes: number | undefined) => (bytes === undefined ? "-" : `${(bytes / 1024).toFixed(1)} KB`);

export function runColdStart(sqliteDir: string, dbFile: string, runs = 7): { table: string; goals: Goal[] } {
  const list = programs(sqliteDir, dbFile);
  const times = list.map(() => [] as number[]);
  for (let r = 0; r < runs; r++) {
    list.forEach((p, i) => {
      const start = performance.now();
      const result = spawnSync(process.execPath, [p.file], { cwd: path.dirname(p.file), encoding: 'utf8' });
      if (result.status !== 0 || !result.stdout.includes('customer1@example.com')) throw new TypeError(`cold start of ${p.name} failed: ${result.stderr}`);
      times[i]?.push(performance.now() - start);
    });
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  const medians = times.map(median);
  const files = list.map((p) => filesLoaded(p.file));
  const sizes: Record<string, number> = {
    Refract: gzipBundle(path.join(ROOT, 'dist', 'client', 'index.js'), 'refract'),
    'Prisma 7': gzipBundle(path.join(ROOT, 'node_modules', '@prisma', 'client', 'runtime', 'client.mjs'), 'prisma'),
    Drizzle: gzipBundle(path.join(workDir('cold'), 'drizzle.mjs'), 'drizzle'),
  };
  const base = medians[0] ?? Number.NaN;
  const table = [
    `### Cold start and runtime size (SQLite, one findUnique; median of ${runs} interleaved process spawns)`,
    '',
    '| competitor | process start to first result | ratio to raw | files loaded | runtime bundle (minified, gzip) |',
    '|---|---|---|---|---|',
    ...list.map((p, i) => `| ${p.name} | ${medians[i]?.toFixed(0)} ms | ${((medians[i] ?? 0) / base).toFixed(2)}x | ${files[i] ?? 'n/a (no strace)'} | ${formatSize(sizes[p.name])} |`),
    '',
    'Bundles: Refract = dist/client/index.js (the runtime a generated client imports); Prisma 7 = @prisma/client/runtime/client (its adapter and generated client not counted); Drizzle = the cold-start program (drizzle-orm core + sqlite-core).',
  ].join('\n');
  const refractIndex = list.findIndex((p) => p.name === 'Refract');
  const ratio = (medians[refractIndex] ?? NaN) / base;
  return {
    table,
    goals: [
      { goal: 'cold start <= 1.2x raw', met: ratio <= 1.2, detail: `${ratio.toFixed(2)}x (${medians[refractIndex]?.toFixed(0)} ms vs ${base.toFixed(0)} ms)` },
      { goal: 'runtime bundle < 150 KB gzip', met: (sizes.Refract ?? Infinity) < 150 * 1024, detail: `${((sizes.Refract ?? 0) / 1024).toFixed(1)} KB` },
    ],
  };
}
