// The seed of the property tests: a fresh one each run, so CI keeps exploring; FC_SEED=<n> replays a
// run. Each test prints it with its result (fast-check's failure message names it too).
import type { TestContext } from 'node:test';

const SEED = process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : (Math.random() * 2 ** 32) | 0;

/** The run's seed, printed as the test's diagnostic (`FC_SEED=<n>`) whether it passes or fails. */
export function propertySeed(t: TestContext): number {
  t.diagnostic(`FC_SEED=${SEED} replays this run`);
  return SEED;
}
