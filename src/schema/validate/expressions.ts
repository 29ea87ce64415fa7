/**
 * Reading expression values (strings, constants, lists, field references) with Prisma's messages for a
 * value of the wrong shape. Every reader returns null after reporting, so callers just skip.
 */
import type { Expression, FunctionCall } from '../syntax.js';
import { assertNever } from '../../shared/internal-error.js';
import { Codes } from './codes.js';
import type { ValidationContext } from './context.js';

/** The expression as a user would write it (for messages). */
export function renderExpression(expr: Expression): string {
  switch (expr.kind) {
    case 'StringLiteral':
      return expr.raw;
    case 'NumberLiteral':
    case 'ConstantValue':
      return expr.text;
    case 'FunctionCall':
      return `${expr.name.text}(${expr.arguments.arguments
        .map((a) => (a.name ? `${a.name.text}: ` : '') + (a.value ? renderExpression(a.value) : ''))
        .join(', ')})`;
    case 'ArrayExpression':
      return `[${expr.items.map(renderExpression).join(', ')}]`;
    default:
      return assertNever(expr, 'expression');
  }
}

/** Prisma's word for the kind of value found. */
export function describeKind(expr: Expression): string {
  switch (expr.kind) {
    case 'StringLiteral':
      return 'string';
    case 'NumberLiteral':
      return 'numeric';
    case 'ConstantValue':
      return 'literal';
    case 'FunctionCall':
      return 'functional';
    case 'ArrayExpression':
      return 'array';
    default:
      return assertNever(expr, 'expression');
  }
}

function mismatch(ctx: ValidationContext, expected: string, expr: Expression): null {
  ctx.error(Codes.argumentType, `Expected a ${expected} value, but received ${describeKind(expr)} value \`${renderExpression(expr)}\`.`, expr.span);
  return null;
}

export function readString(ctx: ValidationContext, expr: Expression | null): string | null {
  if (!expr) return null;
  return expr.kind === 'StringLiteral' ? expr.value : mismatch(ctx, 'string', expr);
}

export function readConstant(ctx: ValidationContext, expr: Expression | null, expected = 'constant'): string | null {
  if (!expr) return null;
  return expr.kind === 'ConstantValue' ? expr.text : mismatch(ctx, expected, expr);
}

export function readBoolean(ctx: ValidationContext, expr: Expression | null): boolean | null {
  if (!expr) return null;
  if (expr.kind === 'ConstantValue' && (expr.text === 'true' || expr.text === 'false')) return expr.text === 'true';
  return mismatch(ctx, 'boolean', expr);
}

export function readInteger(ctx: ValidationContext, expr: Expression | null): number | null {
  if (!expr) return null;
  if (expr.kind === 'NumberLiteral' && /^-?\d+$/.test(expr.text)) return Number(expr.text);
  return mismatch(ctx, 'numeric', expr);
}

/** `["a", "b"]`, or a single string (Prisma coerces it to a one-item list). */
export function readStringList(ctx: ValidationContext, expr: Expression | null): string[] | null {
  if (!expr) return null;
  const items = expr.kind === 'ArrayExpression' ? expr.items : [expr];
  const out: string[] = [];
  for (const item of items) {
    const value = readString(ctx, item);
    if (value === null) return null;
    out.push(value);
  }
  return out;
}

/** One entry of a `fields: [...]` list: a name, optionally with `(sort: Desc, length: 10, ops: …)`. */
export interface FieldRef {
  readonly name: string;
  readonly span: Expression['span'];
  readonly call: FunctionCall | null;
}

/** `[a, b(sort: Desc)]`, or a single name (coerced to a list). */
export function readFieldRefs(ctx: ValidationContext, expr: Expression | null): FieldRef[] | null {
  if (!expr) return null;
  const items = expr.kind === 'ArrayExpression' ? expr.items : [expr];
  const out: FieldRef[] = [];
  for (const item of items) {
    if (item.kind === 'ConstantValue') out.push({ name: item.text, span: item.span, call: null });
    else if (item.kind === 'FunctionCall') out.push({ name: item.name.text, span: item.span, call: item });
    else {
      mismatch(ctx, 'constant', item);
      return null;
    }
  }
  return out;
}
