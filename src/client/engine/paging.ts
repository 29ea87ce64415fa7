/**
 * LIMIT / OFFSET of a read. A caller's `take` and `skip` are bound as parameter slots (re-read from
 * each call's arguments), so one compiled statement serves every page of a query shape; counts the
 * engine fixes itself (findFirst's LIMIT 1, a probe's LIMIT 1) are written into the text.
 */
import type { CompileContext } from './context.js';
import { validationError } from './fail.js';
import type { Fragment } from './fragment.js';
import { EMPTY, raw, slot } from './fragment.js';

type Path = readonly (string | number)[];

/** A take/skip argument as given: its value (already checked) and where it sits in the call's arguments. */
export interface PageArgument {
  readonly value: number;
  readonly path: Path;
}

/** An optional Int argument (`take`, `skip`): null when absent, a validation error naming it when not an integer. */
export function integerArgument(value: unknown, path: Path): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw validationError(path, `Invalid value provided. Expected Int, provided ${typeof value}.`);
  return value;
}

/** `skip`: an integer, never negative. */
export function skipArgument(value: unknown, path: Path): number | null {
  const skip = integerArgument(value, path);
  if (skip !== null && skip < 0) throw validationError(path, 'Invalid value provided. Expected a non-negative Int.');
  return skip;
}

/** The row count of a `take` (a negative take reads backwards: its count is its absolute value). */
function takeCount(value: unknown, path: Path, cap: number | null): number {
  const count = Math.abs(integerArgument(value, path) ?? 0);
  return cap === null ? count : Math.min(cap, count);
}

/**
 * ` LIMIT ? OFFSET ?` for a read's take and skip, each bound through a slot that validates the value
 * of every later call of the same shape. `cap` is an upper bound the engine adds (findFirst's 1): the
 * LIMIT is the smaller of it and the take, or the cap alone without a take.
 */
export function pageFragment(ctx: CompileContext, take: PageArgument | null, skip: PageArgument | null, cap: number | null = null): Fragment {
  const { limit, offset } = pageParts(ctx, take, skip, cap);
  if (limit === null && offset === null) return EMPTY;
  // The dialect writes LIMIT's expression before OFFSET's, so the parameters keep that order.
  return { text: ctx.dialect.limitOffset(limit?.text ?? null, offset?.text ?? null), params: [...(limit?.params ?? []), ...(offset?.params ?? [])] };
}

/** The LIMIT and OFFSET expressions of `pageFragment`, apart (for dialects that place them themselves). */
export function pageParts(ctx: CompileContext, take: PageArgument | null, skip: PageArgument | null, cap: number | null = null): { limit: Fragment | null; offset: Fragment | null } {
  const d = ctx.dialect;
  let limit: Fragment | null = null;
  if (take !== null) {
    const path = take.path;
    limit = slot(path, take.value, (v) => d.encode(takeCount(v, path, cap), 'Int'));
  } else if (cap !== null) {
    limit = raw(String(cap));
  }
  const offset = skip === null ? null : slot(skip.path, skip.value, (v) => d.encode(skipArgument(v, skip.path) ?? 0, 'Int'));
  return { limit, offset };
}

/** A LIMIT/OFFSET the engine computed (writes, groupBy): integers in the text; a zero offset is left out. */
export function literalPage(ctx: CompileContext, limit: number | null, offset: number | null = null): string {
  return ctx.dialect.limitOffset(limit === null ? null : String(limit), offset ? String(offset) : null);
}
