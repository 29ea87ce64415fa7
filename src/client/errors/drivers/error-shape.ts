/** Reading fields off an unknown thrown value without casts. */
export function prop(error: unknown, key: string): unknown {
  if (typeof error !== 'object' || error === null) return undefined;
  return (error as Record<string, unknown>)[key];
}

export function stringProp(error: unknown, key: string): string | null {
  const value = prop(error, key);
  return typeof value === 'string' ? value : null;
}

export function numberProp(error: unknown, key: string): number | null {
  const value = prop(error, key);
  return typeof value === 'number' ? value : null;
}

export function messageOf(error: unknown): string {
  return stringProp(error, 'message') ?? String(error);
}
