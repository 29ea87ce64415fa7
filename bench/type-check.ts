/**
 * Type-check cost: ~30 typical queries against the client generated from a large schema (the
 * synthetic 300-model one, and an ~80-model one, cal.com's size), Refract's generated client next to
 * Prisma 7's (`prisma-client` generator) for the same schema and queries, checked with TypeScript 5.x
 * (`tsc`) and TypeScript 7 (`tsgo`) `--extendedDiagnostics`: check time and instantiations.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Goal } from './report.js';
import { linkRefractPackage, ROOT, workDir } from './setup.js';
import { syntheticSchema } from './synthetic-schema.js';

/** Thirty queries on three models (first, middle and last of the parent chain). */
export function queriesFile(importLine: string, models: number): string {
  const body: string[] = [];
  for (const i of [1, Math.floor(models / 2), models - 1]) {
    const m = `prisma.model${i}`;
    body.push(
      `  const a${i} = await ${m}.findUnique({ where: { id: 1 } });`,
      `  const b${i} = await ${m}.findMany({ where: { name: { contains: 'x' }, status: 'ACTIVE', OR: [{ flag: true }, { ratio: { gt: 1 } }] }, orderBy: { createdAt: 'desc' }, take: 10 });`,
      `  const c${i} = await ${m}.findMany({ select: { id: true, name: true, parent: { select: { id: true, email: true } } } });`,
      `  const d${i} = await ${m}.findFirst({ where: { uuid: 'u' }, include: { parent: true, ${i < models - 1 ? 'children: { where: { flag: false }, take: 5 }' : ''} } });`,
      `  const e${i} = await ${m}.create({ data: { name: 'n', email: 'e', parent: { connect: { id: 1 } } } });`,
      `  const f${i} = await ${m}.update({ where: { id: 1 }, data: { name: 'm', counter: { increment: 1 } } });`,
      `  const g${i} = await ${m}.upsert({ where: { uuid: 'u' }, create: { name: 'n', email: 'e', parentId: 1 }, update: { description: null } });`,
      `  const h${i} = await ${m}.count({ where: { status: { in: ['ACTIVE', 'INACTIVE'] } } });`,
      `  const k${i} = await ${m}.aggregate({ _sum: { amount: true }, _avg: { ratio: true }, _count: true });`,
      `  const l${i} = await ${m}.groupBy({ by: ['status'], _count: { _all: true }, _max: { createdAt: true } });`,
      `  use(a${i}?.name, b${i}[0]?.createdAt, c${i}[0]?.parent.email, d${i}?.parent, e${i}.id, f${i}.counter, g${i}.uuid, h${i}, k${i}._sum.amount, l${i}[0]?._count._all);`,
    );
  }
  return `${importLine}\n\ndeclare const prisma: PrismaClient;\ndeclare function use(...values: unknown[]): void;\n\nexport async function queries(): Promise<void> {\n${body.join('\n')}\n}\n`;
}

const TSCONFIG = JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ['queries.ts'] }, null, 2);

interface Check {
  readonly checkSeconds: number;
  readonly instantiations: number;
  readonly errors: number;
}

function check(compiler: 'tsc' | 'tsgo', dir: string): Check {
  const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', compiler), ['-p', 'tsconfig.json', '--extendedDiagnostics'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const out = `${result.stdout}${result.stderr}`;
  const num = (label: string) => Number(new RegExp(`${label}:\\s+([\\d.]+)`).exec(out)?.[1] ?? NaN);
  return { checkSeconds: num('Check time'), instantiations: num('Instantiations'), errors: (out.match(/error TS\d+/g) ?? []).length };
}

function dirSize(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    total += entry.isDirectory() ? dirSize(file) : fs.statSync(file).size;
  }
  return total;
}

function prepare(models: number): { refract: string; prisma: string; refractBytes: number; prismaBytes: number } {
  const base = workDir(`types-${models}`);
  const text = syntheticSchema(models).replace(/\n {2}url {6}= env\("DATABASE_URL"\)/, '');
  const refract = path.join(base, 'refract');
  const prisma = path.join(base, 'prisma');
  fs.mkdirSync(refract, { recursive: true });
  fs.mkdirSync(prisma, { recursive: true });
  fs.writeFileSync(path.join(refract, 'schema.prisma'), text.replace('provider = "prisma-client-js"', 'provider = "prisma-client-js"\n  output   = "./client"'));
  fs.writeFileSync(path.join(prisma, 'schema.prisma'), text.replace('provider = "prisma-client-js"', 'provider     = "prisma-client"\n  output       = "./client"\n  moduleFormat = "esm"'));
  execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli', 'main.js'), 'generate', '--schema', 'schema.prisma'], { cwd: refract, stdio: 'pipe' });
  const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: '/bin/true', PRISMA_QUERY_ENGINE_LIBRARY: '/bin/true', CHECKPOINT_DISABLE: '1' };
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'prisma', 'build', 'index.js'), 'generate', '--schema', 'schema.prisma'], { cwd: prisma, env, stdio: 'pipe' });
  fs.writeFileSync(path.join(refract, 'queries.ts'), queriesFile("import type { PrismaClient } from './client/index.js';", models));
  fs.writeFileSync(path.join(prisma, 'queries.ts'), queriesFile("import type { PrismaClient } from './client/client.js';", models));
  // A package.json of type module so NodeNext checks the queries as ESM, as the generated clients are.
  for (const dir of [refract, prisma]) {
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), TSCONFIG);
    fs.writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  }
  return { refract, prisma, refractBytes: dirSize(path.join(refract, 'client')), prismaBytes: dirSize(path.join(prisma, 'client')) };
}

export function runTypeCheck(sizes: readonly number[] = [80, 300]): { table: string; goals: Goal[] } {
  linkRefractPackage();
  const rows: string[] = [];
  const goals: Goal[] = [];
  for (const models of sizes) {
    const p = prepare(models);
    const results: Record<string, Check> = {};
    for (const compiler of ['tsc', 'tsgo'] as const) {
      results[`refract-${compiler}`] = check(compiler, p.refract);
      results[`prisma-${compiler}`] = check(compiler, p.prisma);
    }
    for (const [name, dir, bytes] of [['Refract', 'refract', p.refractBytes], ['Prisma 7', 'prisma', p.prismaBytes]] as const) {
      const tsc = results[`${dir}-tsc`] as Check;
      const tsgo = results[`${dir}-tsgo`] as Check;
      rows.push(`| ${models} | ${name} | ${(bytes / 1024).toFixed(0)} KB | ${tsc.checkSeconds.toFixed(2)} s | ${tsc.instantiations} | ${tsgo.checkSeconds.toFixed(2)} s | ${Number.isNaN(tsgo.instantiations) ? 'n/a' : tsgo.instantiations} | ${tsc.errors}/${tsgo.errors} |`);
    }
    const r = results['refract-tsc'] as Check;
    const pr = results['prisma-tsc'] as Check;
    goals.push({ goal: `${models} models: fewer type instantiations than Prisma 7 (tsc)`, met: r.instantiations < pr.instantiations, detail: `${r.instantiations} vs ${pr.instantiations}` });
    if (models <= 100) goals.push({ goal: `${models}-model generated client < 1 MB`, met: p.refractBytes < 1024 * 1024, detail: `${(p.refractBytes / 1024).toFixed(0)} KB` });
    if (models >= 300) goals.push({ goal: `${models}-model schema checks in < 10 s (tsc)`, met: r.checkSeconds < 10, detail: `${r.checkSeconds.toFixed(2)} s` });
  }
  const table = [
    '### Type-check cost: 30 typical queries (bench/type-check.ts) against the generated client of the synthetic schema (bench/synthetic-schema.ts; 80 models stands in for a cal.com-sized schema)',
    '',
    '| models | client | generated size | tsc 5 check time | tsc 5 instantiations | tsgo 7 check time | tsgo 7 instantiations | errors (tsc/tsgo) |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
  return { table, goals };
}
