/** Timing helpers for the benchmark: warm up, then interleave competitors and take medians and p99. */

export interface Competitor {
  readonly name: string;
  readonly run: () => unknown;
}

export interface AsyncCompetitor {
  readonly name: string;
  /** `round` is the same for every competitor in one round, so they all get the same arguments. */
  readonly run: (round: number) => unknown;
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

function summarize(names: readonly string[], samples: readonly number[][]): Timing[] {
  return names.map((name, index) => {
    const sorted = [...(samples[index] ?? [])].sort((a, b) => a - b);
    return { name, medianMs: quantile(sorted, 0.5), p99Ms: quantile(sorted, 0.99), samples: sorted.length };
  });
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
  return summarize(competitors.map((c) => c.name), samples);
}

/**
 * The same, awaiting each call (a synchronous driver's result is awaited too, as an ORM's caller would),
 * with the order rotated by one each round.
 */
export async function interleaveAsync(competitors: readonly AsyncCompetitor[], rounds: number, warmup = 5, firstRound = 0): Promise<Timing[]> {
  for (let i = 0; i < warmup; i++) for (const c of competitors) await c.run(firstRound + i);
  const samples = competitors.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    // Still A B C D per round, but each round starts one competitor later (B C D A, …): whoever runs
    // right after a competitor that leaves garbage or background work behind is not always the same one.
    for (let step = 0; step < competitors.length; step++) {
      const index = (step + round) % competitors.length;
      const c = competitors[index] as AsyncCompetitor;
      const start = process.hrtime.bigint();
      await c.run(firstRound + warmup + round);
      samples[index]?.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return summarize(competitors.map((c) => c.name), samples);
}

export function ratio(value: number, baseline: number): string {
  return `${(value / baseline).toFixed(2)}x`;
}
