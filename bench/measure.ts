/** Timing helpers for the benchmark: warm up, then interleave competitors and take medians and p99. */

export interface Competitor {
  readonly name: string;
  readonly run: () => unknown;
}

export interface Timing {
  readonly name: string;
  readonly medianMs: number;
  readonly p99Ms: number;
  readonly samples: number;
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** Runs the competitors A B C A B C … so that machine noise hits them alike. */
export function interleave(competitors: readonly Competitor[], rounds: number, warmup = 3): Timing[] {
  for (let i = 0; i < warmup; i++) for (const c of competitors) c.run();
  const samples = competitors.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    competitors.forEach((c, index) => {
      const start = process.hrtime.bigint();
      c.run();
      samples[index]?.push(Number(process.hrtime.bigint() - start) / 1e6);
    });
  }
  return competitors.map((c, index) => {
    const sorted = [...(samples[index] ?? [])].sort((a, b) => a - b);
    return { name: c.name, medianMs: quantile(sorted, 0.5), p99Ms: quantile(sorted, 0.99), samples: sorted.length };
  });
}

export function ratio(value: number, baseline: number): string {
  return `${(value / baseline).toFixed(2)}x`;
}
