/**
 * Throughput on PostgreSQL: 64 requests in flight for a fixed time, each request the next op of the
 * read/write mix, per competitor in turn; requests per second against raw pg's.
 */
import type { Goal } from './report.js';
import type { PgClients } from './pg-suite.js';
import { drizzlePg } from './pg-drizzle.js';
import { rawPg } from './pg-raw.js';
import { prismaApi } from './prisma-api.js';
import type { Impl } from './ops.js';

const MIX = ['findUnique', 'findUnique', 'findUnique', 'page50', 'filteredTop20', 'productSupplier', 'orderDetailsProduct', 'countFilter', 'update', 'upsert'];
const IN_FLIGHT = 64;

async function measure(impls: Record<string, Impl>, seconds: number): Promise<number> {
  const ops = MIX.map((name) => impls[name] as Impl);
  const end = performance.now() + seconds * 1000;
  let done = 0;
  let next = 0;
  const worker = async () => {
    while (performance.now() < end) {
      const n = next++;
      await (ops[n % ops.length] as Impl)(n);
      done++;
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return done / ((performance.now() - start) / 1000);
}

export async function throughput(clients: PgClients, seconds: number): Promise<{ table: string; goal: Goal }> {
  const competitors: [string, Record<string, Impl>][] = [
    ['pg (raw)', rawPg(clients.raw)],
    ['Drizzle', drizzlePg(clients.drizzlePool)],
    ['Prisma 7', prismaApi(clients.prisma7, 'prisma7-tp')],
    ['Refract', prismaApi(clients.refract, 'refract-tp')],
  ];
  // Two passes, interleaved, and the better of the two per competitor (warm-up included in pass one).
  const best = new Map<string, number>();
  for (let pass = 0; pass < 2; pass++) {
    for (const [name, impls] of competitors) best.set(name, Math.max(best.get(name) ?? 0, await measure(impls, seconds)));
  }
  const base = best.get('pg (raw)') ?? Number.NaN;
  const refract = best.get('Refract') ?? Number.NaN;
  const table = [
    `### PostgreSQL throughput: ${IN_FLIGHT} requests in flight, op mix ${MIX.join(', ')}; pools of 10 connections; best of 2 passes of ${seconds} s`,
    '',
    '| competitor | requests/s | share of raw pg |',
    '|---|---|---|',
    ...competitors.map(([name]) => `| ${name} | ${(best.get(name) ?? 0).toFixed(0)} | ${(((best.get(name) ?? 0) / base) * 100).toFixed(0)}% |`),
  ].join('\n');
  return { table, goal: { goal: 'PostgreSQL throughput >= 90% of raw pg', met: refract / base >= 0.9, detail: `${((refract / base) * 100).toFixed(0)}%` } };
}
