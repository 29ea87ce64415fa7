/** How a provider's native types are described: a data table per provider (see the sibling files). */
import type { ScalarType } from '../../model.js';

export interface NativeTypeSpec {
  /** Field types the native type may be declared on. */
  readonly types: readonly ScalarType[];
  /** Number of arguments it takes (0 = none). */
  readonly args: number;
  /** The arguments may be left out (`VarChar` vs `VarChar(255)`). */
  readonly optional: boolean;
  /** Accepts `max` as its argument (SQL Server's `VarChar(max)`). */
  readonly allowsMax?: boolean;
  /** Inclusive range for the first argument, and Prisma's explanation when it is out of range. */
  readonly range?: { readonly min: number; readonly max: number; readonly text: string };
  /** `Decimal(p, s)`: no arguments or exactly two, scale at most precision. */
  readonly precisionScale?: true;
  /** MySQL's `Bit(n)`: only `Bit(1)` may be a Boolean. */
  readonly booleanOnlyWithOne?: true;
  /** Cannot be in an index, unique or id (MySQL: unless the index gives a `length`). With `max` only: only the `max` variant. */
  readonly notIndexable?: true | 'max';
}

export type NativeTypeTable = Readonly<Record<string, NativeTypeSpec>>;

export const t = (types: readonly ScalarType[], args = 0, optional = true, extra: Partial<NativeTypeSpec> = {}): NativeTypeSpec => ({ types, args, optional, ...extra });

/** `{ min, max }` with Prisma's usual wording: `<what> can range from <min> to <max>.` */
export const range = (min: number, max: number, what: string, hint = '') => ({
  range: { min, max, text: `${what} can range from ${min} to ${max.toLocaleString('en-US')}.${hint ? ` ${hint}` : ''}` },
});
