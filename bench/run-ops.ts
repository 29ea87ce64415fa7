/** Runs every operation for a set of competitors: result check first, then interleaved timing. */
import { interleaveAsync, type Timing } from './measure.js';
import { checkEqual, OPS, type Impl, type OpSpec } from './ops.js';

export interface OpsCompetitor {
  readonly name: string;
  readonly impls: Record<string, Impl>;
}

export interface OpTimings {
  readonly op: OpSpec;
  readonly timings: readonly Timing[];
}

export interface OpsResult {
  readonly title: string;
  readonly baseline: string;
  readonly competitors: readonly string[];
  readonly ops: readonly OpTimings[];
  readonly rounds: number;
  readonly heavyRounds: number;
}

export class MissingImplementation extends TypeError {}

export async function runOps(options: {
  title: string;
  baseline: string;
  competitors: readonly OpsCompetitor[];
  rounds: number;
  heavyRounds: number;
  only?: readonly string[];
}): Promise<OpsResult> {
  const ops: OpTimings[] = [];
  for (const op of OPS) {
    if (options.only && !options.only.includes(op.name)) continue;
    const impls = options.competitors.map((c) => {
      const impl = c.impls[op.name];
      if (!impl) throw new MissingImplementation(`${c.name} has no ${op.name}`);
      return { name: c.name, run: impl };
    });
    // The check: round 0 for everyone, each answer against the baseline's (the first competitor).
    const expected = await impls[0]?.run(0);
    for (const c of impls.slice(1)) checkEqual(op, c.name, expected, await c.run(0));
    const rounds = op.heavy ? options.heavyRounds : options.rounds;
    const timings = await interleaveAsync(impls, rounds, 5, 1);
    ops.push({ op, timings });
    const base = timings[0]?.medianMs ?? Number.NaN;
    console.log(`  ${options.title} ${op.label}: ${timings.map((t) => `${t.name} ${t.medianMs.toFixed(3)} ms (${(t.medianMs / base).toFixed(2)}x)`).join(', ')}`);
  }
  return { title: options.title, baseline: options.baseline, competitors: options.competitors.map((c) => c.name), ops, rounds: options.rounds, heavyRounds: options.heavyRounds };
}
