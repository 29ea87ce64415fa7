/** Markdown tables and the hand-written SVG chart of ratio-to-raw per operation per competitor. */
import type { OpsResult } from './run-ops.js';

const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);

export function opsTable(result: OpsResult): string {
  const head = `| operation | ${result.competitors.map((c) => `${c} median / p99 (ratio)`).join(' | ')} |`;
  const rows = result.ops.map(({ op, timings }) => {
    const base = timings[0]?.medianMs ?? Number.NaN;
    return `| ${op.label} | ${timings.map((t) => `${fmt(t.medianMs)} / ${fmt(t.p99Ms)} (${(t.medianMs / base).toFixed(2)}x)`).join(' | ')} |`;
  });
  return [
    `### ${result.title}: ratio to ${result.baseline} (${result.rounds} interleaved rounds; ${result.heavyRounds} for the ops that move thousands of rows)`,
    '',
    head,
    `|---|${result.competitors.map(() => '---').join('|')}|`,
    ...rows,
  ].join('\n');
}

const COLORS = ['#888888', '#c2410c', '#1d4ed8', '#15803d', '#7c3aed'];
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** One panel per suite: a row per operation, a bar per competitor, log-scaled ratio to raw. */
export function chartSvg(results: readonly OpsResult[]): string {
  const rowHeight = 14;
  const labelWidth = 230;
  const plotWidth = 520;
  const maxRatio = 200;
  const x = (ratio: number) => labelWidth + (Math.log10(Math.max(ratio, 0.1)) + 1) / (Math.log10(maxRatio) + 1) * plotWidth;
  const parts: string[] = [];
  let y = 20;
  for (const result of results) {
    const bars = result.competitors.length - 1;
    parts.push(`<text x="10" y="${y}" font-weight="bold">${escape(result.title)}: median time / ${escape(result.baseline)} (log scale)</text>`);
    y += 10;
    result.competitors.slice(1).forEach((name, i) => {
      parts.push(`<rect x="${labelWidth + i * 130}" y="${y}" width="10" height="10" fill="${COLORS[i + 1]}"/><text x="${labelWidth + i * 130 + 14}" y="${y + 9}">${escape(name)}</text>`);
    });
    y += 18;
    const top = y;
    for (const { op, timings } of result.ops) {
      const base = timings[0]?.medianMs ?? Number.NaN;
      parts.push(`<text x="${labelWidth - 6}" y="${y + (bars * rowHeight) / 2 + 4}" text-anchor="end">${escape(op.label)}</text>`);
      timings.slice(1).forEach((t, i) => {
        const r = t.medianMs / base;
        const end = x(Math.min(r, maxRatio));
        parts.push(`<rect x="${x(0.1)}" y="${y + i * rowHeight}" width="${Math.max(1, end - x(0.1)).toFixed(1)}" height="${rowHeight - 3}" fill="${COLORS[i + 1]}"/>`);
        parts.push(`<text x="${(end + 3).toFixed(1)}" y="${y + i * rowHeight + 9}" font-size="9">${r.toFixed(2)}x</text>`);
      });
      y += bars * rowHeight + 6;
    }
    for (const tick of [0.1, 1, 10, 100]) {
      parts.push(`<line x1="${x(tick)}" y1="${top - 4}" x2="${x(tick)}" y2="${y}" stroke="${tick === 1 ? '#000' : '#ccc'}" stroke-dasharray="${tick === 1 ? '' : '2,2'}"/>`);
      parts.push(`<text x="${x(tick)}" y="${y + 12}" text-anchor="middle" font-size="9">${tick}x</text>`);
    }
    y += 36;
  }
  const width = labelWidth + plotWidth + 60;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" font-family="sans-serif" font-size="11">\n<rect width="100%" height="100%" fill="#fff"/>\n${parts.join('\n')}\n</svg>\n`;
}

export interface Goal {
  readonly goal: string;
  readonly met: boolean;
  readonly detail: string;
}

export function goalsTable(goals: readonly Goal[]): string {
  return ['| goal | met | measured |', '|---|---|---|', ...goals.map((g) => `| ${g.goal} | ${g.met ? 'yes' : '**no**'} | ${g.detail} |`)].join('\n');
}

/** The ratio goals of issue 6 that one ops result can answer. */
/** The operations that read a nested include two or more levels deep. */
const NESTED_INCLUDES: ReadonlySet<string> = new Set(['orderDetailsProduct']);

export function opsGoals(result: OpsResult, target: { readsVsRaw?: number; allVsRaw?: number; vsPrisma: number }): Goal[] {
  const idx = (name: string) => result.competitors.indexOf(name);
  const refract = idx('Refract');
  const drizzle = idx('Drizzle');
  const prisma = idx('Prisma 7');
  const goals: Goal[] = [];
  const ratioOf = (timings: readonly { medianMs: number }[], a: number, b: number) => (timings[a]?.medianMs ?? NaN) / (timings[b]?.medianMs ?? NaN);
  const limit = target.readsVsRaw ?? target.allVsRaw;
  if (limit !== undefined) {
    const ops = result.ops.filter((o) => target.allVsRaw !== undefined || !o.op.write);
    const bad = ops.filter((o) => ratioOf(o.timings, refract, 0) > limit);
    goals.push({ goal: `${result.title}: every ${target.allVsRaw !== undefined ? '' : 'read '}op <= ${limit}x raw`, met: bad.length === 0, detail: bad.length ? bad.map((o) => `${o.op.label} ${ratioOf(o.timings, refract, 0).toFixed(2)}x`).join('; ') : `all ${ops.length} ops` });
  }
  const scope = target.readsVsRaw !== undefined ? result.ops.filter((o) => !o.op.write) : result.ops;
  const slower = scope.filter((o) => ratioOf(o.timings, refract, drizzle) > 1);
  goals.push({ goal: `${result.title}: never slower than Drizzle${target.readsVsRaw !== undefined ? ' (reads)' : ''}`, met: slower.length === 0, detail: slower.length ? slower.map((o) => `${o.op.label} ${ratioOf(o.timings, refract, drizzle).toFixed(2)}x Drizzle`).join('; ') : `all ${scope.length} ops` });
  // Issue 6: a nested include 2-3 levels deep within 1.2x of the best hand-written SQL (the raw column).
  const nested = result.ops.filter((o) => NESTED_INCLUDES.has(o.op.name));
  const slowNested = nested.filter((o) => ratioOf(o.timings, refract, 0) > 1.2);
  goals.push({ goal: `${result.title}: nested include (2 levels) <= 1.2x raw`, met: slowNested.length === 0, detail: nested.map((o) => `${o.op.label} ${ratioOf(o.timings, refract, 0).toFixed(2)}x`).join('; ') });
  const notFast = result.ops.filter((o) => ratioOf(o.timings, prisma, refract) < target.vsPrisma);
  goals.push({ goal: `${result.title}: every op >= ${target.vsPrisma}x faster than Prisma 7`, met: notFast.length === 0, detail: notFast.length ? notFast.map((o) => `${o.op.label} ${ratioOf(o.timings, prisma, refract).toFixed(2)}x`).join('; ') : `all ${result.ops.length} ops` });
  return goals;
}
