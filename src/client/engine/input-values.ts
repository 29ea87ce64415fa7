/**
 * Recognising input values: Prisma's null sentinels (DbNull / JsonNull / AnyNull), field references
 * (`prisma.user.fields.x`), Decimal-likes, and checking a value against a column type.
 */
import type { ColumnType } from '../../dialects/dialect.js';
import type { ScalarField } from '../../schema/model.js';
import { nullKindOf } from '../values/null-types.js';
import { validationError } from './fail.js';

export type NullSentinel = 'DbNull' | 'JsonNull' | 'AnyNull';

/** Prisma.DbNull & co. (the values module recognises copies from another runtime instance too). */
export function nullSentinel(value: unknown): NullSentinel | null {
  return nullKindOf(value);
}

/** `prisma.user.fields.email`: a reference to another column of the same model. */
export class FieldRef {
  constructor(readonly modelName: string, readonly name: string, readonly typeName: string, readonly isList: boolean, readonly isEnum: boolean) {}
}

export function isDecimalLike(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (v.constructor as { name?: string } | undefined)?.name === 'Decimal' || (typeof v.toFixed === 'function' && 'd' in v && 'e' in v && 's' in v);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value instanceof Date) return 'DateTime';
  if (typeof value === 'bigint') return 'BigInt';
  if (Array.isArray(value)) return 'List';
  if (isDecimalLike(value)) return 'Decimal';
  if (value instanceof Uint8Array) return 'Bytes';
  if (typeof value === 'object') return 'Object';
  if (typeof value === 'number') return Number.isInteger(value) ? 'Int' : 'Float';
  return typeof value === 'string' ? 'String' : typeof value === 'boolean' ? 'Boolean' : typeof value;
}

const ISO_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

/** Checks one scalar input (not null) for a column; returns it unchanged (the dialect encodes it). */
export function checkScalar(value: unknown, field: ScalarField, type: ColumnType, enumValues: readonly string[] | undefined, path: readonly (string | number)[]): unknown {
  const fail = (): never => {
    throw validationError(path, `Invalid value provided. Expected ${field.type}${field.isRequired ? '' : ' or Null'}, provided ${describe(value)}.`);
  };
  switch (type) {
    case 'String':
      if (typeof value !== 'string') fail();
      return value;
    case 'Enum':
      if (typeof value !== 'string') fail();
      if (enumValues && !enumValues.includes(value as string)) {
        throw validationError(path, `Invalid value for argument \`${field.name}\`. Expected ${field.type}.`);
      }
      return value;
    case 'Boolean':
      if (typeof value !== 'boolean') fail();
      return value;
    case 'Int': {
      const n = typeof value === 'bigint' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isInteger(n)) fail();
      if ((n as number) > 2147483647 || (n as number) < -2147483648) {
        throw validationError(path, `Unable to fit integer value '${String(value)}' into a 32-bit signed integer for field \`${field.name}\`.`);
      }
      return n;
    }
    case 'BigInt':
      if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
      if (typeof value === 'string' && /^-?\d+$/.test(value)) return BigInt(value);
      if (typeof value !== 'bigint') fail();
      return value;
    case 'Float':
      if (typeof value === 'bigint') return Number(value);
      if (typeof value !== 'number') fail();
      return value;
    case 'Decimal':
      if (typeof value === 'number' || isDecimalLike(value)) return value;
      if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) return value;
      return fail();
    case 'DateTime':
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) fail();
        return value;
      }
      if (typeof value === 'string' && ISO_DATE.test(value)) return new Date(value);
      return fail();
    case 'Json':
      return value;
    case 'Bytes':
      if (!(value instanceof Uint8Array)) fail();
      return value;
    default: {
      const unreachable: never = type;
      return unreachable;
    }
  }
}
