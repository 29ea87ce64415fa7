/**
 * Query hooks may change `args` in place (`args.where = {...}`); they get a deep copy so the caller's
 * object (often reused between calls) is never changed. Plain objects and arrays are copied; class
 * instances (Date, Decimal, Buffer, Sql, Prisma.DbNull, field references) are kept as they are.
 */
export function cloneArgs<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => cloneArgs(item)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = cloneArgs(item);
  return out as T;
}
