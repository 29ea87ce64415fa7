/**
 * `npm run bench`: Refract measured side by side with its competitors, printed and written to
 * bench/RESULTS.md (with the machine and versions) and bench/chart.svg. Never part of `npm test`.
 * BENCH_ROUNDS / BENCH_HEAVY_ROUNDS change the number of interleaved rounds; BENCH_ONLY=sqlite,postgres
 * narrows the databases.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chartSvg, goalsTable, opsGoals, opsTable, type Goal } from './report.js';
import type { OpsResult } from './run-ops.js';
import { runSchemaSuite } from './schema-suite.js';
import { BENCH_DIR, ROOT, ensureBuilt, generateRefract, workDir } from './setup.js';
import { runColdStart } from './cold-start.js';
import { runTypeCheck } from './type-check.js';
import { runSqliteSuite } from './sqlite-suite.js';
import { pgClients, runPgOps, setupPg } from './pg-suite.js';
import { throughput } from './throughput.js';
import { runMysqlSuite } from './mysql-suite.js';

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} x ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

function versions(): string {
  const v = (name: string) => {
    try {
      // Some packages (drizzle-orm) do not export ./package.json: read it from beside the entry point's package folder.
      const file = path.join(ROOT, 'node_modules', name, 'package.json');
      return `${name} ${(JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version}`;
    } catch {
      return `${name} (not installed)`;
    }
  };
  return ['prisma', '@prisma/client', 'drizzle-orm', 'better-sqlite3', 'pg', 'mysql2', 'typescript', '@typescript/native-preview'].map(v).join(', ');
}

const started = performance.now();
const loadBefore = os.loadavg()[0] ?? 0;
const rounds = Number(process.env.BENCH_ROUNDS ?? 300);
const heavyRounds = Number(process.env.BENCH_HEAVY_ROUNDS ?? 30);
const only = process.env.BENCH_ONLY?.split(',');
const wanted = (name: string) => !only || only.includes(name);

ensureBuilt();
const sections: string[] = [];
const goals: Goal[] = [];
const suites: OpsResult[] = [];

if (wanted('schema')) {
  const schema = runSchemaSuite();
  console.log(`${schema.table}\n`);
  sections.push(`## Schema front end\n\n${schema.table}`);
}

if (wanted('sqlite')) {
  console.log('SQLite…');
  const sqlite = await runSqliteSuite({ rounds, heavyRounds });
  suites.push(sqlite);
  const table = opsTable(sqlite);
  console.log(`\n${table}\n`);
  sections.push(`## Operations\n\n${table}`);
  goals.push(...opsGoals(sqlite, { readsVsRaw: 1.3, vsPrisma: 5 }));
  const dir = workDir('sqlite');
  const refractGenerateMs = generateRefract('sqlite', dir);
  const generate = `### generate (the 5-model benchmark schema, one process each)\n\n| competitor | generate |\n|---|---|\n| Prisma 7 (\`prisma generate\`, prisma-client generator) | ${(sqlite.prismaGenerateMs / 1000).toFixed(2)} s |\n| Refract (\`refract generate\`) | ${(refractGenerateMs / 1000).toFixed(2)} s |`;
  console.log(`${generate}\n`);
  const cold = runColdStart(dir, path.join(dir, 'bench.db'));
  console.log(`${cold.table}\n`);
  sections.push(cold.table, generate);
  goals.push(...cold.goals);
}

if (wanted('types')) {
  console.log('Type-check cost…');
  const types = runTypeCheck();
  console.log(`${types.table}\n`);
  sections.push(types.table);
  goals.push(...types.goals);
}

if (wanted('postgres')) {
  console.log('PostgreSQL…');
  const setup = await setupPg();
  try {
    const clients = await pgClients(setup);
    const result = await runPgOps(clients, { rounds, heavyRounds });
    suites.push(result);
    const table = opsTable(result);
    console.log(`\n${table}\n`);
    sections.push(table);
    goals.push(...opsGoals(result, { allVsRaw: 1.05, vsPrisma: 2 }));
    const tp = await throughput(clients, Number(process.env.BENCH_THROUGHPUT_SECONDS ?? 3));
    console.log(`${tp.table}\n`);
    sections.push(tp.table);
    goals.push(tp.goal);
    await clients.close();
  } finally {
    await setup.drop();
  }
}

if (wanted('mysql')) {
  console.log('MariaDB…');
  const result = await runMysqlSuite({ rounds, heavyRounds });
  suites.push(result);
  const table = opsTable(result);
  console.log(`\n${table}\n`);
  sections.push(table);
}

if (suites.length > 0) {
  fs.writeFileSync(path.join(BENCH_DIR, 'chart.svg'), chartSvg(suites));
  sections.push('![ratio to the raw driver per operation](chart.svg)');
}
if (goals.length > 0) {
  const table = goalsTable(goals);
  console.log(`${table}\n`);
  sections.unshift(`## Goals (issue 6)\n\n${table}`);
}

// The hand-written analysis (what the profiles say about each missed goal) follows the numbers.
const notesFile = path.join(BENCH_DIR, 'NOTES.md');
if (fs.existsSync(notesFile)) sections.push(fs.readFileSync(notesFile, 'utf8').trim());
const minutes = (performance.now() - started) / 60_000;
const run = `Run: ${minutes.toFixed(1)} min; ${rounds} interleaved rounds per op (${heavyRounds} for the ops that move thousands of rows); load average ${loadBefore.toFixed(1)} at the start, ${(os.loadavg()[0] ?? 0).toFixed(1)} at the end (other work shared this machine: read the ratios, not the absolute times)`;
const report = `# Benchmark results\n\nMachine: ${machine()}\nVersions: ${versions()}\nDate: ${new Date().toISOString()}\n${run}\n\n${sections.join('\n\n')}\n`;
fs.writeFileSync(path.join(BENCH_DIR, 'RESULTS.md'), report);
console.log(`written to ${path.relative(process.cwd(), path.join(BENCH_DIR, 'RESULTS.md'))}`);
