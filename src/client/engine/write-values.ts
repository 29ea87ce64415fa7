/**
 * Scalar values of `data` (create / update): checked against the field, Json nulls resolved, atomic
 * number operations turned into SQL, and the defaults Prisma fills in on the client (`now()`,
 * `cuid()`, `uuid()`, ..., literal defaults, `@updatedAt`).
 */
import type { ScalarField } from '../../schema/model.js';
import { clientDefaultGenerator } from '../values/client-defaults.js';
import type { CompileContext } from './context.js';
import { column } from './context.js';
import { validationError } from './fail.js';
import type { Fragment } from './fragment.js';
import { mapText, param, slot, sql } from './fragment.js';
import { checkScalar, FieldRef, isPlainObject, nullSentinel } from './input-values.js';
import { columnTypeOf, enumToDb } from './schema-index.js';

type Path = readonly (string | number)[];

/** One scalar input value to a bound parameter (already encoded for the dialect). */
export function encodeInput(ctx: CompileContext, field: ScalarField, value: unknown, path: Path): Fragment {
  return param(encodeValue(ctx, field, value, path));
}


/**
 * A scalar input read from the call's arguments at `path`: a parameter slot, so a statement cached
 * for the call's shape re-reads, re-checks and re-encodes it on every later call.
 */
export function inputSlot(ctx: CompileContext, field: ScalarField, value: unknown, path: Path): Fragment {
  return slot(path, value, (v) => encodeValue(ctx, field, v, path));
}

/** One scalar input value checked against the field and encoded for the dialect. */
export function encodeValue(ctx: CompileContext, field: ScalarField, value: unknown, path: Path): unknown {
  const type = columnTypeOf(field);
  if (type === 'Json') {
    const sentinel = nullSentinel(value);
    if (value === null) throw validationError(path, `Argument \`${field.name}\` must not be null. Use Prisma.DbNull or Prisma.JsonNull for a Json field.`);
    if (sentinel === 'DbNull') {
      if (field.isRequired) throw validationError(path, `Argument \`${field.name}\`: Prisma.DbNull is not allowed on a required Json field.`);
      return null;
    }
    if (sentinel === 'JsonNull') return 'null';
    if (sentinel === 'AnyNull') throw validationError(path, 'Prisma.AnyNull is only allowed in filters.');
    return ctx.dialect.encode(value, type);
  }
  if (value === null) {
    if (field.isRequired) throw validationError(path, `Argument \`${field.name}\` must not be null.`);
    return null;
  }
  if (field.isList) {
    // A scalar list: `[...]` or `{ set: [...] }`, every item checked, the list bound as one value.
    const list = isPlainObject(value) && 'set' in value ? value.set : value;
    if (!Array.isArray(list)) throw validationError(path, `Invalid value provided. Expected List<${field.type}>, provided ${typeof list}.`);
    const enumValues = ctx.index.enums.get(field.type);
    const items = list.map((item: unknown, i) => checkScalar(item, field, type, enumValues, [...path, i]));
    return ctx.dialect.encode(items, type);
  }
  const checked = checkScalar(value, field, type, ctx.index.enums.get(field.type), path);
  return ctx.dialect.encode(enumToDb(ctx.index, field, checked), type);
}

/** The value a create fills in for a missing field, or undefined (the database decides or it is required). */
export function clientDefault(field: ScalarField): unknown {
  if (field.isUpdatedAt) return new Date();
  const d = field.default;
  if (!d) return undefined;
  switch (d.kind) {
    case 'function': {
      const gen = clientDefaultGenerator(d);
      return gen ? gen() : undefined;
    }
    case 'string':
      return field.type === 'Json' ? JSON.parse(d.value) : field.type === 'Bytes' ? Buffer.from(d.value, 'base64') : d.value;
    case 'number':
      if (field.type === 'BigInt') return BigInt(d.value);
      if (field.type === 'Decimal') return d.value;
      return Number(d.value);
    case 'boolean':
      return d.value;
    case 'enum':
      return d.value;
    case 'list':
      return undefined;
    default:
      return undefined;
  }
}

/** True when the database fills the column in itself (autoincrement, dbgenerated). */
export function hasDatabaseDefault(field: ScalarField): boolean {
  const d = field.default;
  return d !== null && d.kind === 'function' && (d.name === 'autoincrement' || d.name === 'dbgenerated' || d.name === 'sequence' || d.name === 'auto');
}

const ATOMIC = new Set(['set', 'increment', 'decrement', 'multiply', 'divide']);

/**
 * `field = <expr>` for an update: a value, `{ set }`, or an atomic number operation. `slots`: the
 * values are bound as slots read from the call's arguments at `path` (a statement cached by shape).
 */
export function updateAssignment(ctx: CompileContext, alias: string | null, field: ScalarField, value: unknown, path: Path, slots = false): Fragment {
  const bind = slots ? inputSlot : encodeInput;
  const col = ctx.dialect.quoteIdentifier(field.dbName);
  const self = alias ? column(ctx, alias, field) : col;
  if (field.isList && isPlainObject(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    const [op, operand] = (entries.length === 1 ? entries[0] : ['', undefined]) as [string, unknown];
    if (op === 'set') return sql`${col} = ${bind(ctx, field, operand, [...path, op])}`;
    const append = ctx.dialect.listAppend;
    if (op !== 'push' || !append) throw validationError(path, `Expected exactly one of set, push for \`${field.name}\`.`);
    const items = bind(ctx, field, Array.isArray(operand) ? operand : [operand], [...path, op]);
    return mapText(items, (m) => `${col} = ${append(self, m)}`);
  }
  if (isPlainObject(value) && columnTypeOf(field) !== 'Json') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length !== 1) throw validationError(path, `Expected exactly one operation for \`${field.name}\`.`);
    const [op, operand] = entries[0] as [string, unknown];
    if (!ATOMIC.has(op)) throw validationError([...path, op], `Unknown argument \`${op}\`. Available options are marked with ?.`);
    if (op === 'set') return sql`${col} = ${bind(ctx, field, operand, [...path, op])}`;
    const numeric = ['Int', 'BigInt', 'Float', 'Decimal'].includes(field.type);
    if (!numeric) throw validationError([...path, op], `Unknown argument \`${op}\`.`);
    if (operand === null) throw validationError([...path, op], 'Argument must not be null.');
    const encoded = bind(ctx, field, operand, [...path, op]);
    const integer = ctx.dialect.integerOperand;
    const v = field.type === 'Int' && integer ? mapText(encoded, integer) : encoded;
    const sym = op === 'increment' ? '+' : op === 'decrement' ? '-' : op === 'multiply' ? '*' : '/';
    return sql`${col} = ${self} ${sym} ${v}`;
  }
  if (value instanceof FieldRef) throw validationError(path, 'Field references are not allowed in data.');
  return sql`${col} = ${bind(ctx, field, value, path)}`;
}
